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


SUMMARY = """\
# Searing

Browning gives seared food its flavour.

## In Summary

- The Maillard reaction is between amino acids and reducing sugars.
- It becomes fast above 140 °C, which is why wet surfaces do not brown.
- Enzymes are proteins that speed up reactions.
- They work best at 37 °C.
- The council approved the plan in May.
- It will cost £2 million over 5 years.
- It is important to rest meat for 5 minutes after searing.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_takeaway_on_it_is_of_what_the_one_before_names(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, SUMMARY)
    assert (
        "The Maillard reaction becomes fast above 140 °C, which is why wet surfaces do not brown."
        in texts
    )
    assert "Enzymes work best at 37 °C." in texts
    # The plan or the council: not certain, no card. "It is important to …" leans on nothing.
    assert not any("£2 million" in text for text in texts)
    assert "It is important to rest meat for 5 minutes after searing." in texts
