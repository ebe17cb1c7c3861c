"""A direction ("falls", "rises") is the answer of many facts. A claim that asks for one restates
a takeaway or an earlier claim only if the thing that changes is the same: "Demand for a
product usually [falls] as its price rises" is another fact than the takeaway "Bond prices
[fall] when interest rates rise" (it was dropped as restating it), while "When interest rates
rise, the price of existing bonds [falls]" says it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, as_text

MARKETS = """\
# Markets

## How prices move

Demand for a product usually falls as its price rises.

When interest rates rise, the price of existing bonds falls.

The resistance of a thermistor falls as its temperature rises.

## Key Takeaways

- Bond prices fall when interest rates rise.
"""


@pytest.mark.parametrize("name", ["markets.md", "markets.txt"])
def test_a_direction_restates_only_what_changes_the_same_thing(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = MARKETS if name.endswith(".md") else as_text(MARKETS)
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [(r["kind"], r["fields"]["Text"]) for r in records] == [
        ("claim", "Demand for a product usually {{c1::falls}} as its price rises."),
        ("claim", "The resistance of a thermistor {{c1::falls}} as its temperature rises."),
        ("takeaway", "Bond prices {{c1::fall}} when interest rates rise."),
    ]


CLAIMS = """\
# Markets

## How prices move

Bond prices fall when interest rates rise. Demand for a product usually falls as its price \
rises.

When interest rates rise, bond prices fall.
"""


@pytest.mark.parametrize("name", ["claims.md", "claims.txt"])
def test_two_claims_of_a_direction_are_one_fact_only_of_the_same_thing(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = CLAIMS if name.endswith(".md") else as_text(CLAIMS)
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [r["fields"]["Text"] for r in records] == [
        "Bond prices {{c1::fall}} when interest rates rise.",
        "Demand for a product usually {{c1::falls}} as its price rises.",
    ]
