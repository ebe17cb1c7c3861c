"""A sentence that defines a term by the condition under which a thing is in it is a fact
worth a card: "A planet is at opposition when Earth lies between it and the Sun." Before, it was
no firm statement and gave no card and no warning. The defined term is hidden ("at
{{c1::opposition}}"); not a judgement ("A review is useful when …", "The dough is ready when
…"), a comparison ("A loan is cheaper when …") nor a pronoun's "It is best when …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "A planet is at opposition when Earth lies between it and the Sun.",
    "The Moon is at perigee when it is closest to Earth in its orbit.",
    "A solution is saturated when no more solute can dissolve in it.",
    "A market is in backwardation when futures prices are below the spot price.",
    # None of these.
    "A review is useful when it compares products fairly and honestly.",
    "The dough is ready when it springs back slowly after a gentle poke.",
    "It is best when you water the plants early in the morning.",
    "A loan is cheaper when interest rates are low and stable.",
    "A good coffee is always better when the beans are freshly ground.",
]
TEXT = "# Terms\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_term_defined_by_a_condition_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "A planet is at {{c1::opposition}} when Earth lies between it and the Sun.",
        "The Moon is at {{c1::perigee}} when it is closest to Earth in its orbit.",
        "A solution is {{c1::saturated}} when no more solute can dissolve in it.",
        "A market is in {{c1::backwardation}} when futures prices are below the spot price.",
    ]
