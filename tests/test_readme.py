"""The README's example sessions are real output: each `$ docdeck …` (or `$ cat …`) in them is run,
in a fresh copy of the sample deck or, for the session that starts from an article, an empty
folder holding that article, and prints what the README shows. A line `...` ends what is shown
of a command's output."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests/data/golden/caffeine-timing.md"


def _sessions() -> list[list[tuple[str, list[str]]]]:
    """Each fenced block that starts with a `$ ` line: its commands and their output lines."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    sessions = []
    for block in re.findall(r"^```\n(\$ .*?)^```$", text, flags=re.DOTALL | re.MULTILINE):
        session: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                session.append((line[2:], []))
            else:
                session[-1][1].append(line)
        sessions.append(session)
    return sessions


SESSIONS = _sessions()


def test_the_readme_shows_its_sessions() -> None:
    commands = [command for session in SESSIONS for command, _ in session]
    assert "docdeck build" in commands and "docdeck tags" in commands
    assert f"docdeck init {ARTICLE.name}" in commands


@pytest.mark.parametrize("session", SESSIONS, ids=[s[0][0] for s in SESSIONS])
def test_a_readme_session_prints_what_the_readme_shows(
    session: list[tuple[str, list[str]]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if session[0][0] == f"docdeck init {ARTICLE.name}":
        shutil.copy(ARTICLE, tmp_path)
    else:
        shutil.copytree(ROOT / "decks", tmp_path / "decks")
    monkeypatch.chdir(tmp_path)
    for command, shown in session:
        program, *args = shlex.split(command)
        if program == "cat":
            printed = Path(*args).read_text(encoding="utf-8").splitlines()
        else:
            assert program == "docdeck"
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 0, result.output
            printed = result.stdout.splitlines()
        if shown and shown[-1].strip() == "...":
            shown = shown[:-1]
            printed = printed[: len(shown)]
        assert printed == shown, command
