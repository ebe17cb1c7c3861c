"""An opening frame with no comma is a given where a rule's modal ("must", "should", "need to")
starts the main clause after it: the rule's figure is the fact ("Within 4 nautical miles of the
airport aircraft must fly below {{c1::200 knots}}"). A share that opens the sentence is its
subject still ("Over {{c1::50%}} of patients must …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

RULES = [
    "Within 4 nautical miles of the airport aircraft must fly below {{c1::200 knots}}.",
    "Above 3,000 metres climbers should ascend no more than {{c1::500 metres}} a day.",
    "Under 18 years drivers must keep below {{c1::0.2 g/L}} of alcohol.",
    "After 30 minutes the dressing must be removed within {{c1::2 hours}}.",
]


@pytest.mark.parametrize("name", ["rules.md", "rules.txt"])
def test_a_frame_before_a_rules_modal_is_a_given(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each hid the frame's figure ("Within {{c1::4 nautical miles}} of the airport …")."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Rules", RULES) == RULES


SUBJECTS = [
    "Over {{c1::50%}} of patients must take 2 doses a day.",
]


@pytest.mark.parametrize("name", ["shares.md", "shares.txt"])
def test_an_opening_share_is_the_subject_before_a_modal(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Shares", SUBJECTS) == SUBJECTS
