"""A contrast whose other side opens on the words before it ("the expectation of treatment rather
than the treatment itself") hides what the two sides differ in, the phrase that leads to those
words: "caused by the {{c1::expectation}} of treatment rather than the treatment itself" (was
"of {{c1::treatment}} rather than the {{c1::treatment}} itself", a word the answer shows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

SHARED = [
    "The placebo effect is an improvement in symptoms caused by the {{c1::expectation}} of"
    " treatment rather than the treatment itself.",
    "Anxiety is driven by the {{c1::fear}} of danger rather than the danger itself.",
    "Stock prices often move on the {{c1::expectation}} of news, not the news itself.",
]

# As before: the sides differ, so the word before the contrast is what it asks for.
CONTRASTS = [
    "Use {{c1::a t-test}} rather than a z-test when the population variance is unknown.",
    "Bats are {{c1::mammals}}, not birds.",
    "Caffeine works by {{c1::blocking adenosine receptors in the brain}}, not by adding energy.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_contrast_of_shared_words_hides_what_differs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Contrasts", SHARED) == SHARED


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_contrast_of_other_words_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Contrasts", CONTRASTS) == CONTRASTS
