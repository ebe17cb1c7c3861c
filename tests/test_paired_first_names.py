"""Two first names joined by "and" are people in an anecdote as one is: what they do not do is
a habit, no firm fact ("Sarah and Tom do not eat meat" gave "… do not eat {{c1::meat}}."), a
shared surname after them a full name's present habit. A pair's past stance keeps its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Sarah and Tom do not eat meat.",
    "Sarah and Tom still don't own a car.",
    "Sarah and Tom's children do not watch television.",
    "Sarah and Tom Lin do not drink alcohol.",
    # These keep their cards.
    "Marie and Pierre Curie did not patent radium.",
    "Salt and sugar do not dissolve in oil.",
]
TEXT = "# Notes\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_two_first_names_habit_is_no_firm_negative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Marie and Pierre Curie did not patent {{c1::radium}}.",
        "Salt and sugar do not dissolve in {{c1::oil}}.",
    ]
