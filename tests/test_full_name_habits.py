"""A known first name and a capitalised surname name a person as the first name alone does:
what they do not do, in the present tense, is a habit, no firm fact ("Sarah Lin does not eat
meat" gave "Sarah Lin does not eat {{c1::meat}}."). In the past tense it is a biography's fact,
a person's recorded stance or act, and keeps its card ("Albert Einstein did not accept …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Sarah Lin does not eat meat.",
    "Sarah Lin still doesn't drink coffee.",
    "David Chen does not own a car.",
    "Priya Shah does not work on Fridays.",
    # These keep their cards.
    "Albert Einstein did not accept quantum indeterminacy.",
    "Marie Curie didn't patent radium.",
    "Warfarin does not dissolve blood clots.",
]
TEXT = "# Notes\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_full_names_present_habit_is_no_firm_negative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Albert Einstein did not accept {{c1::quantum indeterminacy}}.",
        "Marie Curie didn't patent {{c1::radium}}.",
        "Warfarin does not dissolve {{c1::blood clots}}.",
    ]
