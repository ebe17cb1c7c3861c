"""Two figures of one unit that name the things a comparison sets against each other are givens:
the comparison is the fact ("A 30-year mortgage costs {{c1::more}} in interest than a 15-year
mortgage"; was "than a {{c1::15-year}} mortgage"), of two units too where each modifies its
thing's noun ("A 10 km run takes {{c1::longer}} than a 30-minute swim")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

COMPARISONS = [
    "A 30-year mortgage costs {{c1::more}} in interest than a 15-year mortgage.",
    "A 2-year bond usually pays a {{c1::lower}} rate than a 10-year bond.",
    "A 5 km run burns {{c1::fewer}} calories than a 10 km swim for most adults.",
]

# A figure that is a property's value or a bound after "than" is hidden as before.
FIGURES = [
    "The Nile is about {{c1::6,650 km}} long, longer than the Amazon at 6,400 km.",
    "Adults need {{c1::7 hours}} of sleep, and teenagers need more than 9 hours.",
    "A 10 km run burns about {{c1::600 calories}}, more than a 5 km run.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_figures_of_the_things_compared_are_givens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Comparisons", COMPARISONS) == COMPARISONS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_figure_of_a_value_or_a_bound_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Figures", FIGURES) == FIGURES


# Two figures of different units, each right before the noun of a thing compared: givens.
UNLIKE_COMPARISONS = [
    "A 10 km run takes {{c1::longer}} than a 30-minute swim for most adults.",
    "A 5 kg bag of flour is {{c1::heavier}} than a 2-litre bottle of water.",
]

# A figure of another unit that says how long or tall, or names no thing (no article, no noun
# after it), stays the target.
UNLIKE_FIGURES = [
    "A {{c1::2 m}} long board is longer than a 30-inch shelf in most kitchens.",
    "A 10 km run burns about {{c1::600 calories}}, more than a 30-minute swim.",
    "Adults need {{c1::7 hours}} of sleep, more than a 20-minute nap gives.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_figures_of_two_units_that_name_the_things_compared_are_givens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Comparisons", UNLIKE_COMPARISONS)
    assert texts == UNLIKE_COMPARISONS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_figure_of_another_unit_that_names_no_thing_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Figures", UNLIKE_FIGURES)
    assert texts == UNLIKE_FIGURES
