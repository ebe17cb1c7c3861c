"""A plain-text table written as `|`-separated lines with no `|---|` line under its header
("Functional group | Test | Positive result" over a line a row) is a table: 3 lines or more of the
same 2 cells or more, none empty, the first of labels. A line of prose that holds a pipe, lines
whose cells differ in number and a command's pipes are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

TESTS = """\
Functional group | Test | Positive result
Alkene | Bromine water | Orange to colourless
Aldehyde | Tollens' reagent | Silver mirror
Carboxylic acid | Sodium carbonate | Effervescence
"""

AFTER = "A standard deck has 52 cards."
LEAD = "Each functional group gives a positive result with its own test reagent in the lab."


def _article(body: str) -> str:
    return f"Functional Groups\n\nSummary of tests\n\n{LEAD}\n\n{body}\n{AFTER}\n"


def _tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str
) -> list[tuple[str, str, str]]:
    """Each table card's section, question and answer."""
    records = article_records(tmp_path, monkeypatch, "groups.txt", _article(body))
    return [
        (r["section"], r["fields"]["Question"], r["fields"]["Answer"])
        for r in records
        if r["kind"] == "table"
    ]


def test_pipe_lines_with_no_separator_are_a_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = _tables(tmp_path, monkeypatch, TESTS)
    assert [(question, answer) for _, question, answer in tables] == [
        ("Alkene — Test", "Bromine water"),
        ("Alkene — Positive result", "Orange to colourless"),
        ("Aldehyde — Test", "Tollens' reagent"),
        ("Aldehyde — Positive result", "Silver mirror"),
        ("Carboxylic acid — Test", "Sodium carbonate"),
        ("Carboxylic acid — Positive result", "Effervescence"),
    ]
    # Its header is no heading: the rows stay in the section above them.
    assert {section for section, _, _ in tables} == {"Summary of tests"}


@pytest.mark.parametrize(
    "body",
    [
        # Prose that holds a pipe.
        "The shell's pipe | sends one command's output to the next command's input.\n",
        # Two lines: a header and one row may be prose.
        "Functional group | Test | Positive result\n"
        "Alkene | Bromine water | Orange to colourless\n",
        # Cells that differ in number, or an empty one.
        "Functional group | Test | Positive result\nAlkene | Bromine water\n"
        "Aldehyde | Tollens' reagent | Silver mirror\nCarboxylic acid | Sodium carbonate\n",
        "Functional group | Test | Positive result\nAlkene |  | Orange to colourless\n"
        "Aldehyde | Tollens' reagent | Silver mirror\nCarboxylic acid |  | Effervescence\n",
        # A command's pipes: no labels.
        "cat notes.txt | sort | uniq -c\ngrep -v '^#' notes.txt | sort | head\n"
        "ls -l | grep txt | wc -l\n",
    ],
)
def test_other_lines_with_pipes_are_no_table(
    body: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _tables(tmp_path, monkeypatch, body) == []
