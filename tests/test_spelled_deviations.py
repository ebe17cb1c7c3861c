"""A count of standard deviations spelled out is a figure with its unit, as "two hours" is: "A
value with a z-score of {{c1::2}} lies two standard deviations above the mean." hid the given
score, the measure's bare value, where the distance it states is the fact. Each runs the real
CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

DEVIATIONS = [
    "A value with a z-score of 2 lies {{c1::two standard deviations}} above the mean.",
    "An IQ score of 130 lies {{c1::two standard deviations}} above the average.",
    "A result with a z-score of -3 lies {{c1::three standard deviations}} below the mean.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", DEVIATIONS)
def test_a_spelled_count_of_standard_deviations_is_the_figure(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Statistics", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


# Kept: a figure in digits the sentence reports wins, as over any spelled one.

KEPT = [
    "About {{c1::95%}} of values lie within two standard deviations of the mean.",
    "The standard deviation of the heights in the sample was {{c1::7 cm}}.",
    "The empirical rule states that about {{c1::68%}} of values lie within one standard"
    " deviation of the mean, and about 95% within two standard deviations.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", KEPT)
def test_a_figure_in_digits_still_wins(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Statistics", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]
