"""Plain text: a formula on a line of its own (`PED = (% change in Qd) / (% change in P)`) is
body text, never a section heading: it states a relation (`=`), or its operators outnumber its
letters. Short names with a mark or two ("C++", "Q&A") stay headings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.document import Paragraph
from docdeck.readers.plaintext import parse_plaintext

ELASTICITY = """\
Elasticity

The formula

PED = (% change in Qd) / (% change in P)

Daily coffee sales fell by about 18% when the price of a cup rose from $4 to $5.
"""


def test_a_formula_line_is_text_not_a_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("c.txt").write_text(ELASTICITY)
    result = CliRunner().invoke(main, ["preview", "--json", "c.txt"])
    assert result.exit_code == 0, result.output
    [card] = [json.loads(line) for line in result.stdout.splitlines()]
    assert card["tags"] == ["kind::claim", "section::the-formula", "source::c"]
    document, _ = parse_plaintext(ELASTICITY, "c.txt")
    [section] = document.sections
    assert section.heading == "The formula"
    assert next(b.text for b in section.blocks if isinstance(b, Paragraph)) == (
        "PED = (% change in Qd) / (% change in P)"
    )


@pytest.mark.parametrize(
    "line",
    ["E = mc²", "BMI = weight / height²", "x ≤ 2y + 1", "(a + b) × (c − d)", "Speed=distance/time"],
)
def test_formulas_are_never_headings(line: str) -> None:
    document, _ = parse_plaintext(f"Physics\n\n{line}\n\nSome text follows here.\n", "p.txt")
    assert [section.heading for section in document.sections] == ["Physics"]


@pytest.mark.parametrize("line", ["C++", "Q&A", "Pros + Cons", "CO2 (g/km)", "Price (£/kWh)"])
def test_names_with_a_mark_or_two_stay_headings(line: str) -> None:
    document, _ = parse_plaintext(f"Notes\n\n{line}\n\nSome text follows here.\n", "p.txt")
    assert [section.heading for section in document.sections] == [line]


def test_a_forms_blanks_are_no_heading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worksheet's "Name: ________ Class: ____" was a section heading: its claims were tagged
    `section::name-________-class`, with underscores no tag should hold."""
    monkeypatch.chdir(tmp_path)
    Path("w.txt").write_text(
        "Worksheet: Water\n\nName: ________ Class: ____\n\n"
        "About 97% of Earth's water is salt water in the oceans.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["preview", "--json", "w.txt"])
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert "section::worksheet-water" in record["tags"]
