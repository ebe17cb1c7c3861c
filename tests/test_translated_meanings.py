"""A quoted meaning after "translate(s) as", "is translated as" or "can be translated as" is the
fact, as one after "means" is: "Both ser and estar translate as "{{c1::to be}}"", not "Both
{{c1::ser}} and estar …" (half a pair, where the words glossed are emphasised). Runs the real
CLI on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_clozes, beside_control, written_as


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_quoted_translation_is_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    markdown = (
        "# Spanish verbs\n\n"
        'Both **ser** and **estar** translate as "to be", but they are not interchangeable.\n\n'
        'The Latin **carpe diem** is usually translated as "seize the day" by scholars.\n\n'
        'The phrase mise en place can be translated as "everything in its place" in a kitchen.\n\n'
        'The French word chien translates as "dog" in English texts.\n'
    )
    assert article_clozes(tmp_path, monkeypatch, name, written_as(name, markdown)) == [
        'Both ser and estar translate as "{{c1::to be}}", but they are not interchangeable.',
        'The Latin carpe diem is usually translated as "{{c1::seize the day}}" by scholars.',
        'The phrase mise en place can be translated as "{{c1::everything in its place}}" in a'
        " kitchen.",
        'The French word chien translates as "{{c1::dog}}" in English texts.',
    ]


def test_a_translation_with_no_quoted_meaning_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Into a language, not as a meaning; a meaning unquoted; a long quotation.
    for sentence in (
        "The novel was translated into English by a young scholar for a London publisher.",
        "The word gato is usually translated as cat by English speakers in class.",
        'The Spanish word sobremesa translates as "the time spent talking at the table after'
        ' a meal" in most books.',
    ):
        assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL], sentence


def test_an_emphasised_word_after_the_meaning_stays_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A mark after the meaning is no word it glosses: it stays the target.
    texts = article_clozes(
        tmp_path,
        monkeypatch,
        "a.md",
        "# Spanish verbs\n\n"
        'Ser translates as "to be" for lasting traits, such as **nationality** and origin.\n\n'
        'The verb **conocer** translates as "to know" or "to meet" in most dictionaries.\n',
    )
    # Nor where another quoted meaning follows: one of several is half the set.
    assert texts == [
        'Ser translates as "to be" for lasting traits, such as {{c1::nationality}} and origin.',
        'The verb {{c1::conocer}} translates as "to know" or "to meet" in most dictionaries.',
    ]
