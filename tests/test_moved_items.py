"""An item edited under a renamed heading, or moved to another section and edited, keeps its
note and review history in the real Anki backend when it is nearly the same text: renaming a
heading while changing a price in it made the claim a new note and flagged the old one."""

from __future__ import annotations

from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main
from docdeck.ledger import REMOVED_TAG

GUIDE = """\
# Lisbon

Lisbon is the capital of Portugal and its largest city, with 545,000 residents.

## Getting Around

A 24-hour Carris/Metro pass costs €7.20 and covers the metro, trams and buses.

## Eating Out

A pastel de nata costs about €1.30 in most cafés across the city centre.
"""
T1, T2 = 1_700_000_000, 1_700_086_400


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks/lisbon.yaml").write_text("deck: Lisbon\nsources: [lisbon.md]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(project: Path, text: str, epoch: int) -> Result:
    (project / "decks/lisbon.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-q"], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result


EDITS = {
    "heading renamed, price changed": (
        GUIDE.replace("## Getting Around", "## Getting Around Lisbon").replace("7.20", "7.60"),
        "0 added, 0 updated, 1 re-identified, 0 removed",
    ),
    "moved to another section, price changed": (
        GUIDE.replace(
            "## Getting Around\n\nA 24-hour Carris/Metro pass costs €7.20 and covers the metro,"
            " trams and buses.\n",
            "## Getting Around\n\nA single metro ride costs €1.85 with a rechargeable card.\n",
        ).replace(
            "in most cafés across the city centre.\n",
            "in most cafés across the city centre.\n\nA 24-hour Carris/Metro pass costs €7.60"
            " and covers the metro, trams and buses.\n",
        ),
        "1 added, 0 updated, 1 re-identified, 0 removed",
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_a_nearly_unchanged_item_under_another_heading_keeps_its_history(
    project: Path, name: str
) -> None:
    edited, counts = EDITS[name]
    _build(project, GUIDE, T1)
    with AnkiCollection(project / "anki") as anki:
        anki.import_apkg(project / "build/lisbon.apkg")
        assert anki.answer_all() == 3
        before = {note.guid: note.id for note in anki.notes()}

        assert f"changes: {counts}" in _build(project, edited, T2).output
        anki.import_apkg(project / "build/lisbon.apkg")
        notes = anki.notes()
        assert not [note for note in notes if REMOVED_TAG in note.tags]
        [moved] = [note for note in notes if "Carris" in note.fields["Text"]]
        assert "€7.60" in moved.fields["Text"]
        assert before.get(moved.guid) == moved.id
        reps = {card.note_guid: card.reps for card in anki.cards()}
        assert reps[moved.guid] == 1


def test_a_reworded_item_in_another_section_is_a_new_note(project: Path) -> None:
    """Across sections only a near copy is the same item: a rewording there is not."""
    edited = GUIDE.replace(
        "A 24-hour Carris/Metro pass costs €7.20 and covers the metro, trams and buses.",
        "",
    ).replace(
        "in most cafés across the city centre.\n",
        "in most cafés across the city centre.\n\nDay passes for the whole Carris and Metro"
        " network cost €7.20 at any station.\n",
    )
    _build(project, GUIDE, T1)
    assert "1 added, 0 updated, 0 re-identified, 1 removed" in _build(project, edited, T2).output
