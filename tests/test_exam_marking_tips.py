"""A tip under "Exam Tips" on how the paper is marked or answered ("partial credit is given",
"a 6-mark question", "lose marks", "the whole paper") is about the exam, not the subject: no
card, as a tip on how to study is. A subject's own credit, answer or question stays a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

_TIPS = [
    "Show every step in calculation questions; partial credit is given.",
    "A 6-mark question wants two developed points.",
    "You lose marks for an unlabelled diagram.",
    "Read the whole paper before you start.",
    "Underline the key words in each answer.",
]

# Subject tips the rule must not touch: a word of `_TIPS` in the subject's own sense.
_FACTS = [
    "The Child Tax Credit is worth {{c1::$2,000}} per child.",
    "A {{c1::question mark}} ends a direct question.",
    "Tail-pumping on the ground means {{c1::Palm Warbler}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_tip_on_how_the_exam_is_marked_is_no_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "## Exam Tips" if name.endswith(".md") else "Exam Tips"
    title = "# Revision sheet" if name.endswith(".md") else "Revision sheet"
    bullets = [*_TIPS, *(fact.replace("{{c1::", "").replace("}}", "") for fact in _FACTS)]
    text = f"{title}\n\n{heading}\n\n" + "".join(f"- {bullet}\n" for bullet in bullets)
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == _FACTS
