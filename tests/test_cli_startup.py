"""`docdeck --help` and `--version` start fast: they load nothing beyond Click that costs time,
and the help width they compute without shutil is the one Click would use."""

from __future__ import annotations

import shutil
import subprocess
import sys

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


@pytest.mark.parametrize("columns", ["", "40", "60", "79", "81", "200", "0", "-5", "x"])
def test_help_width_is_clicks(monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert cli._help_width() == max(min(shutil.get_terminal_size().columns, 80) - 2, 50)
