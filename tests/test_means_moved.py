"""A means that moves a thing somewhere hides the thing, or where it goes when the sentence names
the thing before: "Insulin lowers blood glucose by moving glucose into {{c1::cells}}" (was no
card: "glucose into cells" held a preposition, no term)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

MEANS = [
    "Insulin lowers blood glucose by moving glucose into {{c1::cells}}.",
    "Glucagon raises blood glucose by releasing glucose from {{c1::the liver}}.",
    "Diuretics lower blood pressure by pumping {{c1::sodium}} into the urine.",
]

# A pronoun's or a determiner's subject names no one thing: no mechanism.
GUARDS = [
    "The pump lowers sodium levels by moving sodium out of the cell.",
    "It lowers blood glucose by moving glucose into cells.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_means_that_moves_a_thing_hides_what_is_not_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Hormones", MEANS) == MEANS


@pytest.mark.parametrize("sentence", GUARDS)
def test_a_means_of_no_named_subject_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
