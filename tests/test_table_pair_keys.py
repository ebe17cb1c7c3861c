"""A table whose first column repeats ("Power" keys a "Solid green" and a "Blinking amber" row
of a router's status lights) keys each row by its first two cells: the second row was dropped
as a repeat, its meaning lost. The real Anki backend imports every row, and a row's note
reviewed before its key first repeated keeps its history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main

ROWS = (
    "| Power | Solid green | The router is on and working. |",
    "| Power | Blinking amber | A firmware update is in progress. |",
    "| Internet | Off | No connection to your provider. |",
)


def _article(*rows: str, header: str = "| Light | Colour | Meaning |") -> str:
    table = "\n".join((header, "|" + "---|" * header.count(" | ") + "---|", *rows))
    return f"# Troubleshooting your router\n\n## Status lights\n\n{table}\n"


def _preview(tmp_path: Path, text: str) -> tuple[list[tuple[str, str]], str]:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "a.md")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    cards = [(r["fields"]["Question"], r["fields"]["Answer"]) for r in records]
    result = CliRunner().invoke(main, ["preview", str(tmp_path / "a.md")])
    return cards, result.stdout + result.stderr


def test_a_repeated_first_cell_keys_each_row_with_the_second(tmp_path: Path) -> None:
    cards, warnings = _preview(tmp_path, _article(*ROWS))

    assert cards == [
        ("Power, Solid green — Meaning", "The router is on and working."),
        ("Power, Blinking amber — Meaning", "A firmware update is in progress."),
        ("Internet, Off — Meaning", "No connection to your provider."),
    ]
    assert "warning" not in warnings


def test_a_repeated_pair_is_still_reported(tmp_path: Path) -> None:
    again = "| Power | Solid green | The router is starting. |"
    cards, warnings = _preview(tmp_path, _article(*ROWS, again))

    assert len(cards) == 3
    assert "table row 'Power, Solid green' repeats an earlier row's key" in warnings


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        # No first cell repeats: every other column is asked, by the first cell alone.
        ("| Light | Colour | Meaning |", (ROWS[0], ROWS[2])),
        # Two columns: the pair would leave nothing to ask.
        ("| Light | Meaning |", ("| Power | On. |", "| Power | Updating. |")),
    ],
)
def test_other_tables_keep_their_keys(tmp_path: Path, header: str, rows: tuple[str, ...]) -> None:
    cards, warnings = _preview(tmp_path, _article(*rows, header=header))

    assert all(", " not in question for question, _ in cards)
    if "Colour" in header:
        assert ("Power — Colour", "Solid green") in cards and "warning" not in warnings
    else:
        assert cards == [("Power — Meaning", "On.")]
        assert "table row 'Power' repeats an earlier row's key" in warnings


T1, T2 = 1_700_000_000, 1_700_086_400


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks/router.yaml").write_text("deck: Router\nsources: [router.md]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(project: Path, text: str, epoch: int) -> Result:
    (project / "decks/router.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "-q"], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result


def test_anki_imports_every_row_and_keeps_a_reviewed_rows_history(project: Path) -> None:
    _build(project, _article(ROWS[0], ROWS[2]), T1)
    with AnkiCollection(project / "anki") as anki:
        anki.import_apkg(project / "build/router.apkg")
        [meaning] = [n for n in anki.notes() if n.fields["Question"] == "Power — Meaning"]
        anki.answer_all()

        # A second "Power" row: each row's notes ask by both cells; the colour is no card.
        result = _build(project, _article(*ROWS), T2)
        assert "repeats" not in result.output
        log = anki.import_apkg(project / "build/router.apkg")
        assert log.conflicting == []
        notes = {note.fields["Question"]: note for note in anki.notes()}
        assert {
            q: n.fields["Answer"] for q, n in notes.items() if "docdeck::removed" not in n.tags
        } == {
            "Power, Solid green — Meaning": "The router is on and working.",
            "Power, Blinking amber — Meaning": "A firmware update is in progress.",
            "Internet, Off — Meaning": "No connection to your provider.",
        }
        assert notes["Power, Solid green — Meaning"].id == meaning.id
        reps = {card.note_guid: card.reps for card in anki.cards()}
        assert reps[meaning.guid] == 1
        assert reps[notes["Power, Blinking amber — Meaning"].guid] == 0
