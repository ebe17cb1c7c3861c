"""Troubleshooting sections: under a `Troubleshooting`, `Common errors` or `Known
issues` heading, each sub-heading that states a problem (no final period, or an error quoted
in a code span) asks for its fix; a short category heading and a heading over sub-headings stay
categories. Each ran to "found nothing to turn into notes"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.document import SectionRole
from docdeck.headings import section_role


def _run(tmp_path: Path, text: str, *args: str) -> str:
    (tmp_path / "e.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, str(tmp_path / "e.md")])
    assert result.exit_code == 0, result.output
    return result.stdout


def _cards(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    """(kind, front, back) of each note `preview --json` shows."""
    records = map(json.loads, _run(tmp_path, text, "preview", "--json").splitlines())
    return [(r["kind"], *list(r["fields"].values())[:2]) for r in records]


VENV = """\
# Venv Guide
## {heading}
### The environment broke after upgrading Python
Delete the folder and create it again, then reinstall everything from the requirements file.
### `ModuleNotFoundError: No module named 'requests'`
The package is not installed in the active environment: run `pip install requests`.
"""
VENV_CARDS = [
    (
        "faq",
        "The environment broke after upgrading Python.",
        "Delete the folder and create it again, then reinstall everything from the requirements"
        " file.",
    ),
    (
        "faq",
        "ModuleNotFoundError: No module named 'requests'.",
        "The package is not installed in the active environment: run pip install requests.",
    ),
]


@pytest.mark.parametrize(
    "heading",
    [
        "Troubleshooting",
        "Troubleshooting tips",
        "Common errors",
        "Common problems",
        "Known issues",
        "Common error messages",
    ],
)
def test_a_problem_heading_asks_for_its_fix(heading: str, tmp_path: Path) -> None:
    assert _cards(tmp_path, VENV.format(heading=heading)) == VENV_CARDS
    assert _run(tmp_path, VENV.format(heading=heading), "check") == "0 errors, 0 warnings\n"


CATEGORIES = """\
# Venv Guide

## Troubleshooting

### Windows

#### Python is not found
Add Python to your PATH in the installer, then open a new terminal.

### macOS

#### `xcrun: error: invalid active developer path`
Install the command line tools with `xcode-select --install`.

### Network and proxy problems

#### pip times out
Set the proxy with `pip --proxy` or the `HTTPS_PROXY` variable.

#### Why is the download so slow?
The mirror is far away: pick a closer one with `--index-url`.

### Step 1: Check the logs
The logs are in the folder you ran the command from.

## Next steps

A virtual environment takes about 15 MB of disk space, not 150 MB.
"""


def test_categories_stay_categories_and_their_items_ask(tmp_path: Path) -> None:
    assert _cards(tmp_path, CATEGORIES) == [
        (
            "faq",
            "Python is not found.",
            "Add Python to your PATH in the installer, then open a new terminal.",
        ),
        (
            "faq",
            "xcrun: error: invalid active developer path.",
            "Install the command line tools with xcode-select --install.",
        ),
        ("faq", "pip times out.", "Set the proxy with pip --proxy or the HTTPS_PROXY variable."),
        (
            "faq",
            "Why is the download so slow?",
            "The mirror is far away: pick a closer one with --index-url.",
        ),
        ("claim", "A virtual environment takes about {{c1::15 MB}} of disk space, not 150 MB.", ""),
    ]


def test_under_an_faq_heading_a_statement_heading_is_still_a_category(tmp_path: Path) -> None:
    text = VENV.format(heading="FAQ")
    (tmp_path / "e.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(tmp_path / "e.md")])
    assert "found nothing to turn into notes" in result.output


@pytest.mark.parametrize("heading", ["Common mistakes", "Common pitfalls"])
def test_mistakes_and_pitfalls_keep_their_claims(heading: str, tmp_path: Path) -> None:
    assert section_role(heading) is SectionRole.BODY
    text = (
        f"# Running Form\n\n## {heading}\n\n"
        "### Overstriding\n\n"
        "Landing with the foot far ahead of the hips raises braking forces by about 20%.\n"
    )
    assert _cards(tmp_path, text) == [
        (
            "claim",
            "Landing with the foot far ahead of the hips raises braking forces by about"
            " {{c1::20%}}.",
            "",
        )
    ]


PLAIN = """\
Venv Guide

A virtual environment keeps each project's packages apart from the system Python.

{heading}

The environment broke after upgrading Python
Delete the folder and create it again, then reinstall everything from the requirements file.

