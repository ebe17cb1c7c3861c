"""Markdown task lists (`- [ ] …`, `- [x] …`, as GitHub and Obsidian write them): the box is no
text; the item reads as any list item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

TASKS = """\
# Status

## Key takeaways

- [ ] **Priya** – Email finance about the budget burn rate by Friday 4 April
- [x] Mei booked the pen-test retest slot for 22 April, two weeks after the fix
- [X] The retest costs about 40% less than the first test did
"""


def test_a_task_lists_boxes_are_no_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("g.md").write_text(TASKS)
    result = CliRunner().invoke(main, ["preview", "--json", "g.md"])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["fields"]["Text"] for line in result.stdout.splitlines()]
    assert texts == [
        "{{c1::Priya}} – Email finance about the budget burn rate by Friday 4 April",
        "Mei booked the pen-test retest slot for 22 April, {{c1::two weeks}} after the fix",
        "The retest costs about {{c1::40%}} less than the first test did",
    ]


def test_a_task_lists_items_in_body_text_are_to_dos_not_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Meeting notes' action items became claims hiding the owner ("{{c1::Priya}} – Email
    finance …"): a to-do is no fact. A plain item beside them still is."""
    monkeypatch.chdir(tmp_path)
    Path("g.md").write_text(
        "# Status\n\n## Action items\n\n"
        "- [ ] **Priya** – Email finance about the budget burn rate by Friday 4 April\n"
        "- [x] **Mei** – Book the pen-test retest slot for 22 April at the latest\n"
        "- The retest costs about 40% less than the first test did last year\n"
    )
    result = CliRunner().invoke(main, ["preview", "--json", "g.md"])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["fields"]["Text"] for line in result.stdout.splitlines()]
    assert texts == ["The retest costs about {{c1::40%}} less than the first test did last year"]
