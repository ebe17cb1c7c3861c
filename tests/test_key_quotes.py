"""A study guide's "Key Quotes": each quotation with its attribution asks who says it, the
quotation whole and never split into sentences nor read as the author's own words. One that
names no speaker, or is labelled with a theme, gives no card."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from articles import CONTROL, article_records, written_as

GUIDE = """# Macbeth: Revision Guide

## Key Quotes: Act 1

- "Fair is foul, and foul is fair." (The Witches, Act 1 Scene 1)
- "Look like th' innocent flower, but be the serpent under't." (Lady Macbeth to Macbeth, Act 1)
- "I dare do all that may become a man; Who dares do more is none." — Macbeth
- Banquo: "The instruments of darkness tell us truths."
- Ambition: "I have no spur to prick the sides of my intent, but only vaulting ambition."
- "Out, damned spot!" (Act 5 Scene 1)

## Quotes to Learn

"Stars, hide your fires; Let not light see my black and deep desires." (Macbeth, Act 1 Scene 4)
"Is this a dagger which I see before me?" (Macbeth, Act 2 Scene 1)
"""

CARDS = [
    '"Fair is foul, and foul is fair." ({{c1::The Witches}}, Act 1 Scene 1)',
    "\"Look like th' innocent flower, but be the serpent under't.\" ({{c1::Lady Macbeth}} to"
    " Macbeth, Act 1)",
    '"I dare do all that may become a man; Who dares do more is none." — {{c1::Macbeth}}',
    '{{c1::Banquo}}: "The instruments of darkness tell us truths."',
    '"Stars, hide your fires; Let not light see my black and deep desires." ({{c1::Macbeth}},'
    " Act 1 Scene 4)",
    '"Is this a dagger which I see before me?" ({{c1::Macbeth}}, Act 2 Scene 1)',
]


@pytest.mark.parametrize("name", ["guide.md", "guide.txt"])
def test_each_key_quote_asks_who_says_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, GUIDE))
    assert [html.unescape(record["fields"]["Text"]) for record in records] == CARDS


@pytest.mark.parametrize("heading", ["Get a Quote", "Comparing Insurance Quotes"])
def test_a_price_quote_heading_is_no_quotation_list(
    heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Insurance\n\nA standard deck has 52 cards.\n\n"
        f'## {heading}\n\n- "Best value cover" (Acme Direct, 2024)\n'
    )
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == [CONTROL]
