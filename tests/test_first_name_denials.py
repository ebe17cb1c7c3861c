"""A person named by a first name alone is someone in an anecdote, and what they do not do is a
habit, no study fact: "Sarah does not eat meat." gave "Sarah does not eat [...]." Before, the
firm-negative rule (`denial_span`) took any capitalised subject. A full name in the past tense
or a surname alone is a biography's subject, and a named thing's denial a fact: both keep their
cards (a full name's present habit: test_full_name_habits.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Sarah does not eat meat.",
    "Sarah still does not eat meat or fish.",
    "Sarah's brother does not drink alcohol.",
    "Tom didn't finish the marathon in time.",
    # These keep their cards.
    "Marie Curie did not patent radium.",
    "Darwin did not publish his theory until 1859.",
    "Warfarin does not dissolve blood clots.",
    "Koalas do not drink water.",
]
TEXT = "# Notes\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_first_names_habit_is_no_firm_negative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Marie Curie did not patent {{c1::radium}}.",
        "Darwin did not publish his theory until {{c1::1859}}.",
        "Warfarin does not dissolve {{c1::blood clots}}.",
        "Koalas do not drink {{c1::water}}.",
    ]
