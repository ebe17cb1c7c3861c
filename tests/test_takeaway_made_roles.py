"""A takeaway on what a named act or person made of someone hides the name, whole: "The {{c1::Act
of Union}} made Scotland part of Great Britain." (was "The Act of Union {{c1::made Scotland
part}} of Great Britain."); in a deck on the act, the one it made: "The Act of Supremacy made
the {{c1::monarch}} head of the Church of England." (was "… of the {{c1::Church of England}}").
Never half of "the one made" and its role ("{{c1::monarch head}}", "{{c1::Henry V heir}}")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _summary(title: str, *bullets: str) -> str:
    return f"# {title}\n\nSome prose about it.\n\n## Summary\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


NAMES = [
    "The {{c1::Treaty of Troyes}} made Henry V heir to the French throne.",
    "The {{c1::Act of Union}} made Scotland part of Great Britain.",
    "{{c1::Augustus}} made the Senate head of the provinces.",
    "The {{c1::Act of Supremacy}} made the monarch head of the Church of England.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("cloze", NAMES)
def test_a_takeaway_hides_the_name_that_made_a_role_whole(
    cloze: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    bullet = cloze.replace("{{c1::", "").replace("}}", "")
    markdown = _summary("Tudor England", "The Tudors ruled from 1485 to 1603.", bullet)
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, markdown))
    assert texts[-1] == cloze, texts


OWN = [
    ("The Act of Supremacy", "The Act of Supremacy made the {{c1::monarch}} head of the Church."),
    ("The Treaty of Troyes", "The Treaty of Troyes made {{c1::Henry V}} heir to the throne."),
    ("The Act of Union", "The Act of Union made {{c1::Scotland}} part of Great Britain."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("title", "cloze"), OWN)
def test_in_a_deck_on_the_name_the_one_made_is_hidden(
    title: str, cloze: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    bullet = cloze.replace("{{c1::", "").replace("}}", "")
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _summary(title, bullet)))
    assert texts == [cloze]


KEPT = [
    # No role before "of": a thing made of a material, or of a pronoun's making.
    ("Bronze is made of copper and tin.", "made of"),
    ("It made the king head of the Church.", "It"),
    ("The Reform Act made voting a right of most men.", "voting"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "word"), KEPT)
def test_no_name_or_no_role_is_left_to_the_other_rules(
    bullet: str, word: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    markdown = _summary("Notes", "The Tudors ruled from 1485 to 1603.", bullet)
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, markdown))
    assert all(f"{{{{c1::{word}" not in text for text in texts), texts
