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
