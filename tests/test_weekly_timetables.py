"""A clock time on a day of the week is a timetable's, no fact: "Office hours are Tuesday 2-4 pm
in Room 318." gives no card (was "Office hours are Tuesday {{c1::2-4 pm}} in Room 318.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

TIMETABLES = [
    "Office hours are Tuesday 2-4 pm in Room 318.",
    "Lectures are held on Mondays at 10 am in the main hall.",
    "The lab meets every Thursday from 2 pm to 5 pm in building C.",
    "Tutorials run Monday and Wednesday 9-11 am in the library annex.",
]

# A custom's clock time, an event's date with its day of the week, and other figures stay.
FACTS = [
    "Most shops in Spain usually close at {{c1::2 pm}} for lunch.",
    "The final exam is worth {{c1::60%}} of the grade for the course.",
    "Black Tuesday, the worst day of the 1929 crash, fell on {{c1::29 October}}.",
]


@pytest.mark.parametrize("sentence", TIMETABLES)
def test_a_weekly_clock_time_is_a_timetable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_weekly_clock_time_in_a_handout_is_a_timetable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Course Handout", [CONTROL, *TIMETABLES])
    assert texts == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_clock_time_with_no_weekly_day_is_still_a_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Customs", FACTS) == FACTS
