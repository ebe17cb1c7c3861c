"""A term defined by when it occurs is asked for, as one defined by "is when" is: "{{c1::Demand-pull
inflation}} occurs when aggregate demand grows faster than …", "A {{c1::solar eclipse}} happens
when the Moon passes …" (were no cards)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """\
# Revision Notes

## Key Ideas

Demand-pull inflation occurs when aggregate demand grows faster than the economy's ability to \
produce.

Cost-push inflation occurs when production costs rise, for example after an oil price shock.

A solar eclipse happens when the Moon passes directly between the Sun and the Earth.

Damage occurs when roots are exposed to frost for several nights in a row.

Confusion happens when two drugs have similar names and look alike on the shelf.

It occurs when the body cannot produce enough insulin to meet its needs.

This happens when the soil stays waterlogged for several days in a row.

Most injuries happen when runners increase their weekly mileage too quickly.

Hypothermia occurs when the body temperature falls below 35 °C for a long time.
"""

EXPECTED = [
    "{{c1::Demand-pull inflation}} occurs when aggregate demand grows faster than the economy's"
    " ability to produce.",
    "{{c1::Cost-push inflation}} occurs when production costs rise, for example after an oil"
    " price shock.",
    "A {{c1::solar eclipse}} happens when the Moon passes directly between the Sun and the Earth.",
    # One word names no kind ("Damage occurs when …"); a pronoun's or a quantifier's opening
    # defines nothing; a figure stays the point.
    "Hypothermia occurs when the body temperature falls below {{c1::35 °C}} for a long time.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_term_defined_by_when_it_occurs_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    assert [record["fields"]["Text"] for record in records] == EXPECTED
