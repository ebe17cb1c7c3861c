"""A demonstrative followed by a verb, a modal or an adverb stands alone for what the sentence
before says: "You are contagious until the blisters scab over. This usually takes 5 to 7 days."
Its figure kept it as a claim, and the card asked "This usually takes [...] after the rash first
appears." with nothing to say what "This" is. Such a sentence now leans on the one before; a
demonstrative that determines a noun ("This process takes about 6 hours", "These costs rose by
5%") still gives its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control

ALONE = [
    "This usually takes 5 to 7 days after the rash first appears.",
    "This takes about 20 minutes in most clinics.",
    "This can take anywhere from 3 days to 6 weeks.",
    "These take about 3 weeks to heal in most healthy adults.",
    "That can take up to 6 months for a large claim with many documents.",
    "This alone accounts for 40% of the total energy a household uses.",
    # Any verb in its singular form, not only the common ones.
    "This saves the couple up to £252 a year.",
    "This creates an effective marginal tax rate of 60% on income above £100,000.",
    "That adds about £20 a month to the average household bill.",
]
DETERMINING = [
    "This process takes about {{c1::6 hours}} at room temperature in most kitchens.",
    "This cut reduces the bill by {{c1::12%}} for most households in the region.",
    "These costs rose by {{c1::5%}} in 2023, mostly because of energy prices.",
    "This pattern holds across {{c1::26 years}} of data from the national survey.",
    # A singular noun in "-s" is no verb.
    "This lens costs {{c1::£400}} at most camera shops in the country.",
    "This virus kills {{c1::1 in 10}} patients who are not treated within a week.",
    "This bias affects {{c1::30%}} of the studies in the latest review.",
]


@pytest.mark.parametrize("sentence", ALONE)
def test_a_demonstrative_standing_alone_leans_on_the_sentence_before(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("card", DETERMINING)
def test_a_demonstrative_before_its_noun_keeps_its_card(
    card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = card.replace("{{c1::", "").replace("}}", "")
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL, card]
