"""A firm "does not" of a named thing is a fact worth a card: "Metformin does not stimulate
insulin secretion, …". Before, it was no firm statement and gave no card and no warning. Its
object is hidden when it is a term ("stimulate {{c1::insulin secretion}}"); else a subject that
is a term of several words ("{{c1::Privity of contract}} does not prevent …"); else the verb
with its object ("does not {{c1::thin the blood}}"). As short a sentence as a claim may be. Not
advice ("Do not …", "You should not …"), a hedge ("may not"), a pronoun's or a possessive's
subject ("This does not matter.", "My son does not eat fish"), nor a verb of liking or needing
("John does not like …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Metformin does not stimulate insulin secretion, so on its own it rarely causes hypoglycaemia.",
    "Warfarin does not thin the blood, despite the common nickname.",
    "The liver does not store vitamin C in any useful amount.",
    "Paracetamol does not reduce inflammation, unlike ibuprofen and aspirin.",
    "Privity of contract does not prevent a claim in negligence.",
    "Aspirin does not cure colds.",
    # None of these.
    "Do not take two doses at once to make up for a missed one.",
    "You should not drive if the medicine makes you drowsy.",
    "Ibuprofen may not suit people with asthma or kidney problems.",
    "This does not matter for most people who read the label.",
    "My son does not eat fish or any kind of seafood.",
    "I do not recommend this brand of headphones for running.",
    "Most people do not need vitamin supplements every day.",
    "John does not like the new office layout at all.",
]
TEXT = "# Medicines\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_what_a_named_thing_does_not_do_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Metformin does not stimulate {{c1::insulin secretion}}, so on its own it rarely causes"
        " hypoglycaemia.",
        "Warfarin does not {{c1::thin the blood}}, despite the common nickname.",
        "The liver does not store {{c1::vitamin C}} in any useful amount.",
        "Paracetamol does not reduce {{c1::inflammation}}, unlike ibuprofen and aspirin.",
        "{{c1::Privity of contract}} does not prevent a claim in negligence.",
        "Aspirin does not cure {{c1::colds}}.",
    ]
