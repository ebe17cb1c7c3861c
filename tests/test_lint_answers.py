"""`check` reads what a card asks for. A comma between digits (`13,200`) groups thousands: it
separates no list items."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _check(name: str, text: str) -> list[str]:
    Path(name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", name])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_thousands_separators_separate_no_list_items() -> None:
    table = "| Great Fire | |\n|---|---|\n| **Property damage** | {} |\n"
    cell = "13,200 houses, 87 parish churches, St Paul's Cathedral"
    assert _check("k.md", "# Fire\n\n" + table.format(cell)) == ["0 errors, 0 warnings"]
    four = "1,000,000 pounds, 13,200 houses, 87 churches, St Paul's Cathedral"
    assert _check("k.md", "# Fire\n\n" + table.format(four)) == [
        "k.md:5: warning: answer is a list of 4 items; sets are hard to recall whole; ask for"
        " one item per card",
        "0 errors, 1 warning",
    ]
