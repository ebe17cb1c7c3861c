"""An outline: a short item that only names what the items nested under it are about
("- Vitamin D" over "- Adults need 600 IU a day"). Each nested item gave a card of its own with
nothing to say which vitamin it was about (two cards asked "Adults need [...] a day"), and the
name itself a cloze of one letter ("Vitamin [...]")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_notes

OUTLINE = """\
# Vitamins

## Key takeaways

- Vitamin D
  - Adults need 600 IU a day
  - Sunlight on bare skin makes most of it
- Vitamin C:
  - Adults need 75 mg a day
  - Smokers need 35 mg more
- Iron is stored in the liver, which holds about 1 g
  - Most of the rest is in red blood cells, about 2.5 g
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_nested_item_is_read_under_the_name_above_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = OUTLINE if name == "a.md" else re.sub(r"(?m)^#+ ", "", OUTLINE)
    notes = article_notes(tmp_path, monkeypatch, name, text)

    assert [note["Text"] for note in notes] == [
        "Vitamin D: Adults need {{c1::600 IU}} a day",
        "Vitamin D: {{c1::Sunlight}} on bare skin makes most of it",
        "Vitamin C: Adults need {{c1::75 mg}} a day",
        "Vitamin C: Smokers need {{c1::35 mg}} more",
        # A sentence over nested items is a claim of its own, as before.
        "Iron is stored in the liver, which holds about {{c1::1 g}}",
        "Most of the rest is in red blood cells, about {{c1::2.5 g}}",
    ]


FAQ = """\
# Vitamins

## Frequently asked questions

### Which vitamins do adults lack most often?

- Vitamin D
  - in winter, when there is little sun
- Vitamin B12
  - in a vegan diet
"""


def test_an_outline_in_an_answer_is_answer_text_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (note,) = article_notes(tmp_path, monkeypatch, "a.md", FAQ)

    assert "Vitamin D" in note["Answer"] and "in winter" in note["Answer"]
    assert "Vitamin D: in winter" not in note["Answer"]


TIMELINE = """\
# The French Revolution

## Key events

- 1789
  - 14 July: storming of the Bastille
  - 26 August: Declaration of the Rights of Man
- 1793
  - January 21: Louis XVI executed
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_days_under_a_year_are_dates_of_a_timeline(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year over `day month: event` items gave no card: each item is its event's full date,
    and a list of dated events is a timeline ("14 July 1789: storming of the Bastille")."""
    text = TIMELINE if name == "a.md" else re.sub(r"(?m)^#+ ", "", TIMELINE)
    notes = article_notes(tmp_path, monkeypatch, name, text)

    assert [(note["Question"], note["Answer"]) for note in notes] == [
        ("Key events: storming of the Bastille", "14 July 1789"),
        ("Key events: Declaration of the Rights of Man", "26 August 1789"),
        ("Key events: Louis XVI executed", "January 21, 1793"),
    ]
