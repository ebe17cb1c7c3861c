"""A timeline written without bullets in plain text: lines in a row that each open with a date
("1883 - The bridge opened to traffic") are a list of dated entries, each a card asking for its
date, as the same lines with bullets are. Without a full stop each line was read as a heading.
A decade ("1950s") and a year with its era ("c. 1200 BC") date an entry too. So are a
timetable's lines ("Week 3: 2 x 6 km easy"): a plan, as its bulleted items are."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, article_records, written_as

ENTRIES = [
    "1883 - The bridge opened to traffic",
    "1909 - A second deck was added",
    "1950s - Trolley service ended",
    "c. 1200 BC - The first wooden crossing was built",
]


def _timeline(bulleted: bool, stop: str) -> str:
    lines = "\n".join(f"{'- ' if bulleted else ''}{entry}{stop}" for entry in ENTRIES)
    return f"# History of the Bridge\n\n## Timeline\n\n{lines}\n\nThe bridge spans 486 metres.\n"


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize("name, bulleted", [("a.txt", False), ("a.txt", True), ("a.md", True)])
def test_each_dated_line_asks_for_its_date(
    name: str, bulleted: bool, stop: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, _timeline(bulleted, stop))
    notes = article_notes(tmp_path, monkeypatch, name, text)
    dated = [
        f"{{{{c1::{date}}}}} - {event}{stop}"
        for date, event in (entry.split(" - ") for entry in ENTRIES)
    ]
    assert [n["Text"] for n in notes] == [*dated, "The bridge spans {{c1::486 metres}}."]


def test_one_dated_line_alone_is_still_a_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The Bridge\n\n2024: A Year of Repairs\n\nCrews replaced 1,200 rivets in 2024.\n"
    notes = article_notes(tmp_path, monkeypatch, "a.txt", text)
    assert [n["Text"] for n in notes] == ["Crews replaced {{c1::1,200}} rivets in 2024."]


@pytest.mark.parametrize(
    "entry",
    [
        "1914 - 1918: the war years",  # a range, no date
        "March 2024 - Issue 12",  # a month outside a timeline
        "Ad 12 - lowercase era",  # an era only in capitals
    ],
)
def test_lines_that_open_with_no_date_are_not_read_as_dated(
    entry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"The Bridge\n\nNotes\n\n{entry}\n{entry}\n\nThe bridge spans 486 metres.\n"
    notes = article_notes(tmp_path, monkeypatch, "a.txt", text)
    assert [n["Text"] for n in notes][-1] == "The bridge spans {{c1::486 metres}}."
    assert not any(entry.split(" - ")[1] in n["Text"] for n in notes)


PLAN = (
    "Half Marathon Plan\n\n"
    "The weekly schedule\n\n"
    "Week 1: 3 x 5 km easy, long run 8 km\n"
    "Week 2: 2 x 6 km easy, 1 x 5 km with 4 x 1 min strides, long run 10 km\n"
    "Week 3 (recovery): 3 x 5 km easy, long run 8 km\n\n"
    "Every fourth week is a recovery week, which cuts mileage by about a third.\n"
)


def test_a_timetables_lines_are_a_plan_not_headings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line was a heading or a claim that restated another ("Week 2: [...] easy, …")."""
    notes = article_records(tmp_path, monkeypatch, "a.txt", PLAN)
    assert [(n["section"], n["fields"]["Text"]) for n in notes] == [
        (
            "The weekly schedule",
            "Every fourth week is {{c1::a recovery week}}, which cuts mileage by about a third.",
        )
    ]
