"""A rate whose period is "an hour" or "a minute" is one unit with its figure, as "per hour" is:
hidden whole ("The car travels at {{c1::5 km an hour}} on the test track"; was "{{c1::5 km}} an
hour")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

RATES = [
    "The car travels at {{c1::5 km an hour}} on the test track.",
    "A fast train runs at {{c1::60 miles an hour}} across the plain.",
    "The pump delivers {{c1::20 mL an hour}} during the night.",
]

# A period of a day, a night or a year stays a hint on the front, as "per day" does.
PERIODS = [
    "Adults should walk {{c1::10,000}} steps a day.",
    "The glacier moves {{c1::2 metres}} a year down the valley.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_rate_an_hour_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Speeds", RATES) == RATES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_period_of_a_day_or_a_year_stays_in_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Periods", PERIODS) == PERIODS
