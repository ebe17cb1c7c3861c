"""What a symbol stands for is the answer: "The green light at the end of Daisy's dock
symbolizes Gatsby's hopes and dreams, …" and "East Egg represents old, inherited money; …" gave
no card. Not a pronoun's subject ("This represents …"), a hedge ("may represent"), a generic
subject ("The result represents …"), nor a sentence of the author's or the reader's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Symbols

The green light at the end of Daisy's dock symbolizes Gatsby's hopes and dreams,
and more broadly the unreachable future.

East Egg represents old, inherited money; West Egg represents the newly rich.

In the novel the conch stands for order. The conch stands for order and
democratic rule on the island.

Red stands for danger on most of the warning signs in the factory.

This represents a major shift in policy for the company and its staff.

Our team represents the school at the regional finals every single year.

The eyes may represent the eyes of God looking down on the valley.

Paris represents everything I love about Europe and its food.

The result represents a big improvement over the old design of the engine.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_what_a_symbol_stands_for_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "The green light at the end of Daisy's dock symbolizes {{c1::Gatsby's hopes and"
        " dreams}}, and more broadly the unreachable future.",
        "East Egg represents {{c1::old, inherited money}}; West Egg represents the newly rich.",
        "The conch stands for {{c1::order and democratic rule}} on the island.",
        "Red stands for {{c1::danger}} on most of the warning signs in the factory.",
    ]
