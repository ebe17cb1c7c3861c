"""The unit a quantity is measured in, where that is what a sentence says of it, is the fact
hidden ("Electric current is measured in {{c1::amperes (A)}}."), its symbol in brackets with it;
also after "It", for the subject the sentence before defines. Not a time or place it is
measured in, nor a long phrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, beside_control, cloze_texts, written_as

UNITS = [
    "Electric current is measured in {{c1::amperes (A)}}.",
    "Blood pressure is measured in {{c1::millimetres of mercury (mmHg)}}.",
    "Angles are usually measured in {{c1::degrees or radians}}.",
    "Sound intensity is measured in {{c1::decibels}}, a logarithmic scale.",
    "Electrical power is measured in {{c1::watts (W)}}, and one watt is one joule per second.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_unit_a_quantity_is_measured_in_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Units", UNITS) == UNITS


ARTICLE = """# Circuits

## Resistance

Resistance is the opposition a component offers to the flow of current. It is measured in
ohms (Ω).
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_it_is_the_subject_the_sentence_before_defines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    assert [record["fields"]["Text"] for record in records] == [
        "{{c1::Resistance}} is the opposition a component offers to the flow of current.",
        "Resistance is measured in {{c1::ohms (Ω)}}.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Blood pressure is measured in the morning.",
        "Her temperature is measured in a quiet room.",
        "Progress is measured in each weekly quiz.",
        "Each dose should be measured in millilitres.",
        "It is measured in volts.",
    ],
)
def test_a_time_place_instruction_or_pronoun_is_no_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
