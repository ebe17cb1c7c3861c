"""Two years after "from" and "to" are the period a sentence reports, hidden whole as two after
"between" are ("lasted from {{c1::1965 to 1973}}"); not after a verb of change, whose figures
are counts ("grew from 1500 to 1900"), nor where a noun follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

YEAR_RANGES = [
    "The war lasted from {{c1::1965 to 1973}}.",
    "Nixon was president from {{c1::1969 to 1974}}.",
    "The cathedral was built from {{c1::1890 to 1895}} in Leeds.",
    "From {{c1::1914 to 1918}}, the Western Front barely moved.",
]


@pytest.mark.parametrize("name", ["history.md", "history.txt"])
def test_two_years_after_from_and_to_are_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: only "between 1965 and 1973" was a period."""
    assert cloze_texts(tmp_path, monkeypatch, name, "History", YEAR_RANGES) == YEAR_RANGES


NO_PERIODS = [
    "Membership grew from 1500 to 1900.",
    "The population rose from 1850 to 1920 during the decade.",
    "Trains ran from 1900 to 2000 people a day.",
]


@pytest.mark.parametrize("sentence", NO_PERIODS)
def test_two_figures_after_a_change_are_no_period(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
