"""A textbook asks its review questions in a numbered list and answers them in a list of its
own under "Answers" (or "Answer key", "Answers to review questions"): each question had no
answer (a warning each) and the answers made no card. The key's items answer the questions in
order, when there is one for each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

MARKDOWN = """\
# Chapter 4: Cellular Respiration

Glycolysis takes place in the cytoplasm and yields a net gain of 2 ATP per glucose molecule.

## Review Questions

1. Where in the cell does glycolysis take place?
2. What is the final electron acceptor in the electron transport chain?
3. How many ATP does fermentation produce per glucose molecule?

{key} Answers

1. In the cytoplasm.
2. Oxygen.
3. Two ATP.
"""
PLAIN = """\
Chapter 4: Cellular Respiration

Glycolysis takes place in the cytoplasm and yields a net gain of 2 ATP per glucose molecule.

Review Questions

1. Where in the cell does glycolysis take place?
2. What is the final electron acceptor in the electron transport chain?
3. How many ATP does fermentation produce per glucose molecule?

Answers to Review Questions

1. In the cytoplasm.
2. Oxygen.
3. Two ATP.
"""
ANSWERED = [
    ("Where in the cell does glycolysis take place?", "In the cytoplasm."),
    ("What is the final electron acceptor in the electron transport chain?", "Oxygen."),
    ("How many ATP does fermentation produce per glucose molecule?", "Two ATP."),
]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _run(name: str, text: str, command: str) -> str:
    Path(name).write_text(text)
    args = [command, "--json", name] if command == "preview" else [command, name]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.output


def _faqs(name: str, text: str) -> list[tuple[str, str]]:
    records = [json.loads(line) for line in _run(name, text, "preview").splitlines()]
    return [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records if r["kind"] == "faq"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("chapter.md", MARKDOWN.format(key="##")),
        ("chapter.md", MARKDOWN.format(key="###")),  # under the questions' heading
        ("chapter.md", MARKDOWN.format(key="##").replace("Answers", "Answer Key:")),
        ("chapter.txt", PLAIN),
    ],
    ids=["markdown", "markdown-subheading", "answer-key", "plain-text"],
)
def test_an_answer_key_answers_the_questions_before_it_in_order(name: str, text: str) -> None:
    assert _faqs(name, text) == ANSWERED
    assert "has no answer" not in _run(name, text, "check")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("chapter.md", MARKDOWN.format(key="##").replace("3. Two ATP.\n", "")),
        ("chapter.md", MARKDOWN.format(key="##").replace("Answers", "Questions and Answers")),
        ("chapter.txt", PLAIN.replace("3. Two ATP.\n", "")),
    ],
    ids=["markdown-too-few", "not-a-key", "plain-text-too-few"],
)
def test_a_key_with_another_number_of_answers_answers_nothing(name: str, text: str) -> None:
    """Paired in order, a missing answer would give every question after it the wrong one."""
    assert _faqs(name, text) == []
