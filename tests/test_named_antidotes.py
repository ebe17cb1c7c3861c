"""A named antidote before its role is a fact worth a card, however short: "{{c1::Protamine}} is
the antidote to heparin.", as "The antidote to heparin is {{c1::protamine}}." is. Before, it
was "too short to stand alone" under 8 words (a longer one asked for the name already). Not an
aphorism ("Laughter is the antidote to stress."), a pronoun's subject, nor a hedge ("may
be")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "{{c1::Protamine}} is the antidote to heparin.",
    "{{c1::Vitamin K}} is the antidote to warfarin.",
    "{{c1::Acetylcysteine}} is the antidote for paracetamol poisoning.",
    "{{c1::Idarucizumab}} is the reversal agent for dabigatran.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_named_antidote_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Antidotes", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Laughter is the antidote to stress.",
        "Knowledge is the antidote to fear.",
        "Kindness is the antidote to cruelty.",
        "This is the antidote to heparin.",
        "Protamine may be the antidote to heparin.",
        "Protamine is probably the antidote to heparin.",
    ],
)
def test_no_antidote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
