"""An opening condition on a figure ("Above 3,000 metres, …", "Below 5 years, …", "Beyond 30
metres, …") is a given, as "Within 4 nautical miles …, " and "Over 15 years, …" are: the figure
the main clause's verb takes is the fact. Where the main clause has none, the condition's
figure is the fact still ("Below {{c1::0 °C}}, water freezes")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

CONDITIONS = [
    "Above 3,000 metres, climbers should ascend no more than {{c1::500 metres}} a day.",
    "Below 5 years, children need {{c1::10 hours}} of sleep.",
    "Beyond 30 metres, divers need a decompression stop of {{c1::3 minutes}}.",
    "Within 4 nautical miles of the airport, aircraft must fly below {{c1::200 knots}}.",
]


@pytest.mark.parametrize("name", ["rules.md", "rules.txt"])
def test_an_opening_condition_is_a_given(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first three hid the condition's figure ("Above {{c1::3,000 metres}}, …")."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Rules", CONDITIONS) == CONDITIONS


CONDITION_ALONE = [
    "Below {{c1::0 °C}}, water freezes.",
    "Above {{c1::40 °C}}, most enzymes stop working.",
    "Above {{c1::50%}} of adults own a car.",
]


@pytest.mark.parametrize("name", ["alone.md", "alone.txt"])
def test_a_conditions_figure_is_the_fact_when_the_clause_has_none(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Limits", CONDITION_ALONE) == CONDITION_ALONE
