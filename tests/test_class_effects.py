"""What a drug class changes is a short claim: "Statins lower {{c1::cholesterol}}.", "Nitrates
dilate {{c1::blood vessels}}." Before, such a sentence was no claim at all: no figure, no
definition, under 8 words. A drug class's only: not "Exercise lowers stress.", nor a hedge
("Statins may lower cholesterol."), a pronoun's object or a manner ("slowly")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "Statins lower {{c1::cholesterol}}.",
    "Nitrates dilate {{c1::blood vessels}}.",
    "NSAIDs reduce {{c1::inflammation}}.",
    "Beta-blockers slow {{c1::the heart rate}}.",
    "Antihistamines relieve {{c1::itching}}.",
    "Anticoagulants prevent {{c1::blood clots}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_a_class_changes_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Drug classes", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Exercise lowers stress.",
        "Statins may lower cholesterol.",
        "Statins lower it.",
        "Opioids slowly reduce pain.",
        "Teachers reduce anxiety.",
        "Our statins lower costs.",
    ],
)
def test_no_class_effect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
