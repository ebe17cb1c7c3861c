"""Cards that hid the wrong thing or showed junk: a contrast that swallowed its clause ("When
rates {{c1::rise, bond prices fall}}, not rise."). Each runs the real CLI on real files, Markdown
and plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    """The Text (or Front) field of every note `docdeck preview --json NAME` makes."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line)["fields"] for line in result.stdout.splitlines()]
    return [fields.get("Text") or fields["Front"] for fields in records]


def _both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentences: list[str]) -> list[str]:
    """The notes of `sentences` as Markdown takeaways and as plain-text paragraphs, in that
    order."""
    markdown = "# Notes\n\n## Key takeaways\n\n" + "".join(f"- {s}\n" for s in sentences)
    plain = "Notes\n\n" + "".join(f"{s}\n\n" for s in sentences)
    return _texts(tmp_path, monkeypatch, "a.md", markdown) + _texts(
        tmp_path, monkeypatch, "b.txt", plain
    )


# 1. "X, not Y": X is the word or phrase that mirrors Y, never across the comma before it.

CONTRASTS = [
    (
        "When interest rates rise, bond prices fall, not rise.",
        "When interest rates rise, bond prices {{c1::fall}}, not rise.",
    ),
    (
        "After the merger closed, the shares dropped sharply, not gradually.",
        "After the merger closed, the shares dropped {{c1::sharply}}, not gradually.",
    ),
    (
        "If demand drops during a recession, prices fall, not rise.",
        "If demand drops during a recession, prices {{c1::fall}}, not rise.",
    ),
]


@pytest.mark.parametrize(("sentence", "card"), CONTRASTS)
def test_a_contrast_hides_what_mirrors_its_other_side_within_the_clause(
    sentence: str, card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _both(tmp_path, monkeypatch, [sentence]) == [card, card]


def test_a_contrast_of_nouns_still_hides_the_noun_phrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(
        tmp_path,
        monkeypatch,
        "a.md",
        "# Notes\n\n## Key takeaways\n\n"
        "- Caffeine blocks adenosine receptors, not dopamine receptors.\n"
        "- Tapering works by cutting volume, not intensity, in the last weeks.\n"
        "- Use olive oil, not butter, for the first fry.\n",
    )
    assert texts == [
        "Caffeine blocks {{c1::adenosine receptors}}, not dopamine receptors.",
        "Tapering works by {{c1::cutting volume}}, not intensity, in the last weeks.",
        "{{c1::Use olive oil}}, not butter, for the first fry.",
    ]
