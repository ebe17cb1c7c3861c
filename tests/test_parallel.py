"""Extraction in worker processes: the same package, ledger and messages as in one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import docdeck.project
from docdeck import pipeline
from docdeck.cli import main
from docdeck.errors import DocdeckError

GOLDEN = Path(__file__).parent / "data" / "golden"
SOURCES = ("sleep-debt.txt", "caffeine-timing.md", "index-funds.txt")
COPIES = 12  # 36 sources: two workers of 16 or more sources each
NOW = 1_700_000_000


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks" / "src").mkdir(parents=True)
    for copy in range(COPIES):
        for name in SOURCES:
            shutil.copy(GOLDEN / name, tmp_path / "decks" / "src" / f"{copy:02d}-{name}")
    (tmp_path / "decks" / "many.yaml").write_text("deck: Many\nsources: ['src/*']\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(jobs: int, output: Path) -> tuple[bytes, bytes, tuple[str, ...]]:
    [spec] = docdeck.project.load_targets((Path("decks/many.yaml"),))
    plan = pipeline.plan_deck(spec, NOW, output, jobs=jobs)
    pipeline.write_plan(plan, pipeline.plan_packages(plan, output))
    ledger = docdeck.project.ledger_path(spec, output)
    data = ledger.read_bytes()
    ledger.unlink()
    return output.read_bytes(), data, tuple(map(str, plan.diagnostics))


def test_workers_write_the_same_package_and_ledger(project: Path) -> None:
    alone = _build(1, project / "one.apkg")
    shared = _build(2, project / "two.apkg")
    assert shared == alone
    assert alone[2]  # the fixtures' skipped items come back from the workers too


def test_a_refusal_in_a_worker_is_the_same_one_line_error(project: Path) -> None:
    (project / "decks/src/05-index-funds.txt").write_bytes(b"Title\n\nfine\n\xff broken\n")
    messages = []
    for jobs in (1, 2):
        with pytest.raises(DocdeckError) as caught:
            _build(jobs, project / f"{jobs}.apkg")
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith("decks/src/05-index-funds.txt:4: not UTF-8 text")


def test_jobs_option(project: Path) -> None:
    packages = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(
            main,
            ["build", "decks/many.yaml", "-o", f"{jobs}.apkg", "-j", jobs],
            env={"SOURCE_DATE_EPOCH": str(NOW)},
        )
        assert result.exit_code == 0, result.output
        packages.append((project / f"{jobs}.apkg").read_bytes())
        (project / "decks/many.ledger.json").unlink()
    assert packages[0] == packages[1]
    refused = CliRunner().invoke(main, ["build", "-j", "0"])
    assert refused.exit_code == 2
    assert "Invalid value for '-j' / '--jobs': 0 is not in the range x>=1." in refused.output


def test_workers_extract_between_sources_found_in_the_cache(project: Path) -> None:
    """Sources read from the cache keep their places among those the workers extract, which
    are sent while the rest are still read: the package and ledger of a build without cache."""
    build = ["build", "decks/many.yaml", "-o", "build/many.apkg"]
    env = {"SOURCE_DATE_EPOCH": str(NOW)}
    assert CliRunner().invoke(main, [*build, "-j", "1"], env=env).exit_code == 0
    sources = sorted((project / "decks/src").iterdir())
    for path in sources[1:17] + sources[18:]:  # all but the first and the 18th
        path.write_text(path.read_text() + "\nA closing line is a paragraph of its own.\n")
    (project / "decks/many.ledger.json").unlink()
    outputs = []
    for jobs, cache in (("2", "kept"), ("1", "cleared")):
        if cache == "cleared":
            shutil.rmtree(project / "build/.cache")
            (project / "decks/many.ledger.json").unlink()
        result = CliRunner().invoke(main, [*build, "-j", jobs], env=env)
        assert result.exit_code == 0, result.output
        ledger = (project / "decks/many.ledger.json").read_bytes()
        outputs.append(((project / "build/many.apkg").read_bytes(), ledger, result.output))
    assert outputs[0] == outputs[1]
