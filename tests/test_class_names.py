"""A sentence that names a class it describes in full is a definition: "Animals that eat only
plants are called herbivores." gave no card. The name is the answer, as in "This rest is called
the autolyse." after the sentence it names. Not a subject that names nothing itself ("Some are
called …"), nor "called"/"named" before a word that is no name ("The hook is called on every
render", "is called twice", "named after")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Names

Intervals come in several kinds. Unisons, fourths, fifths and octaves are called perfect intervals.

Diets differ a great deal between species. Animals that eat only plants are called herbivores.

Baby cats are called kittens. Young animals have their own names.

Salt has two names. Sodium chloride is commonly known as table salt.

Some end in a blast. Stars that explode violently are known as supernovae, and they shine for weeks.

Games redraw the screen. The function is called twice per frame in the render loop of the game.

Titles vary by office. Some are called leaders by their peers in every office we visited.

Requests end on their own. The library callback is called automatically when the request ends.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_the_name_of_a_class_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Unisons, fourths, fifths and octaves are called {{c1::perfect intervals}}.",
        "Animals that eat only plants are called {{c1::herbivores}}.",
        "Baby cats are called {{c1::kittens}}.",
        "Sodium chloride is commonly known as {{c1::table salt}}.",
        "Stars that explode violently are known as {{c1::supernovae}}, and they shine for weeks.",
    ]


PAST = """\
# Past names

Printing spread fast after 1450. Early printed books were called incunabula.

Paris was lively before the war. The period was known as the Belle Époque.

Tea merchants wanted ships with narrow hulls. Such a ship is referred to as a clipper.

Hill walkers know them well. Small lakes in mountains are referred to as tarns.

Weavers smashed the new looms. The machine breakers were called Luddites, after a leader.

Storms hit the coast. The lifeboat crew were called out to the bay by the coastguard.

Rain fell all day. The meeting was called off because of the rain on the pitch.

Clinics pass cases on. The patient was referred to a specialist for a second opinion.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", PAST), ("a.txt", as_text(PAST))])
def test_a_name_given_in_the_past_or_referred_to_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Early printed books were called {{c1::incunabula}}.",
        "Paris was lively before the war. The period was known as the {{c1::Belle Époque}}.",
        "Tea merchants wanted ships with narrow hulls."
        " Such a ship is referred to as a {{c1::clipper}}.",
        "Small lakes in mountains are referred to as {{c1::tarns}}.",
        "The machine breakers were called {{c1::Luddites}}, after a leader.",
    ]
