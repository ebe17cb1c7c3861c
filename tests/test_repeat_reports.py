"""A repeated table row is reported once, not once for each of its cards (one per column): `check`
printed the same warning three times for a row of four columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

TABLE = """\
| Name | Type | Required | Description |
|---|---|---|---|
| `id` | string | no | Client-chosen ID, up to 64 characters |
"""
ORDERS = f"# Orders API\n\n## Create an order\n\n{TABLE}\nThe same fields again:\n\n{TABLE}"
WARNING = (
    "orders.md:13: warning: table repeats an earlier one (line 7); remove or reword the duplicate"
)


@pytest.mark.parametrize("command", ["check", "preview"])
def test_a_repeated_row_is_reported_once(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("orders.md").write_text(ORDERS)
    result = CliRunner().invoke(main, [command, "orders.md"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if "repeats" in line] == [WARNING]
