"""A contrasted phrase keeps a title's word that opens a noun compound after "a" or "an": "Use
{{c1::a food thermometer}}, not the color of the meat" in "Food Safety at Home", not "a food
{{c1::thermometer}}" (half a term). Each runs the real CLI on real Markdown and plain-text
files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(title: str, *bullets: str) -> str:
    return f"# {title}\n\nSome prose about the topic.\n\n## Key Takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


COMPOUNDS = [
    (
        "Food Safety at Home",
        "Use a food thermometer, not the color of the meat, to judge doneness.",
        "Use {{c1::a food thermometer}}, not the color of the meat, to judge doneness.",
    ),
    (
        "Bread Baking",
        "Proof the dough in a bread tin, not a baking sheet.",
        "Proof the dough in {{c1::a bread tin}}, not a baking sheet.",
    ),
    # Kept: the title's word as what a verb acts on, before the word contrasted.
    (
        "Ricotta Pancakes",
        "Ricotta makes pancakes tender, not heavy.",
        "Ricotta makes pancakes {{c1::tender}}, not heavy.",
    ),
    (
        "Ricotta Pancakes",
        "Ricotta makes the pancakes tender, not heavy.",
        "Ricotta makes the pancakes {{c1::tender}}, not heavy.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("title", "bullet", "expected"), COMPOUNDS)
def test_a_title_word_that_opens_a_compound_stays_in_the_contrast(
    title: str,
    bullet: str,
    expected: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"a{suffix}"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _takeaways(title, bullet)))
    assert texts == [expected], texts
