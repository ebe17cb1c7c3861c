"""A figure the condition of a worked example gives and the sentence repeats is a given, no
fact: "If a business buys a van for £20,000 in cash, the Vehicles account is debited
{{c1::£20,000}} …" hid it at every place. Each runs the real CLI on real Markdown and
plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

GIVENS = [
    "If a business buys a van for £20,000 in cash, the Vehicles account is debited £20,000 and"
    " the Cash account is credited £20,000.",
    "When a shop sells goods for £500 on credit, Sales is credited £500 and Receivables is"
    " debited £500.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", GIVENS)
def test_a_figure_the_condition_gives_and_repeats_gives_no_card(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Counts", [CONTROL, sentence])
    assert texts == [CONTROL]


# Kept: a figure the condition states once, a figure repeated with no condition before it.

KEPT = [
    "If you earn less than {{c1::£12,570}} a year, you pay no income tax.",
    "You can put {{c1::$7,000}} in a Roth IRA and another {{c1::$7,000}} in a spousal one.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", KEPT)
def test_other_figures_are_still_hidden(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Counts", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]
