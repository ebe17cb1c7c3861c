"""The extraction cache: one entry per source, reused while the source is unchanged, pruned
when it is not, harmless when damaged, and never a reason for different output."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import docdeck.cache
import docdeck.project
from docdeck.cli import main

GOLDEN = Path(__file__).parent / "data" / "golden"
SOURCES = ("sleep-debt.txt", "caffeine-timing.md", "index-funds.txt")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "build").mkdir()
    for name in SOURCES:
        shutil.copy(GOLDEN / name, tmp_path / "decks" / name)
    (tmp_path / "decks" / "mix.yaml").write_text(f"deck: Mix\nsources: {list(SOURCES)}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str, epoch: int = 1_700_000_000) -> str:
    result = CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.exit_code == 0, result.output
    return result.output


STORE = "build/.cache/mix/extracted.sqlite"


def _entries(project: Path) -> dict[str, str]:
    """Each cache entry's key and stored text."""
    if not (project / STORE).exists():
        return {}
    with contextlib.closing(sqlite3.connect(project / STORE)) as db:
        return dict(db.execute("SELECT key, value FROM entries"))


def _rewrite(project: Path, value: str | None) -> None:
    """Replace every entry's text with `value`, or drop every entry (None)."""
    with contextlib.closing(sqlite3.connect(project / STORE)) as db:
        if value is None:
            db.execute("DELETE FROM entries")
        else:
            db.execute("UPDATE entries SET value = ?", (value,))
        db.commit()


def test_one_entry_per_source_reused_while_unchanged(project: Path) -> None:
    _run("build")
    first = _entries(project)
    assert len(first) == len(SOURCES)
    package = (project / "build/mix.apkg").read_bytes()
    _run("build")
    assert _entries(project) == first
    assert (project / "build/mix.apkg").read_bytes() == package


def test_an_edited_source_replaces_only_its_own_entry(project: Path) -> None:
    _run("build")
    first = _entries(project)
    source = project / "decks/index-funds.txt"
    source.write_text(source.read_text().replace("Sector ETF", "Sector fund"))
    _run("build", epoch=1_700_000_100)
    second = _entries(project)
    assert len(second) == len(SOURCES)
    assert len(set(first) & set(second)) == len(SOURCES) - 1
    assert all(second[name] == first[name] for name in set(first) & set(second))


def test_cached_and_uncached_builds_write_the_same_bytes(project: Path) -> None:
    _run("build")
    cached = (project / "build/mix.apkg").read_bytes()
    _rewrite(project, '{"drafts": [["nonsense"]]')  # damaged: must be a miss
    _run("build")
    assert (project / "build/mix.apkg").read_bytes() == cached
    shutil.rmtree(project / "build/.cache")
    _run("build")
    assert (project / "build/mix.apkg").read_bytes() == cached


def test_a_damaged_cache_file_is_a_miss_and_is_started_anew(project: Path) -> None:
    _run("build")
    (project / STORE).write_bytes(b"not a database " * 100)
    source = project / "decks/index-funds.txt"
    source.write_text(source.read_text().replace("Sector ETF", "Sector fund"))
    assert "4 re-identified" in _run("build", epoch=1_700_000_100)
    assert not (project / STORE).exists()
    source.write_text(source.read_text().replace("Sector fund", "Sector ETF"))
    _run("build", epoch=1_700_000_200)
    assert _entries(project), "the next build starts the file anew with what it extracted"


def test_only_build_writes_the_cache(project: Path) -> None:
    for command in ("diff", "preview", "check", "tags"):
        CliRunner().invoke(main, [command])
    assert not (project / "build/.cache").exists()


def test_no_cache_outside_a_project_with_a_build_folder(project: Path) -> None:
    shutil.rmtree(project / "build")
    _run("build", "decks/mix.yaml", "-o", "elsewhere/mix.apkg")
    assert sorted(p.name for p in (project / "elsewhere").iterdir()) == ["mix.apkg"]
    assert not (project / "build").exists()


def test_an_unchanged_rebuild_writes_nothing_and_says_so(project: Path) -> None:
    assert "up to date" not in _run("build")
    package = project / "build/mix.apkg"
    ledger = project / "decks/mix.ledger.json"
    written = (package.stat().st_mtime_ns, ledger.stat().st_mtime_ns)
    assert "  up to date: nothing written" in _run("build", epoch=1_700_086_400).splitlines()
    assert (package.stat().st_mtime_ns, ledger.stat().st_mtime_ns) == written
    package.write_bytes(b"damaged")
    assert "up to date" not in _run("build", epoch=1_700_086_400)
    assert package.read_bytes() != b"damaged"


