"""What holds a rank in a whole, named in lower case, is the fact hidden: "The largest muscle in
the body is {{c1::the gluteus maximus}} in the buttock." Not a judgement of a part, a thing or
a factor ("The hardest part of the course is the essay."), a passing rank ("The latest version
…"), nor a word in "-est" that is no rank ("The chest of …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

RANKED = [
    "The largest muscle in the body is {{c1::the gluteus maximus}} in the buttock.",
    "The longest and strongest bone in the body is {{c1::the femur}}, or thigh bone.",
    "The most abundant gas in the atmosphere is {{c1::nitrogen}}.",
    "The smallest unit of life is {{c1::the cell}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_holds_a_rank_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Ranks", RANKED) == RANKED


@pytest.mark.parametrize(
    "sentence",
    [
        "The hardest part of the course is the essay.",
        "The biggest mistake in the kitchen is overcrowding the pan.",
        "The latest version of the app is slower.",
        "The chest of the patient was swollen.",
        "The best thing about the trip was the food.",
        "The most important factor in recovery is rest.",
        "The most important date in your calendar is the average last frost.",
        "The most useful tool in the garden is a sharp hoe.",
    ],
)
def test_a_judgement_passing_rank_or_no_rank_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
