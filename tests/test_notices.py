"""What one build says about the last one: a renamed deck or subdeck. It is shown once, by that
its `diff`; it is not a warning `--strict` refuses. And `diff --forget-removed` shows the build
that forgets removed notes."""

from __future__ import annotations

import contextlib
import sqlite3
import zipfile
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

import docdeck.project
from docdeck import splice
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
    "  decks/sleep.yaml: note: deck renamed from 'Sleep' to 'Sleep::Debt': Anki leaves the"
    ' cards it has there; move them in Anki: Browse, search deck:"Sleep" -deck:"Sleep::Debt",'
    " select its cards, Change Deck"
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


def _told_once(notice: str) -> None:
    """`notice` is shown by `diff` and by the build (not refused by --strict), then not again
    by the up-to-date rebuild."""
    assert notice in _run("diff").output.splitlines()
    assert notice in _run("build", "-q", "--strict").output.splitlines()
    again = _run("build", "-q").output
    assert "up to date" in again and "renamed" not in again


def test_a_renamed_deck_is_told_once_and_strict_builds_it(project: Path) -> None:
    _run("build", "-q")
    spec = project / "decks/sleep.yaml"
    spec.write_text(spec.read_text().replace("deck: Sleep", "deck: Sleep::Debt"))
    _told_once(NOTICE)


def test_diff_shows_the_build_that_forgets_removed_notes(project: Path) -> None:
    _run("build", "-q")
    source = project / "decks/sleep-debt.md"
    source.write_text(ARTICLE.split("### Does")[0])
    kept = _run("diff").output
    forgotten = _run("diff", "--forget-removed").output
    assert kept.splitlines()[1] == forgotten.splitlines()[1]  # the same counts: one removed
    assert "1 removed" in kept.splitlines()[1]


def test_a_deck_named_by_its_source_title_is_told_when_the_title_changes(
    project: Path,
) -> None:
    """A bare source's deck is its title: a new title is a new deck."""
    _run("build", "-q", "decks/sleep-debt.md")
    source = project / "decks/sleep-debt.md"
    source.write_text(ARTICLE.replace("# Sleep", "# Sleep Debt"))
    notice = (
        "  decks/sleep-debt.md: note: deck renamed from 'Sleep' to 'Sleep Debt': Anki leaves the"
        ' cards it has there; move them in Anki: Browse, search deck:"Sleep", select its cards,'
        " Change Deck"
    )
    for command in (["diff"], ["build", "-q"]):
        lines = _run(*command, "decks/sleep-debt.md").output.splitlines()
        assert notice in lines, lines


SUBDECK_NOTICE = (
    "  decks/sleep.yaml: note: subdeck renamed from 'Sleep::Sleep' to 'Sleep::Sleep Debt'"
    " (decks/sleep-debt.md): Anki leaves the cards it has there; move them in Anki: Browse,"
    ' search deck:"Sleep::Sleep", select its cards, Change Deck'
)


@pytest.mark.parametrize("spliced", [False, True], ids=["planned", "spliced"])
def test_a_renamed_subdeck_is_told_once(project: Path, spliced: bool) -> None:
    """A source's title names its subdeck: a new title leaves its cards in the old one."""
    names = ["sleep-debt.md"]
    for index in range(20):
        name = f"other-{index:02}.md"
        (project / "decks" / name).write_text(ARTICLE.replace("# Sleep", f"# Other {index}"))
        names.append(name)
    spec = project / "decks/sleep.yaml"
    spec.write_text(f"deck: Sleep\nsubdecks: per-source\nsources: [{', '.join(names)}]\n")
    _run("build", "-q")
    source = project / "decks/sleep-debt.md"
    source.write_text(ARTICLE.replace("# Sleep", "# Sleep Debt"))
    if not spliced:  # a reordered source list plans in full
        spec.write_text(
            spec.read_text().replace("sleep-debt.md, other-00.md", "other-00.md, sleep-debt.md")
        )
    loaded = docdeck.project.load_targets((Path("decks/sleep.yaml"),))[0]
    hashes = docdeck.project.source_hashes(loaded)
    assert hashes is not None
    assert (
        splice.plan_splice(loaded, docdeck.project.Request(), 1700000000, hashes) is not None
    ) == spliced
    _told_once(SUBDECK_NOTICE)


def test_the_summary_counts_the_notes_the_package_holds(project: Path) -> None:
    """A removed note is flagged in the package once more: the summary counts it as removed."""
    _run("build", "-q")
    source = project / "decks/sleep-debt.md"
    source.write_text(ARTICLE.split("### Does")[0])
    line = _run("build", "-q").output.splitlines()[0]
    assert line.endswith("deck 'Sleep', 2 notes (1 faq, 0 table, 0 takeaway, 0 claim, 1 removed)")
    with zipfile.ZipFile(project / "build/sleep.apkg") as package:
        package.extract("collection.anki2", project)
    with contextlib.closing(sqlite3.connect(project / "collection.anki2")) as db:
        assert db.execute("select count(*) from notes").fetchone() == (2,)
    assert _run("build", "-q").output.splitlines()[0] == line  # up to date: the stamp's summary


def test_the_renamed_decks_search_finds_the_cards_anki_left_there(
    project: Path, tmp_path: Path
) -> None:
    """Imported after the rename, the old notes' cards stay in 'Sleep' and a new note's card
    goes to 'Sleep::Debt', inside it: the notice's search selects the first only."""
    _run("build", "-q")
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(project / "build/sleep.apkg")
        spec = project / "decks/sleep.yaml"
        spec.write_text(spec.read_text().replace("deck: Sleep", "deck: Sleep::Debt"))
        source = project / "decks/sleep-debt.md"
        source.write_text(f"{ARTICLE}\n### Can naps help?\n\nA short nap restores alertness.\n")
        [line] = [line for line in _run("build").output.splitlines() if "deck renamed" in line]
        search = line.split("search ", 1)[1].removesuffix(", select its cards, Change Deck")
        anki.import_apkg(project / "build/sleep.apkg")
        decks = {note.guid: note.deck_names for note in anki.notes()}
        found = {anki.col.get_note(nid).guid for nid in anki.col.find_notes(search)}
        assert sorted(decks.values()) == [("Sleep",), ("Sleep",), ("Sleep::Debt",)]
        assert sorted(decks[guid] for guid in found) == [("Sleep",), ("Sleep",)]
