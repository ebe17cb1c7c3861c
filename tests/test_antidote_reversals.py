"""A named antidote by what it reverses is a fact worth a card, however short: "{{c1::Naloxone}}
reverses opioid overdose.", "{{c1::Andexanet alfa}} reverses apixaban and rivaroxaban." Before,
"reverses" made no sentence firm: the short ones were "too short to stand alone" and the long
ones ("… reverses the anticoagulant effect of dabigatran") gave no card and no warning. Not a
past change ("The trend reversed in 2020." asks for its year), an object that points elsewhere
("Exercise reverses this effect."), a pronoun's, determiner's or negated subject, nor a short
one of a thing the page writes in lower case ("Sleep reverses fatigue.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "{{c1::Naloxone}} reverses opioid overdose.",
    "{{c1::Andexanet alfa}} reverses apixaban and rivaroxaban.",
    "{{c1::Idarucizumab}} rapidly reverses the anticoagulant effect of dabigatran.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_an_antidote_reverses_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Antidotes", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Exercise reverses this effect.",
        "This reverses the effect of warfarin.",
        "It reverses opioid overdose.",
        "No drug reverses dabigatran.",
        "Nothing reverses ageing.",
        "The policy reverses the decision.",
        "Naloxone may reverse opioid overdose.",
        "Courts rarely reverse convictions.",
        "Courts sometimes reverse convictions.",
    ],
)
def test_no_reversal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_past_reversal_asks_for_its_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    clozes = ["The trend reversed in {{c1::2020}}."]
    assert cloze_texts(tmp_path, monkeypatch, name, "Trends", clozes) == clozes


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_common_nouns_short_reversal_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # "sleep" in lower case: a common noun, no antidote's name.
    sentences = ["Sleep reverses fatigue.", "Most adults need 7 to 9 hours of sleep a night."]
    assert cloze_texts(tmp_path, monkeypatch, name, "Rest", sentences) == [
        "Most adults need {{c1::7 to 9 hours}} of sleep a night."
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_decks_own_antidote_asks_what_it_reverses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    clozes = ["Naloxone reverses {{c1::opioid overdose}}."]
    assert cloze_texts(tmp_path, monkeypatch, name, "Naloxone", clozes) == clozes


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_reversal_within_a_time_asks_for_the_antidote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # "within minutes" ends what it reverses: no term of five words ("opioid overdose within
    # minutes"), which gave no card. A figure of time is still the quantity asked.
    clozes = [
        "{{c1::Naloxone}} reverses opioid overdose within minutes.",
        "Vitamin K reverses warfarin within {{c1::24 hours}}.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Antidotes", clozes) == clozes


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_antidote_written_in_lower_case_elsewhere_still_reverses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # "give naloxone" makes "naloxone" a word the page writes in lower case; what it undoes, an
    # overdose, a sedation, a drug class, is a drug's harm: an antidote's, however written.
    sentences = [
        "{{c1::Naloxone}} reverses opioid overdose.",
        "Nurses give naloxone when breathing slows below 8 breaths a minute.",
        "{{c1::Flumazenil}} reverses benzodiazepine sedation.",
        "Doctors rarely give flumazenil to patients who take benzodiazepines every day.",
        "Sleep reverses fatigue.",
        "Most adults need 7 to 9 hours of sleep a night.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Antidotes", sentences) == [
        "{{c1::Naloxone}} reverses opioid overdose.",
        "Nurses give naloxone when breathing slows below {{c1::8 breaths a minute}}.",
        "{{c1::Flumazenil}} reverses benzodiazepine sedation.",
        "Most adults need {{c1::7 to 9 hours}} of sleep a night.",
    ]
