"""A takeaway asks for the code it quotes, whole and as written: "Use `python3 -m venv .venv` to
create an environment per project." hid "per project", and "Choose `conda` when you need
non-Python libraries" hid "non-Python". A prose claim is carded only for what it states, and a
formula in code states none (`test_code_spans.py`); a takeaway is carded whatever it says, and
what it quotes as code, a command, a name or a formula, is its point."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

# Each takeaway, its code in backticks, and its card.
TAKEAWAYS = {
    "Use `python3 -m venv .venv` to create an environment per project.": (
        "Use {{c1::python3 -m venv .venv}} to create an environment per project."
    ),
    "Activation only edits `PATH`; calling `.venv/bin/python` works without it.": (
        "Activation only edits {{c1::PATH}}; calling .venv/bin/python works without it."
    ),
    "Compute the rate with `r = d / t` before you compare runners.": (
        "Compute the rate with {{c1::r = d / t}} before you compare runners."
    ),
    "The `strict` mode is now the default.": "The {{c1::strict}} mode is now the default.",
    "The equation is `E = mc^2`.": "The equation is {{c1::E = mc^2}}.",
}


@pytest.mark.parametrize("bullets", [True, False])
def test_a_takeaway_hides_its_code_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bullets: bool
) -> None:
    """As bullets, and as a summary's lines without bullets (one sentence to a line)."""
    lines = "\n".join(f"- {t}" if bullets else t for t in TAKEAWAYS)
    text = f"# Python Environments\n\n## Summary\n\n{lines}\n"
    notes = article_notes(tmp_path, monkeypatch, "a.md", text)
    assert [note["Text"] for note in notes] == list(TAKEAWAYS.values())


def test_a_figure_comes_before_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# Git\n\n## Summary\n\n- Run `git gc` to cut the repository size by 60%.\n"
    notes = article_notes(tmp_path, monkeypatch, "a.md", text)
    assert [note["Text"] for note in notes] == [
        "Run git gc to cut the repository size by {{c1::60%}}."
    ]
