"""`docdeck init` suggests topics a learner would filter by: a table's row key only where the
text names it outside its table, and never a generic word alone ("fixed", "level", "easy")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from docdeck.cli import main

VITAMIN_D = """\
# Vitamin D Intake

Adults over 70 absorb less vitamin D from the skin. Vitamin D keeps bones strong.

Vitamin D deficiency is common in winter, and vitamin D comes from the sun.

## Recommended Intake by Age

| Age | Recommended Intake | Upper Limit |
|---|---|---|
| Birth to 12 months | 400 IU | 1,000 IU |
| Children 1–18 years | 600 IU | 4,000 IU |
| Adults over 70 | 800 IU | 4,000 IU |
| Workers | 600 IU | 4,000 IU |
"""

MORTGAGES = """\
# Choosing a Mortgage

A fixed rate stays the same for the whole term. Fixed loans cost more at the start.

Most borrowers pick fixed loans, and a Fixed loan is easy to budget for. An Easy rule: borrow
less than 4.5 times your income. A Fixed rate suits a tight budget. An Escrow covers taxes.

## Fixed vs Adjustable

| Type | Rate | Risk |
|---|---|---|
| Fixed | 6.5% | Low |
| Adjustable | 5.9% | High |
| Interest-only | 6.9% | Very high |

## Level and Range

The Level of a rate and its Range matter. A Range of 5–9% is wide; the Level is set by the
lender. Each Level carries a Weight; the Weight of a Range is what the Escrow account pays.
Your Escrow rules differ by state.
"""

SLEEP = """\
# Sleep Stages

Deep sleep dominates the first half of the night. Growth hormone peaks in deep sleep.

| Stage | Share |
|---|---|
| N1 (light sleep) | about 5% |
| N3 (deep sleep) | 15–25% |
| REM | 20–25% |
"""


def _topics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: str) -> dict[str, list[str]]:
    """The topics `docdeck init` writes into the new spec of a one-article deck."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(article, encoding="utf-8")
    result = CliRunner().invoke(main, ["init", "a.md"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load((tmp_path / "decks" / "a.yaml").read_text(encoding="utf-8"))
    topics: dict[str, list[str]] = spec.get("topics", {})
    return topics


def test_a_row_key_is_a_topic_only_where_the_text_names_it_outside_its_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    topics = _topics(tmp_path, monkeypatch, VITAMIN_D)
    assert topics == {"adults-over-70": ["adults over 70"]}


def test_no_generic_word_alone_is_a_topic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    topics = _topics(tmp_path, monkeypatch, MORTGAGES)
    assert topics == {"escrow": ["escrow"]}


def test_a_row_key_the_text_names_by_its_bracket_is_a_topic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "N3 (deep sleep)": the prose says "deep sleep"; "N1 (light sleep)" it never names."""
    topics = _topics(tmp_path, monkeypatch, SLEEP)
    assert topics == {"n3-deep-sleep": ["deep sleep"]}
