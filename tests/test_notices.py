"""What one build says about the last one: a renamed deck. It is shown once, by that build and
its `diff`; it is not a warning `--strict` refuses. And `diff --forget-removed` shows the build
that forgets removed notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from docdeck.cli import main

ARTICLE = """\
# Sleep

## Frequently Asked Questions

### How long should adults sleep?

Seven to nine hours a night, most studies agree.

### Does a weekend lie-in repay a week of short nights?

No: reaction times stay slower after one long night.
"""
NOTICE = (
    "  decks/sleep.yaml: note: deck renamed from 'Sleep': Anki leaves the cards it has there;"
    " move them in Anki: Browse, select that deck's cards, Change Deck"
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "decks/sleep-debt.md").write_text(ARTICLE)
    (tmp_path / "decks/sleep.yaml").write_text("deck: Sleep\nsources: [sleep-debt.md]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    return result


def test_a_renamed_deck_is_told_once_and_strict_builds_it(project: Path) -> None:
    _run("build", "-q")
    spec = project / "decks/sleep.yaml"
    spec.write_text(spec.read_text().replace("deck: Sleep", "deck: Sleep::Debt"))
    assert NOTICE in _run("diff").output.splitlines()
    assert NOTICE in _run("build", "-q", "--strict").output.splitlines()
    again = _run("build", "-q").output
    assert "up to date" in again and "renamed" not in again


def test_diff_shows_the_build_that_forgets_removed_notes(project: Path) -> None:
    _run("build", "-q")
    source = project / "decks/sleep-debt.md"
    source.write_text(ARTICLE.split("### Does")[0])
    kept = _run("diff").output
    forgotten = _run("diff", "--forget-removed").output
    assert kept.splitlines()[1] == forgotten.splitlines()[1]  # the same counts: one removed
    assert "1 removed" in kept.splitlines()[1]
