"""A named thing's means, stated in six or seven words, is a fact worth a card: "Warfarin works
by blocking {{c1::vitamin K}}." Before, a sentence under MIN_CLAIM_WORDS gave none ("is too
short to stand alone") though the same sentence with one more word ("Statins lower blood
cholesterol by blocking …") was carded. Not a pronoun's or a determiner's means ("This works by
…"), a hedged one ("may work by"), one in five words, nor a change of its subject with nothing
its verb acts on ("Students improve by practising past papers.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "Warfarin works by blocking {{c1::vitamin K}}.",
    "Batteries store energy by separating {{c1::electric charges}}.",
    "Statins lower cholesterol by blocking {{c1::HMG-CoA reductase}}.",
    "Aspirin works by inhibiting {{c1::platelet aggregation}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_short_means_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Drugs", CLOZES) == CLOZES


@pytest.mark.parametrize(
    "sentence",
    [
        "This works by blocking vitamin K.",
        "It may work by blocking vitamin K.",
        "Warfarin may work by blocking vitamin K.",
        "Warfarin works by blocking thrombin.",
        "Doctors fixed it by restarting everything.",
        "The team won by scoring late.",
        # A change of its subject, no mechanism: nothing its verb acts on before "by".
        "Students improve by practising past papers.",
        "Sales grew by opening new stores.",
        "Users log in by entering a password.",
    ],
)
def test_no_short_means(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
