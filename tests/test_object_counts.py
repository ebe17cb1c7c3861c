"""A count of things a sentence's main verb acts on is the fact it states: "The company hired
[320] new staff across the region", "The chain now runs [212] shops in nine countries". Before,
a count after any verb but "has", "is", "holds" … was no figure and such a sentence gave no
card; an organisation's "We opened 14 new stores" under a results heading neither, though its
rule for results allows it. A plan, a hedge, a negation, an instruction, a pronoun's count, a
writer's list or a document's part stays out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts, written_as

COUNTS = [
    "The company hired {{c1::320}} new staff across the region.",
    "The chain now runs {{c1::212}} shops in nine countries.",
    "The airline operates {{c1::40}} aircraft on domestic routes.",
    "Each player draws {{c1::7}} cards at the start of the game.",
    "Parliament passed {{c1::40}} laws in its first session.",
]
NOT_FACTS = [
    "The company plans to open 10 stores next year.",
    "The company will open 10 stores next year.",
    "The company could hire 320 new staff.",
    "The company did not hire 320 new staff.",
    "Firms that hired 320 staff grew faster.",
    "Carefully fold 2 eggs into the batter.",
    "They hired 320 new staff.",
    "Chapter 2 covers 5 topics.",
    "The team tracks 3 open bugs.",
    "The team tried 4 approaches before this one.",
    "We visited 14 temples in three days.",
]

REPORT = """\
# Retail report

## Results

We opened 14 new stores last year. The company hired 320 new staff across the region. The chain
now runs 212 shops in nine countries. We plan to open 10 stores. We visited 14 temples in three
days.
"""


@pytest.mark.parametrize("name", ["facts.md", "facts.txt"])
def test_a_count_a_main_verb_acts_on_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Counts", COUNTS) == COUNTS


@pytest.mark.parametrize("name", ["report.md", "report.txt"])
def test_an_organisations_counted_results_are_carded_not_its_plans(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, REPORT))
    assert [record["fields"]["Text"] for record in records] == [
        "We opened {{c1::14}} new stores last year.",
        "The company hired {{c1::320}} new staff across the region.",
        "The chain now runs {{c1::212}} shops in nine countries.",
    ]


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_a_planned_hedged_or_unowned_count_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
