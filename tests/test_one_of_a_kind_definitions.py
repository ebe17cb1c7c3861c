"""A term defined as the one of its kind a clause picks out is a fact worth a card: "A
double-blind procedure is one in which neither the participants nor the researchers know …".
Before, "is one in which …" was no definition and gave no card. The term is hidden; not a
judgement ("A good teacher is one who …"), a definite or owned subject ("The best approach is
one that …", "Our approach is one in which …") nor a pronoun's "This is one that …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "A double-blind procedure is one in which neither the participants nor the researchers"
    " know who is in which group.",
    "A unicameral legislature is one that has only a single chamber of elected members.",
    "Sedimentary rocks are ones that form from layers of sediment pressed together over time.",
    "A monopoly is one where a single firm supplies the whole market for a product.",
    # None of these.
    "A good teacher is one who listens carefully to every student in the class.",
    "The best approach is one that keeps the patient calm and still until help arrives.",
    "This is one that many students find confusing at first when they start the course.",
    "My favourite recipe is one that uses only five ingredients and a single pan.",
    "It is one of the oldest universities in the world and still teaches law today.",
    "Our approach is one in which every team owns its own service from end to end.",
]
TEXT = "# Methods\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_term_defined_as_one_of_its_kind_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "A {{c1::double-blind procedure}} is one in which neither the participants nor the"
        " researchers know who is in which group.",
        "A {{c1::unicameral legislature}} is one that has only a single chamber of elected"
        " members.",
        "{{c1::Sedimentary rocks}} are ones that form from layers of sediment pressed together"
        " over time.",
        "A {{c1::monopoly}} is one where a single firm supplies the whole market for a product.",
    ]
