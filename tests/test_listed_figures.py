"""A figure that is one item of a list of three or more is no target: it is an arbitrary item, no
fact ("For 2024 there are seven tax brackets: 10%, 12%, 22%, …" gives no card, reported; was
"10%, {{c1::12%}}, 22%, …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

LISTS = [
    "For 2024 there are seven tax brackets: 10%, 12%, 22%, 24%, 32%, 35% and 37%.",
    "Pitches were recorded at 5 m, 10 m and 20 m from the speaker during the test.",
    "The sieves used in the soil survey were 2 mm, 1 mm, 0.5 mm and 0.25 mm wide.",
]

# Two figures, figures of different facts, and a range are no list: one is still the fact.
FIGURES = [
    "The recommended daily intake is {{c1::2,500 kcal}} for men, with 2,000 kcal for women.",
    "The tank holds {{c1::50 litres}}, weighs 12 kg and costs $300 at most shops.",
    "There are seven federal brackets, from {{c1::10% to 37%}}.",
]


@pytest.mark.parametrize("sentence", LISTS)
def test_a_list_of_figures_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_list_of_figures_in_an_article_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Figures", [*LISTS, CONTROL]) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_figures_that_are_no_list_are_still_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Figures", FIGURES) == FIGURES
