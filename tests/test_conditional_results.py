"""A conditional worked example hides its result, also where the result's subject is three words
long or opens on a possessive, and where its verb takes "to": "If a bank pays 6% and inflation is
4%, the real interest rate is {{c1::2%}}" (the cloze hid the given "6%")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

RESULTS = [
    "If a bank pays 6% and inflation is 4%, the real interest rate is {{c1::2%}}.",
    "If a car travels 120 km in 2 hours, its average speed is {{c1::60 km/h}}.",
    "If prices rise from $100 to $105 over a year, the annual inflation rate is {{c1::5%}}.",
    "If you invest £1,000 at 5% for one year, your balance grows to {{c1::£1,050}}.",
    # As before: a two-word subject, a count of things.
    "If the CPI rises from 200 to 210, the inflation rate is {{c1::5%}}.",
    "If the order is 500 mg and the tablets are 250 mg each, you give {{c1::2}} tablets.",
]

# A condition with no figure in its main clause is no worked example: its figure is the point.
CONDITIONS = [
    "When the soil temperature drops below {{c1::10 °C}}, sweetcorn seeds rot in the ground.",
    "If a patient's INR is above {{c1::3.0}}, the next dose of warfarin is usually held.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_worked_example_hides_its_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Worked Examples", RESULTS) == RESULTS


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_condition_without_a_result_keeps_its_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Conditions", CONDITIONS) == CONDITIONS
