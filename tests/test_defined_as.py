"""A term and how it is defined is a fact worth a card: "A recession is commonly defined as two
consecutive quarters of falling real GDP." Before, "is defined as" was no definition and gave
no card. The term is hidden (a figure in the definition stays the target); not a pronoun's "It
is defined as …", a definite subject ("The term is defined as …"), nor a definition that is no
fact ("Success is defined as whatever makes you happy …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "A recession is commonly defined as two consecutive quarters of falling real GDP.",
    "Inflation is defined as a sustained rise in the general price level.",
    "Structural unemployment is defined as a mismatch between the skills workers have and the"
    " skills firms need.",
    "Full employment is usually defined as an unemployment rate of about 4 to 5 percent.",
    # None of these.
    "Success is defined as whatever makes you happy at the end of the day.",
    "It is defined as the ratio of two prices in the same currency.",
    "This is one of the oldest economic ideas still taught today in schools.",
    "The term is defined as the number of years a loan runs for.",
]
TEXT = "# Economics\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_term_and_how_it_is_defined_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "A {{c1::recession}} is commonly defined as two consecutive quarters of falling real GDP.",
        "{{c1::Inflation}} is defined as a sustained rise in the general price level.",
        "{{c1::Structural unemployment}} is defined as a mismatch between the skills workers have"
        " and the skills firms need.",
        "Full employment is usually defined as an unemployment rate of about {{c1::4 to 5"
        " percent}}.",
    ]
