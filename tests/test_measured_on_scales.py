"""The scale a quantity is measured on is what the sentence says of it, as the unit it is
measured in is: "Earthquakes are measured on the [moment magnitude scale]." Before, only
"measured in" a unit was read, and such a sentence gave no card. A place or a time it is
measured on, or a set of scales that weighs, stays out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

SCALES = [
    "Earthquakes are measured on the {{c1::moment magnitude scale}}.",
    "Mineral hardness is measured on the {{c1::Mohs scale}}.",
    "Acidity is measured on the {{c1::pH scale}}.",
    "Air quality is usually measured on the {{c1::Air Quality Index (AQI)}}.",
]
NOT_SCALES = [
    "Blood pressure is measured on the upper arm.",
    "Progress is measured on a weekly basis.",
    "Weight is measured on the bathroom scale.",
    "Our progress is measured on this scale.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_scale_a_quantity_is_measured_on_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Measurement", SCALES) == SCALES


@pytest.mark.parametrize("sentence", NOT_SCALES)
def test_a_place_a_time_or_a_weighing_scale_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_in_plain_text_a_place_or_a_time_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Counts\n\nA standard deck has 52 cards.\n\n" + "\n\n".join(NOT_SCALES) + "\n"
    records = article_records(tmp_path, monkeypatch, "a.txt", text)
    assert [record["fields"]["Text"] for record in records] == [CONTROL]
