"""A figure glued to a letter inside a product code or a part number is no measure: "Order the
shelf unit 1257L W1 for the stockroom." hid "1257L" as litres. A code is what a word that names
one ("unit", "model", "part", "code", "item") or another code token ("W1") puts it in; a measure
with a space, one an article makes a description ("a 5L V8 engine") stays a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

CODES = [
    "Order the shelf unit 1257L W1 for the stockroom.",
    "Order the shelf 1257L W1 for the stockroom.",
    "Order model 300W for the workshop.",
    "Replace part 12V with the spare.",
    "Fit the bracket 400MM B2 to the frame.",
]
MEASURES = [
    "The tank holds {{c1::1257 L}} of water when full.",
    "The tank holds {{c1::1257L}} of water when full.",
    "The Mustang has a {{c1::5L}} V8 engine.",
    "The heater draws {{c1::2000W}} at full power.",
    "The charger delivers {{c1::65W}} over USB-C.",
]


@pytest.mark.parametrize("sentence", CODES)
def test_a_figure_in_a_product_code_is_no_measure(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["shelving.md", "shelving.txt"])
def test_a_measure_glued_or_spaced_stays_a_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Shelving", MEASURES) == MEASURES
