"""A day of a month with no year dates a fact that comes round each year: hidden whole, day
and month ("The filing deadline is usually {{c1::April 15}} …", "Bastille Day is celebrated in
France on {{c1::14 July}} …"), a pair of them too. Not the writer's habit, a plan, the page's
own date, nor a date with its year (hidden whole, as before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

DAYS = [
    "The filing deadline is usually {{c1::April 15}} of the year after the tax year.",
    "Bastille Day is celebrated in France on {{c1::14 July}} every year.",
    "The tax year in the United Kingdom ends on {{c1::5 April}} each year.",
    "Payments for the final quarter are due by {{c1::January 15th}} of the following year.",
    "The closed season for coarse fishing on rivers runs from {{c1::15 March to 15 June}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("cloze", DAYS)
def test_a_day_of_a_month_is_a_claims_date(
    name: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Study notes", [cloze]) == [cloze]


def test_a_date_with_its_year_is_whole_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = ["Constantinople fell to the Ottoman army on {{c1::29 May 1453}} after a siege."]
    assert cloze_texts(tmp_path, monkeypatch, "a.md", "Study notes", clozes) == clozes


@pytest.mark.parametrize(
    "sentence",
    [
        "I sow my broad beans outdoors on 5 May in most years.",
        "The new library building will open to the public on 1 June.",
        "This page about the garden was last updated on March 5 by the editor.",
    ],
)
def test_a_day_that_dates_no_fact_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
