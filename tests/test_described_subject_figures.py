"""Figures that describe a sentence's subject, after a participle ("made with", "prepared
from") and joined with "and", are givens: the figure the main verb takes is the fact. "A dough
made with {{c1::500 g}} of flour and 350 g of water has a hydration of 70%." hid the first
given. Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

RESULTS = [
    "A dough made with 500 g of flour and 350 g of water has a hydration of {{c1::70%}}.",
    "A solution prepared from 20 g of salt and 80 g of water has a concentration of {{c1::20%}}.",
    "A syrup made from 1 kg of sugar and 500 ml of water has a sugar content of {{c1::67%}}.",
    "A bar built with 5 kg of steel and 2 kg of copper weighs {{c1::7 kg}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", RESULTS)
def test_the_figure_the_verb_takes_is_hidden(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Mixtures", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


# Kept: no figure after the main verb, a verb before the figure, a subject with no participle.

KEPT = [
    "Patients treated with {{c1::5 mg}} daily had fewer strokes.",
    "A room 3 m by 4 m needs about {{c1::five litres}} of paint.",
    "A loan of {{c1::£1,000}} and £200 of interest is repaid over 12 months.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", KEPT)
def test_other_figures_keep_their_place(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Mixtures", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]
