"""A mnemonic bolds the first letter of each word it stands for ("**D**anger – check …",
"**A**irway – tilt …" for DR ABC). The mark was the letter alone, found in no word of the
sentence, so the item gave no card. The bold letter now marks the word it opens, as
"**Danger** – …" does."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

ITEMS = """\
# First Aid Quick Reference

## Priorities: DR ABC

- **D**anger – check that you, bystanders and the casualty are safe.
- **A**irway – tilt the head back and lift the chin to open the throat.
- **Sh**ock – lay the casualty down and raise their legs above their heart.
"""


@pytest.mark.parametrize("bold", ["initials", "words"])
def test_a_mnemonic_letter_marks_the_word_it_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bold: str
) -> None:
    text = ITEMS
    if bold == "words":
        text = ITEMS.replace("**D**anger", "**Danger**").replace("**A**irway", "**Airway**")
        text = text.replace("**Sh**ock", "**Shock**")
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == [
        "{{c1::Danger}} – check that you, bystanders and the casualty are safe.",
        "{{c1::Airway}} – tilt the head back and lift the chin to open the throat.",
        "{{c1::Shock}} – lay the casualty down and raise their legs above their heart.",
    ]


def test_a_bold_letter_that_is_a_word_marks_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "# Vitamins\n\nVitamin **D** is made in the skin after about 15 minutes of sunlight.\n"
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == ["Vitamin D is made in the skin after about {{c1::15 minutes}} of sunlight."]
