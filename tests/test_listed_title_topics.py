"""A title that lists three topics or more, alone or after its colon, makes none of them the
deck's subject: under "Research Methods in Psychology: Validity, Sampling and Experiments",
"Validity is whether a study measures what it claims to measure." gave no card ("no clear cloze
target": its term was the subject, never hidden). Each listed topic is now a term of its own;
the words before the colon, and a title of two topics, still name the subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

VALIDITY = "{{c1::Validity}} is whether a study measures what it claims to measure."


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize(
    "title",
    [
        "Research Methods in Psychology: Validity, Sampling and Experiments",
        "Validity, Sampling, Experiments",
        "Validity, Sampling & Experiments: A Handout",
    ],
)
def test_a_topic_a_title_lists_is_a_term_of_its_own(
    name: str, title: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = [VALIDITY, CONTROL]
    assert cloze_texts(tmp_path, monkeypatch, name, title, clozes) == clozes


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("title", ["Validity and Sampling", "Validity in Psychology: A Handout"])
def test_a_title_of_one_or_two_topics_keeps_them_the_subject(
    name: str, title: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = [VALIDITY, CONTROL]
    assert cloze_texts(tmp_path, monkeypatch, name, title, clozes) == [CONTROL]
