"""Admonitions as documentation sites write them in Markdown: GitHub's `> **Warning**` over its
text, MkDocs's `!!! warning` and `=== "Tab"` over indented text, Docusaurus's `:::tip` fences.
The label was read as the sentence's first word and hidden as its cloze ("[...] Never commit …")
or left on the card ("Note The cache …", ":::note The cache … :::"); MkDocs's text was code."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    notes = article_notes(tmp_path, monkeypatch, "page.md", text)
    return [note["Text"] for note in notes if note["kind"] == "claim"]


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


def test_a_bold_note_label_is_no_word_of_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, GITHUB)
    assert texts == [
        "The cache holds 500 entries by default, not {{c1::1,000}}.",
        "The client retries {{c1::3 times}} before it gives up on a file.",
        "The scheduler runs every {{c1::15 minutes}}, not every hour.",
        # A label that is a word of the sentence, and a bold term, stay.
        "Note that a token is valid for {{c1::30 days}}, not 90 days.",
        "Mitochondria produce about {{c1::90%}} of the energy a cell uses.",
    ]


MKDOCS = """\
# HTTP Caching

## Directives

!!! warning "Common mistake"
    The cache keeps 500 entries by default, not 1,000.

=== "ETag"

    ETags are compared byte for byte, so about 1% of weak tags collide.

    ```text
    !!! note
    :::
    ```

???+ note
    !!! tip
        A nested tip says a token lasts 30 days, not 90 days.

:::danger[Careful]
A shared cache serves about 80% of requests, not 20%.
:::

A ratio of 3:1 and the word ::: stay, with 40% of requests cached.
"""


def test_admonition_markers_are_no_text_and_their_text_no_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, MKDOCS)
    assert texts == [
        "The cache keeps 500 entries by default, not {{c1::1,000}}.",
        "ETags are compared byte for byte, so about {{c1::1%}} of weak tags collide.",
        "A nested tip says a token lasts {{c1::30 days}}, not 90 days.",
        "A shared cache serves about {{c1::80%}} of requests, not 20%.",
        # A ratio is a quantity, the first here (colons in a cloze are escaped).
        "A ratio of {{c1::3&#58;1}} and the word ::: stay, with 40% of requests cached.",
    ]
