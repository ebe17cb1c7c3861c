"""Builds of study sets alone (`--set`, `--tag`) write their packages and nothing else: the
ledger and the main package stay as the last full build left them, so that build's changes are
still reported, and reach Anki, with the next full build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SPEC = """\
deck: Sets
sources: [sources/safety-not-desire.txt]
sets:
  faq: "tag:kind::faq"
"""
TAKEAWAY_OLD = "which couples misread as fading attraction"
TAKEAWAY_NEW = "which couples often misread as fading attraction"
T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks" / "sources").mkdir(parents=True)
    (tmp_path / "build").mkdir()
    shutil.copy(ROOT / "decks/sources/safety-not-desire.txt", tmp_path / "decks/sources")
    (tmp_path / "decks/sets.yaml").write_text(SPEC)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(epoch: int, *args: str) -> Result:
    result = CliRunner().invoke(
        main, ["build", "decks/sets.yaml", *args], env={"SOURCE_DATE_EPOCH": str(epoch)}
    )
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("only", [("--set", "faq"), ("--tag", "tag:kind::faq")])
def test_a_set_build_leaves_the_ledger_and_main_package_to_the_next_full_build(
    project: Path, tmp_path: Path, only: tuple[str, str]
) -> None:
    ledger, package = project / "decks/sets.ledger.json", project / "build/sets.apkg"
    _build(T1)
    with AnkiCollection(tmp_path / "anki") as anki:
        first = anki.import_apkg(package)
        assert first.new and not first.updated

        source = project / "decks/sources/safety-not-desire.txt"
        text = source.read_text()
        assert text.count(TAKEAWAY_OLD) == 1
        source.write_text(text.replace(TAKEAWAY_OLD, TAKEAWAY_NEW))
        kept = ledger.read_bytes(), package.read_bytes()

        partial = _build(T2, *only)
        assert "0 updated, 1 re-identified" in partial.output
        assert "sets only: the main package and ledger get these changes" in partial.output
        assert (ledger.read_bytes(), package.read_bytes()) == kept

        full = _build(T3)
        assert "0 updated, 1 re-identified" in full.output
        assert ledger.read_bytes() != kept[0]
        log = anki.import_apkg(package)
        assert len(log.updated) == 1 and not log.new


def test_queries_that_differ_only_in_signs_or_wildcards_write_their_own_packages(
    project: Path, tmp_path: Path
) -> None:
    _build(T1)
    queries = ["tag:kind::faq", "-tag:kind::faq", "tag:kind::*", "tag:kind*"]
    lines = [_build(T1, "--tag", query, "-q").output.splitlines()[-1] for query in queries]
    paths = [project / line.split(" → ")[1].split(":")[0] for line in lines]
    assert len(set(paths)) == len(queries)
    assert paths[1].name.startswith("sets--not-tag-kind-faq-")
    counts = []
    for index, path in enumerate(paths):
        with AnkiCollection(tmp_path / f"anki{index}") as anki:
            anki.import_apkg(path)
            counts.append(len(anki.notes()))
    with AnkiCollection(tmp_path / "all") as anki:
        anki.import_apkg(project / "build/sets.apkg")
        everything = len(anki.notes())
    faqs = counts[0]
    assert 0 < faqs < everything
    assert counts[1:] == [everything - faqs, everything, everything]
