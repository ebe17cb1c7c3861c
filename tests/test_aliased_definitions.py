"""A term defined with its abbreviation or other name between it and its verb ("Gross domestic
product (GDP) is …", "A stock, or share, is …") is a definition as it is without that name:
it gave no card. A card that asks for the term hides the other name too (it gives the term
away); an "It" after it names the term."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

ALIASED = [
    "{{c1::Gross domestic product (GDP)}} is the market value of all final goods and services"
    " produced in a country in a year.",
    "{{c1::An exchange-traded fund (ETF)}} is a fund that trades on a stock exchange like a"
    " single share.",
    "A {{c1::stock, or share}}, is a small piece of ownership in a company.",
    "{{c1::Magnetic resonance imaging (MRI)}} is a scan that uses strong magnetic fields and"
    " radio waves.",
    "The {{c1::taiga, or boreal forest}}, is the largest land biome.",
    "Potential difference, or voltage, is the {{c1::energy transferred per unit of charge}}.",
]


@pytest.mark.parametrize("name", ["terms.md", "terms.txt"])
def test_a_term_defined_after_its_other_name_is_a_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Terms", ALIASED) == ALIASED


@pytest.mark.parametrize("name", ["units.md", "units.txt"])
def test_it_after_an_aliased_definition_names_its_term(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "It is measured in volts" leaned on the sentence before: no card."""
    sentences = [
        "Potential difference, or voltage, is the energy transferred per unit of charge."
        " It is measured in volts (V)."
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Units", sentences)[1:] == [
        "Potential difference is measured in {{c1::volts (V)}}."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Composite volcanoes (also called stratovolcanoes) are found at destructive boundaries.",
        "Tea, or coffee, is what most people in the village drink in the morning.",
        "Mauna Loa (Hawaii) is on the list of places we visited last summer.",
    ],
)
def test_no_definition_behind_another_name_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


KEPT = [
    # No defining verb after the other name: the sentence's figure, as before.
    "The Bank of England (BoE) sets interest rates in the UK every {{c1::six weeks}}.",
    # No other name: the definition as before.
    "A {{c1::bond}} is a loan you make to a government or a company.",
]


@pytest.mark.parametrize("name", ["kept.md", "kept.txt"])
def test_other_sentences_keep_their_cards(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Kept", KEPT) == KEPT
