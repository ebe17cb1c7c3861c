"""Under a questions heading, a numbered question that nothing answers yet is not answered by
the next number: "2. Name the salt formed …" under "1. What is the pH of a neutral
solution?" is the next exercise. Left unanswered, each is reported, never carded; an answer
below a question, and an answer's own numbered steps, are still its answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, run_article, written_as

NAMES = ["a.md", "a.txt"]

# Exercises with no answers: an imperative prompt, a question, and both kinds in a row.
EXERCISES = [
    """\
# Acids

An acid is a substance that releases hydrogen ions when it dissolves in water.

## Practice questions

1. What is the pH of a neutral solution?
2. Name the salt formed when nitric acid reacts with potassium hydroxide.
3. Explain the difference between a strong acid and a concentrated acid.
""",
    """\
# The Cell

The mitochondrion is the site of aerobic respiration in the cell.

## Review questions

1. Which organelle contains the cell's DNA?
2. Describe the role of the ribosome in making proteins.
""",
    """\
# The Tudors

Henry VIII broke with Rome in 1534 to end his marriage to Catherine of Aragon.

## Quiz

1. Who was the last Tudor monarch?
2. State the year in which the Act of Supremacy was passed.
3. How many wives did Henry VIII have?
""",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("article", EXERCISES)
def test_the_next_number_is_an_exercise_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, article: str
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, article))
    assert [record["kind"] for record in records] == ["claim"]


@pytest.mark.parametrize("name", NAMES)
def test_each_unanswered_exercise_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    output = run_article(tmp_path, monkeypatch, name, written_as(name, EXERCISES[0]), "check")
    assert "'What is the pH of a neutral solution?' has no answer" in output
    assert "'Name the salt formed when nitric acid reacts with potassium hydroxide.'" in output


# Guards: a question answered below it, and an answer written as its own numbered steps.
ANSWERED = """\
# Router Help

## FAQ

1. How do I reset the router?

   Hold the reset button for 10 seconds.

2. Why is my connection slow?

   Another device may be downloading a large file.
"""

STEPS_TXT = """\
Router Help

FAQ

How do I reset the router?
1. Unplug the router from the wall.
2. Wait for thirty seconds before you plug it back in.
"""


def test_a_numbered_question_keeps_its_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, "a.md", ANSWERED)
    assert [(record["fields"]["Question"], record["fields"]["Answer"]) for record in records] == [
        ("How do I reset the router?", "Hold the reset button for 10 seconds."),
        ("Why is my connection slow?", "Another device may be downloading a large file."),
    ]


def test_an_answer_numbered_as_steps_stays_the_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, "a.txt", STEPS_TXT)
    assert [record["kind"] for record in records] == ["faq"]
    assert "Wait for thirty seconds" in records[0]["fields"]["Answer"]
