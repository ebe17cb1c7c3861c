"""Lecture notes typed in a text editor, and Word or Outlook text exports, mark the items under a
list item with an indented "o": "    o Glycolysis (cytoplasm)". Those are list items, never
headings; prose that opens on "o" stays prose."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import preview_records

NOTES = """\
BIO 201 - CELL BIOLOGY

OVERVIEW

    * Cellular respiration converts glucose into ATP
    * Three main stages:
        o Glycolysis (cytoplasm)
        o Krebs cycle (mitochondrial matrix)
    * Total yield: about 30-32 ATP per glucose

ELECTRON TRANSPORT CHAIN

    * ATP synthase
        o Protons flow back through ATP synthase into the matrix
        o Peter Mitchell proposed chemiosmosis in 1961

KREBS CYCLE

    * Cycle turns twice per glucose
    * Discovered by Hans Krebs in 1937 - Nobel Prize 1953
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cards(text: str) -> list[tuple[str, str]]:
    """Each card of `notes.txt` as (section, cloze text)."""
    return [(r["section"], r["fields"]["Text"]) for r in preview_records("notes.txt", text)]


CARDS = [
    (
        "ELECTRON TRANSPORT CHAIN",
        "ATP synthase: Peter Mitchell proposed chemiosmosis in {{c1::1961}}",
    ),
    ("KREBS CYCLE", "Discovered by Hans Krebs in {{c1::1937}} - Nobel Prize 1953"),
]


def test_o_items_are_list_items_under_their_item() -> None:
    assert _cards(NOTES) == CARDS


def test_o_items_exported_with_tabs_are_list_items() -> None:
    # Word's text export: a tab after each mark. Were the "o" lines no items, they would run on
    # as the item's hanging indent: "ATP synthase o Protons flow … o Peter Mitchell …".
    text = NOTES.replace("        o ", "\to\t").replace("    * ", "•\t")

    assert _cards(text) == CARDS


def test_prose_opening_on_o_stays_prose() -> None:
    text = (
        "Notes\n\nThe delta grows by about 2 cm a year in calm water.\n\n"
        "  o and this indented line follows no list item.\n\n"
        "- The Amazon carries 20% of the river water that reaches the oceans\n"
        "o unindented, this line is no item either.\n"
    )

    assert [section for section, _ in _cards(text)] == ["Notes", "Notes"]
