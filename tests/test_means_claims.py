"""A sentence that says how a named thing does what it does is a fact worth a card:
"Metformin lowers blood glucose mainly by reducing hepatic gluconeogenesis, …". Before, it was
no firm statement and gave no card and no warning. The term of the means is hidden ("by
reducing {{c1::hepatic gluconeogenesis}}"); not a pronoun's or a determiner's subject, a hedged
one ("may work by"), a manner ("by working harder"), a clause ("by helping the gut absorb
calcium"), nor the first item of a list."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Metformin lowers blood glucose mainly by reducing hepatic gluconeogenesis, the production"
    " of glucose by the liver.",
    "Warfarin is an anticoagulant. It works by blocking vitamin K, which your liver needs to"
    " make clotting factors.",
    "Statins lower cholesterol by blocking HMG-CoA reductase, an enzyme in the liver.",
    "Aspirin prevents blood clots by inhibiting platelet aggregation in the arteries.",
    # None of these.
    "You can save a lot of money by cooking at home every night.",
    "This helps by reducing stress for most people in the study.",
    "Caffeine may work by blocking adenosine receptors in the brain.",
    "I lowered my monthly costs by cutting streaming subscriptions.",
    "The team improved its results by working harder than before.",
    "Vitamin D supports bone health by helping the gut absorb calcium.",
    "Trauma alters the sexual response by reorganizing neural circuits, safety detection, and"
    " intimacy.",
]
TEXT = "# Medicines\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_the_term_of_a_mechanism_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Metformin lowers blood glucose mainly by reducing {{c1::hepatic gluconeogenesis}},"
        " the production of glucose by the liver.",
        "Warfarin is {{c1::an anticoagulant}}.",  # a drug's class (`drug_fact_span`)
        "Warfarin works by blocking {{c1::vitamin K}}, which your liver needs to make clotting"
        " factors.",
        "Statins lower cholesterol by blocking {{c1::HMG-CoA reductase}}, an enzyme in the liver.",
        "Aspirin prevents blood clots by inhibiting {{c1::platelet aggregation}} in the arteries.",
    ]
