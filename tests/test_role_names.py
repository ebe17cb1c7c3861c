"""What fills a role for a thing, a name in lower case, is a fact worth a card: "The reversal
agent for dabigatran is idarucizumab." Before, only a capitalised name after such a subject
was one ("The capital of Australia is {{c1::Canberra}}."), and this gave no card. The name is
hidden; not a judgement or a state ("The treatment for a common cold is simple.", "The cost of
the course is high."), nor a subject that names no role ("The weather in London is awful.",
"The name of the game is patience.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "The reversal agent for dabigatran is idarucizumab.",
    "The antidote to paracetamol poisoning is acetylcysteine.",
    "The SI unit of force is the newton.",
    "The Spanish word for kitchen is cocina.",
    "The first-line treatment for anaphylaxis is intramuscular adrenaline.",
    # None of these.
    "The treatment for a common cold is simple.",
    "The cause of the outage is unknown.",
    "The cost of the course is high.",
    "The weather in London is awful.",
    "The test for this condition is being developed.",
    "The name of the game is patience.",
]
TEXT = "# Drugs\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_name_that_fills_a_role_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "The reversal agent for dabigatran is {{c1::idarucizumab}}.",
        "The antidote to paracetamol poisoning is {{c1::acetylcysteine}}.",
        "The SI unit of force is {{c1::the newton}}.",
        "The Spanish word for kitchen is {{c1::cocina}}.",
        "The first-line treatment for anaphylaxis is {{c1::intramuscular adrenaline}}.",
    ]
