"""\"Our Sun\", "our galaxy", "our planet", "our Solar System", "our species" name one thing
everyone shares, not the author: a sentence about them is a claim, not the author's own
experience ("Our Sun is about {{c1::4.6 billion years}} old." was no card). "Our team", "our
lab" and "we" still speak as the author."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts, written_as

NAMES = ["a.md", "a.txt"]

CLAIMS = [
    "Our Sun is about {{c1::4.6 billion years}} old and is halfway through its life.",
    "Our galaxy contains between {{c1::100 and 400 billion}} stars.",
    "Light from our Sun takes about {{c1::8 minutes and 20 seconds}} to reach the Earth.",
    "Our planet formed about {{c1::4.5 billion years}} ago from a disc of dust and gas.",
    "Our species evolved in Africa about {{c1::300,000 years}} ago.",
    "Jupiter is the largest planet in our Solar System, about {{c1::11 times}} as wide as Earth.",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("cloze", CLAIMS)
def test_a_thing_everyone_shares_is_no_first_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, cloze: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Space", [cloze]) == [cloze]


# A page whose author speaks ("I want to …") reads its other first persons as the author's.
BLOG = """\
# Space

In this post I want to walk you through how stars live and die.

{sentence}
"""


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("cloze", CLAIMS)
def test_on_a_page_the_author_speaks_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, cloze: str
) -> None:
    sentence = cloze.replace("{{c1::", "").replace("}}", "")
    text = written_as(name, BLOG.format(sentence=sentence))
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == [cloze]


# Guards: the author's team, lab and "we" still tell their own experience.
GUARDS = [
    "Our team measured 40 stars with the new telescope in 2023.",
    "Our lab grew 300 samples of the bacteria over 12 weeks.",
    "We saw the Sun set at 9:30 pm on the longest day of the year.",
    "I watched our Sun rise over the sea at 5 am on 21 June 2024.",
]


@pytest.mark.parametrize("sentence", GUARDS)
def test_the_author_still_speaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
