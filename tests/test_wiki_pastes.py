"""An encyclopedia article copied from a wiki, as students paste one: its headings end on the
wiki's "[edit]" link ("Geology[edit]"), which named the section ("geology-edit" tags)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

PLAIN = """\
Mount Kilimanjaro

Mount Kilimanjaro is a dormant volcano in Tanzania and the highest mountain in Africa.

Geology[edit]

Kibo, the highest of its three cones, last erupted about 150,000 to 200,000 years ago.

Climbing history[edit source]

About 30,000 people attempt the climb each year, and about 65% of them reach the summit.
"""
MARKDOWN = (
    PLAIN.replace("Mount Kilimanjaro\n", "# Mount Kilimanjaro\n", 1)
    .replace("Geology", "## Geology")
    .replace("Climbing", "## Climbing")
)


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _sections(name: str, text: str) -> list[tuple[str, list[str]]]:
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [(r["section"], [t for t in r["tags"] if t.startswith("section::")]) for r in records]


@pytest.mark.parametrize(("name", "text"), [("k.txt", PLAIN), ("k.md", MARKDOWN)])
def test_a_wiki_headings_edit_link_is_no_part_of_it(name: str, text: str) -> None:
    assert _sections(name, text)[1:] == [
        ("Geology", ["section::geology"]),
        ("Climbing history", ["section::climbing-history"]),
    ]


def _tables(name: str, text: str) -> list[str]:
    Path(name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [r["fields"]["Question"] for r in records if r["kind"] == "table"]


TAGLINE = "From Wikipedia, the free encyclopedia"
FACTS = (
    "**Elevation:** 5,895 m\n**Location:** Kilimanjaro Region, Tanzania\n**Type:** Stratovolcano"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("k.txt", PLAIN.replace("\n\n", f"\n\n{TAGLINE}\n\n", 1)),
        ("k.md", MARKDOWN.replace("\n\n", f"\n\n*{TAGLINE}*\n\n", 1)),
    ],
)
def test_the_wikis_tagline_is_page_metadata(name: str, text: str) -> None:
    """ "From Wikipedia, the free encyclopedia" headed the lead as a section of its own."""
    assert [section for section, _ in _sections(name, text)] == [
        "Mount Kilimanjaro",
        "Geology",
        "Climbing history",
    ]


def test_the_wikis_tagline_is_no_subject_of_the_facts_under_it() -> None:
    """The facts' subject was the line above them: "From Wikipedia, the free encyclopedia:
    Elevation"."""
    text = MARKDOWN.replace("\n\n", f"\n\n*{TAGLINE}*\n\n{FACTS}\n\n", 1)

    assert _tables("k.md", text) == [
        "Mount Kilimanjaro: Elevation",
        "Mount Kilimanjaro: Location",
        "Mount Kilimanjaro: Type",
    ]
