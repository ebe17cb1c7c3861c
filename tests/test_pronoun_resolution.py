"""A sentence whose "It"/"Its"/"it" stands for a thing named plainly before it: carded with the
thing in the pronoun's place where what it stands for is certain; otherwise no card with the
pronoun dangling in its front. From an observing guide, a drug monograph and a cooking article
whose "It lies 2.5 million light-years away", "Its elimination half-life is …" were dropped as
leaning, and "Through binoculars it looks like …", "Heat it for 3 to 5 minutes" carded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes, written_as


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, markdown: str) -> list[str]:
    notes = article_notes(tmp_path, monkeypatch, name, written_as(name, markdown))
    return [re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note["Text"]) for note in notes]


ABBREVIATED = """\
# Guide

## Sights

The Andromeda Galaxy (M31) is the most distant object most people can see with the naked eye. \
It lies 2.5 million light-years away from the Sun.

The World Health Organization (WHO) was founded in 1948. It has 194 member states.

The drug (Ozempic) is given weekly. It cut weight by 15% in 68 weeks.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_name_with_its_abbreviation_is_what_it_stands_for(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, ABBREVIATED)
    assert "The Andromeda Galaxy lies 2.5 million light-years away from the Sun." in texts
    assert "The World Health Organization has 194 member states." in texts
    # A role's bracket ("The drug (Ozempic)") names no subject: "It" still leans.
    assert not any("15%" in text for text in texts)
