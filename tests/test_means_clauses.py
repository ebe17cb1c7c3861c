"""A mechanism whose means sets its object to do something: "Vaccines work by training the
immune system to recognise a pathogen." gave no card, the phrase after "by training" being no
term of at most four words. The object before the "to" of its clause is now the target ("by
training {{c1::the immune system}} to recognise …"). Not where "to" opens a noun phrase ("to the
cells"), nor where the subject is a pronoun or a determiner's ("It works by …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

CLOZES = [
    "Vaccines work by training {{c1::the immune system}} to recognise a pathogen.",
    "Beta blockers work by signalling {{c1::the heart}} to beat more slowly under stress.",
    "Statins work by instructing {{c1::liver cells}} to remove more cholesterol from the blood.",
    "Caffeine works by blocking {{c1::adenosine receptors}} to keep you awake.",
]
UNCARDED = [
    "It works by training the immune system to recognise a pathogen.",
    "This vaccine works by training the immune system to recognise a pathogen.",
    "Insulin works by moving glucose to the cells of the muscles and the liver.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_object_a_means_sets_to_act_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Mechanisms", CLOZES) == CLOZES


@pytest.mark.parametrize("sentence", UNCARDED)
def test_a_pronouns_or_a_noun_phrases_to_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
