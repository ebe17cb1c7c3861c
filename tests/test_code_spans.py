"""A formula inside a Markdown code span is code, not a formula to learn: "The reaction is
`2H2 + O2 -> 2H2O`." was carded as "The reaction is 2H2 + O2 -> [...]." The reader keeps each
code span's text (`Paragraph.code`); the formula rules skip a formula inside one. The same
formula written in prose is still hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

# Each sentence as written in prose, and its card.
FORMULAS = {
    "The reaction is 2H2 + O2 -> 2H2O.": "The reaction is 2H2 + O2 -&gt; {{c1::2H2O}}.",
    "The equation is E = mc^2.": "The equation is {{c1::E = mc^2}}.",
    "Velocity is given by v = u + at.": "Velocity is given by {{c1::v = u + at}}.",
}
# The same sentences, each formula in a code span.
CODE = [
    "The reaction is `2H2 + O2 -> 2H2O`.",
    "The equation is `E = mc^2`.",
    "Velocity is given by `v = u + at`.",
]
OTHER = "The museum opened in 1998 and drew 40,000 visitors."


@pytest.mark.parametrize("sentence", CODE)
@pytest.mark.parametrize("listed", [False, True])
def test_a_formula_in_a_code_span_is_no_formula(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, listed: bool
) -> None:
    body = f"- {sentence}\n- {OTHER}" if listed else f"{sentence}\n\n{OTHER}"
    notes = article_notes(tmp_path, monkeypatch, "a.md", f"# Notes\n\n{body}\n")
    assert [note["Text"] for note in notes] == [
        "The museum opened in 1998 and drew {{c1::40,000}} visitors."
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_same_formula_in_prose_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    heading = "# Notes" if name.endswith(".md") else "Notes"
    text = f"{heading}\n\n" + "\n\n".join(FORMULAS) + "\n"
    notes = article_notes(tmp_path, monkeypatch, name, text)
    assert [note["Text"] for note in notes] == list(FORMULAS.values())


def test_code_in_a_cards_text_shows_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A firm sentence with code in it is carded as before, its code as plain text."""
    text = "# Notes\n\nRunning `git gc` cut the repository size by 60% in our tests last year.\n"
    notes = article_notes(tmp_path, monkeypatch, "a.md", text)
    assert [note["Text"] for note in notes] == [
        "Running git gc cut the repository size by {{c1::60%}} in our tests last year."
    ]
