"""A sentence may name what the one before describes: "Mix the flour and 325 g of the water and
leave it for 1 hour. This rest is called the autolyse." The name gave no card: its sentence
leans on the one before and states nothing firm alone. Now "This/That/These/Those/The N is
called (known as, termed) Y", or "This is called Y", is carded with the sentence before, Y
hidden, in a paragraph or a list item. Not when Y is a pronoun, a generic word, the thing it
names, or already in the sentence before."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Bread

Plants turn light, water and carbon dioxide into sugar and oxygen. This process is known as \
photosynthesis.

The river splits into many channels near the sea. These channels are called distributaries.

Runners often slow down sharply after about 30 km of a marathon. This is called hitting the \
wall.

Fold the dough over itself four times. This step is called a step.

Fold the dough over itself four times. The technique is called it.

Stir the sauce well. This method is called stirring the sauce well.

## Method

1. Mix the flour and 325 g of the water and leave it for 1 hour. This rest is called the \
autolyse.
2. Shape the loaf and let it rise in a basket. The basket is called a banneton.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_name_for_what_the_sentence_before_describes_is_carded_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    notes = article_notes(tmp_path, monkeypatch, name, text)
    named = [note for note in notes if " called " in note["Text"] or " known as " in note["Text"]]

    assert [note["Text"] for note in named] == [
        "Plants turn light, water and carbon dioxide into sugar and oxygen. This process is"
        " known as {{c1::photosynthesis}}.",
        "The river splits into many channels near the sea. These channels are called"
        " {{c1::distributaries}}.",
        "Runners often slow down sharply after about 30 km of a marathon. This is called"
        " {{c1::hitting the wall}}.",
        "Mix the flour and 325 g of the water and leave it for 1 hour. This rest is called the"
        " {{c1::autolyse}}.",
        "Shape the loaf and let it rise in a basket. The basket is called a {{c1::banneton}}.",
    ]
    # The sentence before is on the card, not in its context.
    assert all(note["Context"] == "" for note in named)
