"""Golden-file tests for extraction: each article in tests/data/golden/ against its snapshot.

A snapshot lists every note a default build plans (kind, identity key, each field by notetype
field name, tags), then every diagnostic. Run `pytest --update-golden` to rewrite the snapshots,
then read the diff as a learner would before committing it.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.notetypes import notetype_for
from docdeck.pipeline import Plan, plan_deck
from docdeck.spec import default_spec

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path("tests/data/golden")
EXPECTED_SUFFIX = ".expected.txt"
NOW = 1_700_000_000


def _fixtures() -> list[Path]:
    """Every article under tests/data/golden/, relative to the repository root."""
    return [
        path.relative_to(ROOT)
        for path in sorted((ROOT / GOLDEN).iterdir())
        if path.suffix in (".txt", ".md") and not path.name.endswith(EXPECTED_SUFFIX)
    ]


FIXTURES = _fixtures()


def _expected_path(fixture: Path) -> Path:
    return fixture.with_name(fixture.stem + EXPECTED_SUFFIX)


def _plan(fixture: Path, tmp_path: Path) -> Plan:
    # The package path only places the (absent) ledger: keep it out of the repository.
    return plan_deck(default_spec(fixture), now=NOW, output=tmp_path / "golden.apkg")


def _summary(plan: Plan) -> str:
    counts = plan.counts()
    kinds = ", ".join(f"{count} {kind.value}" for kind, count in counts.items())
    return f"{len(plan.notes)} notes ({kinds})"


def render(plan: Plan) -> str:
    """A stable, readable text snapshot of a plan: one block per note, then the diagnostics."""
    lines = [f"deck: {plan.deck}", f"notes: {_summary(plan)}"]
    for number, note in enumerate(plan.notes, 1):
        assert note.draft is not None
        names = notetype_for(note.kind).fields
        lines += ["", f"== {number} {note.kind.value}", f"key: {note.draft.identity}"]
        lines += [f"{name}: {value}" for name, value in zip(names, note.fields, strict=True)]
        lines.append(f"tags: {' '.join(note.tags)}")
    lines += ["", "== diagnostics"]
    lines += [str(diagnostic) for diagnostic in plan.diagnostics]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.name)
def test_golden(
    fixture: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    monkeypatch.chdir(ROOT)
    actual = render(_plan(fixture, tmp_path))
    expected_path = _expected_path(fixture)
    if update_golden:
        expected_path.write_text(actual, encoding="utf-8")
        return
    assert expected_path.exists(), f"no snapshot for {fixture}: run pytest --update-golden"
    assert actual == expected_path.read_text(encoding="utf-8")


def test_golden_fixtures_cover_both_formats_and_every_snapshot_has_a_fixture() -> None:
    suffixes = {fixture.suffix for fixture in FIXTURES}
    assert suffixes == {".txt", ".md"}
    stems = [fixture.stem for fixture in FIXTURES]
    assert len(stems) == len(set(stems)), "two fixtures would share one snapshot"
    snapshots = {path.name for path in (ROOT / GOLDEN).glob(f"*{EXPECTED_SUFFIX}")}
    assert snapshots == {_expected_path(fixture).name for fixture in FIXTURES}


def _first(suffix: str) -> Path:
    return next(fixture for fixture in FIXTURES if fixture.suffix == suffix)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_build_bare_source_writes_a_package(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(NOW))
    fixture = _first(suffix)
    output = tmp_path / "x.apkg"

    result = CliRunner().invoke(main, ["build", str(fixture), "-o", str(output)])

    assert result.exit_code == 0, result.output
    snapshot = _expected_path(fixture).read_text(encoding="utf-8").splitlines()
    deck = snapshot[0].removeprefix("deck: ")
    notes = snapshot[1].removeprefix("notes: ")
    summary = result.output.splitlines()[0]
    assert summary == f"{fixture.as_posix()} → {output.as_posix()}: deck '{deck}', {notes}"
    assert zipfile.is_zipfile(output)
    with zipfile.ZipFile(output) as package:
        assert "collection.anki2" in package.namelist()
        database = tmp_path / "collection.anki2"
        database.write_bytes(package.read("collection.anki2"))
    with closing(sqlite3.connect(database)) as connection:
        (count,) = connection.execute("select count(*) from notes").fetchone()
    assert count == int(re.match(r"\d+", notes).group())  # type: ignore[union-attr]
