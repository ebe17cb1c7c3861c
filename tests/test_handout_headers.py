"""A handout's header names who teaches it: `**Module:** …` over `**Lecturer:** …` under the
title is page metadata, as `**Author:** …` is, not facts by name ("Course Handout: Module" →
"Software Project Management" was a card). In plain text such lines are a header block's fields.
Further down, labelled facts stay cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

HEADERS = [
    "**Module:** Software Project Management\n**Lecturer:** Dr P. Okonkwo",
    "**Course:** Introduction to Chemistry\n\n**Instructor:** Prof. Maria Lopez",
    "**Unit:** 3 (Cell Biology)\n**Module leader:** Dr Sam Reid\n**Semester:** Spring 2025",
    "**Course code:** HIS101\n**Course leader:** Dr Anne Hughes",
]

BODY = "Agile is an approach to software development that delivers work in small increments."


@pytest.mark.parametrize("header", HEADERS)
def test_a_handout_header_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, header: str
) -> None:
    text = f"# Course Handout (Week 4)\n\n{header}\n\n{BODY}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["kind"] for record in records] == ["claim"]


PLAIN = """\
Course Handout (Week 4)

Module: Software Project Management
Lecturer: Dr P. Okonkwo

What Agile is
Agile is an approach to software development that delivers work in small increments.
"""


def test_a_plain_text_handout_header_is_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, "a.txt", PLAIN)
    assert [record["kind"] for record in records] == ["claim"]


# Guard: labelled facts further down a section are still a table.
FACTS = """\
# Kilimanjaro

Kilimanjaro is the highest mountain in Africa and stands in northern Tanzania.

**Height:** 5,895 m
**First ascent:** 6 October 1889
"""


def test_labelled_facts_further_down_stay_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, "a.md", FACTS)
    assert [record["kind"] for record in records] == ["claim", "table", "table"]
