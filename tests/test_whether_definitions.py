"""A term defined by the question it answers is a fact worth a card: "Internal validity is
whether a study measures what it claims to measure." Before, "is whether" was no definition
and gave no card. The term is hidden; not a generic or definite subject ("The question is
whether …", "What matters is whether …", "My worry is whether …") nor a pronoun's "It is
whether …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Internal validity is whether a study measures what it claims to measure.",
    "Reliability is whether a test gives the same result when it is repeated.",
    "Ecological validity is whether findings apply to everyday settings outside the lab.",
    # None of these.
    "The question is whether the results will hold up in a larger sample.",
    "What matters is whether you revise a little every single day.",
    "My worry is whether the bus will arrive on time for the exam.",
    "It is whether you can explain the idea that counts in the end.",
    "Everything is whether you turn up prepared on the morning of the test.",
]
TEXT = "# Study methods\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_term_defined_by_the_question_it_answers_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "{{c1::Internal validity}} is whether a study measures what it claims to measure.",
        "{{c1::Reliability}} is whether a test gives the same result when it is repeated.",
        "{{c1::Ecological validity}} is whether findings apply to everyday settings outside the"
        " lab.",
    ]
