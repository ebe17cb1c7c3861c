"""A superlative that states its own scope ("The hardest substance in the human body is tooth
enamel.") stands alone: it was reported as leaning on the sentence before it, as a bare "The
hardest is …" does. Each test runs the real CLI, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts, written_as


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize(
    "card",
    [
        "The hardest substance in the human body is {{c1::tooth enamel}}.",
        "The hardest substance in the human body is {{c1::tooth enamel}}, which covers the crown.",
    ],
)
def test_a_superlative_with_its_scope_stands_alone(
    name: str, card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Teeth", [card]) == [card]


# Still leaning: a scope a demonstrative points back at, a vague "part", or no noun at all.
GUARDS = (
    "# Teeth\n\n"
    "A standard deck has 52 cards.\n\n"
    "Diamond and quartz are both minerals. The hardest substance in this group is diamond.\n\n"
    "Enamel and dentine cover the tooth. The hardest is tooth enamel, which covers the crown.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_superlative_without_its_own_scope_still_leans(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, GUARDS))

    assert [record["fields"]["Text"] for record in records] == [
        "A standard deck has {{c1::52}} cards."
    ]
