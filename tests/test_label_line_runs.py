"""A run of label lines ("**Pitch 3 (4b, 25 m):** Follow the chimney …") is read alike: the
lines of one sentence make it a table, and the lines beside them that say more (the crux's
four sentences) or less ("Loose and dirty but easy.") are its rows too. Each test runs the real
CLI on a short excerpt, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import written_as

CLIMB = (
    "# Route guide\n\n"
    "## Route Description\n\n"
    "**Pitch 1:** Traverse rightwards along a broad ledge to a belay. Loose and dirty but easy.\n\n"
    "**Pitch 2:** The crux. Climb the overhanging crack to a hanging belay. Large cams are"
    " useful.\n\n"
    "**Pitch 3:** Follow the chimney above, then step left onto easier ground.\n\n"
    "**Pitch 4:** Climb the crack behind the Gallery, passing a bird ledge.\n\n"
    "**Pitch 5:** Easy but loose climbing leads to the summit. The top is flat.\n\n"
    "## Descent\n\n"
    "- Abseil 1: Lower off the summit anchor to the Gallery. Tie a knot in the ropes.\n"
    "- Abseil 2: Swing in to the ledge before you reach the end of the ropes.\n"
    "- Abseil 3: Pull the ropes and scramble back across the boulders.\n\n"
    "## Verdict\n\n"
    "**Summary:** Loose rock and seabirds. Still one of the great climbs of Britain.\n\n"
    "**Overall:** Worth the trip to Orkney. The ferry is part of the adventure.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_run_of_label_lines_gives_a_card_for_each_line(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the lines of one sentence that state or command were rows: pitches 3 and 4 gave a
    card, the crux none. Lines of several sentences with no line of one beside them are text
    still (the verdict: no card, no cloze target)."""
    text = written_as(name, CLIMB)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        (
            "table",
            "Route Description: Pitch 1",
            "Traverse rightwards along a broad ledge to a belay. Loose and dirty but easy.",
        ),
        (
            "table",
            "Route Description: Pitch 2",
            "The crux. Climb the overhanging crack to a hanging belay. Large cams are useful.",
        ),
        (
            "table",
            "Route Description: Pitch 3",
            "Follow the chimney above, then step left onto easier ground.",
        ),
        (
            "table",
            "Route Description: Pitch 4",
            "Climb the crack behind the Gallery, passing a bird ledge.",
        ),
        (
            "table",
            "Route Description: Pitch 5",
            "Easy but loose climbing leads to the summit. The top is flat.",
        ),
        (
            "table",
            "Descent: Abseil 1",
            "Lower off the summit anchor to the Gallery. Tie a knot in the ropes.",
        ),
        (
            "table",
            "Descent: Abseil 2",
            "Swing in to the ledge before you reach the end of the ropes.",
        ),
        (
            "table",
            "Descent: Abseil 3",
            "Pull the ropes and scramble back across the boulders.",
        ),
    ]


GRADES = (
    "# Route guide\n\n"
    "## Pitches\n\n"
    "**Pitch 1 (4c, 20 m):** Follow the broad ledge rightwards to a belay.\n\n"
    "**Pitch 2 (5b, 30 m):** Climb the overhanging crack to a hanging belay.\n\n"
    "## Lights\n\n"
    "**Warning light (red):** Stop the car at once and call for help.\n\n"
    "**Warning light (amber):** Have the car checked within a week.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_label_lines_qualifier_is_part_of_its_answer(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pitch's grade and length were in the question ("Pitches: Pitch 2 (5b, 30 m)"), given
    away. Where the names repeat, the qualifier tells them apart: the question keeps it."""
    text = written_as(name, GRADES)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        (
            "table",
            "Pitches: Pitch 1",
            "(4c, 20 m) Follow the broad ledge rightwards to a belay.",
        ),
        ("table", "Pitches: Pitch 2", "(5b, 30 m) Climb the overhanging crack to a hanging belay."),
        ("table", "Lights: Warning light (red)", "Stop the car at once and call for help."),
        ("table", "Lights: Warning light (amber)", "Have the car checked within a week."),
    ]
