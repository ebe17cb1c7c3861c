"""What a named thing is caused by is the fact a sentence states, hidden as a noun phrase
("Scurvy is caused by {{c1::a lack of vitamin C}} in the diet"): such sentences were no claim.
Not a pronoun's or a determiner's subject, a hedge, a list of causes, nor a cause of any kind
("problems")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

CAUSES = [
    "Sickle cell anaemia is caused by {{c1::a single base substitution}} in the gene for"
    " haemoglobin.",
    "Scurvy is caused by {{c1::a lack of vitamin C}} in the diet.",
    "The Black Death was caused by {{c1::the bacterium Yersinia pestis}}, carried by fleas on"
    " rats.",
    "Tides are mainly caused by {{c1::the gravitational pull of the Moon}}.",
    "The seasons on Earth are caused by {{c1::the tilt of the Earth's axis}}.",
]


@pytest.mark.parametrize("name", ["causes.md", "causes.txt"])
def test_what_a_named_thing_is_caused_by_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Causes", CAUSES) == CAUSES


@pytest.mark.parametrize(
    "sentence",
    [
        "This is caused by a build-up of pressure in the magma chamber over many years.",
        "Most breakdowns on motorways are caused by problems that a basic check would find.",
        "Mutations can be caused by mutagens such as ionising radiation and UV light.",
        "The Revolution was caused by debt, an unfair tax system, new ideas and bread shortages.",
        "Most of this warming is caused by greenhouse gases released by human activity.",
    ],
)
def test_no_cause_of_a_pronoun_a_hedge_a_list_or_any_kind(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


KEPT = [
    # A contrast's cause, as before.
    "Down syndrome is not caused by a gene mutation but by {{c1::an extra copy of chromosome 21}}.",
    # A figure is the point before its cause.
    "About {{c1::90%}} of cervical cancers are caused by the human papillomavirus.",
]


@pytest.mark.parametrize("name", ["kept.md", "kept.txt"])
def test_a_contrast_or_a_figure_keeps_its_target(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Kept", KEPT) == KEPT
