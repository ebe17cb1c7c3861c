"""What a thing is made of is the fact a sentence states, its material the target: "Saturn's
rings are made mostly of [ice particles], with …". Before, such a sentence gave no card. A
command ("Make the dough from flour and water.") and the document's own parts ("This guide is
made up of three parts.") stay out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts

MADE_OF = [
    "Saturn's rings are made mostly of {{c1::ice particles}}, with a smaller amount of rocky"
    " debris.",
    "Bronze is made of {{c1::copper and tin}}.",
    "The Sun is mostly made of {{c1::hydrogen and helium}}.",
    "Earth's atmosphere consists mainly of {{c1::nitrogen and oxygen}}.",
    "Diamond is formed from {{c1::carbon}} under high pressure deep in the mantle.",
    "Jupiter's core is made of {{c1::rock}} and is surrounded by metallic hydrogen.",
    "Most of the universe is made of {{c1::dark energy and dark matter}}.",
]
NOT_FACTS = [
    "Make the dough from flour and water.",
    "Make sure the frame is made of steel before you buy it.",
    "This guide is made up of three parts.",
    "The course consists of five modules.",
    "It is made of steel and lasts for decades.",
]


@pytest.mark.parametrize("name", ["made.md", "made.txt"])
def test_what_a_thing_is_made_of_hides_the_material(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Materials", MADE_OF) == MADE_OF


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_a_command_or_the_documents_own_parts_give_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Materials\n\nBronze is made of copper and tin.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == [
        "Bronze is made of {{c1::copper and tin}}."
    ]
