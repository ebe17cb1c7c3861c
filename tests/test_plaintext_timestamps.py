"""A transcript's turns may open with a timestamp ("[00:04:11] PRIYA RAMAN: …", "(12:03) HO: …",
"00:04:11 Priya Raman: …"): it goes with the speaker's label, no part of what is said. Before,
neither was stripped, and a definition that opened the turn was lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from articles import article_notes as _notes

TURNS = [
    ("TOM BECK", "So let's start simple. What does herd immunity mean?"),
    (
        "PRIYA RAMAN",
        "Herd immunity is when enough people are immune that a pathogen cannot spread easily.",
    ),
    ("TOM BECK", "And how many people is enough?"),
    (
        "PRIYA RAMAN",
        "It depends. For measles you need about 95 percent of people immune, and for polio"
        " around 80 percent.",
    ),
]


def _plain(cloze: str) -> str:
    return cloze.replace("{{c1::", "").replace("}}", "")


@pytest.mark.parametrize(
    ("stamp", "name"),
    [
        ("[00:04:{:02}]", str.upper),
        ("({:02}:03)", lambda name: "".join(word[0] for word in name.split())),
        ("00:04:{:02}", str.title),
        ("[12:{:02}.250]", str.title),
    ],
    ids=["brackets", "parentheses-initials", "bare-names", "milliseconds"],
)
def test_a_timestamp_before_a_speakers_label_is_not_on_the_cards(
    stamp: str, name: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        f"{stamp.format(10 + 5 * turn)} {name(speaker)}: {text}"
        for turn, (speaker, text) in enumerate(TURNS)
    ]
    text = "Vaccines Talk\n\n" + "\n\n".join(lines) + "\n"
    notes = _notes(tmp_path, monkeypatch, "talk.txt", text)
    assert [note["Text"] for note in notes] == [
        "{{c1::Herd immunity}} is when enough people are immune that a pathogen cannot spread"
        " easily.",
        "For measles you need about {{c1::95 percent}} of people immune, and for polio around"
        " 80 percent.",
    ]
    assert all(note["Source"].startswith("Vaccines Talk <span") for note in notes)


def test_times_in_an_articles_text_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Race Day\n\n"
        "10:30 Start: the runners leave the harbour and cover 42 kilometres in total.\n\n"
        "12:45 Finish: the fastest runners usually finish in just over 2 hours.\n"
    )
    notes = _notes(tmp_path, monkeypatch, "race.txt", text)
    assert all(_plain(note["Text"])[:2] in ("10", "12") for note in notes)


@pytest.mark.parametrize("stamp", ["[00:{:02}]", "({:02}:15)", "00:12:{:02}", "[01:12:{:02}]"])
def test_a_recordings_timestamp_marks_a_speaker_of_one_turn(
    stamp: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short transcript's speakers may have one turn each: a recording's timestamp (in
    brackets or to the second) before the label makes it a speaker's all the same. Before, the
    front read "[00:02] Bob Smith: Sign-ups rose [...] …"."""
    turns = [
        "Alice Brown: We shipped version 2.3 on Monday, two days late.",
        "Bob Smith: Sign-ups rose 12% in the first week after the launch.",
        "CAROL KING: The churn rate fell to 4% in March.",
    ]
    lines = [f"{stamp.format(turn + 1)} {text}" for turn, text in enumerate(turns)]
    text = "Weekly product meeting\n\n" + "\n".join(lines) + "\n"
    notes = _notes(tmp_path, monkeypatch, "meeting.txt", text)
    assert [note["Text"] for note in notes] == [
        "Sign-ups rose {{c1::12%}} in the first week after the launch.",
        "The churn rate fell to {{c1::4%}} in March.",
    ]


def test_a_clock_time_before_a_label_of_one_line_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A programme's clock time ("10:30 Race Start:") is no recording's: its label stays."""
    text = (
        "Race Day\n\n"
        "10:30 Race Start: the runners leave the harbour and cover 42 kilometres in total.\n\n"
        "12:45 Race Finish: the fastest runners usually finish in just over 2 hours.\n"
    )
    notes = _notes(tmp_path, monkeypatch, "race.txt", text)
    starts = [_plain(note["Text"]).split(":", 2)[:2] for note in notes]
    assert starts == [["10", "30 Race Start"], ["12", "45 Race Finish"]]
