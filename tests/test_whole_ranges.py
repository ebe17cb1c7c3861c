"""A range is hidden whole: one opened by "from" with no verb of change before it ("seven
brackets, from {{c1::10% to 37%}}"), one whose ends "or" joins ("{{c1::30 or 40 kilometres}}")
and a bare count's ("at {{c1::100 to 120}} a minute"). A change keeps its first figure alone,
as before: "rose from {{c1::2%}} to 9%"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts, written_as

RANGES = [
    "There are seven federal tax brackets, from {{c1::10% to 37%}}, in the current tax year.",
    "Daytime temperatures on the plateau range from {{c1::-5 °C to 10 °C}} in winter.",
    "Adult doses of the syrup vary from {{c1::5 to 10 ml}} depending on body weight.",
    "Driving even {{c1::30 or 40 kilometres}} away from a city can make a huge difference.",
    "The coach journey from the airport takes {{c1::2 or 3 hours}} in normal traffic.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("cloze", RANGES)
def test_a_range_in_a_claim_is_hidden_whole(
    name: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Study notes", [cloze]) == [cloze]


# A change from one figure to another: its first figure alone, as before.
CHANGES = [
    "Inflation rose from {{c1::2%}} to 9% in a single year across the continent.",
    "The chunk size was increased from {{c1::4 MB}} to 8 MB in the latest release.",
    "The dose was reduced from {{c1::20 mg}} to 10 mg after the first week of treatment.",
    "The speed limit on the bridge was lowered from {{c1::70 mph}} to 60 mph in 2019.",
]


@pytest.mark.parametrize("cloze", CHANGES)
def test_a_change_from_one_figure_to_another_is_no_range(
    cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, "a.md", "Study notes", [cloze]) == [cloze]


SUMMARY = """\
# Revision notes

## Summary

- Compress the chest 5 to 6 cm deep at 100 to 120 a minute.
- A chess game between strong players lasts 40 to 60 moves.
- A blackbird's clutch holds 3 or 4 eggs.
- There are seven federal brackets, from 10% to 37%.
- Inflation rose from 2% to 9% last year.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_takeaway_hides_a_range_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, SUMMARY))
    assert [record["fields"]["Text"] for record in records] == [
        "Compress the chest 5 to 6 cm deep at {{c1::100 to 120}} a minute.",
        "A chess game between strong players lasts {{c1::40 to 60}} moves.",
        "A blackbird's clutch holds {{c1::3 or 4}} eggs.",
        "There are seven federal brackets, from {{c1::10% to 37%}}.",
        "Inflation rose from {{c1::2%}} to 9% last year.",
    ]
