"""How often a thing is done, in words, is a claim's fact where no figure states it: hidden
whole with its period ("Self-employed people pay estimated tax {{c1::four times a year}}"), a
pair of counts too ("{{c1::once or twice a week}}", which a takeaway hid half of). A time of
day ("at dawn", "by noon") and an instruction's frequency stay the takeaways' alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts, written_as

FREQUENCIES = [
    "Self-employed people pay estimated tax {{c1::four times a year}} to the IRS.",
    "Adults should take the tablets {{c1::three times a day}} with food.",
    "The committee of the society meets {{c1::twice a year}} in London.",
    "Most sheep in the flock are sheared {{c1::once a year}} in early summer.",
    "A good soak {{c1::once or twice a week}} encourages roots to grow down.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("cloze", FREQUENCIES)
def test_how_often_is_a_claims_fact(
    name: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Study notes", [cloze]) == [cloze]


@pytest.mark.parametrize(
    "sentence",
    [
        # A time of day sets the scene in prose.
        "At dawn the birds in the old garden begin to sing together.",
        # "seven days a week" says "always": no frequency.
        "The corner shop on our street is open seven days a week.",
        # The writer's habit.
        "I water my tomatoes twice a week when the weather is dry.",
        # An instruction's advice, labelled or not.
        "Tip: restart the router once a week to keep it quick and cool.",
        "Take the tablets three times a day with a glass of water.",
    ],
)
def test_no_frequency_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_a_figure_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clozes = ["Take {{c1::500 mg}} of the syrup three times a day after meals."]
    assert cloze_texts(tmp_path, monkeypatch, "a.md", "Study notes", clozes) == clozes


SUMMARY = """\
# Garden notes

## Summary

- Water the beds once or twice a week in dry spells.
- Take the syrup two or three times a day.
- Test GFCI outlets once a month.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_takeaway_hides_both_counts_of_a_frequency(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, SUMMARY))
    assert [record["fields"]["Text"] for record in records] == [
        "Water the beds {{c1::once or twice a week}} in dry spells.",
        "Take the syrup {{c1::two or three times a day}}.",
        "Test GFCI outlets {{c1::once a month}}.",
    ]
