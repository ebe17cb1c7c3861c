"""A ruler's numeral "I" after a name ("Theodosius I", "Charles I of England", "Elizabeth I's
reign") is no one speaking: the sentence is a fact, not the author's own experience. An "I"
after a place or an opening adverb, or before a verb, is still the author."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

RULERS = [
    "The empire was split into eastern and western halves after the death of Theodosius I in "
    "{{c1::AD 395}}.",
    "Charles I of England was executed outside the Banqueting House in {{c1::1649}}.",
    "The long reign of Elizabeth I, the last Tudor monarch, ended with her death in {{c1::1603}}.",
    "Peter I (the Great) founded the city of Saint Petersburg in {{c1::1703}}.",
    "Francis I and Henry VIII met at the Field of the Cloth of Gold in {{c1::1520}}.",
    "Under Elizabeth I's rule the English fleet defeated the Spanish Armada in {{c1::1588}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_rulers_numeral_is_no_one_speaking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Rulers", RULERS) == RULERS


@pytest.mark.parametrize(
    "sentence",
    [
        "In Paris I learned to bake bread in a tiny flat in 2015.",
        "Then I, like many other students, moved to London in 2016.",
        "Frankly I, for one, never trusted the 1998 figures.",
        "By 2019 I had visited 30 countries on four continents.",
    ],
)
def test_the_author_is_still_the_author(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]


# A ruler who opens a sentence or a clause and did something: "Mary I restored …".
RULERS_WHO_ACTED = [
    "Mary I restored Catholicism and married Philip II of Spain in {{c1::1554}}.",
    "Edward I conquered Wales and ended its independence in {{c1::1283}}.",
    "After years of quarrels with Parliament, Charles I raised his standard at Nottingham in "
    "{{c1::1642}}.",
    "Napoleon I was crowned Emperor of the French in {{c1::1804}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_ruler_who_opens_a_clause_and_acts_is_no_one_speaking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Rulers", RULERS_WHO_ACTED) == (
        RULERS_WHO_ACTED
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "When I moved to Leeds in 2015 the rent was £400 a month.",
        "Had I realised in 2019 how hard it was, I would have stopped.",
        "Because I started in 2012, I missed the first wave of 2008.",
        "Sadly I lost the 2014 photos when my laptop died.",
    ],
)
def test_a_clause_opener_before_i_is_still_the_author(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
