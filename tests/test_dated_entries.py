"""A list entry dated whole ("14 July 1789: storming of the Bastille") in a list that is no
timeline: days under a year in an outline that also holds a sentence, or dated entries among
undated ones. Each was too short for a list entry's claim and gave no card; each is a card
whose answer is its date, as a timeline's day is a row whose answer is its date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes

MIXED_OUTLINE = """\
# The French Revolution

## Key events

- 1789
  - 14 July: storming of the Bastille
  - August 26: Declaration of the Rights of Man
- 1793
  - 21 January: execution of Louis XVI
- The Directory governed France from 1795 to 1799.
"""

FLAT = """\
# The French Revolution

## Key events

- 14 July 1789: storming of the Bastille
- 21 January 1793: execution of Louis XVI
- The Directory governed France from 1795 until Napoleon seized power in 1799.
"""

# Lists whose items open with a year or a release, not a day: as before, a table each.
NOT_DATED = """\
# Our company

## Staff

- 2021: 14 staff
- 2022: 20 staff

## Releases

- 2.0 (2024-03-01): dropped Python 3.8
- 1.9 (2023-11-02): added Windows support
- 1.8 (2023-06-01): faster imports
"""


def _plain(text: str, name: str) -> str:
    return text if name == "a.md" else re.sub(r"(?m)^#+ ", "", text)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_days_under_a_year_in_a_mixed_outline_are_dated_cards(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, name, _plain(MIXED_OUTLINE, name))

    assert [note["Text"] for note in notes] == [
        "{{c1::14 July 1789}}: storming of the Bastille",
        "{{c1::August 26, 1789}}: Declaration of the Rights of Man",
        "{{c1::21 January 1793}}: execution of Louis XVI",
        # A sentence's period: two years after "from" and "to".
        "The Directory governed France from {{c1::1795 to 1799}}.",
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_dated_entries_among_undated_ones_are_dated_cards(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, name, _plain(FLAT, name))

    assert [note["Text"] for note in notes] == [
        "{{c1::14 July 1789}}: storming of the Bastille",
        "{{c1::21 January 1793}}: execution of Louis XVI",
        # An undated item: a claim by the rules for any list item, as before.
        "The Directory governed France from 1795 until Napoleon seized power in {{c1::1799}}.",
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_years_and_releases_before_a_colon_are_no_dated_entries(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, name, _plain(NOT_DATED, name))

    assert [note["kind"] for note in notes] == ["table"] * 5


UNDER_NAMES = """\
# Revolutions

## Key events

- France
  - 14 July 1789: storming of the Bastille
- Russia
  - 7 November 1917: Bolsheviks seize power
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_dated_entry_under_an_outline_name_is_a_dated_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name the entry is nested under opens its card; the date after it is the answer."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(UNDER_NAMES, name))

    assert [note["Text"] for note in notes] == [
        "France: {{c1::14 July 1789}}: storming of the Bastille",
        "Russia: {{c1::7 November 1917}}: Bolsheviks seize power",
    ]


PLAN = """\
# Our Portugal trip

Lisbon has been the capital of Portugal since 1255.

## Itinerary

- 14 July 2025: fly to Lisbon
- 15 July 2025: tram 28 and the castle
- 16 July 2025: day trip to Sintra
"""
# With an undated item the list is no table: its dated entries are list items, as in `FLAT`.
PLAN_AND_NOTE = PLAN + "- Bring cash for the tram.\n"


@pytest.mark.parametrize("text", [PLAN, PLAN_AND_NOTE])
@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_dated_entries_under_a_plan_heading_are_days_of_a_plan(
    name: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under "Itinerary" (or "Schedule", "Agenda", …) a dated entry is a day of a plan, not an
    event: no card, though "tram 28" was a figure to hide, and no table row."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(text, name))

    assert [note["Text"] for note in notes] == [
        "Lisbon has been the capital of Portugal since {{c1::1255}}."
    ]


YEARS = """\
# The American Revolution

## Key dates

- 1763: Treaty of Paris ends the French and Indian War
- 1765: Stamp Act taxes printed paper in the colonies
- 1770: Boston Massacre
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_entries_dated_by_a_year_alone_are_dated_cards(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year before a colon dates its entry as a whole date does; a list of long entries is no
    table (its values run past a fact's), and the year that opened each was no target: no card."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(YEARS, name))

    assert [note["Text"] for note in notes] == [
        "{{c1::1763}}: Treaty of Paris ends the French and Indian War",
        "{{c1::1765}}: Stamp Act taxes printed paper in the colonies",
        "{{c1::1770}}: Boston Massacre",
    ]


DASHED = """\
# The printing press

## Dates

- **1440** — Gutenberg develops his press in Mainz.
- 1476 - William Caxton sets up the first press in England.
- 1501 – Aldus Manutius introduces italic type.
- 14 July 1789 — Storming of the Bastille.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_entries_dated_before_a_dash_are_dated_cards(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A date before a spaced dash dates its entry as one before a colon does: the list gave no
    card at all."""
    text = _plain(DASHED, name) if name == "a.md" else _plain(DASHED, name).replace("**", "")
    notes = article_notes(tmp_path, monkeypatch, name, text)

    assert [note["Text"] for note in notes] == [
        "{{c1::1440}} — Gutenberg develops his press in Mainz.",
        "{{c1::1476}} - William Caxton sets up the first press in England.",
        "{{c1::1501}} – Aldus Manutius introduces italic type.",
        "{{c1::14 July 1789}} — Storming of the Bastille.",
    ]


TIMELINE_LINES = """\
The printing press

Printing spread across Europe within fifty years of its invention.

Timeline

1440 – Gutenberg develops his press in Mainz.
1455: The Gutenberg Bible is completed.
1476 - William Caxton sets up the first press in England.
"""


def test_a_plain_text_timeline_of_bare_lines_is_dated_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each line, a paragraph of its own, asks for its date as a list item does; none gave a
    card."""
    notes = article_notes(tmp_path, monkeypatch, "a.txt", TIMELINE_LINES)

    assert [note["Text"] for note in notes] == [
        "Printing spread across Europe within {{c1::fifty years}} of its invention.",
        "{{c1::1440}} – Gutenberg develops his press in Mainz.",
        "{{c1::1455}}: The Gutenberg Bible is completed.",
        "{{c1::1476}} - William Caxton sets up the first press in England.",
    ]


NOT_DASHED = """\
# Notes

The Treaty of Versailles was signed in 1919.

## Dates

- 1914 – 1918: The First World War.
- 1939 — 1945 — The Second World War.
- 2 – 3 cups of flour are needed for the dough.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_ranges_and_counts_before_a_dash_are_no_dated_entries(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A range of years opens no dated entry (as "1914–1918:" opens none), nor a count."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(NOT_DASHED, name))

    assert [note["Text"] for note in notes] == [
        "The Treaty of Versailles was signed in {{c1::1919}}."
    ]
