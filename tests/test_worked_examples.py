"""A worked example's result is its fact: a conditional example ("If the order is 500 mg and the
tablets are 250 mg each, you give 2 tablets") hides the figure its main clause's verb takes,
not a given of its "If" clause. A conditional rule whose main clause takes no figure keeps its
threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

RESULTS = [
    "If the order is 500 mg and the tablets are 250 mg each, you give {{c1::2}} tablets.",
    "If the order is 0.5 g and the vial holds 250 mg per mL, you draw up {{c1::2 mL}}.",
    "If a child weighs 20 kg and the dose is 15 mg/kg, the child receives {{c1::300 mg}}.",
    "If the order is amoxicillin 40 mg/kg/day divided every 8 hours, the child receives"
    " {{c1::800 mg}} per day, which is about 267 mg per dose.",
    "If the order is 80 mg, the syrup is 40 mg per 5 mL, so you give {{c1::10 mL}}.",
    "When the order is 750 mg and the capsules hold 250 mg, you give {{c1::3}} capsules.",
    "If inflation is 3% and your savings earn 5%, the real return is about {{c1::2%}}.",
    "If you run 10 km at 6 min/km, the run takes {{c1::60 minutes}}.",
    # Unchanged: the main clause's verb takes no figure, or the result phrase already chose.
    "If eGFR is {{c1::30 to 45 mL/min}}, reduce the maximum dose to 1 g daily.",
    "If the time between flash and thunder is {{c1::30 seconds}} or less, you should seek"
    " shelter within 5 minutes.",
    "If untreated, the infection spreads to {{c1::30%}} of contacts within 2 weeks.",
    "If you save £100 a month, after 10 years you have {{c1::£12,000}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_conditional_example_hides_its_result(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Dosage", RESULTS) == RESULTS
