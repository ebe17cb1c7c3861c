"""A textbook's multiple-choice question lists its options under it ("a) Carotene", "B.
Chlorophyll") and names the right one after them ("Answer: b) Chlorophyll", "Correct answer:
B"). In plain text each option was read as a heading (the answer lost, and every question after
it read as a list); in Markdown the options were the answer, its first letter cut ("Carotene b)
Chlorophyll … Answer: b) Chlorophyll"). The options belong on the front, the answer on the
back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

LETTERED_TXT = """\
Chapter 5: Photosynthesis

Photosynthesis converts light energy into chemical energy stored in glucose in the chloroplasts.

Check Your Understanding

1. Which pigment absorbs most of the light used in photosynthesis?
a) Carotene
b) Chlorophyll
c) Melanin
Answer: b) Chlorophyll

2. Where do the light-dependent reactions take place?
Answer: In the thylakoid membranes.
"""
LETTERED_MD = """\
# Chapter 5: Photosynthesis

Photosynthesis converts light energy into chemical energy stored in glucose in the chloroplasts.

## Check Your Understanding

1. Which pigment absorbs most of the light used in photosynthesis?
   a) Carotene
   b) Chlorophyll
   c) Melanin

   **Answer:** b) Chlorophyll

2. Where do the light-dependent reactions take place?

   **Answer:** In the thylakoid membranes.
"""
CAPITALS_TXT = """\
Chapter 5: Photosynthesis

Photosynthesis converts light energy into chemical energy stored in glucose in the chloroplasts.

Quiz

1. Which pigment absorbs most of the light used in photosynthesis?
A. Carotene
B. Chlorophyll
C. Melanin
Correct answer: B

2. Is photosynthesis an endothermic process?
A. Yes, it absorbs light energy and stores it as chemical energy.

3. Which gas is released?
(a) Oxygen (b) Nitrogen (c) Carbon dioxide
Answer: (a) Oxygen
"""
CAPITALS_MD = """\
   Chapter 5: Photosynthesis

Photosynthesis converts light energy into chemical energy stored in glucose in the chloroplasts.

## Quiz

1. Which pigment absorbs most of the light used in photosynthesis?
   A. Carotene
   B. Chlorophyll
   C. Melanin
   Correct answer: B

2. Is photosynthesis an endothermic process?
   A. Yes, it absorbs light energy and stores it as chemical energy.

3. Which gas is released?
   (a) Oxygen (b) Nitrogen (c) Carbon dioxide
   Answer: (a) Oxygen
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _pairs(name: str, text: str) -> list[tuple[str, str]]:
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records if r["kind"] == "faq"]


@pytest.mark.parametrize(("name", "text"), [("c.txt", LETTERED_TXT), ("c.md", LETTERED_MD)])
def test_options_go_with_the_question_and_the_labelled_one_is_the_answer(
    name: str, text: str
) -> None:
    assert _pairs(name, text) == [
        (
            "Which pigment absorbs most of the light used in photosynthesis? "
            "a) Carotene b) Chlorophyll c) Melanin",
            "b) Chlorophyll",
        ),
        ("Where do the light-dependent reactions take place?", "In the thylakoid membranes."),
    ]


@pytest.mark.parametrize(("name", "text"), [("c.txt", CAPITALS_TXT), ("c.md", CAPITALS_MD)])
def test_capital_letters_options_on_one_line_and_an_a_label_alone(name: str, text: str) -> None:
    """ "A. Yes, …" alone under a question is its answer's label, no option."""
    assert _pairs(name, text) == [
        (
            "Which pigment absorbs most of the light used in photosynthesis? "
            "A. Carotene B. Chlorophyll C. Melanin",
            "B",
        ),
        (
            "Is photosynthesis an endothermic process?",
            "Yes, it absorbs light energy and stores it as chemical energy.",
        ),
        ("Which gas is released? (a) Oxygen (b) Nitrogen (c) Carbon dioxide", "(a) Oxygen"),
    ]


def test_lettered_parts_of_an_answer_with_no_answer_label_stay_the_answer() -> None:
    text = LETTERED_TXT.replace("Answer: b) Chlorophyll", "")
    assert _pairs("c.txt", text)[0] == (
        "Which pigment absorbs most of the light used in photosynthesis?",
        "a) Carotene<br><br>b) Chlorophyll<br><br>c) Melanin",
    )


@pytest.mark.parametrize(("name", "text"), [("c.txt", CAPITALS_TXT), ("c.md", LETTERED_MD)])
def test_a_question_that_ends_on_its_options_is_a_question(name: str, text: str) -> None:
    """`check` warned "question … is not a question": its front ends on "c) Melanin"."""
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["check", name])

    assert "is not a question" not in result.output
    assert result.output.splitlines()[-1] == "0 errors, 0 warnings"
