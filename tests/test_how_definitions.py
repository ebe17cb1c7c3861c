"""A term defined by how much, how long or how often of something it measures ("Shutter speed
is how long the shutter stays open.") asks for the term, as "Validity is whether …" does. Not a
pronoun's or a generic subject's "is how" ("This is how long it takes.", "The key is how often
you review."), nor an aphorism or advice to the reader ("Success is how well you cope …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_term_defined_by_how_much_asks_for_the_term(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = [
        "{{c1::Shutter speed}} is how long the shutter stays open.",
        "{{c1::Price elasticity}} is how much demand changes when the price changes.",
        "{{c1::Reliability}} is how consistently a test measures the same thing.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Photography and tests", clozes) == clozes


@pytest.mark.parametrize(
    "sentence",
    [
        "This is how long it takes to set up a new camera.",
        "The key is how often you review the cards each week.",
        "What matters is how long you practise every single day.",
        "Success is how well one copes with failure and setbacks.",
        "Patience is how much you can wait for a good photograph.",
        "Here is how much a good second-hand lens usually costs.",
    ],
)
def test_no_term_is_defined(sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
