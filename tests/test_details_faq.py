"""Collapsible FAQ items, as web pages and READMEs write them:
`<details><summary>Question?</summary> answer </details>`. The answer is Markdown between the
block that opens the item and `</details>`, or HTML inside one block."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from docdeck.cli import main

ARTICLE = """\
# Cold Brew Coffee

Cold brew steeps coarse coffee in cold water for 12 to 24 hours before it is filtered.

## FAQ

<details>
<summary>Does cold brew have more caffeine?</summary>

Usually yes: the concentrate is strong.

Diluted 1:1 it has about as much caffeine as drip coffee.

</details>

<details><summary><strong>Is cold brew &amp; iced coffee the same?</strong></summary>
<p>No. Iced coffee is hot coffee poured over ice.</p>
</details>

<details>
<summary>Show the recipe</summary>

Use 100 g of coffee per litre of water, and steep it overnight in the fridge.

</details>

<details>
<summary>My cold brew tastes sour.</summary>

Grind coarser, or steep it longer.

</details>

These answers were checked by a barista.
"""


def _faqs(tmp_path: Path) -> list[tuple[str, str, int]]:
    (tmp_path / "cold-brew.md").write_text(ARTICLE)
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "cold-brew.md")])
    assert result.exit_code == 0, result.output
    cards = [json.loads(line) for line in result.output.splitlines()]
    return [
        (card["fields"]["Question"], card["fields"]["Answer"], card["line"])
        for card in cards
        if card["kind"] == "faq"
    ]


def test_details_items_are_faq_pairs(tmp_path: Path) -> None:
    assert _faqs(tmp_path) == [
        (
            "Does cold brew have more caffeine?",
            "Usually yes: the concentrate is strong.<br><br>Diluted 1:1 it has about as much"
            " caffeine as drip coffee.",
            8,
        ),
        (
            "Is cold brew &amp; iced coffee the same?",
            "No. Iced coffee is hot coffee poured over ice.",
            16,
        ),
        ("My cold brew tastes sour.", "Grind coarser, or steep it longer.", 28),
    ]


def test_details_items_leave_no_warning(tmp_path: Path) -> None:
    """`</details>` ends each answer: the closing note after the last is no part of it, and
    no HTML block is reported as left out of an answer."""
    _faqs(tmp_path)
    result = CliRunner().invoke(main, ["check", str(tmp_path / "cold-brew.md")])
    assert "HTML block" not in result.output
    assert "barista" not in result.output
