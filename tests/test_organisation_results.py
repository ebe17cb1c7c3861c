"""An organisation reports what it did in the first person: "We reduced operating costs by 12%
in 2025." in an annual report, an ADR's consequences, a company's engineering post. Such a
sentence is a claim when its verb states a result (reduced, grew, cut, opened, migrated …), it
measures that result, and the page speaks for an organisation: a report heading in its title or
headings ("Annual report", "Results", "Decision", "Financial highlights") or "our customers /
revenue / stores …" in its text. The card's Source (title and section) says who "we" is. A
person's or a family's outing ("We drove 1,200 km", "I ran my first marathon at 40") and "we"
trying something stay without a card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ANNUAL_REPORT = """\
# Northwind Retail Annual Report 2025

## Letter to shareholders

2025 was a year of disciplined growth for Northwind. We reduced operating costs by 12% in 2025.
We opened 14 new stores across Europe last year. Our revenue grew to $4.2 billion.

## Financial highlights

We returned $120 million to shareholders through dividends and buybacks.

## Outlook

We hope to open more stores in 2026. We will review our dividend policy next year.
"""

ADR = """\
# ADR 0007: Use PostgreSQL for the order service

## Status

Accepted.

## Decision

We chose PostgreSQL 16 for the order service. We migrated the 40 million order rows over
two weekends in March 2024.

## Consequences

We retired 3 MongoDB clusters and cut hosting costs by 18%.
"""

ENGINEERING_POST = """\
# How We Made Checkout Faster at Shopwise

Checkout is the last step between a shopper and an order, and it was slow at peak.

## Results

We cut p99 latency from 800 ms to 120 ms by moving session lookups into a local cache.
We've reduced our cloud bill by 22% since the move. Our error budget lasted the whole quarter.
"""

TRAVEL_BLOG = """\
# Two Weeks in Andalusia

We went to Spain in 2019. We flew into Madrid and spent 4 days there before taking the train
south.

We drove 1,200 km in 5 days through Andalusia. We spent €2,400 on the whole trip, flights
included. We cut our food bill by 30% by cooking in the flat.

My grandmother grew tomatoes in a village near Granada. I ran my first marathon at 40.
"""

FAMILY_TRIP = """\
# Our Family Road Trip

We drove 3,000 miles across the American West in 2022. We visited 6 national parks in
3 weeks. We spent $5,000 on petrol, food and motels. We tried camping for the first time and
lost 2 tents to the wind. We reduced our petrol costs by 15% by driving at night.
"""


def _preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[list, str]:
    """The claim notes of `docdeck preview --json a.md` and the output of `docdeck check`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["preview", "--json", "a.md"])
    notes = [json.loads(line) for line in result.stdout.splitlines()] if result.stdout else []
    claims = [note["fields"] for note in notes if note["kind"] == "claim"]
    return claims, runner.invoke(main, ["check", "a.md"]).output


def test_an_annual_reports_results_are_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, _ = _preview(tmp_path, monkeypatch, ANNUAL_REPORT)
    texts = [claim["Text"] for claim in claims]
    assert texts == [
        "We reduced operating costs by {{c1::12%}} in 2025.",
        "We opened {{c1::14}} new stores across Europe last year.",
        "Our revenue grew to {{c1::$4.2 billion}}.",
        "We returned {{c1::$120 million}} to shareholders through dividends and buybacks.",
    ]
    # Whose costs: the Source names the report and its section.
    assert "Northwind Retail Annual Report 2025" in claims[0]["Source"]
    assert "Letter to shareholders" in claims[0]["Source"]


def test_an_adrs_decision_and_consequences_are_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, _ = _preview(tmp_path, monkeypatch, ADR)
    assert [claim["Text"] for claim in claims] == [
        "We migrated the {{c1::40 million}} order rows over two weekends in March 2024.",
        "We retired 3 MongoDB clusters and cut hosting costs by {{c1::18%}}.",
    ]


def test_an_engineering_posts_results_are_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, _ = _preview(tmp_path, monkeypatch, ENGINEERING_POST)
    texts = [claim["Text"] for claim in claims]
    assert "We've reduced our cloud bill by {{c1::22%}} since the move." in texts
    assert any(text.startswith("We cut p99 latency from {{c1::800 ms}}") for text in texts)


@pytest.mark.parametrize("article", [TRAVEL_BLOG, FAMILY_TRIP], ids=["travel", "family"])
def test_an_outing_told_as_we_stays_without_a_card(
    article: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims, output = _preview(tmp_path, monkeypatch, article)
    assert claims == []
    assert "found nothing to turn into notes" in output


def test_we_trying_something_on_a_companys_page_stays_an_experience(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A result verb does not make "we tried" or "our lab tested" a report."""
    text = ANNUAL_REPORT.replace(
        "We returned $120 million",
        "We tried a four-day week in 2 stores and cut absences by 30%. We returned $120 million",
    )
    claims, output = _preview(tmp_path, monkeypatch, text)
    assert not any("four-day week" in claim["Text"] for claim in claims)
    assert "'We tried a four-day week in 2 stores and cut absences by 30…' is the author" in output


def test_a_papers_methods_are_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A "Results" heading makes its own section a report, not the steps under "Methods"."""
    text = (
        "# Effects of Caffeine on Reaction Time\n\n## Methods\n\n"
        "We increased the dose to 200 mg after the first week of the trial.\n\n## Results\n\n"
        "We reduced reaction times by 12% in the caffeine group.\n"
    )
    claims, output = _preview(tmp_path, monkeypatch, text)
    assert [claim["Text"] for claim in claims] == [
        "We reduced reaction times by {{c1::12%}} in the caffeine group."
    ]
    assert "'We increased the dose to 200 mg after the first week of the…' is the author" in output


def test_a_report_whose_author_says_i_is_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A founder's letter that says "I" makes its "we" the author's (`Context.personal`)."""
    text = ANNUAL_REPORT.replace("2025 was a year", "I am proud that 2025 was a year")
    claims, _ = _preview(tmp_path, monkeypatch, text)
    assert claims == []


OUTLOOK = """\
# Northwind Retail Annual Report 2025

## Outlook

We plan to cut costs by 10% in 2026. We hope to open 20 more stores by 2027. We aim to reach
net zero emissions by 2040. We would like to cut delivery times to 2 days by 2026. We will
review our dividend of $1.20 a share next year.

## Returns

We will refund you within 14 days of receiving the item. We expect you to return items within
30 days.
"""


def test_an_organisations_plans_and_hopes_are_no_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "We plan to …", "We hope to …", "We will … next year": no card. A company's terms in
    the future tense ("We will refund you within 14 days") are still claims."""
    claims, output = _preview(tmp_path, monkeypatch, OUTLOOK)
    assert [claim["Text"] for claim in claims] == [
        "We will refund you within {{c1::14 days}} of receiving the item.",
        "We expect you to return items within {{c1::30 days}}.",
    ]
    assert output.count("states a plan or a hope, not a fact") == 5
