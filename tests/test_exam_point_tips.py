"""A tip under "Exam tips" on how a point is made in the answer ("Always support a point with a
date or a named example.") is about the exam, not the subject: the card hid "{{c1::support}}".
A fact among the tips, one with a "point" or an "example" of its own, stays a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

_TIPS = [
    "Always support a point with a date or a named example.",
    "Back up each point with evidence from the sources you were given.",
    "Give a named example for every factor you discuss in the long answer.",
    "Develop your points with precise dates and the names of the people involved.",
]
_FACTS = [
    "The Spanish Armada was defeated in {{c1::1588}}.",
    "Water has a boiling point of {{c1::100 °C}} at sea level.",
    "Elizabeth I's Religious Settlement was made in {{c1::1559}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_tip_on_making_a_point_is_no_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "## Exam tips" if name.endswith(".md") else "Exam tips"
    title = "# The Tudors" if name.endswith(".md") else "The Tudors"
    bullets = [*_TIPS, *(fact.replace("{{c1::", "").replace("}}", "") for fact in _FACTS)]
    text = f"{title}\n\n{heading}\n\n" + "".join(f"- {bullet}\n" for bullet in bullets)
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == _FACTS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_point_outside_the_tips_stays_a_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "## Summary" if name.endswith(".md") else "Summary"
    title = "# Physics" if name.endswith(".md") else "Physics"
    fact = "Water has a boiling point of {{c1::100 °C}} at sea level."
    text = f"{title}\n\n{heading}\n\n- {fact.replace('{{c1::', '').replace('}}', '')}\n"
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == [fact]
