"""A comparison whose other side the sentence does not name: "The AirPods Max lag behind at 20
hours of battery life." carded "The AirPods Max lag behind at [...] of battery life." (behind
what?). A verb that compares ("lag behind", "trail", "lead", "fall short", "fall behind", "come
up short") with no object, then a figure, now leans on the sentence before. One that names the
other side keeps its card, and so do the same words that compare nothing ("The heart beats at
…", "exposed to lead at …", "a study led by …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_notes, as_text, beside_control

UNSEEN = [
    "The AirPods Max lag behind at 20 hours of battery life.",
    "The Bose QC Ultra trails with 24 hours of playback.",
    "The Sony leads by 6 hours on a single charge.",
    "The Pixel Buds fall short at 8 hours of listening time.",
    "The Galaxy Buds come up short at 5 hours of playback.",
    "The Jabra falls behind at only 18 hours of battery life.",
]
NAMED = [
    "The AirPods Max lag behind the Sony XM5 at {{c1::20 hours}} of battery life.",
    "Compared with the Sony XM5, the AirPods Max lag behind at {{c1::20 hours}} of battery life.",
    "Among the five models tested, the Bose trails with {{c1::24 hours}} of playback.",
    "The human heart beats at {{c1::60 to 100 beats per minute}} at rest.",
    "Children exposed to lead at {{c1::10 micrograms}} per decilitre lose IQ points.",
    "A study led by 3 universities found that {{c1::40%}} of adults skip breakfast.",
    "Symptoms lag behind infection by {{c1::2 to 3 weeks}} in most patients.",
]


@pytest.mark.parametrize("sentence", UNSEEN)
def test_a_comparison_with_its_other_side_unseen_leans(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("card", NAMED)
def test_a_comparison_that_names_its_other_side_keeps_its_card(
    card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentence = card.replace("{{c1::", "").replace("}}", "")
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL, card]


TEXT = """# Headphones

## Battery

The Sony XM5 last the longest at 30 hours of battery life.

The AirPods Max lag behind at 20 hours of battery life.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_only_the_comparison_that_names_its_measure_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == ["The Sony XM5 last the longest at {{c1::30 hours}} of battery life."]
