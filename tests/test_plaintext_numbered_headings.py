"""A plain-text leaflet numbers its section headings ("1. What Widget is"): they are headings when
they stand alone between blank lines and number 1, 2, 3, … through the document. Numbered list
items, spaced-out lists and step lists stay what they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

LEAFLET = """\
Widget Leaflet

1. What Widget is

Widget is a tablet that lowers blood pressure by 10 mmHg in most adults.

2. Frequently asked questions

Can I take Widget with food?
Yes, Widget can be taken with or without food.

Can I drive after taking Widget?
Yes, Widget does not cause drowsiness in 95% of adults.

3. Contents of the pack

Each pack holds 28 tablets, and each tablet contains 5 mg of amlodipine besylate.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cards(text: str) -> list[tuple[str, str, str]]:
    """Each card of `doc.txt` as (kind, section, its question or cloze text)."""
    Path("doc.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "doc.txt"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [
        (r["kind"], r["section"], r["fields"].get("Question") or r["fields"]["Text"])
        for r in records
    ]


def test_numbered_leaflet_headings_are_sections_and_the_faq_ends_at_the_next() -> None:
    Path("doc.txt").write_text(LEAFLET)
    result = CliRunner().invoke(main, ["preview", "--json", "doc.txt"])

    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["kind"], r["section"]) for r in records] == [
        ("claim", "1. What Widget is"),
        ("faq", "2. Frequently asked questions"),
        ("faq", "2. Frequently asked questions"),
        ("claim", "3. Contents of the pack"),
    ]
    answer = records[2]["fields"]["Answer"]
    assert answer == "Yes, Widget does not cause drowsiness in 95% of adults."


def test_numbered_questions_in_a_numbered_faq_stay_questions() -> None:
    text = LEAFLET.replace("Can I take", "1. Can I take").replace("Can I drive", "2. Can I drive")

    assert [card[:2] for card in _cards(text) if card[0] == "faq"] == [
        ("faq", "2. Frequently asked questions"),
        ("faq", "2. Frequently asked questions"),
    ]


DOSE = "Adults take one 5 mg tablet a day, and most reach their target in 4 weeks."


@pytest.mark.parametrize(
    "numbered",
    [
        # A lone numbered line between paragraphs.
        ["1. Take it in the morning"],
        # A list spaced out with blank lines: each item followed by the next.
        ["1. Take it in the morning", "", "2. Swallow it whole", "", "3. Drink a glass of water"],
        # Steps that are sentences.
        ["1. Take it in the morning.", "", DOSE, "", "2. Swallow it whole.", "", DOSE],
        # Numbering that does not run 1, 2, 3: a list restarting under the first item.
        ["1. Before you start", "", DOSE, "", "1. Check your blood pressure", "", DOSE],
    ],
    ids=["lone-item", "spaced-list", "sentence-steps", "restarting"],
)
def test_numbered_items_that_are_no_section_headings_stay_in_their_section(
    numbered: list[str],
) -> None:
    text = "\n".join(["Taking Widget", "", "Widget lowers blood pressure.", "", *numbered])
    text += f"\n\n{DOSE}\n"

    sections = {section for _, section, _ in _cards(text)}

    assert sections == {"Taking Widget"}


def test_decimal_subheadings_and_section_labels_are_headings() -> None:
    onset = "Blood pressure starts to fall within 2 hours of the first dose."
    subsection = f"\n\n1.1 How Widget works\n\n{onset}\n\n2."
    decimal = LEAFLET.replace("\n\n2.", subsection, 1)
    labelled = LEAFLET.replace("1. ", "Section 1: ").replace("2. ", "Section 2: ")
    labelled = labelled.replace("3. ", "Section 3: ")

    assert [card[1] for card in _cards(decimal) if card[0] == "claim"] == [
        "1. What Widget is",
        "1.1 How Widget works",
        "3. Contents of the pack",
    ]
    assert [card[1] for card in _cards(labelled)] == [
        "Section 1: What Widget is",
        "Section 2: Frequently asked questions",
        "Section 2: Frequently asked questions",
        "Section 3: Contents of the pack",
    ]
