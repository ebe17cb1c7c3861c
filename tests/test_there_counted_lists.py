"""A lead-in "There are N things:" over a list of N short items is one card that asks for them
all, as "The main symptoms of flu are:" is ("There are three main types of rock: [...]" →
"igneous; sedimentary; metamorphic"); it gave no card, its "There" taken to lean on the
sentence before and a count of more than three words not read. Each runs the real CLI on real
Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, written_as

# (lead-in, items, the card's back)
LISTS = [
    (
        "There are three main types of rock:",
        ["igneous", "sedimentary", "metamorphic"],
        "igneous; sedimentary; metamorphic",
    ),
    (
        "There are three common forms of commercial yeast:",
        ["Fresh yeast (compressed yeast)", "Active dry yeast", "Instant yeast"],
        "Fresh yeast (compressed yeast); Active dry yeast; Instant yeast",
    ),
    ("There are four blood groups:", ["A", "B", "AB", "O"], "A; B; AB; O"),
    (
        "There were two houses in the medieval parliament:",
        ["the House of Lords", "the House of Commons"],
        "the House of Lords; the House of Commons",
    ),
]


def _article(name: str, lead: str, items: list[str]) -> str:
    bullets = "\n".join(f"- {item}" for item in items)
    return written_as(
        name, f"# Study Notes\n\nA standard deck has 52 cards.\n\n{lead}\n\n{bullets}\n"
    )


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("lead", "items", "answer"), LISTS)
def test_a_there_are_n_lead_in_asks_for_its_items(
    lead: str,
    items: list[str],
    answer: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"a{suffix}"
    records = article_records(tmp_path, monkeypatch, name, _article(name, lead, items))
    texts = [r["fields"]["Text"] for r in records]
    assert texts == [CONTROL, f"{lead} {{{{c1::{answer}}}}}"], texts


# Kept: things named before ("such", "other"), the writer's party, a count the list does not
# have, a list of sentences.
NOT_LISTS = [
    ("There are three such kinds:", ["igneous", "sedimentary", "metamorphic"]),
    ("There are two other types:", ["granite", "basalt"]),
    ("There were four of us:", ["Anna", "Ben", "Chloe", "Dev"]),
    ("There are three main types of rock:", ["igneous", "sedimentary"]),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("lead", "items"), NOT_LISTS)
def test_other_there_lead_ins_ask_for_nothing(
    lead: str, items: list[str], suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    records = article_records(tmp_path, monkeypatch, name, _article(name, lead, items))
    assert [r["fields"]["Text"] for r in records] == [CONTROL]
