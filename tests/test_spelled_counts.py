"""A count spelled out is a subject's count as one in digits is ("Mars has [two] small moons"),
and so is what a thing can take ("Short-term memory holds about [seven] items", "A rugby union
team fields [fifteen] players") and a limit's "closer to four chunks". Before, such a sentence
gave no card, or hid its date: "George Miller argued in [1956] that …". A story's count ("She
had two children …", past and a pronoun's) and a writer's list stay out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts

COUNTS = [
    "George Miller argued in 1956 that short-term memory holds about {{c1::seven}} items, plus"
    " or minus two.",
    "Later research by Nelson Cowan suggests the true limit is closer to {{c1::four}} chunks.",
    "Mars has {{c1::two}} small moons, named after the sons of Ares.",
    "A rugby union team fields {{c1::fifteen}} players.",
    "The concert hall seats {{c1::two thousand}} people.",
    "A standard taxi carries {{c1::four}} passengers.",
    "The hall seats {{c1::200}} people.",
    "The human heart has {{c1::four}} chambers.",
]
NOT_FACTS = [
    "She had two children and moved to Paris.",
    "Marie Curie had two daughters and won two Nobel Prizes.",
    "Python is one language that many schools teach.",
    "The list has five items.",
    "Our team has three developers.",
    # The things counted, named after it, give the count away (after a colon or a comma they
    # are the card's answer: tests/test_counted_lists.py).
    "There are three main types.",
]


@pytest.mark.parametrize("name", ["counts.md", "counts.txt"])
def test_a_spelled_count_or_capacity_is_hidden_before_a_date(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Counts", COUNTS) == COUNTS


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_a_storys_count_or_a_writers_list_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Counts\n\nA spider has eight legs.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == ["A spider has {{c1::eight}} legs."]
