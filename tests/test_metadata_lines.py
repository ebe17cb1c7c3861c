"""A line that says who took part, where or when ("Speakers: Alice Brown, Bob Smith",
"Attendees: …", "Location: Room 4, Berlin office") is metadata, never a heading: before, a
plain-text one became a section (`section::speakers-alice-brown-bob-smith`), and so did a
Markdown one set in bold. Other fields may still head sections ("Issue: Printer offline")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records


@pytest.mark.parametrize(
    "line",
    [
        "Speakers: Alice Brown, Bob Smith",
        "Attendees: Alice Brown, Bob Smith, Carol King",
        "Present: Alice Brown, Bob Smith",
        "Participants: Alice Brown and Bob Smith",
        "Host: Alice Brown",
        "Guests: Bob Smith, Carol King",
        "Location: Room 4, Berlin office",
        "Date: 3 May 2025",
    ],
)
@pytest.mark.parametrize("where", ["under-title", "mid-document"])
def test_a_metadata_line_in_plain_text_heads_no_section(
    line: str, where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = "Weekly product meeting\n\n"
    body = (
        "The team shipped version 2.3 on Monday, two days late.\n\n"
        "Sign-ups rose 12% in the first week after the launch.\n"
    )
    text = f"{first}{line}\n\n{body}" if where == "under-title" else f"{first}{body}\n{line}\n"
    text += "\nThe Berlin office opened in 2019 with 40 desks for the sales team.\n"
    records = article_records(tmp_path, monkeypatch, "meeting.txt", text)
    assert [record["fields"]["Text"] for record in records] == [
        "The team shipped version 2.3 on Monday, {{c1::two days}} late.",
        "Sign-ups rose {{c1::12%}} in the first week after the launch.",
        "The Berlin office opened in {{c1::2019}} with 40 desks for the sales team.",
    ]
    assert {record["section"] for record in records} == {"Weekly product meeting"}


def test_a_bold_metadata_line_in_markdown_heads_no_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Weekly product meeting\n\n"
        "The team shipped version 2.3 on Monday, two days late.\n\n"
        "**Speakers: Alice Brown, Bob Smith**\n\n"
        "Sign-ups rose 12% in the first week after the launch.\n"
    )
    records = article_records(tmp_path, monkeypatch, "meeting.md", text)
    assert [record["section"] for record in records] == ["Weekly product meeting"] * 2


def test_other_fields_still_head_sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Printer Help\n\n"
        "Sign-ups rose 12% in the first week after the launch.\n\n"
        "Issue: Printer offline\n\n"
        "The printer went offline 3 times in May, each time after a router update.\n"
    )
    records = article_records(tmp_path, monkeypatch, "help.txt", text)
    assert [record["section"] for record in records] == ["Printer Help", "Issue: Printer offline"]


def test_minutes_who_was_there_block_gives_no_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Minutes list who was there after their header: absent, staff and the minute taker are
    metadata too, no facts ("Riverside Library: Absent" → "T. Brennan" was a card)."""
    text = (
        "RIVERSIDE COMMUNITY LIBRARY\n"
        "Date: Tuesday, January 13, 2026\n\n"
        "Present: J. Alvarez (Chair), K. Osei, R. Patel\n"
        "Absent: T. Brennan\n"
        "Staff: Director Helen Cho\n"
        "Minutes taken by: K. Osei\n\n"
        "1. CALL TO ORDER\n\n"
        "The Chair called the meeting to order at 7:02 pm. A quorum was present.\n\n"
        "2. DIRECTOR'S REPORT\n\n"
        "Total loans reached 412,000 in 2025, up 6% on the year before.\n"
    )
    records = article_records(tmp_path, monkeypatch, "minutes.txt", text)
    assert [record["kind"] for record in records] == ["claim", "claim"]
