"""How many of a smaller thing make one larger is a count the sentence states: "[Two]
semitones make a whole tone", "[Three] bases in a row form a codon". Before, a spelled count
that opens the sentence was no figure, and such a sentence gave no card. A count of no thing
that makes something ("Two wrongs make a right"), a whole that is no one thing ("Two teams make
the final") or a phrase after it ("make a move on each turn") stays out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

MADE = [
    "{{c1::Two}} semitones make a whole tone.",
    "{{c1::Three}} bases in a row form a codon, and each codon codes for one amino acid.",
    "{{c1::Four}} quarts make a gallon.",
    "{{c1::Twenty}} quires make a ream.",
]
NOT_MADE = [
    "Two wrongs make a right.",
    "Two players make a move on each turn.",
    "Two teams make the final.",
    "Two",
    "Six make.",
]


@pytest.mark.parametrize("name", ["units.md", "units.txt"])
def test_a_count_that_makes_one_larger_thing_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Units", MADE) == MADE


@pytest.mark.parametrize("sentence", NOT_MADE)
def test_a_count_that_makes_no_one_thing_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_a_plain_text_count_that_makes_no_one_thing_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Units\n\nA standard deck has 52 cards.\n\n" + "\n\n".join(NOT_MADE[:3]) + "\n"
    records = article_records(tmp_path, monkeypatch, "units.txt", text)
    assert [record["fields"]["Text"] for record in records] == [CONTROL]
