"""A plain-text FAQ's `Q:` label is no numbering: a bare question after labelled ones is still a
question. A question that ends the FAQ on its numbering or spacing alone is reported, since its
answer becomes a section that may yield no card. A `Q:` line answered by an `A:` line asks a
question with or without a question mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

LEAD = ["Pasta and Dairy", "nn", "Some intro text that is long enough to be a paragraph.", "nn"]
FAQ = ["Frequently Asked Questions", "nn"]
DAIRY = ["What about dairy?", "Mostly cheese and yoghurt; little milk."]


def _run(tmp_path: Path, lines: list[str], command: str) -> list[str]:
    (tmp_path / "diet.txt").write_text("\n".join([*LEAD, *FAQ, *lines]) + "\n", encoding="utf-8")
    args = ["preview", "--json"] if command == "preview" else [command]
    result = CliRunner().invoke(main, [*args, "diet.txt"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _questions(tmp_path: Path, lines: list[str]) -> list[str]:
    records = [json.loads(line) for line in _run(tmp_path, lines, "preview")]
    return [r["fields"]["Question"] for r in records if r["kind"] == "faq"]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_a_bare_question_after_labelled_ones_is_a_question(tmp_path: Path) -> None:
    lines = ["Q: Is pasta allowed?", "A: Yes, in small portions.", "nn", *DAIRY]

    assert _questions(tmp_path, lines) == ["Is pasta allowed?", "What about dairy?"]
    assert _run(tmp_path, lines, "check") == ["0 errors, 0 warnings"]


def test_a_labelled_question_after_numbered_ones_is_a_question(tmp_path: Path) -> None:
    lines = ["1. | Is wine allowed?", "Answer: One glass a day at most.", "nn"]
    lines += ["Q: Is pasta allowed?", "A: Yes, in small portions.", "nn", *DAIRY]

    assert _questions(tmp_path, lines) == [
        "Is wine allowed?",
        "Is pasta allowed?",
        "What about dairy?",
    ]


def test_a_labelled_question_without_a_question_mark_starts_its_own_pair(tmp_path: Path) -> None:
    lines = ["Q: Is pasta allowed?", "A: Yes, in small portions.", "nn"]
    lines += ["Q: Portions for children", "A: Half an adult's plate.", "nn", *DAIRY]

    records = [json.loads(line) for line in _run(tmp_path, lines, "preview")]

    assert [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records] == [
        ("Is pasta allowed?", "Yes, in small portions."),
        ("Portions for children", "Half an adult's plate."),
        ("What about dairy?", "Mostly cheese and yoghurt; little milk."),
    ]


def test_a_bare_question_after_numbered_ones_ending_the_faq_is_reported(tmp_path: Path) -> None:
    lines = ["1. | Is pasta allowed?", "Answer: Yes, in small portions.", "nn", *DAIRY]

    assert _questions(tmp_path, lines) == ["Is pasta allowed?"]
    assert _run(tmp_path, lines, "check") == [
        "diet.txt:10: warning: question 'What about dairy?' ends the FAQ: read as the heading"
        " of a new section; if it is a question, number it as the ones before it",
        "0 errors, 1 warning",
    ]


def test_a_title_case_heading_after_the_faq_is_not_reported(tmp_path: Path) -> None:
    lines = ["1. | Is pasta allowed?", "Answer: Yes, in small portions.", "nn"]
    lines += [
        "What Should a First Plate Look Like?",
        "A balanced plate is about half vegetables and no more than 25% pasta.",
    ]

    assert _questions(tmp_path, lines) == ["Is pasta allowed?"]
    assert _run(tmp_path, lines, "check") == ["0 errors, 0 warnings"]
