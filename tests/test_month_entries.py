"""A list entry dated by a month and its year ("July 1789 — The Bastille is stormed.") in a
timeline: under a heading such as "Timeline", "History" or "Milestones", or in a list whose
every item opens with a date. Elsewhere a month before a colon heads no event ("March 2024:"
over a newsletter's issue or a report's figures): no dated entry, as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes

UNDER_HEADINGS = """\
# The French Revolution

## Timeline

- May 1789 — The Estates-General meets.
- July 1789 — The Bastille is stormed.
- August 1789 — Feudal privileges end.

# Tallow

## Milestones

- March 2024: version 2 ships.
- June 2024: the plugin API is frozen.

## History

- Sept. 2025 - Tallow joins the foundation.
- Oct 2025 - The first conference meets.
"""

ALL_DATED = """\
# Tallow

Tallow has 12 core maintainers.

## Our story

- 2019: Ana starts Tallow.
- March 2024: version 2 ships.
- 12 May 2025: the plugin API freezes.
"""

AMONG_OTHERS = """\
# Tallow

Tallow has 12 core maintainers.

## Page history

- May 2024: the table of versions updated.
- Typos fixed.

## Notes

- March 2024: version 2 ships.
- Bring a laptop.
"""


def _plain(text: str, name: str) -> str:
    return text if name == "a.md" else re.sub(r"(?m)^#+ ", "", text)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_month_entries_under_a_timeline_heading_are_dated_cards(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """These gave no card: a month was no entry's date, and each entry was too short a claim."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(UNDER_HEADINGS, name))

    assert [note["Text"] for note in notes] == [
        "{{c1::May 1789}} — The Estates-General meets.",
        "{{c1::July 1789}} — The Bastille is stormed.",
        "{{c1::August 1789}} — Feudal privileges end.",
        "{{c1::March 2024}}: version 2 ships.",
        "{{c1::June 2024}}: the plugin API is frozen.",
        "{{c1::Sept. 2025}} - Tallow joins the foundation.",
        "{{c1::Oct 2025}} - The first conference meets.",
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_month_entry_in_a_list_of_dated_entries_is_a_dated_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, name, _plain(ALL_DATED, name))

    assert [note["Text"] for note in notes] == [
        "Tallow has {{c1::12}} core maintainers.",
        "{{c1::2019}}: Ana starts Tallow.",
        "{{c1::March 2024}}: version 2 ships.",
        "{{c1::12 May 2025}}: the plugin API freezes.",
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_month_entry_among_undated_items_is_no_dated_entry(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nor under a page's own history: "Page history" is no timeline."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(AMONG_OTHERS, name))

    assert [note["Text"] for note in notes] == ["Tallow has {{c1::12}} core maintainers."]


PLAN = """\
# Our Portugal trip

Lisbon has been the capital of Portugal since 1255.

## Schedule

- March 2025: we fly to Lisbon.
- April 2025: we see Sintra.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_month_entries_under_a_plan_heading_are_steps_of_a_plan(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every item opens with a date, but under "Schedule" a month is a plan's step, no event."""
    notes = article_notes(tmp_path, monkeypatch, name, _plain(PLAN, name))

    assert [note["Text"] for note in notes] == [
        "Lisbon has been the capital of Portugal since {{c1::1255}}."
    ]
