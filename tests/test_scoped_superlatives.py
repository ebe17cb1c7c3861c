"""A superlative after the scope it ranks in asks for the thing ranked: "Of the 206 bones in the
body, {{c1::the femur}} is the longest." (was no card; as a takeaway, "Of the {{c1::206}}
bones …", a given). Not a scope that points at things named before ("Of these, …"), nor a
sentence with no superlative ("Of these, most are harmless.", "Of course, …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_clozes, beside_control, cloze_texts, written_as

from docdeck.extract.statements import superlative_span

RANKED = [
    "Of the 206 bones in the body, {{c1::the femur}} is the longest.",
    "Of all the planets, {{c1::Jupiter}} is the largest.",
    "Of the three branches, {{c1::Congress}} is the oldest.",
    "Of all the noble gases, {{c1::radon}} is the most radioactive.",
    "Of the Great Lakes, {{c1::Lake Superior}} is the deepest by far.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("cloze", RANKED)
def test_a_scoped_superlative_asks_for_the_thing_ranked(
    cloze: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Natural History", [cloze]) == [cloze]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_scoped_superlative_takeaway_hides_the_thing_not_the_scope(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    text = "# Bones\n\nSome prose.\n\n## Key Takeaways\n\n"
    text += "- Of the 206 bones in the body, the femur is the longest.\n"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, text))
    assert texts == ["Of the 206 bones in the body, {{c1::the femur}} is the longest."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of these, most are harmless to people.",
        "Of course, the cheapest option is not always the best.",
        "Of these, the femur is the longest.",
        "Of the three options, it is the cheapest.",
        "Of the two models, the other is the cheapest.",
        "Of all the guests, the rest were the latest.",
        "Of the old houses, none is the tallest.",
    ],
)
def test_a_scope_that_ranks_nothing_named_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


@pytest.mark.parametrize("text", ["Of  , the femur is the longest.", "Of , X is the largest."])
def test_a_scope_of_no_words_never_raises(text: str) -> None:
    assert superlative_span(text) is None
