"""A passive with no agent says what happened but not what did it: "If it smells of wet
cardboard, it is probably "corked" — contaminated with TCA. Roughly 1–3% of bottles sealed with
natural cork are affected." carded "Roughly [...] of bottles sealed with natural cork are
affected." with nothing to say by what. A sentence that ends on "is/are affected" (or
"impacted", "infected", "involved"), adverbs between, now leans on the one before; one that
names the cause ("… is affected by psoriasis") or puts the verb in the active keeps its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control

UNSTATED = [
    "Roughly 1–3% of bottles sealed with natural cork are affected.",
    "About 1 in 10 adults over the age of 65 are affected.",
    "Children under 5 years old are most often affected.",
    "In 2019, about 12 million people in the region were affected.",
    "About 40 members of staff at the hospital were involved.",
]
STATED = [
    "About {{c1::2%}} of the population is affected by psoriasis at some point.",
    "Psoriasis affects about {{c1::2%}} of the population at some point in life.",
    "Most wheat crops are affected by frost below {{c1::-2 °C}} in early spring.",
]


@pytest.mark.parametrize("sentence", UNSTATED)
def test_a_passive_without_its_cause_leans_on_the_sentence_before(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("card", STATED)
def test_a_sentence_that_names_the_cause_keeps_its_card(
    card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = card.replace("{{c1::", "").replace("}}", "")
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL, card]
