"""A named agent by the target it acts on is a fact worth a card, however short: "Statins inhibit
{{c1::HMG-CoA reductase}}.", "Atropine blocks {{c1::muscarinic receptors}}." Before, such a
sentence was no claim at all: no figure, no definition, under 8 words. Not a hedge ("Statins
may inhibit …"), a pronoun's or a determiner's subject, an object that points elsewhere, a
doing for a target ("Fear inhibits learning."), nor an everyday verb's object that names no
target ("Tom blocks the door.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, beside_control, cloze_texts

CLOZES = [
    "Statins inhibit {{c1::HMG-CoA reductase}}.",
    "Aspirin irreversibly inhibits {{c1::cyclooxygenase}}.",
    "Omeprazole blocks {{c1::the proton pump}}.",
    "Salbutamol activates {{c1::beta-2 receptors}}.",
    "Morphine binds to {{c1::mu-opioid receptors}}.",
    "Warfarin antagonises {{c1::vitamin K}}.",
    "Heparin activates {{c1::antithrombin}}.",
    "Antacids neutralise {{c1::stomach acid}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_a_named_agent_acts_on_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Drug targets", CLOZES) == CLOZES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_in_a_paragraph_of_prose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    heading = "# Pharmacology" if name.endswith(".md") else "Pharmacology"
    text = (
        f"{heading}\n\nStatins inhibit HMG-CoA reductase. I think they are overused. "
        "Digoxin inhibits the sodium-potassium pump.\n"
    )
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == [
        "Statins inhibit {{c1::HMG-CoA reductase}}.",
        "Digoxin inhibits {{c1::the sodium-potassium pump}}.",
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_decks_own_target_asks_for_the_agent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    clozes = ["{{c1::Neostigmine}} inhibits acetylcholinesterase."]
    assert cloze_texts(tmp_path, monkeypatch, name, "Acetylcholinesterase", clozes) == clozes


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Statins may inhibit HMG-CoA reductase.",
        "Statins probably inhibit HMG-CoA reductase.",
        "It blocks the proton pump.",
        "This drug blocks muscarinic receptors.",
        "Caffeine blocks this effect.",
        "Fear inhibits learning.",
        "Tom blocks the door.",
        "Praise stimulates effort.",
        "We block spam.",
        "Most statins inhibit HMG-CoA reductase.",
    ],
)
def test_no_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_a_drug_acts_on_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # "acts on" is everyday English: a target by name only ("Tom acts on impulse.": none).
    clozes = [
        "Salbutamol acts on {{c1::beta-2 receptors}}.",
        "Digoxin acts on {{c1::the sodium-potassium pump}}.",
    ]
    sentences = [*clozes, "Tom acts on impulse.", "Doctors act on evidence."]
    assert cloze_texts(tmp_path, monkeypatch, name, "Drug targets", sentences) == clozes