def test_a_refused_build_leaves_the_cache_as_it_was(project: Path) -> None:
    _run("build")
    before = _entries(project)
    source = project / "decks/index-funds.txt"
    source.write_text(source.read_text().replace("Sector ETF", "Sector fund"))
    result = CliRunner().invoke(main, ["build", "--tag", "tag:topic::nothing"])
    assert result.exit_code == 2
    assert _entries(project) == before


# -- the up-to-date check before planning ----------------------------------------------------


def _fast(project: Path, *args: str) -> str | None:
    """Build after dropping the cache entries: the output if no source was read (no entry came
    back), None if the build planned."""
    _rewrite(project, None)
    output = _run("build", *args, epoch=1_700_086_400)
    return None if _entries(project) else output


def test_an_unchanged_rebuild_reads_no_source_and_says_what_a_planned_one_says(
    project: Path,
) -> None:
    _run("build")
    fast = _fast(project)
    assert fast is not None
    assert "  up to date: nothing written" in fast.splitlines()
    stamp = project / "build/.cache/mix/outputs.stamp"
    record = json.loads(stamp.read_text())
    stamp.write_text(json.dumps({**record, "inputs": "something else"}))
    assert _fast(project) is None
    assert _run("build", epoch=1_700_086_400) == fast


def _edit(path: str, old: str, new: str) -> Callable[[Path], None]:
    def change(project: Path) -> None:
        file = project / path
        file.write_text(file.read_text().replace(old, new, 1))

    return change


def _image(project: Path, data: bytes | None) -> None:
    picture = project / "decks/pic.png"
    if data is None:
        picture.unlink(missing_ok=True)
    else:
        picture.write_bytes(data)


CHANGES: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "source edited": (_edit("decks/index-funds.txt", "Sector ETF", "Sector fund"), ()),
    "spec edited": (_edit("decks/mix.yaml", "deck: Mix", "deck: Mixed"), ()),
    "ledger edited": (_edit("decks/mix.ledger.json", '"mod": 1700000000', '"mod": 1'), ()),
    "package deleted": (lambda project: (project / "build/mix.apkg").unlink(), ()),
    "image changed": (lambda project: _image(project, b"\x89PNG\r\n\x1a\nother"), ()),
    "missing image added": (lambda project: _image(project, b"\x89PNG\r\n\x1a\nfirst"), ()),
    "other options": (lambda project: None, ("--forget-removed",)),
    "one set": (lambda project: None, ("--tag", "tag:kind::faq")),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_any_change_to_what_a_build_reads_or_writes_plans_again(project: Path, change: str) -> None:
    source = project / "decks/caffeine-timing.md"
    text = source.read_text()
    chart = "### What does the chart show?\n\nIt shows the peak ![chart](pic.png) at noon.\n\n"
    source.write_text(text.replace("## References", chart + "## References"))
    _image(project, None if change == "missing image added" else b"\x89PNG\r\n\x1a\nfirst")
    _run("build")
    assert _fast(project) is not None
    apply, args = CHANGES[change]
    apply(project)
    assert _fast(project, *args) is None


def test_a_first_build_in_a_fresh_clone_fills_the_cache(project: Path) -> None:
    shutil.rmtree(project / "build")
    _run("build")
    assert len(_entries(project)) == len(SOURCES)
    assert _fast(project) is not None


def test_decks_report_in_the_order_given_whether_planned_or_up_to_date(project: Path) -> None:
    (project / "decks/solo.yaml").write_text("deck: Solo\nsources: [sleep-debt.txt]\n")
    _run("build")
    _edit("decks/index-funds.txt", "Sector ETF", "Sector fund")(project)
    lines = _run("build", "-q", epoch=1_700_086_400).splitlines()
    firsts = [line for line in lines if not line.startswith(" ")]
    assert [line.split(" ")[0] for line in firsts] == ["decks/mix.yaml", "decks/solo.yaml"]
    assert "  up to date: nothing written" not in lines[: lines.index(firsts[1])]
    assert lines[-1] == "  up to date: nothing written"


def test_reinstalling_a_library_invalidates_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "lib" / "fakelib"
    library.mkdir(parents=True)
    (library / "__init__.py").write_text("VERSION = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    monkeypatch.setattr(docdeck.project, "LIBRARIES", ("fakelib",))
    docdeck.project.code_version.cache_clear()
    before = docdeck.project.code_version()
    (library / "__init__.py").write_text("VERSION = 22\n")  # an upgrade rewrites the files
    docdeck.project.code_version.cache_clear()
    assert docdeck.project.code_version() != before
    docdeck.project.code_version.cache_clear()
