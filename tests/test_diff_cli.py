"""`docdeck diff`: the exact report of what the next build would change, and that it writes nothing.

A four-question FAQ article in a temporary project folder (the working folder of each test, so
paths print relative) with a `build/` folder, as in the repository, so the extraction cache is
on: `diff` must not write it either. The expected text follows the diff report: a header naming
the ledger, the change counts, one line per change (`+` added, `~` updated, `>` re-identified,
`-` removed; by change, then by front), a word diff per changed field, and the prediction for
Anki's default import.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from docdeck.cli import main

T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800

SPEC = 'deck: "Coffee::Timing"\nsources: [sources/coffee.txt]\n'
REMOVED_QUESTION = (
    "Does drinking coffee every single day dehydrate you more than drinking plain water would?"
)
SOURCE = f"""\
Coffee Timing Basics
nn
A short guide to when coffee helps and when it gets in the way.
Frequently Asked Questions
When should I drink my first coffee?
Wait about ninety minutes after waking, once the morning cortisol peak has passed.
How long does caffeine stay in the body?
Caffeine has a half-life of about five hours in most healthy adults.
{REMOVED_QUESTION}
No, a moderate coffee intake hydrates about as well as the same amount of water.
Is decaf completely free of caffeine?
No, a cup of decaf still holds a few milligrams of caffeine.
"""
EDITS = (
    # Reworded answer: updated in place.
    ("about five hours in", "about five to six hours in"),
    # Reworded question: a new identity key, re-identified to the old note.
    ("When should I drink my first coffee?", "When should I drink my first cup of coffee?"),
    # Removed question: a tombstone.
    (
        f"{REMOVED_QUESTION}\n"
        "No, a moderate coffee intake hydrates about as well as the same amount of water.\n",
        "",
    ),
    # New question (with an `&`, which the report shows unescaped): added.
    (
        "Is decaf",
        "Can coffee & exercise mix?\n"
        "Yes, caffeine taken an hour before exercise can raise endurance by a few percent.\n"
        "Is decaf",
    ),
)

BEFORE_ANY_BUILD = """\
coffee.yaml: against coffee.ledger.json (none yet)
  4 added, 0 updated, 0 re-identified, 0 removed, 0 unchanged
  + faq "Does drinking coffee every single day dehydrate you more than drinkin…"
  + faq "How long does caffeine stay in the body?"
  + faq "Is decaf completely free of caffeine?"
  + faq "When should I drink my first coffee?"
  Anki import (default options): 4 new, 0 updated, 0 removed, 0 unchanged
"""

NO_CHANGE = """\
coffee.yaml: against coffee.ledger.json
  0 added, 0 updated, 0 re-identified, 0 removed, 4 unchanged
  Anki import (default options): 0 new, 0 updated, 0 removed, 4 unchanged
"""

AFTER_EDITS = """\
coffee.yaml: against coffee.ledger.json
  1 added, 1 updated, 1 re-identified, 1 removed, 1 unchanged
  + faq "Can coffee & exercise mix?"
  ~ faq "How long does caffeine stay in the body?"
      Answer: … of about five {+to six+} hours in most …
  > faq "When should I drink my first cup of coffee?" (was "When should I drink my first coffee?")
      Question: … drink my first {+cup of+} coffee?
  - faq "Does drinking coffee every single day dehydrate you more than drinkin…"
  Anki import (default options): 1 new, 2 updated, 1 removed, 1 unchanged
"""

# After building the edits: the tombstone is re-emitted unchanged, so Anki sees 5 unchanged.
AFTER_EDITS_BUILT = """\
coffee.yaml: against coffee.ledger.json
  0 added, 0 updated, 0 re-identified, 0 removed, 4 unchanged
  Anki import (default options): 0 new, 0 updated, 0 removed, 5 unchanged
"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "coffee.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "sources" / "coffee.txt").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(command: str, epoch: int, *args: str) -> Result:
    return CliRunner().invoke(
        main, [command, "coffee.yaml", *args], env={"SOURCE_DATE_EPOCH": str(epoch)}
    )


def diff(epoch: int) -> str:
    result = invoke("diff", epoch)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result.stdout


def build(epoch: int) -> Result:
    result = invoke("build", epoch)
    assert result.exit_code == 0, result.output
    assert (Path("build") / "coffee.apkg").is_file()
    return result


def edit_source(folder: Path) -> None:
    path = folder / "sources" / "coffee.txt"
    text = path.read_text(encoding="utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file below `folder`: bytes and mtime (ns)."""
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_diff_before_any_build_lists_everything_as_added(workdir: Path) -> None:
    before = snapshot(workdir)
    assert diff(T1) == BEFORE_ANY_BUILD
    assert snapshot(workdir) == before
    assert not (workdir / "coffee.ledger.json").exists()
    assert list((workdir / "build").iterdir()) == []


def test_diff_after_a_build_without_changes_lists_nothing(workdir: Path) -> None:
    build(T1)
    before = snapshot(workdir)
    assert {"coffee.yaml", "coffee.ledger.json", "build/coffee.apkg"} < set(before)
    assert diff(T2) == NO_CHANGE
    assert snapshot(workdir) == before


def test_diff_after_edits_shows_each_change_and_the_anki_prediction(workdir: Path) -> None:
    build(T1)
    edit_source(workdir)
    before = snapshot(workdir)
    assert diff(T2) == AFTER_EDITS
    assert snapshot(workdir) == before

    # The build then does what diff announced, and diff has nothing left to report.
    result = build(T2)
    assert "  changes: 1 added, 1 updated, 1 re-identified, 1 removed, 1 unchanged\n" in (
        result.stdout
    )
    assert diff(T3) == AFTER_EDITS_BUILT


def test_diff_is_the_same_whatever_the_clock(workdir: Path) -> None:
    """The report compares content, not time: a later clock changes no line."""
    build(T1)
    edit_source(workdir)
    assert diff(T2) == diff(T3) == AFTER_EDITS


def test_diff_shows_a_renamed_section_in_the_source_and_tags(workdir: Path) -> None:
    """A renamed heading changes a note's Source field and section tag: an update whose
    fields of its own are unchanged showed no word diff at all."""
    build(T1)
    path = workdir / "sources" / "coffee.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Frequently Asked Questions", "Coffee FAQ"), encoding="utf-8")

    lines = diff(T2).splitlines()

    assert lines[1] == "  0 added, 4 updated, 0 re-identified, 0 removed, 0 unchanged"
    assert lines[2:5] == [
        '  ~ faq "Does drinking coffee every single day dehydrate you more than drinkin…"',
        "      Source: … Timing Basics › [-Frequently Asked Questions-] {+Coffee FAQ+}",
        "      Tags: kind::faq [-section::frequently-asked-questions-] {+section::coffee-faq+}"
        " source::coffee",
    ]


def test_a_reidentified_note_alike_in_its_first_70_characters_shows_only_its_word_diff(
    workdir: Path,
) -> None:
    """ "(was …)" clipped to the same 70 characters as the new front read as no change."""
    build(T1)
    path = workdir / "sources" / "coffee.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("plain water would?", "plain water does?"), encoding="utf-8")

    lines = diff(T2).splitlines()

    assert lines[2:4] == [
        '  > faq "Does drinking coffee every single day dehydrate you more than drinkin…"',
        "      Question: … drinking plain water [-would?-] {+does?+}",
    ]
