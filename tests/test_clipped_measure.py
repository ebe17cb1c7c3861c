"""A comparison clipped to its figure: "The Sony lasts the longest at 30 hours. The Bose manages
24 hours." carded "The Bose manages [...]." with nothing to say 24 hours of what (battery life,
named in the sentence before). A sentence that ends on a verb that takes a measure ("manages",
"gets", "delivers", …), a number and a unit of time now leans on the one before; one that says
what it measures ("… 24 hours of playback") or whose verb is its own ("The battery lasts 24
hours") keeps its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control

CLIPPED = [
    "The Bose QC Ultra headphones manage 24 hours.",
    "The cheaper Pixel 8a model gets just two days.",
    "A full charge of the larger pack delivers about 30 hours.",
    "Most teenagers in the study got 7 hours.",
]
STATED = [
    "The Bose QC Ultra headphones manage {{c1::24 hours}} of playback on a charge.",
    "The Bose QC Ultra's battery lasts {{c1::24 hours}} with noise cancelling on.",
    "The new bridge across the river took {{c1::4 years}} to build.",
]


@pytest.mark.parametrize("sentence", CLIPPED)
def test_a_measure_of_nothing_named_leans_on_the_sentence_before(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("card", STATED)
def test_a_measure_that_says_what_it_measures_keeps_its_card(
    card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = card.replace("{{c1::", "").replace("}}", "")
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL, card]
