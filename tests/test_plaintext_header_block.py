"""A plain-text SOP, policy or guide opens with a header block: a banner, then `Title:`,
`SOP number:`, `Version:`, `Author:`, `Approved by:` fields, or a guide's subtitle, venue and
dates. Its `Title:` names the deck; its lines are page metadata, never sections or cards. A body
line with a label ("Weight: 250 g") is read as before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.readers.plaintext import parse_plaintext

BODY = """\
1. Purpose

The BCA assay measures protein concentrations between 20 and 2000 ug/mL within 30 minutes.

2. Principle

The working reagent stays stable for 7 days at room temperature in a closed container.
"""
SOP = f"""\
STANDARD OPERATING PROCEDURE

Title: Protein Quantification by BCA Assay
SOP number: BIO-LAB-017
Version: 3.2
Effective date: 1 February 2025
Author: R. Mensah
Approved by: Dr. L. Fischer, Laboratory Manager

{BODY}"""
GUIDE = """\
Hokusai and the Floating World

Exhibition Guide

Gallery 4 and 5, East Wing
12 April - 31 August 2025

Hokusai produced more than 30,000 paintings, drawings and prints over a career of 70 years.

Introduction

The prints in the exhibition rest in darkness for at least 3 years after each showing.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _records(text: str) -> list[dict[str, Any]]:
    Path("doc.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "doc.txt"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def _deck_and_sections(text: str) -> tuple[set[str], list[str]]:
    records = _records(text)
    return {r["deck"] for r in records}, [r["section"] for r in records]


@pytest.mark.parametrize(
    "text",
    [
        SOP,
        SOP.replace("STANDARD OPERATING PROCEDURE\n\n", ""),  # the Title: field first
        SOP.replace("Version: 3.2", "Revision: B\nDocument owner: Quality team"),
        SOP.replace("Effective date: 1 February 2025", "Review date: February 2027"),
    ],
    ids=["under-a-banner", "title-first", "revision-owner", "review-date"],
)
def test_an_sops_title_field_names_the_deck_and_its_fields_are_no_sections(text: str) -> None:
    """The deck was "STANDARD OPERATING PROCEDURE" and each field an empty section."""
    assert _deck_and_sections(text) == (
        {"Protein Quantification by BCA Assay"},
        ["1. Purpose", "2. Principle"],
    )


def test_a_heading_marked_as_the_title_names_the_deck_over_a_title_field() -> None:
    text = SOP.replace("STANDARD OPERATING PROCEDURE", "# BCA Assay SOP")

    assert _deck_and_sections(text) == ({"BCA Assay SOP"}, ["1. Purpose", "2. Principle"])


def test_a_guides_subtitle_venue_and_dates_are_no_sections() -> None:
    """ "Exhibition Guide", "Gallery 4 and 5, East Wing" and the dates were three sections, the
    last one holding the guide's opening paragraph."""
    records = _records(GUIDE)

    assert [(r["section"], r["line"]) for r in records] == [
        ("Hokusai and the Floating World", 8),
        ("Introduction", 12),
    ]


def _structure(text: str) -> tuple[str, list[str]]:
    document, _ = parse_plaintext(text, "doc.txt")
    return document.title, [section.heading for section in document.sections]


def test_labelled_lines_that_are_no_header_metadata_are_read_as_before() -> None:
    """A note's label or a field whose value ends a sentence ends the header and is read as
    before, a heading or text; fields in the body are no header, and all but who wrote it
    (metadata anywhere, `is_metadata_line`) are read as before."""
    tip = SOP.replace("Approved by: Dr. L. Fischer, Laboratory Manager", "Tip: Keep it covered")
    sentence = SOP.replace("Dr. L. Fischer, Laboratory Manager", "see the revision history.")
    fields = "\n".join(SOP.split("\n")[3:8])

    assert _structure(tip) == (
        "Protein Quantification by BCA Assay",
        ["Tip: Keep it covered", "1. Purpose", "2. Principle"],
    )
    assert _structure(sentence) == (
        "Protein Quantification by BCA Assay",
        ["Protein Quantification by BCA Assay", "1. Purpose", "2. Principle"],
    )
    headings = [field for field in fields.split("\n") if not field.startswith("Author:")]
    assert _structure(f"Protein Assay\n\n{BODY}\n{fields}\n")[1][2:] == headings


NEWS = """\
Council Approves New Cycle Lanes

{byline}

The council approved 12 km of protected cycle lanes on Tuesday, at a cost of 4.5 million pounds.

What Happens Next

Work on the first 3 km starts in May and should take about 10 weeks to finish.
"""


@pytest.mark.parametrize(
    "byline",
    ["By Sarah Whitfield", "By J. R. Hartley and Ana Ruiz", "Written by Maria de la Cruz"],
)
def test_a_bare_byline_under_the_title_is_no_section(byline: str) -> None:
    """A name alone after "By" was the heading of the lead: `section::by-sarah-whitfield`."""
    assert _deck_and_sections(NEWS.format(byline=byline)) == (
        {"Council Approves New Cycle Lanes"},
        ["Council Approves New Cycle Lanes", "What Happens Next"],
    )


TRAVEL = """\
Getting to the Festival

{first}

Trains from the city centre run every 15 minutes until midnight on festival days.

By Car

The festival car park holds 2,000 cars and opens at 9 am on each day.
"""


@pytest.mark.parametrize("first", ["By Public Transport", "By the Numbers"])
def test_a_heading_that_opens_on_by_still_heads_its_section(first: str) -> None:
    text = TRAVEL.format(first=first)
    if first == "By the Numbers":  # no sibling heading on "By": its shape decides
        text = text.replace("By Car", "Parking")

    assert _deck_and_sections(text)[1] == [first, text.split("\n\n")[3]]


ARTICLE = """\
Mount Kilimanjaro

Elevation: 5,895 m (19,341 ft)
Location: Kilimanjaro Region, Tanzania
First ascent: 6 October 1889
Type: Stratovolcano

Mount Kilimanjaro is a dormant volcano in Tanzania and the highest mountain in Africa.

Geology

Kibo, the highest of its three cones, last erupted about 150,000 to 200,000 years ago.
"""


@pytest.mark.parametrize(
    "facts",
    [
        "Elevation: 5,895 m (19,341 ft)\nLocation: Kilimanjaro Region, Tanzania",
        "Location: Kilimanjaro Region, Tanzania\nElevation: 5,895 m (19,341 ft)",
    ],
    ids=["location-second", "location-first"],
)
def test_an_infobox_under_the_title_is_facts_not_a_header(facts: str) -> None:
    """An encyclopedia's facts under its title held "Location", a header block's field: those
    lines were dropped as page metadata and the others made empty sections ("First ascent:
    6 October 1889", "Type: Stratovolcano", the second holding the lead)."""
    text = ARTICLE.replace(
        "Elevation: 5,895 m (19,341 ft)\nLocation: Kilimanjaro Region, Tanzania", facts
    )
    records = _records(text)

    assert [(r["kind"], r["section"]) for r in records] == [
        *[("table", "Mount Kilimanjaro")] * 4,
        ("claim", "Mount Kilimanjaro"),
        ("claim", "Geology"),
    ]
    assert {(r["fields"]["Question"], r["fields"]["Answer"]) for r in records[:4]} == {
        ("Mount Kilimanjaro: Elevation", "5,895 m (19,341 ft)"),
        ("Mount Kilimanjaro: Location", "Kilimanjaro Region, Tanzania"),
        ("Mount Kilimanjaro: First ascent", "6 October 1889"),
        ("Mount Kilimanjaro: Type", "Stratovolcano"),
    }
