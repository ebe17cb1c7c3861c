"""A count that opens a sentence as its subject is the fact it states: "About [300] volunteers
cleaned the beach", "[12] people signed the petition", "Around [70] countries signed the treaty
in 1997" (not its year). Before, only a count with a unit or after a limit's words ("More than
[200] people …") was carded. A step ("2 eggs are enough …"), a writer's list, the document's
parts and a hedged verb stay out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts

COUNTS = [
    "More than {{c1::200}} people attended the opening night of the festival.",
    "Fewer than {{c1::5}} students passed the final exam last year.",
    "Over {{c1::3,000}} species of beetle live in the reserve.",
    "About {{c1::300}} volunteers cleaned the beach in a single day.",
    "{{c1::12}} people signed the petition.",
    "Around {{c1::70}} countries signed the treaty in 1997.",
    "In 2019, {{c1::12}} climbers reached the summit in winter.",
]
NOT_FACTS = [
    "2 eggs are enough for a small cake.",
    "3 tips will help you study better.",
    "5 sections follow this introduction.",
    "10 people could win the grand prize this year.",
    "3 cups flour, sifted twice before use.",
]


@pytest.mark.parametrize("name", ["counts.md", "counts.txt"])
def test_a_count_that_opens_the_sentence_as_its_subject_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Counts", COUNTS) == COUNTS


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_a_step_a_list_or_a_hedged_count_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Counts\n\n12 people signed the petition.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == [
        "{{c1::12}} people signed the petition."
    ]
