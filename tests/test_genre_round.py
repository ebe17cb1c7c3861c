"""Complaints from reading decks built from genres not tried before: a trial report, a lab SOP,
a news story, a grammar sheet, a fund factsheet. Each runs the real CLI on a short excerpt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, *args: str) -> str:
    """stdout and stderr of `docdeck ARGS NAME` on a one-article deck."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, name])
    assert result.exit_code == 0, result.output
    return result.output


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    """The cloze text of each note, in order."""
    output = _run(tmp_path, monkeypatch, name, text, "preview", "--json")
    return [json.loads(line)["fields"]["Text"] for line in output.splitlines()]


# 1. An "I" that is a numeral or a letter is no one speaking.

NUMERAL_I = [
    "Type I diabetes accounts for about {{c1::10%}} of all diabetes cases worldwide.",
    "CBT-I improves sleep efficiency by about {{c1::10%}} more than sleeping pills do.",
    "World War I killed about {{c1::20 million}} soldiers and civilians in four years.",
    "Class I shares carry an ongoing charge of {{c1::0.78%}} and no entry charge.",
    "The I-95 corridor carries about {{c1::40%}} of the freight on the East Coast.",
]


@pytest.mark.parametrize("claim", NUMERAL_I)
def test_a_numeral_i_is_not_the_authors_first_person(
    claim: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a page where the author speaks as "I" too, which makes every first person theirs.
    own = "I cut my caffeine by 50% and slept an extra hour."
    text = f"# Facts\n\n{own}\n\n{claim.replace('{{c1::', '').replace('}}', '')}\n"
    assert _texts(tmp_path, monkeypatch, "a.md", text) == [claim]
    output = _run(tmp_path, monkeypatch, "a.md", text, "check")
    assert f"'{own}' is the author's own experience" in output
