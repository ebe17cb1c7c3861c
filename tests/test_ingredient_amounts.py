"""A list of amounts under a heading of entries ("## Ingredients": "- 500 g bread flour") is a
table of what each entry is and its amount: a card asks for each amount. It gave no card (a
list of things to have states no claim). Not a list of entries without amounts (a shopping
list). Each test runs the real CLI, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import written_as

RECIPE = (
    "# Classic Sourdough Bread\n\n"
    "Sourdough bread is leavened by a starter of flour and water that holds wild yeast.\n\n"
    "## Ingredients\n\n"
    "- 500 g bread flour\n"
    "- 350 g water (70% hydration)\n"
    "- 1 1/2 tsp. salt\n"
    "- ½ cup (60 g) rye flour\n"
    "- a pinch of sugar\n\n"
    "## What you'll need\n\n"
    "For the tin:\n\n"
    "- 1 pinch of flour\n"
    "- 2 sheets of baking paper\n\n"
    "## Shopping list\n\n"
    "- bread flour\n"
    "- salt\n"
    "- 2 lemons\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_each_amount_is_asked_by_its_entry(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, RECIPE)
    notes = _notes(tmp_path, monkeypatch, name, text)

    assert [(n["Question"], n["Answer"]) for n in notes if n["kind"] == "table"] == [
        ("Ingredients: bread flour", "500 g"),
        ("Ingredients: water (70% hydration)", "350 g"),
        ("Ingredients: salt", "1 1/2 tsp."),
        ("Ingredients: rye flour", "½ cup (60 g)"),
        ("What you'll need: flour (for the tin)", "1 pinch"),
        ("What you'll need: baking paper (for the tin)", "2 sheets"),
    ]
