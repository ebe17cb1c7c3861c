"""A property a thing has and its bare value gave no card: "Ethanoic acid has a pKa of about
4.76." holds a figure with no unit, and only a target, a level or a score ("a target of 2.5")
made a bare value a measure's. A property named by a symbol ("pKa", "BMI") or by a phrase that
ends on a word of measure ("refractive index", "atomic number", "magnitude", "specific
gravity") now makes its value the target, hidden alone; a bare figure after any other noun is
no property's value ("a son of 7", "a membership of 40")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

VALUES = [
    "Ethanoic acid, the acid in vinegar, has a pKa of about {{c1::4.76}}.",
    "Carbon has an atomic number of {{c1::6}} and sits in group 14 of the periodic table.",
    "Pure water has a refractive index of about {{c1::1.33}} at room temperature.",
    "The Tohoku earthquake of March 2011 had a magnitude of {{c1::9.1}}.",
    "Mercury has a specific gravity of {{c1::13.6}}, so a lump of iron floats on it.",
    "The pKa of the ammonium ion is {{c1::9.25}} at room temperature.",
]

# A figure after a noun that names no property: no card from it.
NOT_VALUES = [
    "My neighbour has a son of 7 and a daughter of 10 who both love football.",
    "The chess club in our village has a membership of 40 and meets every week.",
    "The old library at the end of the road has a shelf of 30 and a desk of 2.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_propertys_bare_value_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Physical Constants", VALUES) == VALUES


@pytest.mark.parametrize("sentence", NOT_VALUES)
def test_a_figure_after_another_noun_is_no_propertys_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
