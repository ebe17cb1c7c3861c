"""A figure in a relative clause that describes the subject ("An employee who has worked for at
least one month …") is a given; the figure the main verb takes is the fact: "An employee who has
worked for at least {{c1::one month}} must give their employer at least one week's notice." hid
the condition. Figures spelled out are read as figures in digits are. Each runs the real CLI on
real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

RESULTS = [
    "An employee who has worked for at least one month must give their employer at least"
    " {{c1::one week's}} notice.",
    "A patient who has been fasting for at least eight hours should wait another {{c1::two"
    " hours}} before surgery.",
    "People who sleep six hours a night are {{c1::four times}} as likely to catch a cold.",
    "An employee who has worked for at least 2 years can claim unfair dismissal within"
    " {{c1::3 months}}.",
    "Children under five need about {{c1::ten hours}} of sleep.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", RESULTS)
def test_the_figure_the_main_verb_takes_is_hidden(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Rights", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


# Kept: one figure only, a main verb before the figure, a figure that is the subject itself.

KEPT = [
    "Anyone who has lived in the UK for {{c1::five years}} can apply for settlement.",
    "Most adults need {{c1::seven to nine hours}} of sleep a night.",
    "{{c1::Two thirds}} of people who start a diet regain the weight within five years.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", KEPT)
def test_other_figures_keep_their_place(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Rights", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]
