"""A bare source (`docdeck build article.md`), and the spec `init` makes from it: the same
notes, a deck name Anki and its search can hold, and paths shown as a user would type them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests/data/golden/caffeine-timing.md"


def _run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, result.output
    return result


def test_a_spec_init_makes_after_a_bare_build_keeps_its_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file name that is not a slug ("My Coffee.md") named the bare build's identities: the
    spec keeps that `id`, so Anki updates the notes it has instead of adding them again."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(ARTICLE, tmp_path / "My Coffee.md")
    _run("build", "My Coffee.md")
    with AnkiCollection(tmp_path / "anki") as anki:
        first = anki.import_apkg(tmp_path / "build/My Coffee.apkg")
        assert len(first.new) > 10
        _run("init", "My Coffee.md")
        assert "id: My Coffee\n" in (tmp_path / "decks/my-coffee.yaml").read_text()
        _run("build", "decks/my-coffee.yaml")
        again = anki.import_apkg(tmp_path / "build/my-coffee.apkg")
        assert again.new == []
        assert sorted(again.duplicate + again.updated) == first.new


def test_a_bare_sources_title_with_double_quotes_names_a_deck_without_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = ARTICLE.read_text().split("\n", 1)[1]
    (tmp_path / "best.md").write_text(f'# The "Best" Coffee Timing\n{text}')
    output = _run("build", "best.md", "--tag", "tag:kind::faq").output
    assert "deck 'The 'Best' Coffee Timing'" in output
    assert """in Anki: deck:"The 'Best' Coffee Timing" (tag:kind::faq)""" in output


def test_paths_outside_the_working_folder_are_shown_without_dot_dot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "project/decks").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    shutil.copy(ROOT / "tests/data/golden/credit-scores.md", tmp_path / "project/article.md")
    spec = tmp_path / "project/decks/x.yaml"
    spec.write_text("deck: X\nsources: [../article.md]\ncheck: {}\n")
    monkeypatch.chdir(tmp_path / "elsewhere")
    output = _run("build", str(spec)).output
    assert ".." not in output
    assert str(tmp_path / "project/article.md") in _run("preview", str(spec)).output


def test_a_ledger_under_a_file_is_one_line_that_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ARTICLE, tmp_path / "a.md")
    (tmp_path / "decks").write_text("")
    output = _run("build", "a.md", "-o", "decks/x.apkg", code=2).output
    assert output == (
        "Error: decks/x.ledger.json: cannot read ledger: 'decks' is a file, not a folder\n"
    )
