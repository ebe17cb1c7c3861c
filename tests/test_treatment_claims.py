"""What a named medicine is used to treat or prevent is a firm statement: "Amoxicillin is used
to treat infections caused by bacteria in different parts of the body." gave no card. It hides
what is treated, a noun phrase or a list of up to five words, up to a place, a time or another
clause. Not a pronoun's or a determiner's subject, another use ("to improve", "to clean"), or a
phrase too long to recall."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Medicines

Amoxicillin is used to treat infections caused by bacteria in different parts of the body.

Ibuprofen is used for relieving pain, fever and swelling.

Metformin is used in the treatment of type 2 diabetes.

Paracetamol is used to treat mild to moderate pain and to reduce a high temperature.

This medicine is used to treat infections of the ear, nose and throat.

Cookies are used to improve your experience on our website.

Vinegar is used to clean windows and remove limescale from kettles.

Lithium is used to treat a long list of mood problems that come and go over many years.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_what_a_medicine_treats_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Amoxicillin is used to treat {{c1::infections caused by bacteria}} in different parts"
        " of the body.",
        "Ibuprofen is used for relieving {{c1::pain, fever and swelling}}.",
        "Metformin is used in the treatment of {{c1::type 2 diabetes}}.",
        "Paracetamol is used to treat {{c1::mild to moderate pain}} and to reduce a high"
        " temperature.",
    ]
