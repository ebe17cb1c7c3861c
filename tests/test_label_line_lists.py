"""A list whose every item is a label line ("- Warning light (red): Stop the car at once.") is
read as the same lines as paragraphs are: a card asks for each sentence by its name. Each test
runs the real CLI on a short excerpt, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import written_as

DASHBOARD = (
    "# Car manual\n\n"
    "## Dashboard\n\n"
    "- Warning light (red): Stop the car at once and call for help.\n"
    "- Warning light (amber): Have the car checked within a week.\n"
    "- Oil light: The engine is low on oil and must be topped up before driving.\n\n"
    "## Lights\n\n"
    "1. **Fog light:** Switch it on only when you can see less than 100 metres.\n"
    "2. **Hazard lights:** Use them when the car has stopped on the road.\n\n"
    "## Interview\n\n"
    "- Host: Welcome to the show, it is a pleasure.\n"
    "- Guest: It is great to be here today.\n"
    "- Host: The first question is about money.\n\n"
    "## Steps\n\n"
    "- Step 1: Preheat the oven to 180 C.\n"
    "- Step 2: Mix the flour and the sugar.\n\n"
    "## Notes\n\n"
    "- Note: Keep the receipt for the warranty.\n"
    "- Tip: Wash the pan while it is still warm.\n\n"
    "## Mixed\n\n"
    "- Warning light (red): Stop the car at once and call for help.\n"
    "- The amber light is less urgent than the red one.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_of_label_lines_asks_for_each_sentence_by_its_name(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lists gave no card (an instruction is no claim) while the same lines as paragraphs
    gave a Q&A card each. A speaker's turns, steps, notes and a list with one item that is no
    label line still give none."""
    text = written_as(name, DASHBOARD)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        ("table", "Dashboard: Warning light (red)", "Stop the car at once and call for help."),
        ("table", "Dashboard: Warning light (amber)", "Have the car checked within a week."),
        (
            "table",
            "Dashboard: Oil light",
            "The engine is low on oil and must be topped up before driving.",
        ),
        (
            "table",
            "Lights: Fog light",
            "Switch it on only when you can see less than 100 metres.",
        ),
        ("table", "Lights: Hazard lights", "Use them when the car has stopped on the road."),
    ]
