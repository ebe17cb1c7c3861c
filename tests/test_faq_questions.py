"""Under an FAQ heading, a line that asks starts a question of its own, even with no blank line
before it; a question left without an answer is reported, not answered by the next one. A line
of an answer that ends in "?" is still the answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

VISA = """\
# Visa FAQ

## FAQ

**Q: Do I need a visa for a layover?**
A: Only if you leave the airport.

**How long is the visa valid?**
**Can I extend it?**

It is valid for 90 days.

Do children need a visa?
Which documents do I need?
A passport and a photo.

Q: Can I work on this visa?
A: No, work needs a permit.
Q: Can I study on it?
A: Yes, for courses up to 90 days.

**What does it cost?**
It costs 80 euros. Is that a lot for
a visa that lasts ninety days?
Most travellers think it is not.
"""


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "visa.md").write_text(VISA, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, "visa.md"])
    assert result.exit_code == 0, result.output
    return result.output


def test_each_question_line_starts_a_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _run(tmp_path, monkeypatch, "preview", "--json")

    records = [json.loads(line) for line in output.splitlines()]
    assert [(r["fields"]["Question"], r["fields"]["Answer"], r["line"]) for r in records] == [
        ("Do I need a visa for a layover?", "Only if you leave the airport.", 5),
        ("Can I extend it?", "It is valid for 90 days.", 9),
        ("Which documents do I need?", "A passport and a photo.", 14),
        ("Can I work on this visa?", "No, work needs a permit.", 17),
        ("Can I study on it?", "Yes, for courses up to 90 days.", 19),
        (
            "What does it cost?",
            "It costs 80 euros. Is that a lot for a visa that lasts ninety days? Most travellers"
            " think it is not.",
            22,
        ),
    ]


def test_a_question_followed_by_another_is_reported_unanswered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _run(tmp_path, monkeypatch, "check")

    assert [line for line in output.splitlines() if "has no answer" in line] == [
        "visa.md:8: warning: FAQ 'How long is the visa valid?' has no answer;"
        " write the answer below the question, or add an override in the spec",
        "visa.md:13: warning: FAQ 'Do children need a visa?' has no answer;"
        " write the answer below the question, or add an override in the spec",
    ]


SIZES_MD = """\
# Widget

Widget is a gadget.

## FAQ

### What sizes does it come in?

| Size | Width |
|---|---|
| Small | 10 cm |
| Large | 20 cm |

### Is it waterproof?

Yes, to 10 metres.
"""
SIZES_TXT = SIZES_MD.replace("## FAQ", "FAQ\n---").replace("### ", "").replace("# ", "")


@pytest.mark.parametrize(("name", "text"), [("sizes.md", SIZES_MD), ("sizes.txt", SIZES_TXT)])
def test_a_question_a_table_answers_is_a_note_not_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    """The table's rows are its cards; the question was reported as having no answer, so a
    `--strict` build refused the page."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--strict", name])
    line = 7 if name.endswith(".md") else 8
    assert result.output.splitlines() == [
        f"{name}:{line}: note: FAQ 'What sizes does it come in?' is answered by the table on"
        f" line {line + 2}: its rows are the cards",
        "0 errors, 0 warnings",
    ]
    assert result.exit_code == 0
    shown = CliRunner().invoke(main, ["preview", "--json", name])
    fronts = [json.loads(line)["fields"].get("Question") for line in shown.stdout.splitlines()]
    assert fronts == ["Small — Width", "Large — Width", "Is it waterproof?"]


REVIEW = """\
# Cell Energy

Cells make ATP in three stages, and glycolysis is the first of them.

## {heading}

1. Where in the cell does glycolysis take place?

In the cytoplasm.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Review questions",
        "Chapter 3 Review Questions",
        "Self-test",
        "Quiz",
        "Check your understanding",
    ],
)
def test_a_textbooks_review_questions_are_faqs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, heading: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cells.md").write_text(REVIEW.format(heading=heading), encoding="utf-8")
    shown = CliRunner().invoke(main, ["preview", "--json", "cells.md"])
    records = [json.loads(line)["fields"] for line in shown.stdout.splitlines()]
    assert [(r["Question"], r["Answer"]) for r in records] == [
        ("Where in the cell does glycolysis take place?", "In the cytoplasm.")
    ]
