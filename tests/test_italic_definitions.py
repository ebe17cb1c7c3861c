"""A textbook sets the word a sentence defines in italics: "The *order* of a finite group is …",
"A group is *abelian* when …", "… is called *trivial*". That sentence asks for the word, as it
does for a bold one. Italics for stress ("This is *not* optional.") make no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import preview_records

LECTURE = """\
# Lecture 4: Groups

## Definitions

The *order* of a finite group is the number of its elements.

A group is *abelian* when its operation is commutative.

An integer is *even* if it is divisible by two without a remainder.

A set with one element is called *trivial*.

*Mitosis* is the division of a cell nucleus into two identical nuclei.

The *Hamming distance* between two strings is the number of positions where they differ.
"""

STRESSED = """\
# Saving your work

## Basics

This is *not* optional, and everyone on the team has to do it.

You *must* save first before closing the editor window today.

It is *only* when the server restarts that the cache is cleared.

The *real* problem in this case is the lack of staff on weekends.

A *lot* of people are worried about the new parking rules in town.

The deadline is *tomorrow* and nobody on the team is ready for it.

The cathedral took 200 years to build and is still unfinished today.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _texts(name: str, text: str) -> list[str]:
    return [r["fields"]["Text"] for r in preview_records(name, text)]


def test_a_sentence_that_defines_an_italic_word_asks_for_it() -> None:
    assert _texts("lecture.md", LECTURE) == [
        "The {{c1::order}} of a finite group is the number of its elements.",
        "A group is {{c1::abelian}} when its operation is commutative.",
        "An integer is {{c1::even}} if it is divisible by two without a remainder.",
        "A set with one element is called {{c1::trivial}}.",
        "{{c1::Mitosis}} is the division of a cell nucleus into two identical nuclei.",
        "The {{c1::Hamming distance}} between two strings is the number of positions where"
        " they differ.",
    ]


def test_italics_for_stress_make_no_card() -> None:
    assert _texts("stress.md", STRESSED) == [
        "The cathedral took {{c1::200 years}} to build and is still unfinished today."
    ]
