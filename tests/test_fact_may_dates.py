"""A fact by name whose value is a date in May ("Launched: 3 May 2016") is a fact: its "May"
is no modal verb that makes the value a sentence. Each test runs the real CLI on a short
excerpt, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import written_as

PHONE = (
    "# Phone\n\n"
    "## Specifications\n\n"
    "- Launched: 3 May 2016\n"
    "- Price: 499 dollars\n"
    "- Weight: 150 grams\n\n"
    "## Warnings\n\n"
    "- Battery: May swell if charged in heat\n"
    "- Screen: May crack if dropped on stone\n"
    "- Charger: Use only the one supplied\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_of_facts_with_a_date_in_may_is_a_table(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list gave no card (the same list launched in June gave three). A value that opens
    on "May" is a sentence still: the warnings give none."""
    notes = _notes(tmp_path, monkeypatch, name, written_as(name, PHONE))
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        ("table", "Specifications: Launched", "3 May 2016"),
        ("table", "Specifications: Price", "499 dollars"),
        ("table", "Specifications: Weight", "150 grams"),
    ]
