"""An SOP's or a policy's revision history ("11. Revision History", "Change log", "Document
control") records the document's own versions: page metadata, as its header is, never cards.
A section on the history of the subject is text as any other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main

FACT = "The working reagent stays stable for 7 days at room temperature in a closed container."
PLAIN = f"""\
BCA Assay

1. Procedure

{FACT}

2. Revision History

Version   Date          Change
3.0       2022-03-10    Converted to 96-well format
3.1       2023-06-22    Added interfering substances section
3.2       2025-02-01    Updated acceptance criteria to R2 of 0.98
"""
MARKDOWN = f"""\
# BCA Assay

## 1. Procedure

{FACT}

## 2. Revision History

| Version | Date | Change |
|---|---|---|
| 3.0 | 2022-03-10 | Converted to 96-well format |
| 3.1 | 2023-06-22 | Added interfering substances section |

Version 3.2 raised the acceptance criteria to an R2 of 0.98 in 2025.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _records(text: str, name: str) -> list[dict[str, Any]]:
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.parametrize(
    "heading", ["Revision History", "Change log", "Document control", "Version history"]
)
@pytest.mark.parametrize(("text", "name"), [(PLAIN, "sop.txt"), (MARKDOWN, "sop.md")])
def test_a_revision_history_gives_no_cards(text: str, name: str, heading: str) -> None:
    text = text.replace("Revision History", heading)

    assert [(r["kind"], r["section"]) for r in _records(text, name)] == [("claim", "1. Procedure")]


def test_a_section_on_the_subjects_history_is_carded() -> None:
    text = MARKDOWN.replace("2. Revision History", "2. History of the Assay")

    assert {r["section"] for r in _records(text, "sop.md")} == {
        "1. Procedure",
        "2. History of the Assay",
    }
