"""A preposition that may also be a noun or an adjective ("inside", "beneath", "behind",
"against", …) is a preposition before an article or a possessive: never a cloze target of its
own, nor the end of a term ("Viruses can only {{c1::replicate inside}} a host cell", "Bats
roost {{c1::beneath}} the bridge"). Used as an adjective ("The outside temperature") it is as
before."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as

TEXT = """\
# Biology revision

Because they have no metabolism of their own, viruses can only replicate inside a host cell.

## Key Takeaways

- Viruses can only replicate inside a host cell.
- Cells divide inside the body every day.
- Bats roost beneath the bridge in summer.
- Penguins live near the South Pole.
- Moss often grows along the northern side of trees.
- The outside temperature affects how fast dough rises.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_preposition_before_an_article_is_no_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert article_clozes(tmp_path, monkeypatch, name, written_as(name, TEXT)) == [
        "Viruses can only replicate inside {{c1::a host cell}}.",
        "{{c1::Cells}} divide inside the body every day.",
        "Bats roost beneath the {{c1::bridge}} in summer.",
        # As before: a target elsewhere, or the word an adjective.
        "{{c1::Penguins}} live near the South Pole.",
        "Moss often grows along the {{c1::northern side}} of trees.",
        "The outside {{c1::temperature}} affects how fast dough rises.",
    ]
