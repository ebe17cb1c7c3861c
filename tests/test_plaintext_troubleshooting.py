"""Under a plain-text troubleshooting heading a fix is often one short line that commands, with
no final period ("Restart the router"): shaped like a heading, it was read as one, so the
problem above it lost its answer and ended the section. Right under a problem (or a step of its
fix) such a line is the fix; a line that states a problem is still the next problem, and a
heading that does not command still starts the next section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.lines import commands

ROUTER = """\
Home Network Guide

A home network links your devices to each other and to the internet through one router.

Troubleshooting

The Wi-Fi keeps dropping every few minutes
Restart the router

Printer not found on the network
Reconnect the printer to the Wi-Fi

Pages load slowly in the evening
Move the router away from the microwave and other devices that use 2.4 GHz.

Guest network setup

Guests get internet access without seeing your own devices, for up to 24 hours at a time.
"""
ESPRESSO = """\
Espresso Machine Manual
nn
The machine heats water to 93 degrees Celsius in about 25 seconds.
Troubleshooting
No water comes out of the spout
Refill the tank and check that it is seated
Coffee tastes bitter and sour
Use a coarser grind
Machine will not turn on
Check the fuse in the plug
Press the power button for 3 seconds
Update fails with error 0x80070005
Do not unplug the machine while it updates
Cleaning and Care
Descale the machine every 2 months to keep the boiler free of limescale.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cards(text: str) -> list[tuple[str, str, str, str]]:
    """Each card of `guide.txt` as (kind, section, front, back)."""
    Path("guide.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "guide.txt"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [(r["kind"], r["section"], *list(r["fields"].values())[:2]) for r in records]


def test_a_fix_line_under_a_problem_is_its_answer_not_a_heading() -> None:
    assert _cards(ROUTER) == [
        (
            "faq",
            "Troubleshooting",
            "The Wi-Fi keeps dropping every few minutes.",
            "Restart the router",
        ),
        (
            "faq",
            "Troubleshooting",
            "Printer not found on the network.",
            "Reconnect the printer to the Wi-Fi",
        ),
        (
            "faq",
            "Troubleshooting",
            "Pages load slowly in the evening.",
            "Move the router away from the microwave and other devices that use 2.4 GHz.",
        ),
        (
            "claim",
            "Guest network setup",
            "Guests get internet access without seeing your own devices, for up to {{c1::24"
            " hours}} at a time.",
            "",
        ),
    ]


def test_steps_of_a_fix_run_on_until_the_next_problem_or_heading() -> None:
    cards = _cards(ESPRESSO)

    assert [card[1:3] for card in cards[1:]] == [
        ("Troubleshooting", "No water comes out of the spout."),
        ("Troubleshooting", "Coffee tastes bitter and sour."),
        ("Troubleshooting", "Machine will not turn on."),
        ("Troubleshooting", "Update fails with error 0x80070005."),
        (
            "Cleaning and Care",
            "Descale the machine every {{c1::2 months}} to keep the boiler free of limescale.",
        ),
    ]
    assert cards[3][3] == "Check the fuse in the plug<br><br>Press the power button for 3 seconds"
    assert cards[4][3] == "Do not unplug the machine while it updates"


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("Restart the router", True),
        ("Refill the tank", True),
        ("Turn off Wake on LAN", True),
        ("Don't unplug it", True),
        ("Press the reset button", True),
        ("Update fails with error 42", False),
        ("Reset doesn't help", False),
        ("Sync is slow", False),
        ("Battery drains the whole night", False),
        ("Printer not found", False),
        ("The screen goes black", False),
        ("Installing on Windows", False),
    ],
)
def test_a_line_that_commands_opens_with_its_verb(line: str, command: bool) -> None:
    assert commands(line) is command


INLINE = """\
Router Setup Guide

The router reaches every room of a three-bedroom house from one central shelf.

Troubleshooting

No internet light: check that the cable from the modem is in the WAN port.
Slow Wi-Fi: move the router away from microwaves and metal shelves.
- Forgot the password: hold the reset button for 10 seconds to restore the defaults.
- Printer not found: reconnect the printer to the guest network.
"""


def test_a_problem_and_its_fix_on_one_line_are_a_question_and_its_answer() -> None:
    """`Problem: fix` lines (bulleted or not) gave no card, or a claim of the whole line."""
    assert [card[2:] for card in _cards(INLINE)] == [
        ("No internet light.", "Check that the cable from the modem is in the WAN port."),
        ("Slow Wi-Fi.", "Move the router away from microwaves and metal shelves."),
        (
            "Forgot the password: what do you do?",
            "Hold the reset button for 10 seconds to restore the defaults.",
        ),
        ("Printer not found.", "Reconnect the printer to the guest network."),
    ]


STEPS = """\
Router Setup Guide

The router reaches every room of a three-bedroom house from one central shelf.

Troubleshooting

The router will not turn on

Step 1: unplug the router and wait for 30 seconds before you plug it in.
Note: restart the router after each change to the settings.
Solution: call the helpline if nothing else works.
"""


def test_a_step_a_note_or_a_solution_label_is_no_problem() -> None:
    (card,) = _cards(STEPS)

    assert card[2] == "The router will not turn on."
    assert card[3].startswith("Step 1: unplug the router")
    assert card[3].endswith("Solution: call the helpline if nothing else works.")


SYMPTOMS = """\
Coffee Maker Manual

The machine brews 12 cups in about 10 minutes at 93 degrees Celsius.

Troubleshooting

Printer offline
Restart the printer and reconnect it to Wi-Fi.

Machine leaks water
Check that the carafe sits flat on the warming plate.

Display flickers
Unplug the machine for 30 seconds.

Coffee too weak
Use 1 tablespoon of ground coffee per cup.

Loud grinding noise
Empty the grinder and remove any stones.

Cleaning and Care
Descale the machine every 2 months to keep the boiler free of limescale.
"""


def test_a_short_line_naming_a_symptom_is_a_problem() -> None:
    """ "Printer offline" was read as the next section's heading: every problem after it was
    lost without a word."""
    cards = _cards(SYMPTOMS)

    assert [card[1:3] for card in cards[1:]] == [
        ("Troubleshooting", "Printer offline."),
        ("Troubleshooting", "Machine leaks water."),
        ("Troubleshooting", "Display flickers."),
        ("Troubleshooting", "Coffee too weak."),
        ("Troubleshooting", "Loud grinding noise."),
        (
            "Cleaning and Care",
            "Descale the machine every {{c1::2 months}} to keep the boiler free of limescale.",
        ),
    ]
    assert cards[4][3] == "Use 1 tablespoon of ground coffee per cup."


PLATFORMS = """\
Fixing a printer that will not connect

Troubleshooting

Printer not found: make sure the printer and the computer are on the same Wi-Fi network.
Windows: run the printer troubleshooter from Settings, then restart the print spooler.
macOS: remove the printer from System Settings and add it again.
"""


def test_a_label_that_states_no_problem_asks_what_to_do_there() -> None:
    """As in Markdown: "Windows: run …" asked "Windows." on its front."""
    assert [card[2] for card in _cards(PLATFORMS)] == [
        "Printer not found.",
        "Windows: what do you do?",
        "macOS: what do you do?",
    ]
