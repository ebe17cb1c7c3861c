"""A year before 1000 is the date a sentence reports: with its era ("44 BC", "AD 410") wherever it
stands, a bare three-digit one only after "in" or a hedge in a sentence that reports an event
and where no noun follows ("crowned emperor in 800", not "loads in 800 ms")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

EARLY_YEARS = [
    "Julius Caesar was assassinated in {{c1::44 BC}}.",
    "Rome was founded in {{c1::753 BC}}, according to legend.",
    "The Visigoths sacked Rome in {{c1::AD 410}}.",
    "Charlemagne was crowned emperor in {{c1::800}}.",
    "The abbey of Cluny was founded c. {{c1::910}}.",
    "Augustus died at Nola in {{c1::AD 14}}.",
    "The Colosseum was completed in {{c1::80 AD}}.",
    "The Parthenon was finished in {{c1::432 BCE}}.",
    "Hadrian's Wall was built in {{c1::122}} to guard the frontier.",
    "Alfred the Great died in {{c1::899}} at Winchester.",
    "Mount Vesuvius erupted in {{c1::79 AD}}.",
    "Constantine became sole emperor in {{c1::324}}.",
    "In {{c1::1066}}, the Normans conquered England.",
    "Leif Erikson landed in North America around {{c1::1000}}.",
]


@pytest.mark.parametrize("name", ["rome.md", "rome.txt"])
def test_an_early_year_is_the_date_a_sentence_reports(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card but the last two: a year had four digits and no era."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Rome", EARLY_YEARS) == EARLY_YEARS


NO_YEARS = [
    "The page loads in 800 ms.",
    "The novel was written in 300 pages.",
    "The race was won in 300.",
    "The tour ended in 250 cities.",
    "Children with the trait are born at a rate of one in 700.",
    "About one in 800 babies is born with it.",
    "The town was founded by 300 settlers.",
    "Around 800 people died in the flood.",
    "The population fell to around 900.",
    "The abbey was founded with c. 900 monks in mind.",
    "Sales fell in 400 stores.",
    "The image was built in 800 x 600 pixels.",
    "The results came in 300 at a time.",
]


@pytest.mark.parametrize("sentence", NO_YEARS)
def test_a_three_digit_figure_after_in_is_no_year_without_an_event(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