pip install fails with a permission error
You are outside the environment: activate it first, then run pip again.

Installing on Windows

Use the py launcher and run the same commands in about 5 minutes from a fresh terminal.
"""


@pytest.mark.parametrize("heading", ["Troubleshooting", "Common errors"])
def test_plain_text_problem_lines_ask_for_their_fix(tmp_path: Path, heading: str) -> None:
    """In plain text a problem line is a heading-like line: it was read as the heading of a
    section with no question. A short line after the problems ("Installing on Windows") is
    still the next section's heading."""
    (tmp_path / "e.txt").write_text(PLAIN.format(heading=heading), encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "e.txt")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["kind"], r["section"], next(iter(r["fields"].values()))) for r in records] == [
        ("faq", heading, "The environment broke after upgrading Python."),
        ("faq", heading, "pip install fails with a permission error."),
        (
            "claim",
            "Installing on Windows",
            "Use the py launcher and run the same commands in about {{c1::5 minutes}} from a"
            " fresh terminal.",
        ),
    ]


INLINE = """\
# Router Setup Guide

The router reaches every room of a three-bedroom house from one central shelf.

## {heading}

**No internet light:** check that the cable from the modem is in the WAN port.

Slow Wi-Fi: move the router away from microwaves and metal shelves.

- Forgot the password: hold the reset button for 10 seconds to restore the defaults.
- Printer not found: reconnect the printer to the guest network.

### Wi-Fi

**Drops at night:** turn off the schedule
in the app.
Weak signal upstairs: add a mesh point on the landing.

1. Unplug the router: wait 30 seconds before plugging it back in again.

**Tip:** restart the router once a week to keep it quick and cool.
"""


@pytest.mark.parametrize("heading", ["Troubleshooting", "Common problems"])
def test_a_problem_and_its_fix_on_one_line_are_a_question_and_its_answer(
    tmp_path: Path, heading: str
) -> None:
    """As in plain text: `**Problem:** fix`, `Problem: fix` and `- Problem: fix` gave a claim of
    the whole line, or nothing (a short bold one was read as a fact). A numbered step and a
    label ("Tip:") are no problems."""
    cards = _cards(tmp_path, INLINE.format(heading=heading))

    assert [card[1:] for card in cards if card[0] == "faq"] == [
        ("No internet light.", "Check that the cable from the modem is in the WAN port."),
        ("Slow Wi-Fi.", "Move the router away from microwaves and metal shelves."),
        (
            "Forgot the password: what do you do?",
            "Hold the reset button for 10 seconds to restore the defaults.",
        ),
        ("Printer not found.", "Reconnect the printer to the guest network."),
        ("Drops at night: what do you do?", "Turn off the schedule in the app."),
        ("Weak signal upstairs.", "Add a mesh point on the landing."),
    ]
    assert [card[1] for card in cards if card[0] == "claim"] == [
        "Unplug the router: wait {{c1::30 seconds}} before plugging it back in again.",
    ]


STEPS = """\
# Router Setup Guide

The router reaches every room of a three-bedroom house from one central shelf.

## Troubleshooting

### The router will not turn on

Step 1: unplug the router and wait for 30 seconds before you plug it in.

Solution: call the helpline if nothing else works.

## Setup

Slow Wi-Fi: move the router away from microwaves and metal shelves.
"""


def test_under_a_problem_heading_or_outside_troubleshooting_a_label_line_is_text(
    tmp_path: Path,
) -> None:
    cards = _cards(tmp_path, STEPS)

    assert cards[0] == (
        "faq",
        "The router will not turn on.",
        "Step 1: unplug the router and wait for 30 seconds before you plug it in.<br><br>"
        "Solution: call the helpline if nothing else works.",
    )
    assert len(cards) == 1  # "Slow Wi-Fi: move …" under "Setup" is no question


PLATFORMS = """\
# Fixing a printer that will not connect

## Troubleshooting

Printer not found: make sure the printer and the computer are on the same Wi-Fi network.

Windows: run the printer troubleshooter from Settings, then restart the print spooler.

**macOS:** remove the printer from System Settings and add it again.
"""


def test_a_label_that_states_no_problem_asks_what_to_do_there(tmp_path: Path) -> None:
    """A fix for one platform or case ("Windows: run …") asked "Windows." on its front: a label,
    not a question. A label that states a problem stays the problem."""
    cards = _cards(tmp_path, PLATFORMS)

    assert [card[1] for card in cards] == [
        "Printer not found.",
        "Windows: what do you do?",
        "macOS: what do you do?",
    ]
