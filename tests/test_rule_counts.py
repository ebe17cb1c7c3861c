"""A rule's threshold on a count of things is its point, as "at least 3 witnesses" is: "The first
player to reach 10 victory points wins", "every player with more than 7 resource cards discards
half of them" ask for the count. A bare count in a step, a reference or a passing remark, and a
threshold on no thing ("more than 2 of them"), stay no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import preview_records

RULES = """\
# Catan: the rules in brief

## Winning

The first player to reach 10 victory points wins the game.

Every player with more than 7 resource cards discards half of them.

Each team has fewer than 3 chances to score before the whistle blows.

## Other

Add 2 eggs and stir the batter until it is smooth and glossy.

See 3 examples below for the full list of layouts on a phone.

We met 4 friends at the station and took the train to the coast together.

Children who eat more than 2 of them a day often sleep badly at night.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_a_rules_threshold_on_a_count_of_things_asks_for_the_count() -> None:
    assert [r["fields"]["Text"] for r in preview_records("rules.md", RULES)] == [
        "The first player to reach {{c1::10}} victory points wins the game.",
        "Every player with more than {{c1::7}} resource cards discards half of them.",
        "Each team has fewer than {{c1::3}} chances to score before the whistle blows.",
    ]
