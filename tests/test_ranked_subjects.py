"""A definition by rank ("X is the only Y …", "X is the most reliable Y", "X is the largest Y")
picks one thing out of its kind: the card asks for that thing, not the rank. The cloze hid
"Regular insulin is the {{c1::only insulin}} that …", "Fine mesh netting is the {{c1::most
reliable protection}}": a learner can say those of many things."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """\
# Revision Notes

## Notes

Regular insulin is the only insulin that can be given intravenously.

An experiment is the only research method that can establish cause and effect.

Fine mesh netting is the most reliable protection against cabbage white caterpillars.

The deep ocean is the largest active store, at roughly 37,000 gigatonnes.

This is the only way to be sure the dough has risen enough.

## Key Takeaways

- The taiga is the largest land biome.
- Copper tape is the cheapest slug barrier.
- Heparin is the first drug to reach for.
"""

EXPECTED = [
    "{{c1::Regular insulin}} is the only insulin that can be given intravenously.",
    "{{c1::An experiment}} is the only research method that can establish cause and effect.",
    "{{c1::Fine mesh netting}} is the most reliable protection against cabbage white caterpillars.",
    # A figure stays the point; a pronoun's rank is no definition.
    "The deep ocean is the largest active store, at roughly {{c1::37,000 gigatonnes}}.",
    "The {{c1::taiga}} is the largest land biome.",
    "{{c1::Copper tape}} is the cheapest slug barrier.",
    "{{c1::Heparin}} is the first drug to reach for.",
]


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, text))
    return [record["fields"]["Text"] for record in records]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_rank_asks_for_the_thing_it_picks_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _texts(tmp_path, monkeypatch, name, ARTICLE) == EXPECTED


# The deck's own subject defined by a rank: every card is about it, so the rank is the point.
OWN_SUBJECT = """\
# The Passé Composé

The passé composé is the most common past tense in spoken French.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_decks_own_subject_keeps_its_rank_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _texts(tmp_path, monkeypatch, name, OWN_SUBJECT) == [
        "The passé composé is the {{c1::most common}} past tense in spoken French."
    ]
