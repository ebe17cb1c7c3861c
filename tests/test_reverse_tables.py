"""`tables: {reverse: true}` asks which row has a cell only where one row has it: a value that
rows with different keys share would give one question several answers. It is reported once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ARTICLE = """\
# Password Managers

## Comparison

| Manager | Price | Open source? |
|---|---|---|
| Bitwarden | $10 | Yes |
| 1Password | $36 | No |
| KeePassXC | Free | yes |
| Proton Pass | $48 | Yes |
| pass | free | |
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "managers.md").write_text(ARTICLE, encoding="utf-8")
    spec = "deck: Managers\nsources: [managers.md]\nextract:\n  tables: {reverse: true}\n"
    (tmp_path / "managers.yaml").write_text(spec, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_reverse_cards_ask_only_for_values_one_row_has(project: Path) -> None:
    result = CliRunner().invoke(main, ["preview", "--json", "managers.yaml"])

    assert result.exit_code == 0, result.output
    cards = [json.loads(line)["fields"] for line in result.output.splitlines()]
    reverse = {card["Question"]: card["Answer"] for card in cards if "which" in card["Question"]}
    assert reverse == {
        "Price: $10 — which Manager?": "Bitwarden",
        "Price: $36 — which Manager?": "1Password",
        "Price: $48 — which Manager?": "Proton Pass",
        "Open source?: No — which Manager?": "1Password",
    }
    assert len(cards) == 4 * 2 + 1 + len(reverse)  # a forward card of every cell but an empty one


def test_a_shared_value_is_reported_once_per_column(project: Path) -> None:
    result = CliRunner().invoke(main, ["check", "managers.yaml"])

    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if "reverse" in line] == [
        "managers.md:7: warning: table column 'Open source?' has 'Yes' in 3 rows:"
        " no reverse card asks which Manager has it",
        "managers.md:9: warning: table column 'Price' has 'Free' in 2 rows:"
        " no reverse card asks which Manager has it",
    ]
