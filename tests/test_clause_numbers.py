"""A policy numbers its clauses ("2.1 Employees may …", "(a)", "a)", "§ 4"): the number is no part
of what the clause states, and stays off the card (the source line still names where it came
from). A figure that opens a sentence ("2.5 days", "2.5 GHz") is no clause number, and a
numbered heading keeps its number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

CLAUSES = [
    "2.1 Employees may work from home for up to 2 days a week with approval.",
    "3.2.4 Equipment issued for home working remains company property for 3 years.",
    "4.2(b) Staff working remotely must be reachable between 10 am and 4 pm.",
    "(a) Expense claims for home internet are capped at $30 a month per employee.",
    "a) Requests for a third remote day go to the department head, not to HR.",
    "(iv) Leave requests over 10 days need the written approval of a director.",
    "§ 4 The company reimburses 50% of the cost of an ergonomic chair, up to $200.",
    "2.1 A manager reviews each remote arrangement every 6 months with the employee.",
]
# Sentences that open on a figure or a section's name: kept whole.
FIGURES = [
    "2.5 days of leave are added for every year worked after the fifth.",
    "2.5 GHz processors are the minimum for the laptops the company issues.",
    "§ 4 of the Act requires employers to pay for equipment used at home for 3 years.",
]
STATED = [
    "Employees may work from home for up to {{c1::2 days}} a week with approval.",
    "Equipment issued for home working remains company property for {{c1::3 years}}.",
    "Staff working remotely must be reachable between {{c1::10 am and 4 pm}}.",
    "Expense claims for home internet are capped at {{c1::$30}} a month per employee.",
    "Requests for a third remote day go to the {{c1::department head}}, not to HR.",
    "Leave requests over {{c1::10 days}} need the written approval of a director.",
    "The company reimburses 50% of the cost of an ergonomic chair, up to {{c1::$200}}.",
    "A manager reviews each remote arrangement every {{c1::6 months}} with the employee.",
]


def _records(path: Path, text: str) -> list[dict[str, str]]:
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", path.name])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def _uncloze(text: str) -> str:
    return text.replace("{{c1::", "").replace("}}", "")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_clause_number_stays_off_the_card(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # A numbered heading in Markdown; plain text numbers its headings only in a run (1., 2., …).
    heading = "## 2. Working from home" if suffix == ".md" else "Working from home"
    title = "# " if suffix == ".md" else ""
    body = "\n\n".join([*CLAUSES, *FIGURES])
    text = f"{title}Remote Work Policy\n\n{heading}\n\n{body}\n"
    records = _records(tmp_path / f"policy{suffix}", text)

    texts = [record["fields"]["Text"] for record in records]
    assert [_uncloze(t) for t in texts] == [*map(_uncloze, STATED), *FIGURES]
    assert texts[: len(STATED)] == STATED
    # Each card still names its clause's line, and the numbered heading keeps its number.
    lines = text.splitlines()
    for record, clause in zip(records, CLAUSES, strict=False):
        assert lines[record["line"] - 1] == clause
        assert record["section"] == heading.removeprefix("## ")


def test_a_numbered_list_item_loses_its_number_and_completes_its_lead_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = (
        "# Remote Work Policy\n\n## Eligibility\n\n"
        "Remote work is not available to staff who:\n\n"
        "- (a) are in their first 3 months of employment at the company;\n"
        "- (b) handle cash at a branch for more than 2 hours a day.\n\n"
        "## Leaving\n\n"
        "- 5.1 Laptops issued for home working must be returned within 5 days of leaving.\n"
    )
    texts = [record["fields"]["Text"] for record in _records(tmp_path / "policy.md", text)]
    assert [_uncloze(t) for t in texts] == [
        "Remote work is not available to staff who are in their first 3 months of employment"
        " at the company;",
        "Remote work is not available to staff who handle cash at a branch for more than 2 hours"
        " a day.",
        "Laptops issued for home working must be returned within 5 days of leaving.",
    ]
