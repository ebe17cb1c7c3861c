"""A takeaway that says what a word or a form means, quoted, hides the meaning: "そうです after a
plain verb means "{{c1::I hear that}}"", not {{c1::means "I hear}} across the quotation mark.
Runs the real CLI on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """The cloze text of each note `docdeck preview --json a.md` gives."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["fields"]["Text"] for line in result.stdout.splitlines()]


def test_a_quoted_meaning_is_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(
        tmp_path,
        monkeypatch,
        "# Grammar notes\n\n## Key Points\n\n"
        '- The word そうです after a plain verb means "I hear that".\n'
        '- Sou desu after a plain verb means "I hear that".\n'
        '- Ser means "to be" for lasting traits.\n',
    )
    assert texts == [
        'The word そうです after a plain verb means "{{c1::I hear that}}".',
        'Sou desu after a plain verb means "{{c1::I hear that}}".',
        'Ser means "{{c1::to be}}" for lasting traits.',
    ]


def test_a_long_quotation_after_means_is_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(
        tmp_path,
        monkeypatch,
        "# Grammar notes\n\n## Key Points\n\n"
        '- The Spanish word sobremesa means "the time spent talking at the table after a meal".\n'
        "- Ser is used for lasting traits such as nationality.\n",
    )
    assert "{{c1::the time spent" not in texts[0]
