"""A name placed by where it stands and ranked among its kind ("The Three Gorges Dam on the
Yangtze is the largest hydroelectric power station in the world") asks for the name, as a
shorter subject's rank does. A sentence with a figure keeps the figure as its point."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_placed_name_ranked_is_asked(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = [
        "The {{c1::Three Gorges Dam}} on the Yangtze is the largest hydroelectric power station"
        " in the world by installed capacity.",
        "The Golden Gate Bridge in San Francisco was the longest suspension bridge in the world"
        " until {{c1::1964}}.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Rivers and dams", clozes) == clozes


@pytest.mark.parametrize(
    "sentence",
    [
        "The old dam on the river is the largest structure in the valley.",
        "My Brother in London is the happiest man alive these days.",
    ],
)
def test_no_name_is_ranked(sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
