"""A count of things a whole holds, said as "There are", where the whole is one by its name
("in Western music", "on Earth") or a thing "on" which they are ("on a chessboard"): its count
is the fact, as in "There are {{c1::600}} skeletal muscles in the body". Such sentences gave no
card, and a takeaway hid the whole ("There are twelve notes in {{c1::Western music}}")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

COUNTS = [
    "There are {{c1::seven}} continents on Earth.",
    "There are {{c1::64}} squares on a chessboard.",
    "There are about {{c1::2,000}} languages spoken in Africa.",
    "There are {{c1::twelve}} different notes in Western music.",
]


@pytest.mark.parametrize("name", ["counts.md", "counts.txt"])
def test_a_count_in_a_named_whole_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Counts", COUNTS) == COUNTS


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_takeaway_hides_the_count_not_the_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "# Notes" if name.endswith(".md") else "Notes"
    summary = "## Summary" if name.endswith(".md") else "Summary"
    text = (
        f"{heading}\n\nWestern music is built from notes and the steps between them, and most"
        f" of its notes have sharps and flats.\n\n{summary}\n\n- There are twelve notes in"
        " Western music, and a semitone is the smallest step between them.\n- A major scale"
        " has seven notes in it.\n"
    )

    records = article_records(tmp_path, monkeypatch, name, text)
    assert (
        "There are {{c1::twelve}} notes in Western music, and a semitone is the"
        in (records[0]["fields"]["Text"])
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "There are 3 exercises in Chapter 2.",
        "There are 5 open tickets in Jira.",
        "There are three sections in This Guide.",
        "There were 40 people on Deck C.",
    ],
)
def test_no_count_of_the_document_a_passing_state_or_a_scene(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
