"""A chemical formula a sentence gives after "formula" gave no card: "Alkanes are saturated
hydrocarbons with the general formula CnH2n+2." holds no figure with a unit, no contrast and no
definition the rules knew. The formula (element symbols with their counts, or two symbols such
as "NaCl") is now the sentence's point, hidden whole; a word or an acronym after "formula" is
none ("the formula for success", "the formula NASA used")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

FORMULAS = [
    "Alkanes are saturated hydrocarbons with the general formula {{c1::CnH2n+2}}.",
    "Alcohols contain the hydroxyl group and have the general formula {{c1::CnH2n+1OH}}.",
    "Glucose, the sugar plants make in photosynthesis, has the molecular formula {{c1::C6H12O6}}.",
    "The molecular formula of caffeine, the stimulant in coffee, is {{c1::C8H10N4O2}}.",
    "Table salt is sodium chloride, an ionic compound with the formula {{c1::NaCl}}.",
    "Water, the most common solvent on Earth, has the chemical formula {{c1::H₂O}}.",
]

# No chemical formula after "formula": no card from it.
NOT_FORMULAS = [
    "The formula for success in this course is steady work and plenty of patience.",
    "This is the formula NASA used to plan the orbits of its early rockets.",
    "Use the formula below to work out the floor area of any rectangular room.",
    "The team kept the formula Helen wrote on the whiteboard for the whole term.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_chemical_formula_after_formula_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Chemistry Notes", FORMULAS) == FORMULAS


@pytest.mark.parametrize("sentence", NOT_FORMULAS)
def test_a_word_after_formula_is_no_chemical_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
