"""A rule that a sentence says states something is a named rule, which stands alone, even where
its adjective ends as one that judges ("-al", "-ive": "the beneficial effect"): "The empirical
rule states that about 68% of values lie within …" was reported as leaning on the sentence
before it, and gave no card. "The main rule states …" still leans (on what was said before).
Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

STATED = [
    "The empirical rule states that about {{c1::68%}} of values lie within one standard"
    " deviation of the mean.",
    "The postal rule states that an acceptance takes effect when it is {{c1::posted}}, not when"
    " it arrives.",
    "The additive rule says that the probabilities of events that cannot both happen are"
    " {{c1::added}}, not multiplied.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", STATED)
def test_a_stated_rule_stands_alone(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Rules", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


# Still leaning: a rule the modifier judges, a rule the sentence does not say states anything.

LEANING = [
    "The main rule states that a contract needs an offer and an acceptance.",
    "The general rule says that the buyer must beware of defects.",
    "The empirical rule is useful when the data are roughly normal.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", LEANING)
def test_a_rule_the_text_before_named_still_leans(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Rules", [CONTROL, sentence])
    assert texts == [CONTROL]
