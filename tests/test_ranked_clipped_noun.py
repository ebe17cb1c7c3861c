"""A place in an order before a noun the sentence before named with a modifier: "… every 33
years or so the Earth passes through a dense stream and produces a meteor storm. The last great
storms were in 1999 and 2001." carded "The last great storms were in [...]" with nothing to say
storms of what. Such a sentence now leans on the one before; one that keeps the modifier ("The
last ice age …"), names its own ("The latest iPhone model …", "The largest storm on Jupiter …")
or follows a bare plural ("Vaccines …. The first vaccine …") keeps its card."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes

PAIRS = """\
Every 33 years or so the Earth passes through a dense stream and produces a meteor storm. \
The last great storms were in 1999 and 2001.

Apple released a new phone model in September. The latest model costs $999 in the United States.

Ice ages come and go over the history of the Earth. The last ice age ended about 11,700 years ago.

Jupiter has a huge red storm in its southern half. The largest storm on Jupiter is 16,000 km wide.

Vaccines train the immune system to fight a disease. The first vaccine was made by Jenner in 1796.
"""

CLIPPED = ["The last great storms", "The latest model"]
KEPT = [
    "The last ice age ended about 11,700 years ago.",
    "The largest storm on Jupiter is 16,000 km wide.",
    "The first vaccine was made by Jenner in 1796.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_ranked_noun_clipped_from_the_sentence_before_leans(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = "# Pairs" if name.endswith(".md") else "Pairs"
    notes = article_notes(tmp_path, monkeypatch, name, f"{title}\n\n{PAIRS}")
    texts = [re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note["Text"]) for note in notes]

    for opening in CLIPPED:
        assert not any(text.startswith(opening) for text in texts), opening
    for sentence in KEPT:
        assert sentence in texts
