"""A plain-text table whose columns are aligned with spaces (no `|`, no `+---+` borders), as a
rulebook or an SOP types it, is a table when its first line names the columns: its rows are
table cards, the same as the pipe table's, and no line of it becomes a heading. Prose spaced
twice after a period, code and columns with no header line are read as before, but for a
timeline: a date and an event a line ("1765   Stamp Act") is a table with no header."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ALIGNED = """\
Age group   Players   Pitch size (m)   Match length     Offside
U9-U10      7v7       55 x 37          2 x 25 min       Not applied
U11-U12     9v9       73 x 46          2 x 30 min       Beyond retreat line only
U13-U14     11v11     91 x 55          2 x 35 min       Full law
"""
PIPES = """\
| Age group | Players | Pitch size (m) | Match length | Offside |
|---|---|---|---|---|
| U9-U10 | 7v7 | 55 x 37 | 2 x 25 min | Not applied |
| U11-U12 | 9v9 | 73 x 46 | 2 x 30 min | Beyond retreat line only |
| U13-U14 | 11v11 | 91 x 55 | 2 x 35 min | Full law |
"""
LEAD = (
    "Offside is not applied in the under-9 and under-10 age groups, which play 7v7 on small"
    " pitches, and the retreat line applies in the under-11 and under-12 age groups."
)
AFTER = "A temporary dismissal lasts 10 minutes in every age group from the under-11s upwards."


def article(table: str, lead: str = LEAD) -> str:
    return f"Youth League Rules\n\nAge-Group Variations\n\n{lead}\n\n{table}\n{AFTER}\n"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _records(text: str) -> list[dict[str, Any]]:
    Path("rules.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "rules.txt"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def _tables(text: str) -> list[tuple[str, str, str]]:
    """Each table card's section, question and answer."""
    return [
        (r["section"], r["fields"]["Question"], r["fields"]["Answer"])
        for r in _records(text)
        if r["kind"] == "table"
    ]


def _sections(text: str) -> set[str]:
    return {str(r["section"]) for r in _records(text)}


def test_a_table_aligned_with_spaces_gives_the_pipe_tables_cards() -> None:
    """Its five lines were five headings, the table no card."""
    expected = _tables(article(PIPES))

    assert len(expected) == 12
    assert _tables(article(ALIGNED)) == expected
    assert _sections(article(ALIGNED)) == {"Age-Group Variations"}


RIGHT_ALIGNED = """\
Tablet        Usual dose   Max dose (mg)
------------  -----------  -------------
Amlodipine    5 mg                    10
Lisinopril    10 mg                   40
Ramipril                              10
"""


NARROW = """\
Age group  Players  Pitch size (m)  Match length  Offside
U9-U10     7v7      55 x 37         2 x 25 min    Not applied
U11-U12    9v9      73 x 46         2 x 30 min    Beyond retreat line only
U13-U14    11v11    91 x 55         2 x 35 min    Full law
"""


@pytest.mark.parametrize(
    "table",
    [
        textwrap.indent(ALIGNED, "    "),
        NARROW,
    ],
    ids=["indented", "narrow-gutters"],
)
def test_an_indented_or_narrow_aligned_table_is_a_table(table: str) -> None:
    assert _tables(article(table)) == _tables(article(PIPES))


def test_a_simple_tables_rule_right_aligned_figures_and_empty_cells() -> None:
    """pandoc's simple table: a rule of dashes under the header is no row; a figure aligned
    right lines up, and an empty cell is empty."""
    cards = _tables(article(RIGHT_ALIGNED))

    assert [(question, answer) for _, question, answer in cards] == [
        ("Amlodipine — Usual dose", "5 mg"),
        ("Amlodipine — Max dose (mg)", "10"),
        ("Lisinopril — Usual dose", "10 mg"),
        ("Lisinopril — Max dose (mg)", "40"),
        ("Ramipril — Max dose (mg)", "10"),
    ]


def test_a_table_right_under_a_wrapped_paragraph_is_not_joined_to_it() -> None:
    lead, after = textwrap.fill(LEAD, 60), textwrap.fill(AFTER, 60)
    text = f"Youth League Rules\n\nAge-Group Variations\n\n{lead}\n{ALIGNED}\n{after}\n"

    assert _tables(text) == _tables(article(PIPES))
    claims = [r["fields"]["Text"] for r in _records(text) if r["kind"] == "claim"]
    assert not any("Players" in claim for claim in claims)


PROSE = """\
The committee met on Monday.  It voted to approve the plan by a large
majority of its members.  Work will start in the spring and last for two
years at least.  The council said the cost had risen sharply since 2023.
Residents said the plan came too late.  Others welcomed the news at once.
"""
CODE = """\
    total = 0        # running sum
    for x in xs:     # each item
        total += x   # add it
"""
NO_HEADER = """\
U9-U10      7v7       55 x 37          2 x 25 min       Not applied
U11-U12     9v9       73 x 46          2 x 30 min       Beyond retreat line only
U13-U14     11v11     91 x 55          2 x 35 min       Full law
"""


@pytest.mark.parametrize("text", [PROSE, CODE, NO_HEADER], ids=["prose", "code", "no-header"])
def test_prose_code_and_columns_without_a_header_are_no_table(text: str) -> None:
    assert _tables(article(text)) == []


# A handout's key dates, a date and an event a line: a timeline, a table with no header whose
# cards ask when each event happened; before, each line became a heading and no card.
DATES = """\
1765             Stamp Act taxes printed paper
1770             Boston Massacre
c. 1774          First Continental Congress meets
4 July 1776      Declaration of Independence
"""
DATES_LEAD = (
    "The colonies broke with Britain over taxes, trade and the right to govern themselves. This"
    " handout lists what happened and when it happened, for the unit test on Friday."
)
DATES_AFTER = (
    "The Stamp Act was the first direct tax that Parliament laid on the colonies, and it was"
    " repealed in 1766 after a boycott of British goods."
)


@pytest.mark.parametrize("wrapped", [True, False], ids=["wrapped", "one-line-paragraphs"])
def test_a_list_of_key_dates_in_columns_is_a_timeline(wrapped: bool) -> None:
    lead, after = (textwrap.fill(p, 66) if wrapped else p for p in (DATES_LEAD, DATES_AFTER))
    text = f"American Revolution Handout\n\n{lead}\n\nKEY DATES\n\n{DATES}\n{after}\n"
    assert _tables(text) == [
        ("KEY DATES", "KEY DATES: Stamp Act taxes printed paper", "1765"),
        ("KEY DATES", "KEY DATES: Boston Massacre", "1770"),
        ("KEY DATES", "KEY DATES: First Continental Congress meets", "c. 1774"),
        ("KEY DATES", "KEY DATES: Declaration of Independence", "4 July 1776"),
    ]
    assert _sections(text) == {"KEY DATES"}


PORTS = """\
22    SSH
80    HTTP
443   HTTPS
"""
SPACED_ONCE = """\
1765 Stamp Act taxes printed paper.
1770 Boston Massacre kills five colonists.
1773 Boston Tea Party dumps tea in the harbour.
"""


@pytest.mark.parametrize("text", [PORTS, SPACED_ONCE], ids=["numbers", "one-space"])
def test_numbers_in_columns_and_years_spaced_once_are_no_timeline(text: str) -> None:
    assert _tables(article(text)) == []
