"""A grid table in a plain-text article (`+---+` borders, `| a | b |` rows, `+===+` under the
header, as pandoc and Emacs write them) is a table: its rows are table cards, a cell that runs
over several lines is one cell, and no row becomes a claim."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main

TABLE = """\
+-------------+----------------+----------------------+
| Tablet      | Usual dose     | Notes                |
+=============+================+======================+
| Amlodipine  | 5 mg a day     | Can cause ankle      |
|             |                | swelling.            |
+-------------+----------------+----------------------+
| Lisinopril  | 10 mg a day    | May cause a dry      |
|             |                | cough.               |
|             |                |                      |
|             |                | Check kidney tests.  |
+-------------+----------------+----------------------+
"""
LEAD = (
    "Blood pressure tablets are among the most prescribed medicines in the world, and most"
    " adults who take them need one tablet a day to keep their readings in range for years."
)


def article(table: str, lead: str = LEAD) -> str:
    return f"Blood Pressure Tablets Compared\n\n{lead}\n\nDoses at a Glance\n\n{table}"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _run(text: str, command: str = "preview") -> list[str]:
    Path("doses.txt").write_text(text)
    args = ["preview", "--json"] if command == "preview" else [command]
    result = CliRunner().invoke(main, [*args, "doses.txt"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _records(text: str) -> list[dict[str, Any]]:
    """Each note's preview record but its mod time, which is the file's and differs per write."""
    return [{k: v for k, v in json.loads(line).items() if k != "mod"} for line in _run(text)]


@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line-lead", "wrapped-lead"])
def test_a_grid_table_gives_table_cards_and_no_claims(wrapped: bool) -> None:
    lead = "\n".join(textwrap.wrap(LEAD, 72)) if wrapped else LEAD
    records = _records(article(TABLE, lead))
    line = 12 if wrapped else 10  # the lead wraps over three lines

    assert [(r["kind"], r["fields"]["Question"], r["line"]) for r in records] == [
        ("table", "Amlodipine — Usual dose", line),
        ("table", "Lisinopril — Usual dose", line + 3),
    ]
    # The Notes column is on the back of each row's card, its wrapped lines joined.
    assert "<td>Can cause ankle swelling.</td>" in records[0]["fields"]["Context"]
    assert (
        "<td>May cause a dry cough.<br>Check kidney tests.</td>" in records[1]["fields"]["Context"]
    )


def test_a_grid_table_whose_first_row_names_its_columns_has_that_row_as_its_header() -> None:
    """Without `+===+` under it, "| Tablet | Usual dose | Notes |" was reported and the table
    gave no card; an empty corner cell over the key column is a label's place too."""
    headerless = TABLE.replace("=", "-")
    corner = headerless.replace("| Tablet     ", "|            ")

    assert _records(article(headerless)) == _records(article(TABLE))
    assert _run(article(headerless), "check") == ["0 errors, 0 warnings"]
    assert [r["fields"]["Question"] for r in _records(article(corner))] == [
        "Amlodipine — Usual dose",
        "Lisinopril — Usual dose",
    ]


@pytest.mark.parametrize(
    "first",
    [
        "| Amlodipine  | 5 mg a day     | Ankle swelling       |",  # a figure
        "| Amlodipine  | Once a day     | Can cause swelling.  |",  # a sentence
        "| amlodipine  | once a day     | ankle swelling       |",  # no capitals
    ],
    ids=["figure", "sentence", "lower-case"],
)
def test_a_grid_table_whose_first_row_is_data_is_reported_not_carded(first: str) -> None:
    border = TABLE.splitlines()[0]
    data = "\n".join([border, first, *TABLE.splitlines()[5:]]) + "\n"
    text = article(data) + "\nAbout 30% of adults forget a dose each week.\n"

    assert [json.loads(line)["kind"] for line in _run(text)] == ["claim"]
    assert _run(text, "check") == [
        "doses.txt:7: warning: grid table has no header row: not carded; mark the header's"
        " bottom border with = (+=====+=====+)",
        "0 errors, 1 warning",
    ]


def test_a_one_column_grid_table_is_a_box_of_text() -> None:
    box = "+------------------------------------+\n| About 30% of adults forget a dose  |\n"
    box += "| each week.                         |\n+------------------------------------+\n"

    records = _records(article(box))

    assert [(r["kind"], r["fields"]["Text"]) for r in records] == [
        ("claim", "About {{c1::30%}} of adults forget a dose each week.")
    ]
