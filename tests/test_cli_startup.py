"""`docdeck --help` and `--version` start fast: they load nothing beyond Click that costs time,
and the help width they compute without shutil is the one Click would use. A rebuild that finds
its deck up to date loads no reader, extractor, cache, ledger or package writer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from docdeck import cli

# Each was once on the --help path and cost milliseconds there.
HEAVY = {
    "pathlib",
    "dataclasses",
    "shutil",
    "docdeck.errors",
    "docdeck.pipeline",
    "yaml",
    "genanki",
    "pyromark",
}


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["build", "--help"], ["init", "-h"]])
def test_help_and_version_load_nothing_heavy(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from docdeck.cli import main\n"
        f"sys.argv = ['docdeck', *{args!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "docdeck" in done.stdout
    assert not HEAVY & set(done.stderr.split())


# What a build loads that a rebuild with nothing to do must not.
BUILD_ONLY = {
    "docdeck.document",
    "docdeck.lines",
    "docdeck.headings",
    "docdeck.layouts",
    "docdeck.readers",
    "docdeck.cache",
    "sqlite3",
    "docdeck.pipeline",
    "docdeck.splice",
    "docdeck.report",
    "docdeck.ledger",
    "docdeck.extract",
    "docdeck.readers.markdown",
    "docdeck.apkg",
    "genanki",
    "pyromark",
}

ARTICLE = """# Sleep

## Key Takeaways

- Adults need 7 to 9 hours of sleep a night.
"""


def _build_modules(folder: Path) -> tuple[str, set[str]]:
    """A `docdeck build` of folder/a.md in a new interpreter: what it printed, what it loaded."""
    code = (
        "import sys\n"
        "from docdeck.cli import main\n"
        "sys.argv = ['docdeck', 'build', 'a.md']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "print(' '.join(sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=folder
    )
    return done.stdout, set(done.stderr.split())


def test_up_to_date_rebuild_loads_no_build_module(tmp_path: Path) -> None:
    (tmp_path / "build").mkdir()
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    printed, loaded = _build_modules(tmp_path)
    assert "1 added" in printed and loaded >= BUILD_ONLY  # the set names real modules
    printed, loaded = _build_modules(tmp_path)
    assert "up to date: nothing written" in printed
    assert not BUILD_ONLY & loaded
    (tmp_path / "a.md").write_text(ARTICLE.replace("7 to 9", "8 to 9"), encoding="utf-8")
    printed, loaded = _build_modules(tmp_path)
    assert "up to date" not in printed and "0 unchanged" in printed


@pytest.mark.parametrize("columns", ["", "40", "60", "79", "81", "200", "0", "-5", "x"])
def test_help_width_is_clicks(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert cli._help_width() == max(min(shutil.get_terminal_size().columns, 80) - 2, 50)
