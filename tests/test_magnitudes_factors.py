"""A property's bare value may be negative, a magnitude may follow its verb, and a factor is a
value: "Sirius … has a magnitude of {{c1::-1.46}}", "the faintest stars … are around magnitude
{{c1::6.5}}", "A difference of 5 magnitudes is exactly a factor of {{c1::100}} in brightness."
(each was no card)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

VALUES = [
    "Sirius, the brightest star in the night sky, has a magnitude of {{c1::-1.46}}.",
    "Under a truly dark sky, the faintest stars visible to the naked eye are around magnitude"
    " {{c1::6.5}}.",
    "A difference of 5 magnitudes is exactly a factor of {{c1::100}} in brightness.",
    "Between 1990 and 2010 house prices in the city rose by a factor of {{c1::3}}.",
    # As before: a positive value after "has a … of".
    "The 2011 Tohoku earthquake had a magnitude of {{c1::9.1}} on the moment scale.",
]

# A figure after a word of no measure is no property's value.
NO_VALUES = [
    "A son of 7 and a daughter of 9 came with their parents to the museum.",
    "The museum holds a collection of 300 paintings by local artists.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_magnitude_or_factor_is_a_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Stars", VALUES) == VALUES


@pytest.mark.parametrize("sentence", NO_VALUES)
def test_a_figure_after_no_measure_is_no_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
