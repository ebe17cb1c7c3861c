"""Whose voice a claim is in, and whether it stands alone: a bare count or ordinal for a
subject leans on the sentence before it. Each runs the real CLI on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[list[str], str]:
    """The texts of the cloze cards of `docdeck preview a.md`, their clozes undone, and its
    warnings."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    records = map(json.loads, result.stdout.splitlines())
    texts = [
        record["fields"]["Text"].replace("{{c1::", "").replace("}}", "")
        for record in records
        if "Text" in record["fields"]
    ]
    shown = CliRunner().invoke(main, ["preview", "a.md"])
    return texts, shown.output


# 1. A count or ordinal with no noun of its own stands for things named before.

STANDS_ALONE = "The full test suite runs in about 90 seconds on a laptop."


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        (
            "Three bugs were reported last week.",
            "Two are already fixed; the third needs a database migration of 4 hours.",
        ),
        (
            "Three bugs were reported last week.",
            "The third needs a database migration of 4 hours.",
        ),
        ("Four vendors bid on the contract.", "Both were rejected within 3 days of the vote."),
        ("Five drafts were written.", "The other two were thrown out after 2 days of review."),
        ("Two designs were tested.", "The latter reduced load times by 40% in every test."),
        ("Two designs were tested.", "The second costs $20 more but lasts 3 years longer."),
        ("Six kits were ordered.", "The last two took 6 weeks each to arrive from Ohio."),
        ("Five chairs were left.", "The remaining three cost $40 each at the local market."),
        ("Two plans are on offer.", "Both cost under $50 and ship within 2 days."),
        ("Forty settlers set out.", "Only one survived the crossing, which took 40 days."),
        ("Four routers failed.", "Three of them failed within 2 years of the installation."),
    ],
)
def test_a_bare_count_or_ordinal_for_a_subject_leans(
    before: str, sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Status\n\n{before} {sentence}\n\n{STANDS_ALONE}\n"
    texts, warnings = _preview(tmp_path, monkeypatch, text)
    assert texts == [STANDS_ALONE]
    assert "leans on the sentence before it" in warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Two patients died within 3 days of the first 40 mg dose.",
        "The third edition added 40 recipes and cost $12 more than the first.",
        "Two of the five bugs took 3 weeks to fix in version 3.2.",
        "The first step takes about 20 minutes for most people at home.",
        "The first years of life shape 80% of the brain's wiring.",
        "The first reported case was found in 1981, about 40 km from Los Angeles.",
        "The former president signed 40 orders in his first 100 days.",
        "The latter half of 2023 saw a 5% drop in sales across Europe.",
        "Two in five adults get less than 7 hours of sleep a night.",
        "Two hundred people died in the earthquake, about 5% of the town.",
        "Two common mistakes cost runners 10 minutes in a marathon.",
        "Both Apple and Google charge 30% on in-app purchases.",
        "Only one dose is needed for 90% protection in adults.",
    ],
)
def test_a_count_with_a_noun_of_its_own_names_its_subject(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts, warnings = _preview(tmp_path, monkeypatch, f"# Facts\n\n{sentence}\n")
    assert texts == [sentence]
    assert "leans" not in warnings


# 2. An opening frame that names the author's study, survey or sample: its finding is a fact.

# The page speaks as one person, so "our" is the author's: only the frame makes it a fact.
PERSONAL = "I run the nursing research unit at a large teaching hospital."


@pytest.mark.parametrize(
    "sentence",
    [
        "In our 2023 survey of 1,200 nurses across four hospitals, 40% reported burnout.",
        "In our 2023 survey of 1200 nurses across four hospitals, 40% reported burnout.",
        "In our analysis of 4000 support tickets from last year, 35% involved password resets.",
        "In our experience with more than 500 small business customers, 60% switch within a year.",
        "Across our sample of 2400 adults in 12 countries, 1 in 5 slept under 6 hours.",
        "In our review of 38 randomised trials published since 2000, deaths fell by 12%.",
        "In our data from 10000 runners over five marathon seasons, the median taper was 3 weeks.",
        "In our lab test, the QC Ultra cut noise by 32 dB.",
    ],
)
def test_a_finding_after_a_frame_naming_our_study_is_a_claim(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts, warnings = _preview(tmp_path, monkeypatch, f"# Findings\n\n{PERSONAL}\n\n{sentence}\n")
    assert texts == [sentence]
    assert "own experience" not in warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "In our kitchen last Sunday, my son burned 3 pancakes in 10 minutes.",
        "In our kitchen over the long hot summer holidays, the oven ran for 40 hours a week.",
        "During our two-week trip to Italy with the kids last summer, the hotel cost $4,000.",
        "In our experience raising three kids in a small flat, August costs $400 more.",
        "In our survey of 1200 nurses across four hospitals, my own ward scored 40%.",
    ],
)
def test_an_anecdote_after_a_frame_with_our_stays_out(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Findings\n\n{PERSONAL}\n\n{sentence}\n\n{STANDS_ALONE}\n"
    texts, warnings = _preview(tmp_path, monkeypatch, text)
    assert texts == [STANDS_ALONE]
    assert "is the author's own experience, not a claim" in warnings
