"""What a process turns a thing into is a fact worth a card: "Secondary alcohols are oxidised to
ketones." Before, a verb and its object with no figure or definition gave no card. The product
is hidden, the first where the process goes on ("… to aldehydes and then to carboxylic acids");
not a pronoun's subject ("This is converted into …"), a negation with no product ("… are not
oxidised under these conditions.") nor no product at all ("… is reduced to a minimum …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Primary alcohols are oxidised to aldehydes and then to carboxylic acids by acidified"
    " potassium dichromate.",
    "Secondary alcohols are oxidised to ketones.",
    "Glucose is broken down into pyruvate during glycolysis.",
    "Ethanol is metabolised to acetaldehyde by alcohol dehydrogenase in the liver.",
    # None of these.
    "Tertiary alcohols are not oxidised under these conditions.",
    "The risk is reduced to a minimum when you wear gloves.",
    "This is converted into energy by the cells of the body.",
    "They are then converted into a new format for the archive.",
]
TEXT = "# Organic chemistry\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_what_a_process_turns_a_thing_into_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Primary alcohols are oxidised to {{c1::aldehydes}} and then to carboxylic acids by"
        " acidified potassium dichromate.",
        "Secondary alcohols are oxidised to {{c1::ketones}}.",
        "Glucose is broken down into {{c1::pyruvate}} during glycolysis.",
        "Ethanol is metabolised to {{c1::acetaldehyde}} by alcohol dehydrogenase in the liver.",
    ]
