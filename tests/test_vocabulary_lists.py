"""A vocabulary list: each item a term, a dash (or "=") and what it means ("- la cocina — the
kitchen"). Each item asks for its term, as a glossary line does, in Markdown and in plain text;
a phrase asks for itself from its translation. Lists of dated entries, sentences and steps that
hold a dash stay what they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import preview_records
from click.testing import CliRunner

from docdeck.cli import main

LESSON = """\
# Spanish vocabulary: around the house

These are the words you need to describe a home, with the article each noun takes.

## Rooms

- la cocina — the kitchen
- el baño - the bathroom
- el salón – the living room
- la mesa = the table

## Useful phrases

- ¿Dónde está el baño? — Where is the bathroom?
- Vivo en un piso pequeño. — I live in a small flat.
"""

NOT_VOCABULARY = """\
# Our company

The company has grown every year since it was founded in a garage in 2019.

## History

- 2019 — the company is founded in a small garage in Leeds
- 2021 — the company opens its second office in Berlin

## Tips

- Read the manual — it is short.
- Back up your files — you will thank yourself later.

## Baking

- Step 1 — preheat the oven
- Step 2 — mix the flour and the butter
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cards(name: str, text: str) -> list[tuple[str, str, list[str]]]:
    """Each card of `name` as (section, cloze text, tags)."""
    return [(r["section"], r["fields"]["Text"], r["tags"]) for r in preview_records(name, text)]


EXPECTED = [
    ("Rooms", "{{c1::la cocina}} — the kitchen"),
    ("Rooms", "{{c1::el baño}} - the bathroom"),
    ("Rooms", "{{c1::el salón}} – the living room"),
    ("Rooms", "{{c1::la mesa}} = the table"),
    ("Useful phrases", "{{c1::¿Dónde está el baño?}} — Where is the bathroom?"),
    ("Useful phrases", "{{c1::Vivo en un piso pequeño.}} — I live in a small flat."),
]


def test_each_item_of_a_markdown_vocabulary_list_asks_for_its_term() -> None:
    cards = _cards("lesson.md", LESSON)

    assert [(section, text) for section, text, _ in cards] == EXPECTED
    assert cards[0][2] == ["kind::claim", "section::rooms", "source::lesson"]


def test_a_plain_text_vocabulary_list_asks_the_same() -> None:
    text = LESSON.replace("## ", "").replace("# ", "")

    assert [(section, text) for section, text, _ in _cards("lesson.txt", text)] == EXPECTED


def test_dated_entries_sentences_and_steps_with_a_dash_are_no_vocabulary() -> None:
    cards = _cards("company.md", NOT_VOCABULARY)

    assert [(section, text) for section, text, _ in cards] == [
        (
            "Our company",
            "The company has grown every year since it was founded in a garage in {{c1::2019}}.",
        ),
        # A dated entry asks for its date (2019's restates the line above), not as a term.
        ("History", "{{c1::2021}} — the company opens its second office in Berlin"),
    ]


def test_check_does_not_flag_a_term_as_too_much_of_its_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vocabulary card's term is its answer, whatever share of the card it is: `check`
    warned "cloze hides 2 words ('la cocina')" on every item."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lesson.md").write_text(LESSON, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "lesson.md"])
    assert "cloze hides" not in result.output
    assert (
        "{{c1::la cocina}} — the kitchen"
        in CliRunner().invoke(main, ["preview", "--json", "lesson.md"]).output
    )
