"""Columns whose headers fold alike ("Voltra City", "Voltra City+") are each carded: the later
column's notes used to share the earlier's keys and were all dropped as repeats. A header
written twice is reported once and its second column not carded. (Notes columns are not carded
either: `test_table_notes_columns.py`.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import article_notes
from click.testing import CliRunner

from docdeck.cli import main

ARTICLE = """\
# Voltra City E-Bike

## Specifications

| Spec | Voltra City | Voltra City+ | Notes | Notes |
|---|---|---|---|---|
| Motor | 250 W rear hub | 500 W mid-drive | quiet | serviced yearly |
| Range | 60–100 km | 80–130 km | flat roads | Eco mode |
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "bike.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bike.yaml").write_text("deck: Bike\nsources: [bike.md]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_columns_whose_headers_fold_alike_are_both_carded(project: Path) -> None:
    result = CliRunner().invoke(main, ["preview", "--json", "bike.yaml"])

    assert result.exit_code == 0, result.output
    cards = {
        card["fields"]["Question"]: card["fields"]["Answer"]
        for card in map(json.loads, result.output.splitlines())
    }
    assert cards == {
        "Motor — Voltra City": "250 W rear hub",
        "Motor — Voltra City+": "500 W mid-drive",
        "Range — Voltra City": "60–100 km",
        "Range — Voltra City+": "80–130 km",
    }


def test_the_first_column_keeps_its_key(project: Path) -> None:
    result = CliRunner().invoke(main, ["build", "bike.yaml", "-o", "bike.apkg"])

    assert result.exit_code == 0, result.output
    ledger = json.loads((project / "bike.ledger.json").read_text(encoding="utf-8"))
    assert sorted(note["identity"] for note in ledger["notes"]) == [
        "bike:table:spec/motor/voltra city",
        "bike:table:spec/motor/voltra city+",
        "bike:table:spec/range/voltra city",
        "bike:table:spec/range/voltra city+",
    ]


def test_a_repeated_header_is_reported_once(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "bike.yaml"])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:-1] == [
        "bike.md:5: warning: table column 'Notes' has the header of an earlier column: not"
        " carded; give each column its own header"
    ]


MEASURED = """\
# Heater Drive

## Measured Performance

| Power (W) | Avg Measured (W) | Variation |
|---|---|---|
| 1.0 | 1.0008 | ±2.90% |
| 9.0 | 8.9982 | ±2.79% |
"""


def test_a_row_key_of_no_letters_is_asked_with_its_columns_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "1.0 — Variation" said nothing of what 1.0 is. An override written for that question
    still applies."""
    (tmp_path / "heater.md").write_text(MEASURED, encoding="utf-8")
    spec = (
        "deck: Heater\nsources: [heater.md]\n"
        "overrides:\n  - match: 9.0 — Variation\n    answer: about ±2.8%\n"
    )
    (tmp_path / "heater.yaml").write_text(spec, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["preview", "--json", "heater.yaml"])

    assert result.exit_code == 0, result.output
    cards = {
        card["fields"]["Question"]: card["fields"]["Answer"]
        for card in map(json.loads, result.output.splitlines())
    }
    assert cards == {
        "Power (W): 1.0 — Avg Measured (W)": "1.0008",
        "Power (W): 1.0 — Variation": "±2.90%",
        "Power (W): 9.0 — Avg Measured (W)": "8.9982",
        "Power (W): 9.0 — Variation": "about ±2.8%",
    }


def test_a_key_value_table_without_headers_asks_under_its_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table of facts with an empty header row asked "Currency — Column 2": its section
    names what the row is about."""
    cards = article_notes(
        tmp_path,
        monkeypatch,
        "lisbon.md",
        "# Lisbon\n\n## Lisbon at a Glance\n\n| | |\n|---|---|\n| **Currency** | Euro (€) |\n"
        "| **Emergency number** | 112 |\n",
    )
    assert [(card["Question"], card["Answer"]) for card in cards] == [
        ("Lisbon at a Glance: Currency", "Euro (€)"),
        ("Lisbon at a Glance: Emergency number", "112"),
    ]


@pytest.mark.parametrize("value", ["Detail", "Value", "Info"])
def test_a_key_value_table_whose_value_header_names_no_property_asks_under_its_section(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A "Fact | Detail" table asked "Currency — Detail": the header adds nothing, so the row is
    asked as a headerless one is. A wider table keeps its headers: "Value" beside "Unit" says
    which."""
    cards = article_notes(
        tmp_path,
        monkeypatch,
        "lisbon.md",
        f"# Lisbon\n\n## Lisbon at a Glance\n\n| Fact | {value} |\n|---|---|\n"
        "| **Currency** | Euro (€) |\n| **Emergency number** | 112 |\n\n"
        f"## Climate\n\n| Month | {value} | Unit |\n|---|---|---|\n| July | 28 | °C |\n",
    )
    assert [(card["Question"], card["Answer"]) for card in cards] == [
        ("Lisbon at a Glance: Currency", "Euro (€)"),
        ("Lisbon at a Glance: Emergency number", "112"),
        (f"July — {value}", "28"),
        ("July — Unit", "°C"),
    ]
