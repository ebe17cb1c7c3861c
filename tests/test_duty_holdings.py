"""A legal holding of who owes whom which duty is a firm study fact of law notes: "A
manufacturer owes the ultimate consumer a duty of care." gave no card. The duty is now the
target, with its article: its kind (of care, fiduciary, of good faith) is what the law names
and what sets one holding apart from another, where the party owed can be a long phrase. A
bare "a duty" names no kind; a pronoun's or a hedged duty ("may owe") is no holding."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

CLOZES = [
    "A manufacturer owes the ultimate consumer {{c1::a duty of care}}.",
    "A trustee owes the beneficiaries {{c1::a fiduciary duty}}.",
    "Directors owe the company {{c1::fiduciary duties}}.",
    "An occupier owes {{c1::the common duty of care}} to all lawful visitors.",
    "An agent owes the principal {{c1::a duty of good faith}}.",
    "Solicitors owe {{c1::no duty of care}} to the other side in litigation.",
]
UNCARDED = [
    "A landlord owes tenants a duty to repair the structure.",
    "A public authority may owe a duty of care to road users.",
    "They owe their clients a duty of care.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_duty_a_holding_names_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Negligence", CLOZES) == CLOZES


@pytest.mark.parametrize("sentence", UNCARDED)
def test_a_duty_of_no_kind_a_hedge_or_a_pronouns_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
