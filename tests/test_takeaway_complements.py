"""A takeaway whose key term is its subject before a modal's "be" hides what the subject is
said to be: "A measure cannot be {{c1::valid}} unless it is reliable", not "A
{{c1::measure}} cannot be valid …"; never a passive's participle ("can be given IV") nor the
subject "Only" picks out. Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(prose: str, bullet: str) -> str:
    return f"# Course Notes\n\n{prose}\n\n## Key Takeaways\n\n- {bullet}\n"


COMPLEMENTS = [
    # The prose repeats the subject, so the document's repeated words pick it as the key term.
    (
        "A measure is a tool. Every measure has a purpose.",
        "A measure cannot be valid unless it is reliable.",
        "A measure cannot be {{c1::valid}} unless it is reliable.",
    ),
    (
        "Dictionary keys map to values. Look up dictionary keys with brackets.",
        "Dictionary keys must be hashable, so a list cannot be a key.",
        "Dictionary keys must be {{c1::hashable}}, so a list cannot be a key.",
    ),
    (
        "A hypothesis is a prediction. Every hypothesis is tested.",
        "A scientific hypothesis must be falsifiable.",
        "A scientific hypothesis must be {{c1::falsifiable}}.",
    ),
    # Kept: a passive's participle; the subject "Only" picks out.
    (
        "Regular insulin is short-acting. Regular insulin is clear.",
        "Only regular insulin can be given IV.",
        "Only {{c1::regular insulin}} can be given IV.",
    ),
    (
        "Live vaccines are fragile. Live vaccines spoil in heat.",
        "Live vaccines must be refrigerated.",
        "{{c1::Live vaccines}} must be refrigerated.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("prose", "bullet", "expected"), COMPLEMENTS)
def test_a_takeaway_hides_what_its_subject_must_be(
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
