"""A study guide typed in a text editor: its glossary's heading carries the part's number ("PART
2: VOCABULARY") and each term is set off by a typed dash, "--", its meaning wrapped onto an
indented line. Each entry asks for its term, as `Term — meaning` does; the next part's heading
("PART 3: KEY DATES") heads a section, never an entry of the glossary."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import preview_records

GUIDE = """\
AP US HISTORY - UNIT 3 STUDY GUIDE

The colonies declared independence from Britain in 1776, after 11 years of protest.

PART 2: VOCABULARY

Salutary neglect -- Britain's policy before 1763 of loosely enforcing
    trade laws in the colonies.
Patriot -- a colonist who supported independence.
Loyalist -- a colonist who stayed loyal to the British Crown (also
    called a Tory).

PART 3: KEY DATES

The Treaty of Paris of 1783 ended the war after 8 years of fighting.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cards(text: str) -> list[tuple[str, str]]:
    """Each card of `guide.txt` as (section, cloze text)."""
    return [(r["section"], r["fields"]["Text"]) for r in preview_records("guide.txt", text)]


def test_typed_dash_entries_under_a_numbered_part_ask_for_their_terms() -> None:
    cards = _cards(GUIDE)

    assert cards[1:4] == [
        (
            "PART 2: VOCABULARY",
            "{{c1::Salutary neglect}} -- Britain's policy before 1763 of loosely enforcing"
            " trade laws in the colonies.",
        ),
        ("PART 2: VOCABULARY", "{{c1::Patriot}} -- a colonist who supported independence."),
        (
            "PART 2: VOCABULARY",
            "{{c1::Loyalist}} -- a colonist who stayed loyal to the British Crown (also called"
            " a Tory).",
        ),
    ]
    assert [section for section, _ in cards[::4]] == [
        "AP US HISTORY - UNIT 3 STUDY GUIDE",
        "PART 3: KEY DATES",
    ]


@pytest.mark.parametrize("heading", ["Unit 2 - Key Terms", "Chapter 4. Glossary", "Vocabulary"])
def test_other_glossary_headings(heading: str) -> None:
    text = GUIDE.replace("PART 2: VOCABULARY", heading)

    assert [section for section, _ in _cards(text)][1:4] == [heading] * 3


def test_a_typed_dash_outside_a_glossary_defines_no_term() -> None:
    text = GUIDE.replace("PART 2: VOCABULARY", "PART 2: THE WAR").replace(
        "Patriot -- a colonist who supported", "Washington -- a Virginian -- led 17,000 men to"
    )

    assert _cards(text)[1][1] == (
        "Washington -- a Virginian -- led {{c1::17,000}} men to independence."
    )
