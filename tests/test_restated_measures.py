"""A sentence that ends on a figure a verb like "gets" takes leans on the one before it only
where nothing says what the figure measures ("The Pixel manages 24 hours."): where the sentence
has stated the same figure and unit before, as what a named thing measures, it stands alone.
"The statutory entitlement is capped at 28 days, so someone working six days a week still gets
28 days." was reported as leaning and gave no card. Each runs the real CLI on real Markdown and
plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

RESTATED = [
    "The statutory entitlement is capped at {{c1::28 days}}, so someone working six days a week"
    " still gets {{c1::28 days}}.",
    "The legal limit is {{c1::48 hours}} a week, so a worker who has not opted out only gets"
    " {{c1::48 hours}}.",
    "Statutory maternity leave lasts {{c1::52 weeks}}, and a mother who starts it early still"
    " gets {{c1::52 weeks}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", RESTATED)
def test_a_measure_stated_before_in_the_sentence_stands_alone(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Entitlements", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


# Still leaning: no measure named, another figure before, another figure and unit before.

CLIPPED = [
    "The Pixel manages 24 hours.",
    "After 2 hours of charging, the Pixel manages 24 hours.",
    "The phone lasts 30 hours on video, and the Pixel manages 24 hours.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", CLIPPED)
def test_a_clipped_measure_still_leans(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Entitlements", [CONTROL, sentence])
    assert texts == [CONTROL]
