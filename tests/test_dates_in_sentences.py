"""A firm statement whose point is when something happened asks for its date, however the date
is written: a year hedged ("around 1440", "c. 1120") as one after "in" is ("was printed in
1455")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts, run_article

HEDGED_YEARS = [
    "Johannes Gutenberg introduced movable-type printing to Europe around {{c1::1440}} in Mainz.",
    "The Gutenberg Bible, printed around {{c1::1455}}, was the first major book printed with"
    " movable type in Europe.",
    "Around {{c1::1500}}, presses spread across Italy.",
    "The abbey of Fontevraud was founded c. {{c1::1101}} by Robert of Arbrissel.",
    "The cathedral at Chartres was rebuilt circa {{c1::1194}}.",
    "Bi Sheng made ceramic type in China about {{c1::1040}}.",
]


@pytest.mark.parametrize("name", ["history.md", "history.txt"])
def test_a_hedged_year_is_the_date_a_sentence_reports(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: only "in", "since", "until" and "by" set off a year."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Printing", HEDGED_YEARS) == HEDGED_YEARS


NO_DATES = [
    "Around 1500 people attended the opening.",
    "The town had about 1500 inhabitants in the Middle Ages.",
    "The population grew to around 1800.",
    "The village had a population of about 1500.",
    "The 1440 edition is lost.",
    "Route 1440 runs north.",
]


@pytest.mark.parametrize("sentence", NO_DATES)
def test_a_count_or_a_name_with_a_year_s_digits_is_no_date(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


PERIODS = [
    "Korean printers cast metal type in the {{c1::13th century}}.",
    "Melvin Calvin worked out the cycle's steps in the {{c1::1950s}}.",
    "Jazz spread across Europe in the {{c1::early 1900s}}.",
    "The steam engine changed British industry in the {{c1::late 18th century}}.",
    "Athens built the Parthenon in the {{c1::5th century BC}}.",
    "Monks copied most books by hand until the {{c1::fifteenth century}}.",
    "Sales of vinyl records have risen since the {{c1::2010s}}.",
]


@pytest.mark.parametrize("name", ["history.md", "history.txt"])
def test_a_century_or_a_decade_is_the_date_a_sentence_reports(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: a date was a year or a day, never a century or a decade."""
    assert cloze_texts(tmp_path, monkeypatch, name, "History", PERIODS) == PERIODS


@pytest.mark.parametrize(
    "sentence",
    ["The 21st-century economy depends on data.", "The 1950s were a decade of growth."],
)
def test_a_century_as_an_adjective_or_a_subject_is_no_date(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_check_counts_a_century_as_one_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` warned "cloze hides 3 words" on a short sentence's "late 18th century"."""
    text = "# History\n\nSteam power spread in the late 18th century.\n"
    assert "cloze hides" not in run_article(tmp_path, monkeypatch, "a.md", text, "check")


CENTURY_PAIRS = [
    "Coal mining dominated the valley in the {{c1::18th and 19th centuries}}.",
    "The castle was rebuilt in the {{c1::late 17th and early 18th centuries}}.",
    "Monasteries copied books by hand during the {{c1::12th to 14th centuries}}.",
    "Wool made the town rich in the {{c1::fourteenth and fifteenth centuries}}.",
    "Guilds ran the trade in the {{c1::15th–16th centuries}}.",
]


@pytest.mark.parametrize("name", ["history.md", "history.txt"])
def test_a_pair_of_centuries_is_one_date_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: a century's name was one ordinal and "century"."""
    assert cloze_texts(tmp_path, monkeypatch, name, "History", CENTURY_PAIRS) == CENTURY_PAIRS


def test_a_pair_of_centuries_as_an_adjective_is_no_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = "The valley kept its 18th and 19th century mills."
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


MONTHS = [
    "In {{c1::September}} the monarchy was abolished by the new assembly.",
    "The rainy season lasts from {{c1::early June to mid-July}} in most of Japan.",
    "Typhoon season peaks in {{c1::August and September}}.",
    "The harvest runs from {{c1::March–May}} in the south.",
    "Cherry trees bloom in {{c1::late March}} across Honshu.",
]


@pytest.mark.parametrize("name", ["seasons.md", "seasons.txt"])
def test_a_month_alone_is_the_date_a_sentence_reports(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: a date needed a year or a day."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Seasons", MONTHS) == MONTHS


@pytest.mark.parametrize(
    "sentence",
    [
        "You may apply for leave at any time of the year.",
        "Policies were set in May's first cabinet meeting.",
        "The page was last updated in March.",
    ],
)
def test_a_month_as_a_verb_a_name_or_the_pages_own_is_no_date(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


YEAR_RANGES = [
    "Aluminum branch wiring, installed in many homes built between {{c1::1965 and 1973}}, is a"
    " known fire hazard.",
    "The cathedral was built between {{c1::1163 and 1345}} on the site of two churches.",
    "The dynasty ruled between {{c1::1368 and 1644}}.",
]


@pytest.mark.parametrize("name", ["years.md", "years.txt"])
def test_two_years_after_between_are_one_date_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None of these gave a card: a pair of years after "between" has no unit."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Years", YEAR_RANGES) == YEAR_RANGES


def test_two_counts_after_between_are_no_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = "Between 1500 and 2000 people attended the opening."
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize(
    "sentence",
    [
        "The new bus network will take effect in September.",
        "In July I water every morning, and again in the evening on hot days.",
        "The bridge is under a weight limit, according to figures released in March.",
    ],
)
def test_a_plans_a_writers_or_a_sources_month_is_no_date(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
