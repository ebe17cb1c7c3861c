"""A plain-text title that runs over two lines is one title: its first line breaks off where no
title ends ("… Fluoridation and", "Sleep:"), so the second line is not a section heading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

BODY = """
Community water fluoridation began in Grand Rapids, Michigan. Fluoride at 0.7 mg/L cuts tooth
decay in children by about 25%.

How It Works

Fluoride in saliva helps enamel rebuild after acid attacks, and 0.7 mg/L is the level most
countries now use.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _decks_and_sections(text: str) -> tuple[set[str], list[tuple[str, int]]]:
    Path("water.txt").write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", "water.txt"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return {r["deck"] for r in records}, [(r["section"], r["line"]) for r in records]


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            "The Long History of Municipal Water Fluoridation and",
            "What the Newest Studies Say About It",
            "The Long History of Municipal Water Fluoridation and What the Newest Studies Say"
            " About It",
        ),
        ("Water Fluoridation:", "What the Studies Say", "Water Fluoridation: What the Studies Say"),
        ("Fluoride Versus", "Sealants for Children", "Fluoride Versus Sealants for Children"),
    ],
    ids=["and", "colon", "versus"],
)
def test_a_title_wrapped_over_two_lines_is_one_title(first: str, second: str, title: str) -> None:
    decks, sections = _decks_and_sections(f"{first}\n{second}\n{BODY}")

    assert decks == {title}
    assert sections == [(title, 4), ("How It Works", 9)]


@pytest.mark.parametrize(
    ("first", "second", "deck", "section"),
    [
        # a title over a subtitle: the subtitle heads the lead, as before
        (
            "Water Fluoridation",
            "What the Studies Say",
            "Water Fluoridation",
            "What the Studies Say",
        ),
        # a colon over a line in lower case is no title: the file names the deck
        ("Fluoride levels:", "most countries use", "Water", "most countries use"),
    ],
    ids=["subtitle", "colon-lower-case"],
)
def test_a_title_that_ends_where_titles_end_takes_one_line(
    first: str, second: str, deck: str, section: str
) -> None:
    decks, sections = _decks_and_sections(f"{first}\n{second}\n{BODY}")

    assert decks == {deck}
    assert sections[0] == (section, 4)


def test_a_title_ending_on_and_before_a_blank_line_is_the_title_as_written() -> None:
    decks, sections = _decks_and_sections(f"Fluoride and\n{BODY}")

    assert decks == {"Fluoride and"}
    assert sections[0] == ("Fluoride and", 3)
