"""Admonitions as documentation sites write them in Markdown: GitHub's `> **Warning**` over its
text. The label was read as the sentence's first word and hidden as its cloze ("[...] Never
commit …") or left on the card ("Note The cache …")."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "page.md")])
    assert result.exit_code == 0, result.output
    notes = [json.loads(line) for line in result.stdout.splitlines()]
    return [note["fields"]["Text"] for note in notes if note["kind"] == "claim"]


GITHUB = """\
# Configuring the sync client

> **Warning**
> Never commit the config file if it contains an access key.

> **Note**
> The cache holds 500 entries by default, not 1,000.

> **Tip** The client retries 3 times before it gives up on a file.

**Important**
The scheduler runs every 15 minutes, not every hour.

**Note** that a token is valid for 30 days, not 90 days.

> **Mitochondria** produce about 90% of the energy a cell uses.
"""


def test_a_bold_note_label_is_no_word_of_the_text(tmp_path: Path) -> None:
    texts = _texts(tmp_path, GITHUB)
    assert texts == [
        "The cache holds 500 entries by default, not {{c1::1,000}}.",
        "The client retries {{c1::3 times}} before it gives up on a file.",
        "The scheduler runs every {{c1::15 minutes}}, not every hour.",
        # A label that is a word of the sentence, and a bold term, stay.
        "Note that a token is valid for {{c1::30 days}}, not 90 days.",
        "Mitochondria produce about {{c1::90%}} of the energy a cell uses.",
    ]
