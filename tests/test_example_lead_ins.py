"""An "Example:" lead-in ("For example:", "Example 2:") sets up a worked example, as "Worked
example:" does: its figures are givens, no fact ("Example: a single filer with $60,000 … pays
{{c1::10%}} on the first $11,600, …" hid a given)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

EXAMPLES = [
    "Example: a single filer with $60,000 of taxable income pays 10% on the first $11,600, 12% on"
    " the next $35,550 and 22% on the rest.",
    "For example: a family of four earning $50,000 pays 10% on the first $23,200 of its income.",
    "Example 2: a 70 kg adult at 10 mg/kg receives 700 mg per dose, twice a day.",
    "Worked example: a loan of $10,000 at 5% costs $500 in interest in its first year.",
]

# No lead-in of its own: a fact that names examples, or a plain figure, is still a card.
FACTS = [
    "Example sentences show each new word in use in at least {{c1::3}} contexts.",
    "A standard deck has {{c1::52}} cards.",
]


@pytest.mark.parametrize("sentence", EXAMPLES)
def test_an_example_lead_in_sets_up_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_sentences_after_an_example_lead_in_are_the_examples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    paragraph = f"{EXAMPLES[0]} Their average rate is therefore about 14% of $60,000."
    assert cloze_texts(tmp_path, monkeypatch, name, "Income Tax", [paragraph, CONTROL]) == [CONTROL]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_sentence_that_names_examples_is_still_a_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Vocabulary", FACTS) == FACTS
