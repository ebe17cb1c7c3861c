"""A sentence that says what its subject is named after is a firm statement whose answer is the
namesake: "The Calvin cycle is named after Melvin Calvin, …" gave no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts

NAMESAKES = [
    "The Calvin cycle is named after {{c1::Melvin Calvin}}, who worked out its steps in the 1950s.",
    "The planet Mars was named for the {{c1::Roman god of war}}.",
    "Bluetooth takes its name from {{c1::Harald Bluetooth}}, a tenth-century Danish king.",
    "America was named after {{c1::Amerigo Vespucci}} in 1507.",
    "The Tolkien Society is named in honour of {{c1::J. R. R. Tolkien}}.",
    "The element curium takes its name from {{c1::Marie and Pierre Curie}}.",
]


@pytest.mark.parametrize("name", ["names.md", "names.txt"])
def test_a_namesake_is_the_answer(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name's capitalised words, not what follows them ("in 1507"); a phrase's core."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Names", NAMESAKES) == NAMESAKES


def test_a_pronoun_is_no_namesake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# Boats\n\nA standard deck has 52 cards.\n\nThe boat was named after him.\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == [
        "A standard deck has {{c1::52}} cards."
    ]
