"""A rule's frame that names whom it is for by their age keeps the age a given, the rule's count
the fact: "For adults over 65, offer {{c1::2}} doses of the vaccine" (was "For adults over
{{c1::65}}, offer 2 doses")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

RULES = [
    "For adults over 65, offer {{c1::2}} doses of the vaccine.",
    "For children under 5, give {{c1::3}} drops of the syrup each morning.",
    "For adults aged 65 and over, offer {{c1::1}} dose of the booster each autumn.",
]

# A frame that names no one is a plan's step, with or without a figure of its own.
STEPS = [
    "For the year 2024, book 3 rooms in the hotel near the station.",
    "For the filling, beat 3 eggs with the sugar until pale and thick.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_rule_for_an_age_hides_its_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Vaccines", RULES) == RULES


@pytest.mark.parametrize("sentence", STEPS)
def test_a_step_for_no_one_is_no_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
