""" "a" or "an" right before a cloze that ends its noun phrase is hidden with it: "an [...]" told
the answer starts with a vowel. Before a modifier the article stays ("a [...] digest")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

CLOZES = [
    "{{c1::An ammonite}} is an extinct marine animal with a coiled shell.",
    "Sleep is {{c1::a nightly biological process}}, not a reward for finishing work.",
    "A soft inquiry is {{c1::a credit check}} that lenders cannot see at all.",
    # A modifier: the article goes with the noun after it, which the front shows.
    "SHA-256 produces a {{c1::256-bit}} digest.",
    # A letter that names is no article.
    "Vitamin A deficiency causes night blindness in about {{c1::250,000}} children a year.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("cloze", CLOZES)
def test_an_article_is_hidden_with_its_noun_phrase(
    name: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Facts", [cloze]) == [cloze]
