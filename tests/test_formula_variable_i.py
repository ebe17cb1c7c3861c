"""A formula's variable "I" is no one speaking: between operators ("C + I + G") or before a verb
no one says of themselves ("I is investment", "I represents the current"). The sentence was
skipped as "the author's own experience", and the page read as someone's own account."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """\
# Physics and Economics Notes

## Formulas

The expenditure approach uses the equation GDP = C + I + G + NX, where C is consumption, I is \
investment, G is government purchases and NX is net exports.

Ohm's law is written V = I × R, where V is the voltage in volts and I is the current in amperes.

In the formula P = I²R, I represents the current and R is the resistance in ohms.

Last year I measured the current in my own circuit and found that it was 2 amperes.
"""

EXPECTED = [
    "The expenditure approach uses the equation {{c1::GDP = C + I + G + NX}}, where C is"
    " consumption, I is investment, G is government purchases and NX is net exports.",
    "Ohm's law is written {{c1::V = I × R}}, where V is the voltage in volts and I is the"
    " current in amperes.",
    "In the formula {{c1::P = I²R}}, I represents the current and R is the resistance in ohms.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_formulas_variable_i_is_no_first_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    # The author's own "I measured" is still no claim.
    assert [record["fields"]["Text"] for record in records] == EXPECTED
