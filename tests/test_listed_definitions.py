"""A list of names classed together is a definition, its class the answer: "Heparin, insulin,
potassium chloride and opioids are high-alert medications." gave no card (the list is too long
a subject). Not a class that praises ("delicious fruits"), a list after a transition
("However, prices, wages and rents are …"), one of the author's own ("I, my wife and …"), or
a class too long to recall."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Classes

Heparin, insulin, potassium chloride and opioids are high-alert medications.

Sodium, potassium and lithium are alkali metals that react violently with water.

Apples, pears, plums, cherries and peaches are delicious summer fruits.

However, prices, wages and rents are rising sharply this year in the city.

I, my wife and the kids are big fans of the show and its cast.

Monday, Tuesday and Friday are the days when the office opens early.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_the_class_of_a_list_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Heparin, insulin, potassium chloride and opioids are {{c1::high-alert medications}}.",
        "Sodium, potassium and lithium are {{c1::alkali metals}} that react violently with water.",
    ]
