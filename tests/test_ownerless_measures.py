"""A sentence that opens on "The" and a measure that is always of something (a target, a dose, a
range, a value), with nothing to say of what, gives that measure for what the sentence before
names: it leans on that sentence ("The usual therapeutic target is 1.5 to 2.5 times the control
value." after a sentence on heparin; was "… is {{c1::1.5 to 2.5 times}} the control value.").
Runs the real CLI on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, written_as

LEANING = [
    "Heparin is monitored with the activated partial thromboplastin time (aPTT). The usual"
    " therapeutic target is 1.5 to 2.5 times the control value.",
    "Fasting glucose is measured after an overnight fast. The normal range is 70 to 100 mg/dL"
    " in healthy adults.",
    "Ibuprofen is taken with food by most adult patients. The recommended dose is 200 mg to"
    " 400 mg every 4 to 6 hours.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_measure_that_says_not_of_what_leans_on_the_sentence_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    markdown = "# Medicines\n\nA standard deck has 52 cards.\n\n" + "\n\n".join(LEANING) + "\n"
    records = article_records(tmp_path, monkeypatch, name, written_as(name, markdown))
    assert [record["fields"]["Text"] for record in records] == [CONTROL]


@pytest.mark.parametrize(
    ("sentence", "card"),
    [
        # An "of" or a "for" says whose.
        (
            "Paracetamol is sold in most shops. The usual dose of paracetamol is 500 mg to 1 g"
            " every 4 to 6 hours.",
            "The usual dose of paracetamol is {{c1::500 mg to 1 g}} every 4 to 6 hours.",
        ),
        (
            "Warfarin is monitored with the INR. The dose for a child of 30 kg is usually"
            " 5 mg a day.",
            "The dose for a child of 30 kg is usually {{c1::5 mg}} a day.",
        ),
        # No figure: a definition of a term.
        (
            "Statistics has many terms. The expected value is the probability-weighted average"
            " of all outcomes.",
            "The {{c1::expected value}} is the probability-weighted average of all outcomes.",
        ),
    ],
)
def test_a_measure_that_says_whose_or_a_definition_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, card: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL, card]
