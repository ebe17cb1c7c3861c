"""A range of bare values a verb of position or extent keeps a thing in is the fact, hidden
whole: "lies between {{c1::0 and 1}}", "range from {{c1::-1 to +1}}". Not a difference, a change
("rose from 2 to 9") or a count of a noun ("between 20 and 30 pupils")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

BARE_RANGES = [
    "A p-value always lies between {{c1::0 and 1}}.",
    "Correlation coefficients range from {{c1::-1 to +1}}.",
    "The pH scale runs from {{c1::0 to 14}}.",
    "A Likert item is usually scored between {{c1::1 and 5}}.",
    "On the Richter scale, most felt earthquakes range from {{c1::2.5 to 5.4}}.",
    "A cosine value varies between {{c1::-1 and 1}} for every angle.",
    "A percentile rank takes values between {{c1::0 and 100}}.",
    "Indoor humidity should stay in the range {{c1::40–60}} for comfort.",
]


@pytest.mark.parametrize("name", ["stats.md", "stats.txt"])
def test_a_range_of_bare_values_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: a range with no unit was no quantity."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Statistics", BARE_RANGES) == BARE_RANGES


NO_RANGES = [
    "The difference between 2 and 3 is 1.",
    "Prices rose from 2 to 9.",
    "The class holds between 20 and 30 pupils.",
    "Choose a number between 1 and 10.",
    "The score went from 3 to 7 after the change.",
    "The answer is in the range 2019 to 2020.",
    "Pick a card in the range 2 to 10 of any suit.",
]


@pytest.mark.parametrize("sentence", NO_RANGES)
def test_bare_figures_that_are_no_range_give_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
