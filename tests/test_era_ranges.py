"""Two years joined by "between … and" or "from … to", one of them with its era ("264 and
146 BC", "27 BC to AD 14", "AD 250 to 900"), are one range: hidden whole, not its second year
or first year alone ("between 264 and {{c1::146 BC}}" gave the other year away). Years with
no era, a count's range and a change's start are left as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

RANGES = [
    "Rome fought three Punic Wars against Carthage between {{c1::264 and 146 BC}}.",
    "The Peloponnesian War was fought between {{c1::431 and 404 BC}}.",
    "Augustus ruled the Roman world from {{c1::27 BC to AD 14}}.",
    "Hammurabi reigned over Babylon from {{c1::1792 to 1750 BC}}.",
    "The Maya Classic period lasted from {{c1::AD 250 to 900}}.",
    "The temple in Jerusalem was rebuilt between {{c1::20 BC and AD 64}}.",
]

UNCHANGED = [
    # Years with no era, and a span of people: as before.
    "Most of the houses on the estate were built between {{c1::1965 and 1973}}.",
    "A Roman legion had between {{c1::4,000 and 6,000}} soldiers at full strength.",
    "The population of the city grew from 200 to 900 in the {{c1::fifth century BC}}.",
    "The fort held between 300 and 500 men in {{c1::AD 120}}.",
    "Julius Caesar crossed the Rubicon river with his army in {{c1::49 BC}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_range_of_years_with_an_era_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Dates", RANGES) == RANGES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_other_years_and_counts_are_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Dates", UNCHANGED) == UNCHANGED
