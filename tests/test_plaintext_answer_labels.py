"""Review questions in plain text are numbered instructions, not questions with a question mark
("4. Explain why …"), each answered by an `Answer:` line. Under an FAQ heading any numbered or
`Q`-labelled line that an answer's label follows is a question; it was read as a list item and
joined the answer before it, "Answer:" and all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

EXPLAIN = "Explain why fermentation is less efficient than aerobic respiration."
ANSWER = "Fermentation yields only 2 ATP per glucose, against about 30 from aerobic respiration."
CHAPTER = """\
Cellular Respiration

Cells release the energy stored in glucose by respiration, with or without oxygen.

{heading}

1. Name the three stages of aerobic respiration.
Answer: Glycolysis, the Krebs cycle and the electron transport chain.

2. Where does glycolysis take place?
Answer: In the cytoplasm of the cell.

3) State the products of glycolysis
Answer: Two pyruvate molecules, 2 ATP and 2 NADH.

4. {explain}
Answer: {answer}
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _pairs(text: str) -> list[tuple[str, str]]:
    Path("biology.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "biology.txt"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records if r["kind"] == "faq"]


@pytest.mark.parametrize("heading", ["Review questions", "Frequently Asked Questions"])
def test_numbered_lines_answered_by_answer_lines_are_questions(heading: str) -> None:
    text = CHAPTER.format(heading=heading, explain=EXPLAIN, answer=ANSWER)

    assert _pairs(text) == [
        (
            "Name the three stages of aerobic respiration.",
            "Glycolysis, the Krebs cycle and the electron transport chain.",
        ),
        ("Where does glycolysis take place?", "In the cytoplasm of the cell."),
        ("State the products of glycolysis", "Two pyruvate molecules, 2 ATP and 2 NADH."),
        (EXPLAIN, ANSWER),
    ]


def test_numbered_lines_in_an_answer_stay_part_of_it() -> None:
    steps = "Q: Reset a forgotten password\nA: Do this:\n1. Open Settings.\n2. Choose Reset.\n"
    text = f"Account Help\n\nSome help for account holders.\n\nFAQ\n\n{steps}"

    assert _pairs(text) == [
        ("Reset a forgotten password", "Do this:<br><br>Open Settings.<br><br>Choose Reset.")
    ]


SHORT = """\
Cellular Respiration

Cells release the energy stored in glucose by respiration, with or without oxygen.

Review questions

1. Where does glycolysis take place?
Answer: In the cytoplasm

2. What is the final electron acceptor in the electron transport chain?
A: Oxygen

3. How many ATP does fermentation produce per glucose molecule?
A3. Two ATP

Further reading

Cells release energy from fats and proteins through respiration as well as from glucose.
"""


def test_an_answer_line_without_a_final_period_answers_its_question() -> None:
    """ "Answer: In the cytoplasm" was read as a heading: the question had no answer, and each
    question after it fell into that section's list."""
    assert _pairs(SHORT) == [
        ("Where does glycolysis take place?", "In the cytoplasm"),
        ("What is the final electron acceptor in the electron transport chain?", "Oxygen"),
        ("How many ATP does fermentation produce per glucose molecule?", "Two ATP"),
    ]
