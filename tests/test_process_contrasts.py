"""A plural subject classed by a contrast of a process or condition is a card, as one classed by
a noun with an article or a plural is: "Vaccines are {{c1::prevention}}, not cure." Before, a
side of one bare noun was no definition and the sentence, under 8 words, was "too short to stand
alone". Not an aphorism ("Success is persistence, not luck."), a singular subject, nor
adjectives ("Life is good, not bad.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

CLOZES = [
    "Vaccines are {{c1::prevention}}, not cure.",
    "Antibiotics are for {{c1::bacteria}}, not viruses.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_process_set_against_another_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Medicines", CLOZES) == CLOZES


CONTROL = "A standard deck has {{c1::52}} cards."


@pytest.mark.parametrize(
    "sentence",
    [
        "Success is persistence, not luck.",
        "Life is good, not bad.",
        "Prevention is better, not worse.",
        "Happiness is contentment, not excitement.",
        "They are prevention, not cure.",
    ],
)
def test_no_process_contrast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
