"""A named drug by its class is a fact worth a card, however short: "Metformin is {{c1::a
biguanide}}.", "Warfarin is {{c1::a vitamin K antagonist}}." Before, a class of one word
defined nothing (no card, no warning) and one of two or three was "too short to stand alone".
Not a person's job ("Sarah is a nurse."), an aphorism ("Life is a journey."), a hedge, a
pronoun's or a determiner's subject, nor a class no drug has ("Macbeth is an antihero.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "Metformin is {{c1::a biguanide}}.",
    "Furosemide is {{c1::a loop diuretic}}.",
    "Warfarin is {{c1::a vitamin K antagonist}}.",
    "Amlodipine is {{c1::a calcium channel blocker}}.",
    "Ibuprofen is {{c1::an NSAID}}.",
    "Beta-blockers are {{c1::antihypertensives}}.",
    "Apixaban and rivaroxaban are {{c1::factor Xa inhibitors}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_drugs_class_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Drug classes", CLOZES) == CLOZES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_decks_own_class_asks_for_the_drug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    clozes = ["{{c1::Diazepam}} is a benzodiazepine."]
    assert cloze_texts(tmp_path, monkeypatch, name, "Benzodiazepines", clozes) == clozes


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Sarah is a nurse.",
        "Life is a journey.",
        "Metformin is probably a biguanide.",
        "This is a statin.",
        "Macbeth is an antihero.",
        "Paracetamol is a very good analgesic.",
        "Statins are drugs.",
        "Coffee is my favourite stimulant.",
        "It is an opioid.",
    ],
)
def test_no_class(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
