"""What a takeaway's verb takes, or its key term, is hidden with the word "and" or "or" joins
to it where the clause ends: "A good password should be {{c1::long and unique}}.", not
"{{c1::long}} and unique" (half the answer in view). Each runs the real CLI on real Markdown
and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(prose: str, bullet: str) -> str:
    return f"# Course Notes\n\n{prose}\n\n## Key Takeaways\n\n- {bullet}\n"


COORDINATED = [
    (
        "Some prose.",
        "A good password should be long and unique.",
        "A good password should be {{c1::long and unique}}.",
    ),
    (
        "A contract is an agreement. Every contract binds.",
        "A contract must be certain or void.",
        "A contract must be {{c1::certain or void}}.",
    ),
    (
        "Rust is iron oxide. Rust spreads.",
        "Rust forms on iron and steel.",
        "Rust forms on {{c1::iron and steel}}.",
    ),
    # The document's key term.
    (
        "Soil-borne pests live in the soil. Soil-borne pests build up.",
        "Rotate crops to limit soil-borne pests and diseases.",
        "Rotate crops to limit {{c1::soil-borne pests and diseases}}.",
    ),
    (
        "Some prose.",
        "Unexpected inflation helps borrowers and hurts lenders.",
        "{{c1::Unexpected inflation}} helps borrowers and hurts lenders.",
    ),
    # Kept: no "and" where the clause ends; a subject "Only" picks out, no verb's object.
    (
        "A measure is a tool. Every measure has a purpose.",
        "A measure cannot be valid unless it is reliable.",
        "A measure cannot be {{c1::valid}} unless it is reliable.",
    ),
    (
        "Some prose.",
        "Only experiments can establish cause and effect.",
        "Only {{c1::experiments}} can establish cause and effect.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("prose", "bullet", "expected"), COORDINATED)
def test_a_takeaway_hides_both_words_and_joins(
    prose: str,
    bullet: str,
    expected: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"a{suffix}"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _takeaways(prose, bullet)))
    assert texts[-1] == expected, texts
