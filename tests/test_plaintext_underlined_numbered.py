"""A README.txt numbers its section headings and underlines them ("1. OVERVIEW" over
"-----------"): those are headings, as they are set apart by blank lines, never a list of one
item that leaves the text under the section before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import preview_records

README = """\
FASTQ-TRIM 2.4
==============

A small, fast command-line tool for trimming low-quality bases from FASTQ files.


1. OVERVIEW
-----------

A Phred score of 20 means a 1 in 100 chance that the base call is wrong.


2. USAGE
--------

Run fastq-trim on each file of reads, then check its summary.

An adapter is matched if at least 8 bases overlap with at most 1 mismatch.


3. OUTPUT STATISTICS
--------------------

At the end of a run FASTQ-TRIM prints a summary:

    Reads in:        1,204,332
    Reads out:       1,150,871   (95.6%)
    Bases trimmed:   3,981,204   (2.2%)

More than 20% of bases trimmed suggests a problem with the sequencing run.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cards(text: str) -> list[tuple[str, str]]:
    """Each card of `README.txt` as (section, its question or cloze text)."""
    records = preview_records("README.txt", text)
    return [(r["section"], r["fields"].get("Question") or r["fields"]["Text"]) for r in records]


CARDS = [
    (
        "1. OVERVIEW",
        "A Phred score of 20 means a {{c1::1 in 100}} chance that the base call is wrong.",
    ),
    (
        "2. USAGE",
        "An adapter is matched if at least {{c1::8}} bases overlap with at most 1 mismatch.",
    ),
    ("3. OUTPUT STATISTICS", "OUTPUT STATISTICS: Reads in"),
    ("3. OUTPUT STATISTICS", "OUTPUT STATISTICS: Reads out"),
    ("3. OUTPUT STATISTICS", "OUTPUT STATISTICS: Bases trimmed"),
    (
        "3. OUTPUT STATISTICS",
        "More than {{c1::20%}} of bases trimmed suggests a problem with the sequencing run.",
    ),
]


def test_underlined_numbered_headings_head_sections() -> None:
    assert _cards(README) == CARDS


def test_headings_underlined_with_equals_signs_in_title_case() -> None:
    text = README
    for heading in ("OVERVIEW", "USAGE", "OUTPUT STATISTICS"):
        text = text.replace(heading, heading.title())
    text = re.sub(r"(?m)^-+$", lambda rule: "=" * len(rule.group()), text)

    assert [section for section, _ in _cards(text)] == [
        "1. Overview",
        "2. Usage",
        "3. Output Statistics",
        "3. Output Statistics",
        "3. Output Statistics",
        "3. Output Statistics",
    ]


def test_a_numbered_list_over_a_rule_stays_a_list() -> None:
    text = (
        "Trimming Steps\n\nThe tool trims about 2% of bases in a good run.\n\n"
        "1. Remove adapters\n2. Trim by quality\n3. Drop short reads\n----------\n\n"
        "Reads shorter than 36 bases are dropped.\n"
    )

    assert {section for section, _ in _cards(text)} == {"Trimming Steps"}
