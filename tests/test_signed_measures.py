"""A measure's bare value with its sign, spelled or not, hidden whole: "temperatures fell below
{{c1::minus 27}}", "below {{c1::-40}}"; a temperature's past verb and a plural measure read as
the present and the singular do."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

SIGNED = [
    "On Everest's summit, the temperature falls below {{c1::minus 40}} at night.",
    "In a Siberian winter, temperatures drop below {{c1::-50}} for weeks.",
    "On Mars, night temperatures fall below {{c1::minus 70}}.",
    "In a home freezer, the temperature stays below {{c1::-18}} at all times.",
]


@pytest.mark.parametrize("name", ["cold.md", "cold.txt"])
def test_a_measures_signed_value_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: a bare value had no sign, a temperature no plural."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Cold", SIGNED) == SIGNED


NO_VALUES = [
    "Prices fell below minus 5 in the model.",
    "Temperatures fell below freezing.",
    "Write minus 40 on the board.",
]


@pytest.mark.parametrize("sentence", NO_VALUES)
def test_a_signed_figure_with_no_measure_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
