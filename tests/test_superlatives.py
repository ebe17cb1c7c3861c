"""A superlative a subject holds ("Mercury has the shortest year of any planet") is a firm
fact, as "Jupiter is the largest planet" is: it gave no card. The subject is hidden; a pronoun
or a demonstrative subject, and words that only end in -est ("the interest"), are no such fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

FACTS = """\
# Planets

## Facts

Mercury has the shortest year of any planet in the Solar System.

Venus holds the highest surface temperature of the eight planets.

Saturn has the most moons of any planet, with 146 confirmed.

The account has the interest added at the end of each month.

It has the longest tail of any comet seen this century.

This method has the lowest cost of the three options we tried.
"""


def test_a_subject_that_holds_a_superlative_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, "a.md", FACTS)

    assert [note["Text"] for note in notes] == [
        "{{c1::Mercury}} has the shortest year of any planet in the Solar System.",
        "{{c1::Venus}} holds the highest surface temperature of the eight planets.",
        "{{c1::Saturn}} has the most moons of any planet, with 146 confirmed.",
    ]
