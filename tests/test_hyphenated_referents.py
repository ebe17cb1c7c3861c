"""A demonstrative before a hyphenated noun the sentence before names points at it, as one
before a plain noun does: "The Phillips curve shows a short-run trade-off between inflation and
unemployment. In the 1970s, stagflation … showed that this trade-off breaks down in the long
run." gave "In the {{c1::1970s}}, … showed that this trade-off breaks down …" (which
trade-off?): the check took only nouns of letters. Such a sentence now leans on the one before."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Macroeconomics

The Phillips curve shows a short-run trade-off between inflation and unemployment. In the 1970s,
stagflation, high inflation combined with high unemployment, showed that this trade-off breaks
down in the long run.

Inspectors rate each school as well-run or failing. Studies show that well-run schools spend
about 20% more on books.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_demonstrative_before_a_hyphenated_noun_named_before_leans(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    texts = [record["fields"].get("Text", "") for record in records]
    assert not [text for text in texts if "this trade-off" in text]
    # "that" as a conjunction before a hyphenated word named before points at nothing.
    assert "Studies show that well-run schools spend about {{c1::20%}} more on books." in texts
