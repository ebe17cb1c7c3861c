"""Complaints from a reading round over a car manual, a savings guide and a medicine leaflet:
short list items that measure something, worked examples, label lines, lead-in lists. Each
runs the real CLI on a short excerpt, in Markdown and plain text where both read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import written_as


def _fronts(notes: list[dict[str, str]]) -> list[str]:
    return [note["Text"] for note in notes if note["kind"] == "claim"]


# 1. A short list item that is a sentence measuring its subject is a claim.

FUEL = (
    "# Car care\n\n"
    "## Fuel\n\n"
    "- The tank holds 50 litres of fuel.\n"
    "- The engine needs oil every 10,000 km.\n"
    "- Tyres last about 40,000 km.\n\n"
    "## Making the paste\n\n"
    "- 200 g flour\n"
    "- Add 2 cups of water.\n"
    "- Bake for 20 minutes.\n"
    "- Stir in 50 ml of milk.\n\n"
    "## More\n\n"
    "- Home\n"
    "- Page 2 of 10\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_short_list_item_that_measures_its_subject_is_a_claim(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They gave no card: a list item under eight words was an entry ("200 g flour"), unless a
    hyphened figure sized its thing. Steps and entries still give none."""
    text = written_as(name, FUEL)
    assert _fronts(_notes(tmp_path, monkeypatch, name, text)) == [
        "The tank holds {{c1::50 litres}} of fuel.",
        "The engine needs oil every {{c1::10,000 km}}.",
        "Tyres last about {{c1::40,000 km}}.",
    ]


# 2. A worked example's result is what to recall; its inputs are given.

WORKED = (
    "# Savings\n\n"
    "## Interest\n\n"
    "Put £1,000 in an account paying 5% a year and after two years you have £1,102.50.\n\n"
    "Invest $500 at 4% for ten years and you will have $740.12.\n\n"
    "Borrow £10,000 at 6% over five years and the total repaid comes to £11,600.\n\n"
    "Save £200 a month for 5 years and you'll end up with £12,000 before interest.\n\n"
    "A 10% discount on a £50 coat gives £45.\n\n"
    "A 2 kW heater running for 3 hours uses 2 × 3 = 6 kWh of electricity.\n\n"
    "Adults need 7 to 9 hours of sleep, and children under 5 need 10 to 13 hours.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_worked_example_hides_its_result(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first figure was hidden: "Put [...] in an account …", the given sum."""
    text = written_as(name, WORKED)
    assert _fronts(_notes(tmp_path, monkeypatch, name, text)) == [
        "Put £1,000 in an account paying 5% a year and after two years you have {{c1::£1,102.50}}.",
        "Invest $500 at 4% for ten years and you will have {{c1::$740.12}}.",
        "Borrow £10,000 at 6% over five years and the total repaid comes to {{c1::£11,600}}.",
        "Save £200 a month for 5 years and you'll end up with {{c1::£12,000}} before interest.",
        "A 10% discount on a £50 coat gives {{c1::£45}}.",
        "A 2 kW heater running for 3 hours uses 2 × 3 = {{c1::6 kWh}} of electricity.",
        # No result phrase: the subject's figure, as before.
        "Adults need {{c1::7 to 9 hours}} of sleep, and children under 5 need 10 to 13 hours.",
    ]


# 3. Label lines outside a glossary: a card asks for each sentence by its name.

DASHBOARD = (
    "# Car manual\n\n"
    "## Dashboard\n\n"
    "Warning light (red): Stop the car at once and call for help.\n\n"
    "Warning light (amber): Have the car checked within a week.\n\n"
    "Oil light: The engine is low on oil and must be topped up before driving.\n\n"
    "## Interview\n\n"
    "Host: Welcome to the show, it is a pleasure.\n\n"
    "Guest: It is great to be here today.\n\n"
    "Host: The first question is about money.\n\n"
    "Guest: Money is never the main point.\n\n"
    "## Steps\n\n"
    "Step 1: Preheat the oven to 180 C.\n\n"
    "Step 2: Mix the flour and the sugar.\n\n"
    "## Notes\n\n"
    "Note: Keep the receipt for the warranty.\n\n"
    "Tip: Wash the pan while it is still warm.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_label_lines_ask_for_each_sentence_by_its_name(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They gave no card: an instruction is no claim, and only a glossary read `Term: …`
    lines. A speaker's turns, steps and notes are no label lines."""
    text = written_as(name, DASHBOARD)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        ("table", "Dashboard: Warning light (red)", "Stop the car at once and call for help."),
        ("table", "Dashboard: Warning light (amber)", "Have the car checked within a week."),
        (
            "table",
            "Dashboard: Oil light",
            "The engine is low on oil and must be topped up before driving.",
        ),
    ]


def test_bold_label_lines_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "# Car manual\n\n## Dashboard\n\n"
        "**Warning light (red):** Stop the car at once and call for help.\n\n"
        "**Warning light (amber):** Have the car checked within a week.\n"
    )
    notes = _notes(tmp_path, monkeypatch, "a.md", text)
    assert [(note["Question"], note["Answer"]) for note in notes] == [
        ("Dashboard: Warning light (red)", "Stop the car at once and call for help."),
        ("Dashboard: Warning light (amber)", "Have the car checked within a week."),
    ]


# 4. The items a lead-in's list completes are claims, each with the lead-in, the item the answer.

LEAFLET = (
    "# Paracetamol\n\n"
    "## Warnings\n\n"
    "Do not take Paracetamol if you:\n\n"
    "- are allergic to paracetamol\n"
    "- have severe liver disease;\n"
    "- drink more than 14 units of alcohol a week, or\n"
    "- are in the last 3 months of pregnancy\n"
    "- take other medicines (listed in section 6)\n\n"
    "## Release\n\n"
    "Key changes in this release include:\n\n"
    "- a new dark mode for the settings screen and the editor\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_items_a_lead_in_s_list_completes_are_claims(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only an item with a figure gave a card. An item too long to hide gives none, as
    before, nor does a number that points into the leaflet ("listed in section 6")."""
    text = written_as(name, LEAFLET)
    assert _fronts(_notes(tmp_path, monkeypatch, name, text)) == [
        "Do not take Paracetamol if you are {{c1::allergic to paracetamol}}",
        "Do not take Paracetamol if you have {{c1::severe liver disease}};",
        "Do not take Paracetamol if you drink more than {{c1::14 units}} of alcohol a week, or",
        "Do not take Paracetamol if you are in the last {{c1::3 months}} of pregnancy",
    ]
