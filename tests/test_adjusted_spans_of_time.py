"""A span of time that a smaller one adjusts is hidden whole: "within [three months less one
day] of the date of dismissal". Before, the cloze hid "three months" and left "less one day" on
the front, half the limit. A figure that is no span of time ("£100 less a 10% discount") and
a comparison ("3 days less than") keep their span."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

ADJUSTED = [
    "A claim for unfair dismissal must normally be brought within {{c1::three months less one"
    " day}} of the date of dismissal.",
    "A sentence of {{c1::two years less a day}} is served in a provincial jail.",
    "The lease runs for {{c1::21 years plus one day}}.",
]
KEPT = [
    "The fee is {{c1::£100}} less a 10% discount.",
    "The ferry takes {{c1::3 days}} less than the cruise.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_span_of_time_a_smaller_one_adjusts_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Time limits", ADJUSTED) == ADJUSTED


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_figure_no_span_of_time_or_a_comparison_keeps_its_span(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Fees", KEPT) == KEPT
