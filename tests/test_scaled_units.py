"""A scale word before a unit is one quantity with it: "100 million gigatonnes", "79.6 billion
percent", "280 parts per million". The cloze hid "{{c1::100 million}} gigatonnes", the unit left
on the front as a hint, and "{{c1::280 parts}} per million" split the unit itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

SCALED_UNITS = [
    "Sedimentary rock holds around {{c1::100 million gigatonnes}} of carbon in the crust.",
    "Zimbabwe's inflation rate reached an estimated {{c1::79.6 billion percent}} in November 2008.",
    "Before 1750 the air held about {{c1::280 parts per million}} of carbon dioxide.",
    "The dinosaurs died out about {{c1::66 million years}} ago after an asteroid struck Mexico.",
    "The ozone layer holds about {{c1::10 parts per million}} of ozone at its densest point.",
    "The Nile drains an area of about {{c1::3.4 million km²}} across eleven countries.",
]

# A scale word before a noun that is no unit ends the figure: the noun is what is counted.
COUNTED_NOUNS = [
    "About {{c1::296 million}} people live with hepatitis B across the whole world.",
    "Honey bees visit about {{c1::2 million}} flowers to make one pound of honey.",
    "The company raised {{c1::$3.5 billion}} in its latest funding round.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_scale_word_and_its_unit_are_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Big Numbers", SCALED_UNITS)
    assert texts == SCALED_UNITS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_scale_word_before_a_counted_noun_ends_the_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Big Numbers", COUNTED_NOUNS)
    assert texts == COUNTED_NOUNS
