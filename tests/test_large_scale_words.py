"""The scale words past a trillion ("quadrillion", "quintillion", "sextillion", …) are a
figure's as "billion" is: the cloze hid "more than {{c1::500}} sextillion", the scale word left
on the front."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

LARGE_SCALES = [
    "A password of twelve printable characters has more than {{c1::500 sextillion}}.",
    "A mole contains about {{c1::602 sextillion}} particles, which is Avogadro's number in words.",
    "The oceans hold about {{c1::1.3 quintillion litres}} of water, by most estimates today.",
    "The world's stored data passed {{c1::100 quadrillion bytes}} some years ago, analysts say.",
    "The notes in circulation in Zimbabwe were worth {{c1::$100 quadrillion}} on paper by 2008.",
]

# The scale words the rule knew already read as before, and a figure with none ends at its noun.
KNOWN_SCALES = [
    "About {{c1::296 million}} people live with hepatitis B across the whole world.",
    "An eight-character password has about {{c1::209 billion}} combinations to try.",
    "Honey bees visit about {{c1::2 million}} flowers to make one pound of honey.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_large_scale_word_is_hidden_with_its_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Big Numbers", LARGE_SCALES)
    assert texts == LARGE_SCALES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_known_scale_words_and_bare_counts_read_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Big Numbers", KNOWN_SCALES)
    assert texts == KNOWN_SCALES
