"""A worked example that opens "For" its data asks for its result, the figure after "is" or
"=" that ends it: "For 2, 4, 4, 5, 10, the {{c1::median}} is 4." hid a term a bold mark had
stressed in the sentence before, and "For the data set …, the mean is 25 / 5 = 5." in plain
text gave no card. The data and the working are givens, never hidden where the result's
digits recur in them. Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, cloze_texts, written_as

RESULTS = [
    "For the data set 2, 4, 4, 5, 10, the mean is 25 / 5 = {{c1::5}}.",
    "For 2, 4, 4, 5, 10, the median is {{c1::4}}.",
    "For the values 3, 7 and 8, the range is 8 − 3 = {{c1::5}}.",
    "For a loan of £1,000 at 5% a year, the interest after one year is {{c1::£50}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", RESULTS)
def test_a_worked_example_asks_for_its_result(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Statistics", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


MARKED = """# Statistics

The **median** is the middle value when the data are put in order. For 2, 4, 4, 5, 10, the
median is 4.
"""


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_mark_in_the_sentence_before_does_not_win_over_the_result(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    records = article_records(tmp_path, monkeypatch, name, written_as(name, MARKED))
    texts = [record["fields"]["Text"] for record in records]
    assert "For 2, 4, 4, 5, 10, the median is {{c1::4}}." in texts


# Kept: no figure in the data, no figure that ends the sentence, no "the … is" after the data.

KEPT = [
    "For most adults, the daily limit of caffeine is {{c1::400 mg}}.",
    "For children under 12, the dose is {{c1::5 ml}} and it is given twice a day.",
    "For 2 weeks after surgery, the patient sleeps {{c1::10 hours}} a day.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", KEPT)
def test_other_sentences_keep_their_cards(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Statistics", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]
