"""Markdown as developers and forums write it: a code span defined by its sentence, inline math,
forum bylines and edit notes. Each runs the real CLI on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes


def _fronts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The text field of every note `docdeck preview --json a.md` makes."""
    return [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]


# 1. A code span a sentence opens and defines is the card's term.

CODE_TERMS = """# Git basics

## Remotes

`origin` is the default name for the remote you cloned from.

`.gitignore` lists files Git should not track.

Use `git status` to see which files are staged before every single commit.

`git stash` is useful.

- `HEAD` points to the commit you currently have checked out.
- `FETCH_HEAD` stores the tip of the branch you fetched last.
"""


def test_a_defined_code_span_is_the_cloze(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fronts = _fronts(tmp_path, monkeypatch, CODE_TERMS)
    assert "{{c1::origin}} is the default name for the remote you cloned from." in fronts
    assert "{{c1::.gitignore}} lists files Git should not track." in fronts
    assert "{{c1::HEAD}} points to the commit you currently have checked out." in fronts
    assert "{{c1::FETCH_HEAD}} stores the tip of the branch you fetched last." in fronts
    # A code span inside a sentence, or one called useful, defines nothing.
    assert not any("git status" in front or "git stash" in front for front in fronts)


def test_a_code_span_before_a_line_break_is_no_term(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What follows a code span may be no text (a line break, the paragraph's end): nothing
    defines it, and the article builds (found by the fuzz test: the reader crashed)."""
    text = "# Coffee\n\n`coffee`\nis a drink.\n\n`origin` is the default name for the remote.\n"
    assert _fronts(tmp_path, monkeypatch, text) == [
        "{{c1::origin}} is the default name for the remote."
    ]


# 2. Inline TeX math is shown as written and never cut by a cloze; money stays money.

MATH = """# Ridge regression

## Key takeaways

- $R^2$ is the share of variance explained, between 0 and 1 for a fitted model.
- Inverting $X^T X$ costs $O(d^3)$ time, about 30% more than the $O(d^2)$ update.
- The $L_2$ penalty shrinks every weight toward 0 but never to exactly 0.
- A $5 fee and a $10 deposit are charged for each of the 3 lab sessions.

$$
\\hat\\beta = (X^T X + \\lambda I)^{-1} X^T y
$$
"""


def test_inline_math_is_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fronts = _fronts(tmp_path, monkeypatch, MATH)
    assert "{{c1::$R^2$}} is the share of variance explained" in fronts[0]
    assert fronts[1].startswith("Inverting $X^T X$ costs $O(d^3)$ time, about {{c1::30%}}")
    assert fronts[2].startswith("The $L_2$ penalty shrinks every weight toward {{c1::0}}")
    assert fronts[3].startswith("A {{c1::$5}} fee and a $10 deposit")
    assert not any("beta" in front for front in fronts)  # the display formula is no text


# 3. A forum post's header lines are page metadata; its edit notes are no claims.

FORUM_POST = """# Sourdough starter questions

Posted by u/crumb_and_crust · Mod · 3h ago

A starter fed whole wheat flour usually doubles within 6 hours of each feeding.

EDIT: The shop now opens at 7 am on Saturdays, not 8 am as I first wrote here.

Edit 2: Fixed the hydration table, which had 50% where it should say 100%.

## Comments

u/breadhead99 · 2 hr. ago
A starter at 100% hydration is fed equal weights of flour and water every single day.
"""


def test_forum_headers_and_edit_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fronts = _fronts(tmp_path, monkeypatch, FORUM_POST)
    assert not any("u/" in front or "ago" in front for front in fronts), fronts
    assert not any("EDIT" in front or "Edit" in front for front in fronts), fronts
    # The comment's own text and the post's are read as before.
    assert any(front.startswith("A starter at {{c1::100%}} hydration") for front in fronts)
    assert any(front.startswith("A starter fed whole wheat") for front in fronts), fronts
