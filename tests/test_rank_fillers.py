"""What fills a rank is the fact, the ranked term the given: "The {{c1::most important implied
term}} is the duty of mutual trust and confidence, …" asked for the term the sentence gives
("most important implied term") instead of the duty. A term that ranks right after "The" now
gives way to what fills it after "is", with its article, to the clause's end. Each runs the
real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, cloze_texts

FILLERS = [
    "The most important implied term is {{c1::the duty of mutual trust and confidence}}, which"
    " was confirmed by the House of Lords in Malik v BCCI (1997).",
    "The most common implied duty is {{c1::the duty to obey lawful orders}}.",
    "The most important statutory right is {{c1::the right not to be unfairly dismissed}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", FILLERS)
def test_what_fills_the_rank_is_hidden(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Employment", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]


# Kept: ranks in a whole, and fillers the sentence already asks for.

KEPT = [
    "The most common symptom is {{c1::a dry cough}}.",
    "The smallest unit of life is {{c1::the cell}}.",
    "The largest organ of the body is {{c1::the skin}}, which covers about 2 square metres.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("sentence", KEPT)
def test_other_ranks_keep_their_cards(
    sentence: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Employment", [CONTROL, sentence])
    assert texts == [CONTROL, sentence]
