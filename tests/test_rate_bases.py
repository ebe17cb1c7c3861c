"""A rate per a round number ("12 per 100,000 people", "3.2 deaths per 1,000 live births")
states its count: the cloze hides that, and the base stays on the front as a rate's period does.
Before, the base written in thousands was the only figure found, and the card asked for
"100,000" in "Lost-time injuries fell to 0.18 per [...] hours worked"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

RATES = [
    "Lost-time injuries fell to {{c1::0.18}} per 100,000 hours worked, the lowest rate so far.",
    "The incidence of measles in Europe was {{c1::12}} per 100,000 people in the survey.",
    "Infant mortality in the country fell to {{c1::3.2 deaths}} per 1,000 live births.",
    "The town had {{c1::2.5 doctors}} per 1,000 residents, below the national figure.",
    "The disease affects about {{c1::40}} per 100,000 adults over the age of 65 each year.",
    "The suicide rate in the region was {{c1::10.7}} per 100,000 people that year.",
]
# Rates whose base is no round number in thousands: as before.
OTHER_RATES = [
    "The car uses {{c1::6 litres}} per 100 km on the motorway, less than most rivals.",
    "The road recorded {{c1::4.5 accidents}} per million vehicle kilometres last year.",
    "Each glucose molecule yields about {{c1::30 ATP}} per glucose molecule in respiration.",
]


@pytest.mark.parametrize("name", ["rates.md", "rates.txt"])
def test_a_rate_per_a_round_number_hides_its_count(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Rates", RATES) == RATES


def test_other_rates_hide_what_they_hid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cloze_texts(tmp_path, monkeypatch, "rates.md", "Rates", OTHER_RATES) == OTHER_RATES
