"""A rule's count after a frame that names whom it is for is a fact: "For a child, give {{c1::5}}
initial rescue breaths before starting compressions, …" (was no card), "For a baby under one
year, use {{c1::2}} fingers …" (was "under {{c1::one year}}", the given)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

RULES = [
    "For a child, give {{c1::5}} initial rescue breaths before starting compressions, and press"
    " down by one third of the depth of the chest.",
    "For a baby under one year, use {{c1::2}} fingers to press on the breastbone.",
    "For adults, always give {{c1::30}} chest compressions before the first rescue breath.",
]

# A frame that names no one is a recipe's or a plan's step.
STEPS = [
    "For the filling, beat 3 eggs with the sugar until pale and thick.",
    "For the next session, bring 2 pencils and a notebook to the classroom.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_rule_for_whom_its_frame_names_hides_its_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "First Aid", RULES) == RULES


@pytest.mark.parametrize("sentence", STEPS)
def test_a_step_for_no_one_is_no_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
