"""What "X, not Y" hides: the X phrase that parallels Y, whole. A noun and what completes it
against a noun ("{{c1::an invitation to treat}}, not an offer"), a place or time after a
preposition against one ("near {{c1::first quarter}}, not at full Moon"), two nouns joined
against the first's kind ("{{c1::final goods and services}}, not intermediate goods"). Each
runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(title: str, *bullets: str) -> str:
    return f"# {title}\n\nSome prose about the course.\n\n## Key Takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


CONTRASTS = [
    # A noun with an article against one: the noun and the words that complete it.
    (
        "Contract Law Basics",
        "Goods on display are an invitation to treat, not an offer.",
        "Goods on display are {{c1::an invitation to treat}}, not an offer.",
    ),
    (
        "Town Planning",
        "A new shop front needs a change of use, not a building permit.",
        "A new shop front needs {{c1::a change of use}}, not a building permit.",
    ),
    # Plurals with no article.
    (
        "Contract Law Basics",
        "Price lists are usually invitations to treat, not offers.",
        "Price lists are usually {{c1::invitations to treat}}, not offers.",
    ),
    # A phrase after a preposition against one after another preposition.
    (
        "Getting Started in Observational Astronomy",
        "The Moon is best observed near first quarter, not at full Moon.",
        "The Moon is best observed near {{c1::first quarter}}, not at full Moon.",
    ),
    (
        "Garden Notes",
        "Sow the seeds under glass in March, not outdoors in May.",
        "Sow the seeds under glass in {{c1::March}}, not outdoors in May.",
    ),
    # Kept: the title's word as the verb's object before what is contrasted.
    (
        "Ricotta Pancakes",
        "Ricotta makes pancakes tender, not heavy.",
        "Ricotta makes pancakes {{c1::tender}}, not heavy.",
    ),
    # Two nouns joined by "and", the first the noun the other side ends on.
    (
        "ECON 102 Study Guide",
        "GDP measures the value of final goods and services, not intermediate goods.",
        "GDP measures the value of {{c1::final goods and services}}, not intermediate goods.",
    ),
    (
        "Nutrition Notes",
        "Eat whole grains and pulses, not refined grains.",
        "Eat {{c1::whole grains and pulses}}, not refined grains.",
    ),
    # Kept: an "and" before a noun the other side does not end on.
    (
        "Garden Notes",
        "Water the roots and leaves, not the stems.",
        "Water the roots and {{c1::leaves}}, not the stems.",
    ),
    # Kept: "not to X" contrasts no noun; a preposition's phrase parallels the same preposition.
    (
        "Field Notes",
        "Enzymes work by lowering activation energy, not by raising temperature.",
        "Enzymes work by {{c1::lowering activation energy}}, not by raising temperature.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("title", "bullet", "expected"), CONTRASTS)
def test_a_contrast_hides_the_phrase_that_parallels_the_other_side(
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
