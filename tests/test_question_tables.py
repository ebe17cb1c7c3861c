"""A table of questions and their answers is an FAQ: its rows are FAQ cards (the question → its
answer), not table cards ("Is thirst a reliable signal? — Answer"), in either format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ROWS = [
    ("Is thirst a reliable signal?", "Yes, for most healthy adults."),
    ("Can you drink too much water?", "Yes: hyponatremia is rare but dangerous."),
]
TABLE = "| Question | Answer |\n|---|---|\n" + "".join(f"| {q} | {a} |\n" for q, a in ROWS)
MARKDOWN = f"# Hydration\n\n## Quick answers\n\n{TABLE}"
PLAIN = f"Hydration\n\nQuick answers\n\n{TABLE}"


def _cards(path: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["preview", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.parametrize(("name", "text"), [("water.md", MARKDOWN), ("water.txt", PLAIN)])
def test_a_table_of_questions_is_an_faq(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    cards = _cards(tmp_path / name)
    assert [card["kind"] for card in cards] == ["faq", "faq"]
    assert [(c["fields"]["Question"], c["fields"]["Answer"]) for c in cards] == ROWS
    assert [card["line"] for card in cards] == [7, 8]


def test_a_table_with_a_row_that_asks_nothing_stays_a_table(tmp_path: Path) -> None:
    (tmp_path / "water.md").write_text(MARKDOWN + "| Daily water | About 2.7 litres for women |\n")
    assert {card["kind"] for card in _cards(tmp_path / "water.md")} == {"table"}
