"""What a thing is made of is a fact worth a card where "made of" follows the thing's class:
"Antibodies are Y-shaped proteins made of {{c1::two heavy chains and two light chains}}."
Before, the composition rule read only "is/are made of", and the sentence gave no card; a
count of each part is no word of the material's limit. Not a document's parts, a vague
subject, nor a pronoun's."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "Antibodies are Y-shaped proteins made of {{c1::two heavy chains and two light chains}}.",
    "Water is a molecule made of {{c1::two hydrogen atoms and one oxygen atom}}.",
    "Bronze is an alloy made of {{c1::copper and tin}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_a_class_is_made_of_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Matter", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "This guide is a short book made of three parts.",
        "It is a protein made of two chains.",
    ],
)
def test_no_composition_after_a_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
