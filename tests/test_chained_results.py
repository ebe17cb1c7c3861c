"""A worked example's second result joined to the first with "and" is what it comes to; the first
is a step: "…, the concentration is 50 units per mL and the pump runs at {{c1::20 mL/hr}}." (was
"the concentration is {{c1::50 units per mL}} and the pump runs at 20 mL/hr")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

CHAINED = [
    "If the order is 1,000 units per hour and the bag contains 25,000 units in 500 mL, the"
    " concentration is 50 units per mL and the pump runs at {{c1::20 mL/hr}}.",
    "If you drive 300 km at 100 km/h, the trip takes 3 hours and your fuel bill comes to"
    " {{c1::£45}}.",
    "When a loan of £1,000 is repaid over 2 years at 10%, the interest is £100 and the total"
    " repaid is {{c1::£1,100}}.",
]

# As before: one result, or an "and" clause with no figure of its own.
SINGLE = [
    "If a bank pays 6% and inflation is 4%, the real interest rate is {{c1::2%}}.",
    "If the order is 500 mg and the tablets are 250 mg each, you give {{c1::2}} tablets and the"
    " patient takes them with water.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_second_result_is_what_the_example_comes_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Dose Calculations", CHAINED) == CHAINED


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_single_result_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Dose Calculations", SINGLE) == SINGLE
