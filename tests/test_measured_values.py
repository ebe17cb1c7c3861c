"""A bare value the sentence's own words make a measure's ("a target of 2.5 to 3.5", "eGFR is
below 30", "14 units a week") is a fact: such sentences were dropped, no card and no warning,
as a figure with no recognised unit. A figure after a name with no such word stays no value.
Each runs the real CLI on a real article."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, cloze_texts

MEASURED = [
    "People with a mechanical mitral valve usually need a higher target of {{c1::2.5 to 3.5}}.",
    "For most people the target INR is between {{c1::2.0 and 3.0}}.",
    "Keep alcohol within {{c1::14 units}} a week and never binge drink.",
    "Metformin is contraindicated when eGFR is below {{c1::30}}.",
    "Treatment starts when blood pressure is above {{c1::140/90}}.",
    "Most hospitals use a pain score of {{c1::7}} as the cut-off for strong painkillers.",
    # Any other figure first: the subject's threshold is a given.
    "A threshold of 30 keeps fewer bases, but they are {{c1::ten times}} more reliable.",
]


def test_a_measure_s_bare_value_is_carded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cloze_texts(tmp_path, monkeypatch, "a.txt", "Warfarin", MEASURED) == MEASURED


def test_a_figure_after_a_name_or_a_year_is_no_measure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Notes\n\n"
        "The company is certified to ISO 9001 and audits its suppliers yearly.\n\n"
        "Reach level 3 before you try to beat the boss of the castle.\n\n"
        "Sales were higher than 2019 levels in every region of the country.\n\n"
        "Type 1 diabetes is more common in children than type 2.\n\n"
        "Water boils at 100 °C at sea level in an open pot.\n"
    )
    assert [n["Text"] for n in article_notes(tmp_path, monkeypatch, "a.txt", text)] == [
        "Water boils at {{c1::100 °C}} at sea level in an open pot."
    ]
