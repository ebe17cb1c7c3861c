"""A sentence whose first clause is a firm fact and only a later one (after "; " or ", and ")
the author's experience cards the first clause alone, the whole sentence on the back. A
sentence that speaks as the author before that, or whose first clause is no claim, stays out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

REVIEW = """\
# My headphone review

I tested all three for six weeks.

## Comfort

The Sony is the lightest and the most comfortable for long sessions; I wore it for a 9-hour \
flight without a break. The AirPods Max are beautifully made from aluminium and steel, but at \
385 g they are heavy, and my neck noticed after two hours.

## Noise

The Bose is great; I loved it. I think the Sony is the lightest at 250 g. My Sony weighs \
250 g, and I wore it daily. Salt, pepper, and my own spice mix cost 5 dollars.

## Heat

Salmon need cold water. Above about 23 degrees Celsius they start to suffer, and in the hot \
summer of 2018 some of our lowland sites went above that.

## Fees

We charge a 15% fee on every sale; you pay it at checkout.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_the_fact_before_the_authors_clause_is_carded_alone() -> None:
    Path("a.md").write_text(REVIEW, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    claims = [r["fields"] for r in records if r["kind"] == "claim"]
    assert [claim["Text"] for claim in claims] == [
        "The {{c1::Sony}} is the lightest and the most comfortable for long sessions.",
        "The AirPods Max are beautifully made from aluminium and steel, but at {{c1::385 g}}"
        " they are heavy.",
    ]
    # The whole sentence, the author's clause with it, is on the back.
    assert "I wore it for a 9-hour flight without a break." in claims[0]["Context"]
    assert "and my neck noticed after two hours." in claims[1]["Context"]

    warnings = CliRunner().invoke(main, ["preview", "a.md"]).output
    for kept_out in (
        "I think the Sony is the lightest at 250 g.",
        "My Sony weighs 250 g, and I wore it daily.",
        "Salt, pepper, and my own spice mix cost 5 dollars.",
        "We charge a 15% fee on every sale; you pay it at checkout.",
        # Its first clause's "they" stands for the salmon of the sentence before.
        "Above about 23 degrees Celsius they start to suffer, and in…",
    ):
        assert f"claim '{kept_out}' is the author's own experience, not a claim" in warnings
