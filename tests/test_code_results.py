"""What code raises or returns is a fact worth a card: "Looking up a missing key with square
brackets raises a KeyError." Before, a verb and its object with no figure or definition gave no
card. The exception, or what is returned, is hidden; not a pronoun's subject ("It returns …"),
a question or concern raised ("This raises an important question …"), a vague "error", nor a
person's return ("She returns home …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, written_as

MARKDOWN = """# Python

Looking up a missing key with square brackets raises a `KeyError`.

Dividing an integer by zero in Java throws an `ArithmeticException`.

The `len()` function returns the number of items in a list.

Negative indexes count from the end, and `fruits[-1]` returns the last item.

The `get()` method returns `None` instead, or a default value that you supply.

This raises an important question about how we store our data.

The new report raises serious concerns about the safety of the bridge.

She returns home to her family in Leeds every other Friday.

It returns the number of items in the list you pass to it.

Calling the method twice raises an error in older versions of the library.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_what_code_raises_or_returns_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = written_as(name, MARKDOWN).replace("`", "") if name.endswith(".txt") else MARKDOWN
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Looking up a missing key with square brackets raises {{c1::a KeyError}}.",
        "Dividing an integer by zero in Java throws {{c1::an ArithmeticException}}.",
        "The len() function returns {{c1::the number of items}} in a list.",
        "Negative indexes count from the end, and fruits[-1] returns {{c1::the last item}}.",
        "The get() method returns {{c1::None}} instead, or a default value that you supply.",
    ]
