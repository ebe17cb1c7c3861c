"""A ledger brought back from version control with its source (`git revert`, a checkout) holds
older mods than the notes Anki imported from the last build: the build gives each note that
differs from the last package a newer mod, so Anki takes the reverted version, and names the
last package's notes it no longer emits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

import docdeck.pipeline
from docdeck.cli import main

ARTICLE = """\
# Caffeine

Caffeine keeps you alert.

## Half-lives

| Drug | Half-life |
|---|---|
| Caffeine | 5 hours |
| Nicotine | 2 hours |

## FAQ

### When should I drink coffee?

About ninety minutes after waking.
"""
ADDED = "\n### Does decaf have caffeine?\n\nA little: about 2 mg a cup.\n"
T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800
FILES = ("decks/caffeine.md", "decks/caffeine.ledger.json")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    (root / "decks").mkdir(parents=True)
    (root / "build").mkdir()
    (root / "decks/caffeine.md").write_text(ARTICLE)
    (root / "decks/caffeine.yaml").write_text("deck: Caffeine\nsources: [caffeine.md]\n")
    monkeypatch.chdir(root)
    return root


def _build(epoch: int, command: str = "build") -> Result:
    result = CliRunner().invoke(main, [command], env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result


def test_a_reverted_ledger_and_source_reach_anki(project: Path, tmp_path: Path) -> None:
    _build(T1)
    committed = {name: (project / name).read_bytes() for name in FILES}
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(project / "build/caffeine.apkg")
        anki.answer_all()
        answered = {note.guid for note in anki.notes()}
        source = project / FILES[0]
        source.write_text(source.read_text().replace("5 hours", "50 hours") + ADDED)
        _build(T2)
        assert len(anki.import_apkg(project / "build/caffeine.apkg").new) == 1

        for name, data in committed.items():  # git revert HEAD
            (project / name).write_bytes(data)
        diff = _build(T3, "diff").output
        assert "1 updated" in diff
        result = _build(T3)
        assert "0 added, 1 updated, 0 re-identified, 0 removed" in result.output
        warning = next(line for line in result.output.splitlines() if "last package" in line)
        assert warning.startswith(
            "  decks/caffeine.ledger.json: note: 1 note of the last package is in no note"
        )
        [search] = re.findall(r"nid:[\d,]+", warning)

        log = anki.import_apkg(project / "build/caffeine.apkg")
        assert len(log.updated) == 1 and not log.new
        answers = {note.fields["Question"]: note.fields["Answer"] for note in anki.notes()}
        assert answers["Caffeine — Half-life"] == "5 hours"
        assert all(card.reps == 1 for card in anki.cards() if card.note_guid in answered)
        [stale] = anki.col.find_notes(search)
        assert anki.col.get_note(stale)["Question"] == "Does decaf have caffeine?"


def test_a_ledger_the_last_build_wrote_reads_no_package(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(T1)
    source = project / FILES[0]
    source.write_text(source.read_text().replace("5 hours", "6 hours"))
    spec = project / "decks/caffeine.yaml"
    spec.write_text(spec.read_text() + "tags: [drugs]\n")  # planned in full, not spliced
    found: list[dict[str, object]] = []
    real = docdeck.pipeline._shipped
    monkeypatch.setattr(docdeck.pipeline, "_shipped", lambda *a: found.append(real(*a)) or {})
    assert "0 added, 3 updated" in _build(T2).output
    assert found == [{}]
