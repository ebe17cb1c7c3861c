"""A term a sentence says its subject is and then glosses (", which means it/they …", ",
meaning it/they …") is the answer: "Rabbits are crepuscular, which means they are most active
at dawn and dusk." gave no card. Not a consequence the gloss draws about someone else ("Rent is
high, which means we …", "The test is free, which means anyone …"), a phrase with
"not" or a preposition ("is used in children, meaning they …"), or a word in "-ly"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Glosses

Small mammals keep odd hours. Rabbits are crepuscular, which means they are most active at dawn.

Salt is hygroscopic, meaning it absorbs water from the air. Kitchens can be damp.

Oaks shed in autumn. Oaks are deciduous, which means that they lose their leaves each winter.

Water is unusual. Water is a polar molecule, which means it has a positive and a negative end.

Costs keep rising for everyone. Rent is high, which means we save less each month of the year.

Exams vary in price. The test is free, which means anyone can take it at any centre in town.

Some drugs can be stopped. The drug is not addictive, meaning it can be stopped at once.

Doses differ with age. The drug is used in children, meaning they need smaller doses.

Offices fill up. The team is growing quickly, meaning they need more desks every month.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_glossed_term_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Rabbits are {{c1::crepuscular}}, which means they are most active at dawn.",
        "Salt is {{c1::hygroscopic}}, meaning it absorbs water from the air.",
        "Oaks are {{c1::deciduous}}, which means that they lose their leaves each winter.",
        "Water is a {{c1::polar molecule}}, which means it has a positive and a negative end.",
    ]
