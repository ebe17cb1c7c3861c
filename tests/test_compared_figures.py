"""A figure repeated on both sides of a comparison is a given: the comparison is the fact ("so a
$1,000 credit is worth {{c1::more}} than a $1,000 deduction"; was "a {{c1::$1,000}} credit is
worth more than a {{c1::$1,000}} deduction")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

COMPARISONS = [
    "A credit lowers your tax bill dollar for dollar, so a $1,000 credit is worth {{c1::more}}"
    " than a $1,000 deduction.",
    "At the same dose of 10 mg, oxycodone is {{c1::stronger}} than morphine at 10 mg.",
    "A 5 km run burns {{c1::fewer}} calories than a 5 km swim for most adults.",
]

# As before: a figure stated twice with no comparison between is hidden twice, and a comparison
# of two figures hides one of them.
REPEATS = [
    "Put {{c1::$7,000}} in a Roth IRA this year and another {{c1::$7,000}} next year.",
    "Adults need {{c1::7 hours}} of sleep, and teenagers need more than {{c1::7 hours}} too.",
    "The Nile is about {{c1::6,650 km}} long, longer than the Amazon at 6,400 km.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_figure_on_both_sides_of_a_comparison_is_a_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Comparisons", COMPARISONS) == COMPARISONS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_repeated_figure_with_no_comparison_is_hidden_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Repeats", REPEATS) == REPEATS
