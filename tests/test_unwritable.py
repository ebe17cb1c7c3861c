"""A ledger that cannot be written (a read-only or immutable `decks/`) is one error line, exit
code 2, and no output changed, whether the build is planned in full or spliced. Root ignores
file modes, so the operating system's refusal is made where docdeck meets it: creating the
ledger's temp file, or moving it over the ledger."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import docdeck.atomic
from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "decks/sources/safety-not-desire.txt"
T1, T2 = 1_700_000_000, 1_700_086_400
ERROR = "Error: decks/d.ledger.json: cannot write: Operation not permitted"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks/sources").mkdir(parents=True)
    (tmp_path / "build").mkdir()
    shutil.copy(ROOT / SOURCE, tmp_path / SOURCE)
    (tmp_path / "decks/d.yaml").write_text("deck: D\nsources: [sources/safety-not-desire.txt]\n")
    monkeypatch.chdir(tmp_path)
    built = CliRunner().invoke(main, ["build", "-q"], env={"SOURCE_DATE_EPOCH": str(T1)})
    assert built.exit_code == 0, built.output
    source = tmp_path / SOURCE
    source.write_text(source.read_text().replace("Neither partner may", "No partner may"))
    return tmp_path


def _outputs(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and ".cache" not in p.parts
    }


@pytest.mark.parametrize("spliced", [True, False], ids=["spliced", "planned"])
@pytest.mark.parametrize("refused", ["mkstemp", "replace"])
def test_a_ledger_that_cannot_be_written_is_one_error_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, spliced: bool, refused: str
) -> None:
    if not spliced:
        shutil.rmtree(project / "build/.cache")
    before = _outputs(project)
    real_mkstemp, real_replace = docdeck.atomic.tempfile.mkstemp, docdeck.atomic.os.replace

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        if refused == "mkstemp" and Path(str(kwargs["dir"])).name == "decks":
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload,no-any-return]

    def replace(source: str, target: str) -> None:
        if refused == "replace" and Path(target).name == "d.ledger.json":
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM))
        real_replace(source, target)

    monkeypatch.setattr(docdeck.atomic.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(docdeck.atomic.os, "replace", replace)
    result = CliRunner().invoke(main, ["build", "-q"], env={"SOURCE_DATE_EPOCH": str(T2)})

    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2
    assert result.output.splitlines()[-1].startswith(ERROR)
    if refused == "mkstemp":  # nothing written; a refused move comes after the package's
        assert _outputs(project) == before
    assert (project / "decks/d.ledger.json").read_bytes() == before["decks/d.ledger.json"]
    assert not list((project / "decks").glob(".*.tmp"))
