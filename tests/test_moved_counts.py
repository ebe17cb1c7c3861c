"""A count of things a verb of movement or extent passes through is a fact worth a card: "The
Nile flows north through {{c1::eleven}} countries …", "The Rhine flows through {{c1::6}}
countries." Before, a count after "through"/"across" gave no card: `_verb_count` reads only a
count right after its verb. Not a hedged or planned verb ("could run through 3 towns"), a
pronoun's subject, a part of a whole ("3 of the valleys"), nor a lone "one"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "The Nile flows north through {{c1::eleven}} countries and empties into the Mediterranean Sea.",
    "The Rhine flows through {{c1::6}} countries.",
    "The Andes run through {{c1::seven}} countries.",
    "The Alps stretch across {{c1::eight}} countries.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_count_passed_through_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Rivers", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "It flows through seven countries.",
        "The new line could run through 3 towns.",
        "The trail runs through 3 of the valleys.",
        "The road passes through one town.",
        "We will pass through three villages.",
    ],
)
def test_no_count_passed_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
