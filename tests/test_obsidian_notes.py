"""Notes written in Obsidian: wikilinks read as their text, callout markers and tags are not
text, and a "See also" bullet is not a takeaway."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from docdeck.cli import main

NOTE = """\
---
tags: [learning]
---

# Spaced Repetition

Reviewing at the right moment, which [[Hermann Ebbinghaus|Ebbinghaus]] studied, cuts study time \
by about 50% compared with [[massed practice]]. #learning #memory

#srs

> [!tip] Rule of thumb
> Reviews spread over 3 sessions are remembered about 2 times longer than one long session.

## Key takeaways

- Retrieval practice beats rereading by roughly 10 to 20 percentage points. #learning
- See also [[Active Recall]].

## FAQ

### How often should I review #new cards?

Daily at first, then at growing intervals, in C# or in any other language.
"""


def _cards(tmp_path: Path) -> tuple[list[dict[str, Any]], str]:
    (tmp_path / "Spaced Repetition.md").write_text(NOTE)
    path = str(tmp_path / "Spaced Repetition.md")
    result = CliRunner().invoke(main, ["preview", "--json", path])
    assert result.exit_code == 0, result.output
    checked = CliRunner().invoke(main, ["check", path]).output
    return [json.loads(line) for line in result.output.splitlines()], checked


def test_wikilinks_callouts_and_tags_read_as_text(tmp_path: Path) -> None:
    cards, _ = _cards(tmp_path)
    texts = [card["fields"].get("Text") or card["fields"]["Question"] for card in cards]
    assert texts == [
        "Reviewing at the right moment, which Ebbinghaus studied, cuts study time by about"
        " {{c1::50%}} compared with massed practice.",
        "Reviews spread over 3 sessions are remembered about {{c1::2 times}} longer than one"
        " long session.",
        "Retrieval practice beats rereading by roughly {{c1::10 to 20 percentage points}}.",
        "How often should I review #new cards?",  # a tag mid-line is the author's text
    ]
    assert cards[-1]["fields"]["Answer"].endswith("in C# or in any other language.")


def test_a_see_also_bullet_is_reported_not_carded(tmp_path: Path) -> None:
    _, checked = _cards(tmp_path)
    assert "Spaced Repetition.md:17: warning: takeaway 'See also Active Recall.' points" in checked
