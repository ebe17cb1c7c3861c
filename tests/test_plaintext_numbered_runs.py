"""A plain-text policy numbers its sections 1 to 9, but not every heading stands alone between
blank lines as a leaflet's do: one asks a question, one runs long, one has its subsection or its
text right under it. The run of numbers is still the sections': all its lines are headings, and
the last one ends the FAQ above it. Lists and numbered questions stay what they were."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

LONG = "How we use your data and the legal bases we rely on to process it under the law"
POLICY = f"""\
Acme Privacy Policy

1. Introduction

Acme Ltd has looked after the personal data of 2 million customers since 2004.

2. What personal data do we collect?

We collect your name and email address, and about 40% of customers also give a phone number.

3. {LONG}

Payment details go to our card processor within 5 seconds and are never kept on our servers.

4. How long we keep your data
4.1 Account data

We keep account data for as long as your account is open and for 6 years after it closes.

4.2 Data retention

Server logs are deleted after 30 days, and backups are kept for 90 days.

5. Your rights

You can ask for a copy of your data once every 12 months at no charge.

6. Questions about your data

Frequently Asked Questions
Q: How do I download a copy of my data?
A: Go to Settings and choose Export. You will receive a ZIP file by email within 72 hours.

7. Contact Us
Acme Ltd, 20 Fenchurch Street, London EC3M 3BY.
We answer 95% of letters within 10 working days.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _records(text: str) -> list[dict[str, object]]:
    Path("policy.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "policy.txt"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def _sections(text: str) -> list[tuple[str, str]]:
    """Each card's kind and section."""
    return [(str(r["kind"]), str(r["section"])) for r in _records(text)]


@pytest.mark.parametrize(
    "text",
    [POLICY, POLICY.replace("1. Introduction\n\n", "1. Introduction\n")],
    ids=["as-written", "first-heading-over-its-text"],
)
def test_a_policys_numbered_sections_are_headings_though_some_are_not_set_apart(
    text: str,
) -> None:
    records = _records(text)

    assert [(r["kind"], r["section"]) for r in records] == [
        ("claim", "1. Introduction"),
        ("claim", "2. What personal data do we collect?"),
        ("claim", f"3. {LONG}"),
        ("claim", "4.1 Account data"),
        ("claim", "4.2 Data retention"),
        ("claim", "5. Your rights"),
        ("faq", "Frequently Asked Questions"),
        ("claim", "7. Contact Us"),
    ]
    fields: dict[str, str] = records[-2]["fields"]  # type: ignore[assignment]
    assert fields["Answer"] == (
        "Go to Settings and choose Export. You will receive a ZIP file by email within 72 hours."
    )


DOSE = "Most adults reach their target blood pressure within 4 weeks of the first dose."
STEPS = f"""\
Widget Guide

1. What Widget is

Widget is a tablet that lowers blood pressure by 10 mmHg in most adults.

2. How to take Widget

1. Take it in the morning
Swallow one 5 mg tablet with a glass of water before 9 am.

2. Do not crush it
A crushed tablet releases all of its 5 mg dose within 10 minutes.

3. Keep taking it
{DOSE}

3. Contents of the pack

Each pack holds 28 tablets, and each tablet contains 5 mg of amlodipine.
"""
QUESTIONS = f"""\
Widget Guide

1. What Widget is

Widget is a tablet that lowers blood pressure by 10 mmHg in most adults.

2. Frequently asked questions

1. Can I take Widget with food?
Yes, and food slows its absorption by only 10 minutes.

2. Can I drive after taking Widget?
Yes, Widget does not cause drowsiness in 95% of adults.

3. How long until it works?
{DOSE}
"""


def test_numbered_steps_under_a_numbered_section_stay_in_it() -> None:
    assert _sections(STEPS) == [
        ("claim", "1. What Widget is"),
        ("claim", "2. How to take Widget"),
        ("claim", "2. How to take Widget"),
        ("claim", "2. How to take Widget"),
        ("claim", "3. Contents of the pack"),
    ]


def test_numbered_questions_after_the_last_numbered_section_stay_questions() -> None:
    assert _sections(QUESTIONS) == [
        ("claim", "1. What Widget is"),
        ("faq", "2. Frequently asked questions"),
        ("faq", "2. Frequently asked questions"),
        ("faq", "2. Frequently asked questions"),
    ]


MANUAL = """\
Widget Manual

1. Overview

Widget is a smart plug that cuts standby power use by 30% in most homes.

2. Safety

Never use Widget outdoors: it is rated for indoor use at up to 40 degrees Celsius.
To reset it:
1. Hold the button for 10 seconds
2. Wait for the light to blink

Widget keeps its settings for 30 days without power.
3. Installation

Plug Widget into any wall socket rated for 13 amps and wait 10 seconds for the light.

4. Care

Dust in its vents raises its temperature by 10 degrees within a year.
Steps:
1. Unplug Widget

Widget cools down to room temperature within 5 minutes.
5. Warranty

Widget comes with a 2 year warranty that covers 100% of repair costs.
"""


@pytest.mark.parametrize(
    "text",
    [MANUAL, "\n".join(textwrap.fill(line, 50) for line in MANUAL.split("\n"))],
    ids=["one-line-paragraphs", "wrapped"],
)
def test_a_numbered_heading_right_under_a_paragraph_takes_its_place_in_the_run(
    text: str,
) -> None:
    """ "3. Installation" and "5. Warranty" have no blank line above them: the run 1, 2, 4 was
    broken at 3 and no line was a heading. A list's items under their lead-in stay items."""
    assert _sections(text) == [
        ("claim", "1. Overview"),
        ("claim", "2. Safety"),
        ("claim", "2. Safety"),
        ("claim", "3. Installation"),
        ("claim", "4. Care"),
        ("claim", "4. Care"),
        ("claim", "5. Warranty"),
    ]


GUIDE = """\
Hokusai Prints

Gallery 4: The Floating World

Hokusai changed his artistic name at least 30 times over a career of 70 years.

1. Courtesan Reading a Letter, c. 1798
The print was made in 1798, when Hokusai was 38 years old.

2. Kabuki Actor as a Samurai, 1791
Actor prints sold for about 20 mon each and were reprinted for 10 years.

Gallery 5: Views of Mount Fuji

3. Fine Wind, Clear Morning (Red Fuji), c. 1831
The series was published from 1831, when Hokusai was 71 years old.
"""


@pytest.mark.parametrize(
    "text",
    [GUIDE, "\n".join(textwrap.fill(line, 50) for line in GUIDE.split("\n"))],
    ids=["one-line-paragraphs", "wrapped"],
)
def test_a_guides_numbered_labels_right_over_their_text_are_headings(text: str) -> None:
    """No label had a blank line under it, so none was sure and all were list items."""
    assert _sections(text) == [
        ("claim", "Gallery 4: The Floating World"),
        ("claim", "1. Courtesan Reading a Letter, c. 1798"),
        ("claim", "2. Kabuki Actor as a Samurai, 1791"),
        ("claim", "3. Fine Wind, Clear Morning (Red Fuji), c. 1831"),
    ]


KABUKI = "Kabuki Actor as a Samurai, 1791"


@pytest.mark.parametrize(
    "items",
    [
        {
            "Courtesan Reading a Letter, c. 1798": "Take it in the morning",
            KABUKI: "Do not crush it",
        },
        {"Courtesan Reading a Letter, c. 1798": "Who is she?", KABUKI: "Who is the actor?"},
        {"3. Fine Wind": "1. Fine Wind"},
    ],
    ids=["steps", "questions", "restarting"],
)
def test_numbered_items_right_over_their_text_that_are_no_labels_stay_items(
    items: dict[str, str],
) -> None:
    """Steps command, questions ask, and a list restarting numbers no run."""
    text = GUIDE
    for old, new in items.items():
        text = text.replace(old, new)

    sections = {section for _, section in _sections(text)}

    assert sections <= {"Gallery 4: The Floating World", "Gallery 5: Views of Mount Fuji"}
