"""A size in two or three dimensions is hidden whole ("3m x 2m x 1m", "23.77 m by 8.23 m"): one
side alone asked half the answer and showed the rest ("[...] x 2m x 1m")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

SIZES = [
    "Rabbits need a minimum enclosure of {{c1::3m x 2m x 1m}} high.",
    "A standard pallet measures {{c1::1200 x 1000 mm}}.",
    "The box is {{c1::30 cm × 20 cm × 10 cm}}.",
    "A singles court is {{c1::23.77 m by 8.23 m}}.",
    "A sheet of A4 paper measures {{c1::210 mm × 297 mm}}.",
]
# "by" joins only figures in one unit; "x" only figures.
NO_SIZES = [
    "Prices rose by {{c1::5%}} in 2023.",
    "The new model is {{c1::2x}} faster than the last one.",
    "The tank holds {{c1::200 litres}} and weighs less by itself.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("cloze", SIZES + NO_SIZES)
def test_a_size_is_hidden_whole(
    name: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Sizes", [cloze]) == [cloze]
