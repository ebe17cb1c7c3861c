"""A sentence under 8 words is a claim when it still asks for something firm: a term defined by
the condition it is ("Gingivitis is inflammation of the gums."), the name of what its subject
describes ("The position after 5...a6 is the Najdorf."), what an emphasised term does
("**Acidity** makes your mouth water.") or a clock time kept by custom ("Dinner rarely starts
before 9 pm."). Vague lines, aphorisms and schedules stay out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ARTICLE = """\
# Notes

## Health

Gingivitis is inflammation of the gums. Dehydration is a loss of body water.

## Openings

The position after **5...a6** is the Najdorf. The main line is the Open Sicilian.

## Tasting

**Acidity** makes your mouth water.

**Note** that this may vary.

**Everything** matters in this game.

## Spain

Dinner rarely starts before 9 pm. Doors open at 6:30 pm sharp. Lunch starts at 1 pm.

## Sayings

Success is a state of mind. Exercise is a form of medicine. Education is investment in the
future. Time is a precious resource. This is important.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _preview(text: str) -> tuple[list[str], list[str]]:
    """The claims' cloze texts and the warnings of `docdeck preview` on `a.md`."""
    Path("a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    claims = [r["fields"]["Text"] for r in records if r["kind"] == "claim"]
    result = CliRunner().invoke(main, ["preview", "a.md"])
    return claims, [line for line in result.output.splitlines() if "warning:" in line]


def test_a_short_sentence_with_a_firm_target_is_a_claim() -> None:
    claims, warnings = _preview(ARTICLE)
    assert claims == [
        "{{c1::Gingivitis}} is inflammation of the gums.",
        "{{c1::Dehydration}} is a loss of body water.",
        "The position after 5...a6 is {{c1::the Najdorf}}.",
        "{{c1::Acidity}} makes your mouth water.",
        "Dinner rarely starts before {{c1::9 pm}}.",
    ]
    short = [w.split("claim ")[1] for w in warnings if "too short" in w]
    assert short == [
        "'The main line is the Open Sicilian.' is too short to stand alone",
        "'Note that this may vary.' is too short to stand alone",
        "'Everything matters in this game.' is too short to stand alone",
        "'Doors open at 6:30 pm sharp.' is too short to stand alone",
        "'Lunch starts at 1 pm.' is too short to stand alone",
        "'Success is a state of mind.' is too short to stand alone",
        "'Exercise is a form of medicine.' is too short to stand alone",
        "'Education is investment in the future.' is too short to stand alone",
        "'Time is a precious resource.' is too short to stand alone",
    ]


NAMES = """\
# Geography

The capital of Australia is Canberra.

The largest planet in the solar system is Jupiter.

The main city is Sydney.
"""


def test_a_name_with_no_article_is_what_a_qualified_subject_is() -> None:
    """Both gave no card: the name had to follow "the" ("the Najdorf")."""
    claims, _ = _preview(NAMES)
    assert claims == [
        "The capital of Australia is {{c1::Canberra}}.",
        "The largest planet in the solar system is {{c1::Jupiter}}.",
    ]
