"""A term defined by what it means, a clause, is a fact worth a card: "Random assignment means
that every participant has an equal chance of being in any condition." Before, only a noun
phrase after "means" was a definition ("… means a …"), and this gave no card. The term is
hidden; not a pronoun's "This means that …", "It means …", nor what a thing means for someone,
a consequence ("The new policy means that …", "Running late means that …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Random assignment means that every participant has an equal chance of being in any condition.",
    "Informed consent means each participant agrees to take part after hearing the risks.",
    "A dominant strategy means that a player does best with it whatever the others do.",
    "Double jeopardy means that no person can be tried twice for the same offence.",
    # None of these.
    "This means that the results cannot be generalised to other groups of people.",
    "It means that every participant has an equal chance of being picked for the trial.",
    "That means each of us will need to bring our own lunch on the day.",
    "The new policy means that staff must clock in before nine every morning.",
    "Our plan means that we will open two more stores in the north next year.",
    "Running late means that you will miss the start of the first lecture.",
    "Sarah's promotion means that she now manages a team of twelve engineers.",
    "Good design means that users never have to think about where to click next.",
    "A higher price means that fewer people will want to buy the product.",
    "Inflation means that your money buys a little less every single year.",
]
TEXT = "# Methods\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_term_defined_by_what_it_means_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "{{c1::Random assignment}} means that every participant has an equal chance of being"
        " in any condition.",
        "{{c1::Informed consent}} means each participant agrees to take part after hearing the"
        " risks.",
        "A {{c1::dominant strategy}} means that a player does best with it whatever the others do.",
        "{{c1::Double jeopardy}} means that no person can be tried twice for the same offence.",
    ]
