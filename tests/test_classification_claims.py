"""A sentence that names the class its subject belongs to is a fact worth a card: "Amoxicillin
belongs to a group of medicines called penicillins." Before, it was no firm statement and gave
no card, even with its "It" replaced by the subject the sentence before defined. The class's
name is hidden ("called {{c1::penicillins}}", "the {{c1::cat}} family"); not a pronoun's or a
determiner's subject, nor a sentence that belongs a thing to no named class."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Medicines

Amoxicillin is an antibiotic. It belongs to a group of medicines called penicillins.

Statins belong to a class of drugs known as HMG-CoA reductase inhibitors.

Lions belong to the cat family, along with tigers and leopards.

This drug belongs to a group of medicines called statins, which lower cholesterol.

The book on the shelf belongs to the library in the town centre.

The data you upload belongs to you and never to the company.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_the_class_a_subject_belongs_to_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Amoxicillin is {{c1::an antibiotic}}.",  # a drug's class (`drug_fact_span`)
        "Amoxicillin belongs to a group of medicines called {{c1::penicillins}}.",
        "Statins belong to a class of drugs known as {{c1::HMG-CoA reductase inhibitors}}.",
        "Lions belong to the {{c1::cat}} family, along with tigers and leopards.",
    ]
