"""Which edited table rows keep a removed row's GUID, and so its review history, in the real
Anki backend. Every row of a column shares the column's words, so text similarity alone paired
any new row with any removed one: a replaced row took over another drug's history. And under
`forget_removed`, a note removed from the source is still flagged once."""

from __future__ import annotations

from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main
from docdeck.ledger import REMOVED_TAG

TABLE = """\
# Drugs

A short table of half-lives.

## Half-lives

| Drug | Half-life | Class |
|---|---|---|
| Caffeine | 5 hours | Stimulant |
| Nicotine | 2 hours | Stimulant |
"""
T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "decks/drugs.md").write_text(TABLE)
    (tmp_path / "decks/drugs.yaml").write_text("deck: Drugs\nsources: [drugs.md]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(epoch: int) -> Result:
    result = CliRunner().invoke(main, ["build", "-q"], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result


def _edit(project: Path, old: str, new: str) -> None:
    source = project / "decks/drugs.md"
    text = source.read_text()
    assert text.count(old) == 1, old
    source.write_text(text.replace(old, new))


# Edit -> (the change counts, each new question whose note is an old one's, by the old one's).
EDITS = {
    "row replaced": (
        ("| Nicotine | 2 hours | Stimulant |", "| Theophylline | 8 hours | Bronchodilator |"),
        "2 added, 0 updated, 0 re-identified, 2 removed",
        {},
    ),
    "row key replaced, cells kept": (
        ("| Nicotine |", "| Theophylline |"),
        "0 added, 0 updated, 2 re-identified, 0 removed",
        {
            "Theophylline — Half-life": "Nicotine — Half-life",
            "Theophylline — Class": "Nicotine — Class",
        },
    ),
    "row key corrected, a cell edited": (
        ("| Caffeine | 5 hours |", "| Caffiene | 6 hours |"),
        "0 added, 0 updated, 2 re-identified, 0 removed",
        {"Caffiene — Half-life": "Caffeine — Half-life", "Caffiene — Class": "Caffeine — Class"},
    ),
    "row key replaced, a cell edited": (
        ("| Nicotine | 2 hours |", "| Theophylline | 8 hours |"),
        "1 added, 0 updated, 1 re-identified, 1 removed",
        {"Theophylline — Class": "Nicotine — Class"},
    ),
    "column renamed": (
        ("| Drug | Half-life |", "| Drug | Elimination half-life |"),
        "0 added, 2 updated, 2 re-identified, 0 removed",
        {
            "Caffeine — Elimination half-life": "Caffeine — Half-life",
            "Nicotine — Elimination half-life": "Nicotine — Half-life",
        },
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edited_row_keeps_history_only_where_it_is_the_same_cell(
    project: Path, tmp_path: Path, name: str
) -> None:
    (old, new), counts, renamed = EDITS[name]
    _build(T1)
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(project / "build/drugs.apkg")
        assert anki.answer_all() == 4
        reviewed = {note.fields["Question"]: note.id for note in anki.notes()}
        _edit(project, old, new)
        assert f"changes: {counts}" in _build(T2).output
        anki.import_apkg(project / "build/drugs.apkg")
        reps = {card.note_guid: card.reps for card in anki.cards()}
        removed = []
        for note in anki.notes():
            question = note.fields["Question"]
            if REMOVED_TAG in note.tags:  # the old note, flagged, with its history
                removed.append(question)
                assert note.id in reviewed.values() and reps[note.guid] == 1
            elif question in renamed:
                assert note.id == reviewed[renamed[question]] and reps[note.guid] == 1
            elif question in reviewed:
                assert note.id == reviewed[question] and reps[note.guid] == 1
            else:
                assert note.id not in reviewed.values() and reps[note.guid] == 0, question
        assert len(removed) == int(counts.split(", ")[3].split()[0])


def test_forgetting_removed_notes_still_flags_each_once(project: Path, tmp_path: Path) -> None:
    (project / "decks/drugs.yaml").write_text(
        "deck: Drugs\nsources: [drugs.md]\nforget_removed: true\n"
    )
    _build(T1)
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(project / "build/drugs.apkg")
        _edit(project, "| Nicotine | 2 hours | Stimulant |\n", "")
        assert "0 added, 0 updated, 0 re-identified, 2 removed" in _build(T2).output
        anki.import_apkg(project / "build/drugs.apkg")
        flagged = {n.fields["Question"] for n in anki.notes() if REMOVED_TAG in n.tags}
        assert {question.rsplit(">", 1)[1] for question in flagged} == {
            "Nicotine — Half-life",
            "Nicotine — Class",
        }

        _edit(project, "5 hours", "5.5 hours")
        assert "2 updated, 0 re-identified, 0 removed" in _build(T3).output
        ledger = (project / "decks/drugs.ledger.json").read_text()
        assert "nicotine" not in ledger and "Nicotine" not in ledger


def test_a_renamed_source_keeps_every_rows_history(project: Path, tmp_path: Path) -> None:
    """A renamed source's rows move to a new slug with their cells as they were: each is
    re-identified with its GUID. Its other notes always were; its rows were added anew."""
    _build(T1)
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(project / "build/drugs.apkg")
        assert anki.answer_all() == 4
        reviewed = {note.guid: note.id for note in anki.notes()}
        (project / "decks/drugs.md").rename(project / "decks/half-lives.md")
        (project / "decks/drugs.yaml").write_text("deck: Drugs\nsources: [half-lives.md]\n")
        assert "0 added, 0 updated, 4 re-identified, 0 removed" in _build(T2).output
        anki.import_apkg(project / "build/drugs.apkg")
        assert {note.guid: note.id for note in anki.notes()} == reviewed
        assert all(card.reps == 1 for card in anki.cards())
        assert all("source::half-lives" in note.tags for note in anki.notes())
