"""A tip under "Exam Tips" on how an answer is written ("Always give evidence for your
argument.", "Restate the question in your introduction.") is about the exam, not the subject:
no card, as a tip on how the paper is marked is. A fact among the tips stays a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

_TIPS = [
    "Always give evidence for your argument.",
    "Finish each of your paragraphs with a link back to the title.",
    "End your conclusion with a clear judgement.",
]
_FACTS = [
    "The Republic began in {{c1::509 BC}}.",
    "Augustus became the first emperor in {{c1::27 BC}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_tip_on_writing_the_answer_is_no_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "## Exam tips" if name.endswith(".md") else "Exam tips"
    title = "# Roman history" if name.endswith(".md") else "Roman history"
    bullets = [*_TIPS, *(fact.replace("{{c1::", "").replace("}}", "") for fact in _FACTS)]
    text = f"{title}\n\n{heading}\n\n" + "".join(f"- {bullet}\n" for bullet in bullets)
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == _FACTS
