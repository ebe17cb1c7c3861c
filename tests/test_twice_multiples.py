""" "twice" before what it multiplies is a figure, as "three times" is: "the highest useful
magnification is about {{c1::twice}} the aperture in millimetres" (was no card)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

MULTIPLES = [
    "As a rule of thumb, the highest useful magnification is about {{c1::twice}} the aperture"
    " in millimetres.",
    "A note an octave higher vibrates at exactly {{c1::twice}} the frequency of the lower one.",
    "A block of gold is about {{c1::twice}} as heavy as a block of lead of the same size.",
    # As before: a multiple with a figure in words.
    "Light travels about {{c1::three times}} faster than sound does in water.",
]

# How often is no multiple: "twice a week" is `frequency_span`'s, and no figure here.
NOT_MULTIPLES = [
    "The dog looked twice at the stranger before it finally wagged its tail.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_twice_before_what_it_multiplies_is_a_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Multiples", MULTIPLES) == MULTIPLES


@pytest.mark.parametrize("sentence", NOT_MULTIPLES)
def test_twice_alone_is_no_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
