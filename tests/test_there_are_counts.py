"""A count of things a whole holds, said as "There are …", is a card: "There are about
{{c1::600}} skeletal muscles in the body." Not a count in the document ("in this quiz", "in the
next section"), in the writer's own things ("in my class"), a passing state ("3 open bugs") nor
a scene ("There were 40 people …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

COUNTS = [
    "There are about {{c1::600}} skeletal muscles in the body.",
    "There are {{c1::7}} cervical vertebrae in the neck, 12 thoracic vertebrae in the upper back "
    "and 5 lumbar vertebrae in the lower back.",
    "There are {{c1::eight}} bits in a byte.",
    "There are roughly {{c1::100,000}} hairs in the average human scalp.",
    "There are {{c1::twelve}} semitones in an octave.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_count_of_things_in_a_whole_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Counts", COUNTS) == COUNTS


@pytest.mark.parametrize(
    "sentence",
    [
        "There are 3 open bugs in the tracker.",
        "There are 10 questions in this quiz.",
        "There are 25 students in my class.",
        "There were 40 people in the room.",
        "There are 4 examples in the next section.",
        "There are two ways to do this.",
    ],
)
def test_a_document_writer_passing_state_or_scene_is_no_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
