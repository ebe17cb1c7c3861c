"""One unit in words is a quantity where half of it is, a bound follows it or a hedge comes
before it: "The full Moon is only about {{c1::half a degree}} across." (was no card), and after a
subject a figure sizes, the fact, not the given: "A 1-pound package usually thaws in {{c1::an
hour or less}}." (was "A {{c1::1-pound}} package …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

MEASURES = [
    "The full Moon is only about {{c1::half a degree}} across.",
    "A 1-pound package usually thaws in {{c1::an hour or less}}.",
    "A 10-pound turkey usually takes about {{c1::a day}} to thaw in the fridge.",
    "The eruption of the geyser lasts {{c1::a minute or so}} each time.",
    "A ruby-throated hummingbird weighs less than {{c1::an ounce}}.",
]

# A rate's period, a frequency, an idiom and a scene-setting frame measure nothing.
NO_MEASURE = [
    "Over a year, the new habit becomes mostly automatic for many people.",
    "About a year later the two countries signed a new trade agreement.",
    "The results agree to a degree with the earlier survey of farmers.",
]

# As before: a figure with its unit after the subject's size is still the fact.
GIVENS = [
    "A 500 ml bottle often contains {{c1::53 g}} of sugar.",
    "A room 3 m by 4 m needs about {{c1::five litres}} of paint.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_one_unit_in_words_is_a_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Measures", MEASURES) == MEASURES


@pytest.mark.parametrize("sentence", NO_MEASURE)
def test_a_period_frequency_or_idiom_is_no_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_figure_after_a_sized_subject_is_still_the_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Givens", GIVENS) == GIVENS
