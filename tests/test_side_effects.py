"""A drug class's side effect, or a named drug's that is a condition by name, is a short claim:
"Opioids cause {{c1::constipation}}.", "Amiodarone causes {{c1::pulmonary fibrosis}}." Before,
such a sentence was no claim at all: no figure, no definition, under 8 words. Not a cause of
anything else ("Stress causes illness.", "Rain causes flooding."), a hedge ("may cause"), a
pronoun's subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "Opioids cause {{c1::constipation}}.",
    "ACE inhibitors cause {{c1::a dry cough}}.",
    "Loop diuretics cause {{c1::hypokalaemia}}.",
    "Anticoagulants cause {{c1::bleeding}}.",
    "Amiodarone causes {{c1::pulmonary fibrosis}}.",
    "Beta-blockers cause {{c1::bradycardia}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_side_effect_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Side effects", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Stress causes illness.",
        "Rain causes flooding.",
        "Statins may cause muscle pain.",
        "Opioids sometimes cause constipation.",
        "It causes hepatitis.",
        "This drug causes bradycardia.",
        "Bad habits cause problems.",
    ],
)
def test_no_side_effect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
