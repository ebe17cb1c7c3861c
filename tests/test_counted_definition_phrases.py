"""A definition by a count whose counted noun a participle phrase of up to five words
describes: "A chord is [three or more] notes played at the same time." Before, the phrase after
the participle could hold three words at most ("notes played together" gave a card, "notes
played at the same time" none: a fact silently dropped). A longer phrase is no definition's
noun but a passage, and after "has" a participle is still a passing state."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

DEFINITIONS = [
    "A chord is {{c1::three or more}} notes played at the same time.",
    "A quartet is {{c1::four}} musicians seated in a single row.",
    "A baker's dozen is {{c1::thirteen}} loaves baked in the same oven.",
]

NOT_COUNTS = [
    "The design team has 3 questions raised by the testers at the last meeting.",
    "A relay team is four runners selected by the coach for the big race.",
    "Our village has two pubs named after the old local kings.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_count_a_participle_phrase_describes_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Definitions", DEFINITIONS) == DEFINITIONS


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_a_longer_phrase_or_one_after_has_counts_nothing(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_in_plain_text_a_longer_phrase_counts_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Counts\n\nA standard deck has 52 cards.\n\n" + "\n\n".join(NOT_COUNTS) + "\n"
    records = article_records(tmp_path, monkeypatch, "a.txt", text)
    assert [record["fields"]["Text"] for record in records] == [CONTROL]
