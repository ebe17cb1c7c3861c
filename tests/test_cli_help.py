"""`--help` is the reference a user reads first: every command says what it reads and writes,
every option is explained with its default, metavars name what to type, and the top-level help
gives the first steps and the exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from docdeck.cli import main

COMMANDS = sorted(main.commands)
TARGETED = ["build", "check", "diff", "preview", "tags"]


def _help(*args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--help"], prog_name="docdeck", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_top_level_help_gives_first_steps_and_exit_codes() -> None:
    text = _help()
    assert "docdeck init article.md" in text
    assert "Exit codes:" in text
    for code in (
        "0    success",
        "1    check found errors, or warnings under --strict (check, build)",
        "2    a usage or input error, one line: FILE:LINE: what is wrong; what to do",
        "130  interrupted (Ctrl-C)",
    ):
        assert code in text


def test_no_command_summary_is_cut_short() -> None:
    listing = _help().split("Commands:\n", 1)[1]
    assert "..." not in listing
    for name in COMMANDS:
        assert f"  {name} " in listing


@pytest.mark.parametrize("name", TARGETED)
def test_a_command_names_what_it_takes_and_what_it_reads_with_none(name: str) -> None:
    text = _help(name)
    assert f"Usage: docdeck {name} [OPTIONS] [SPEC|SOURCE]..." in text
    assert "every decks/*.yaml" in " ".join(text.split())


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_is_explained_with_a_metavar_that_says_what_to_type(name: str) -> None:
    command = main.commands[name]
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{name} {param.opts} has no help"
    text = _help(name)
    for vague in ("FLOAT RANGE", "INTEGER RANGE", " TEXT ", "TARGETS"):
        assert vague not in text, f"{name}: {vague}"


@pytest.mark.parametrize(
    ("name", "stated"),
    [
        ("build", "[default: 60; x>=0]"),
        ("build", "[default: one per CPU]"),
        ("build", "not to build/NAME.apkg"),
        ("diff", "[default: build/NAME.apkg]"),
        ("init", "[default: the article's title]"),
    ],
)
def test_defaults_are_stated(name: str, stated: str) -> None:
    assert stated in " ".join(_help(name).split())


def test_build_help_shows_examples_and_where_outputs_go() -> None:
    text = " ".join(_help("build").split())
    for example in (
        "docdeck build decks/my-deck.yaml --set faq-only",
        "docdeck build article.md -o article.apkg",
        'docdeck build --tag "tag:topic::dopamine -tag:kind::table"',
    ):
        assert example in text
    assert "decks/NAME.ledger.json" in text and "build/NAME--SET.apkg" in text


def _module(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m docdeck ARGS` in `cwd`, which must succeed."""
    done = subprocess.run(
        [sys.executable, "-m", "docdeck", *args], capture_output=True, text=True, cwd=cwd
    )
    assert done.returncode == 0, done.stderr
    return done


def test_python_dash_m_docdeck_runs_the_same_command_line(tmp_path: Path) -> None:
    # Where the console script is not on PATH (a venv not activated, `pipx run`), the module is.
    assert _module(tmp_path, "--version").stdout.startswith("docdeck, version ")
    assert _module(tmp_path, "build", "--help").stdout.startswith("Usage: docdeck build ")
