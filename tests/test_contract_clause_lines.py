"""A contract's clauses on lines in a row ("1.1 … Schedule A." over "1.2 "Fees" means …"): a
clause number that opens a line after a line that ends a sentence starts a new clause, a
paragraph of its own, in Markdown as in plain text. Each test runs the real CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import article_records

MARKDOWN = (
    "# Hosting agreement\n\n"
    "## 1. Definitions\n\n"
    '1.1 "Services" means the hosting services in Schedule A.\n'
    '1.2 "Fees" means the amounts payable under clause 4.\n'
    "1.3.1 The Customer must pay the Fees within 30 days of each invoice.\n"
    "(a) The Supplier keeps 99.9% uptime each month.\n\n"
    "## Notes\n\n"
    "The Supplier applies clause 4.2 to the 12 credits a month.\n"
    "The team upgraded the service to version\n"
    "1.2 of the API in 2021, which cut latency by 40%.\n"
    "Sales of the service grew by 15% in 2022.\n"
    "1.5 million people used the service within 6 months.\n"
)


def _cards(records: list[dict[str, Any]]) -> list[tuple[int, str]]:
    return [(record["line"], record["fields"]["Text"]) for record in records]


def test_markdown_clauses_on_lines_in_a_row_are_a_card_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The four clauses were one paragraph, two cards of two clauses each ("… Schedule A. 1.2
    "Fees" means …"). A clause number inside a line, a version number on a line after one
    that goes on, and a figure that opens a line stay in their paragraph, as before."""
    records = article_records(tmp_path, monkeypatch, "a.md", MARKDOWN)
    assert _cards(records) == [
        (5, '"{{c1::Services}}" means the hosting {{c1::services}} in Schedule A.'),
        (6, '"{{c1::Fees}}" means the amounts payable under clause 4.'),
        (7, "The Customer must pay the Fees within {{c1::30 days}} of each invoice."),
        (8, "The Supplier keeps {{c1::99.9%}} uptime each month."),
        (
            13,
            "The team upgraded the service to version 1.2 of the API in 2021, which cut latency"
            " by {{c1::40%}}.",
        ),
        (15, "Sales of the service grew by {{c1::15%}} in 2022."),
        (16, "{{c1::1.5 million}} people used the service within 6 months."),
    ]
    # The notes are still one paragraph: each card's context holds the others.
    assert all("clause 4.2" in record["fields"]["Context"] for record in records[4:])


# Hard-wrapped at 72 columns (`textwrap`): the "1.2" clause's line is full, and "(a)" went on it.
WRAPPED = (
    "Hosting agreement\n\n"
    "Definitions\n\n"
    "The parties agree to the terms below, which apply from the date on which\n"
    "both of the parties sign this agreement in full.\n"
    '1.1 "Services" means the hosting services described in Schedule A, as\n'
    "amended from time to time by the parties.\n"
    '1.2 "Fees" means the amounts payable under clause 4 of this agreement.\n'
    "(a) The Supplier keeps 99.9% uptime each month under this agreement.\n"
)


def test_a_hard_wrapped_clause_after_a_full_line_is_a_card_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clause (a) opened on the line after clause 1.2's full last line and was read as going
    on from it: one card of both clauses."""
    records = article_records(tmp_path, monkeypatch, "a.txt", WRAPPED)
    assert _cards(records) == [
        (
            7,
            '"{{c1::Services}}" means the hosting {{c1::services}} described in Schedule A, as'
            " amended from time to time by the parties.",
        ),
        (9, '"{{c1::Fees}}" means the amounts payable under clause 4 of this agreement.'),
        (10, "The Supplier keeps {{c1::99.9%}} uptime each month under this agreement."),
    ]
