"""A sentence that opens on what its subject is set against ("Unlike Earth, Venus rotates
clockwise …", "Venus, unlike Earth, rotates …") states a fact that sets the subject apart: it
gave no card. The main clause's subject is hidden. A vague foil or subject ("Unlike them,
it …", "Unlike before, we …"), a hedged clause, an imperative, and a question are no such
fact; a figure stays the target."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, run_article

FACTS = """\
# Planets and Metals

## Facts

Unlike Earth, Venus rotates clockwise when seen from above its north pole.

Unlike most fish, the lungfish can breathe air through a simple lung.

Unlike the other gas giants, Uranus spins on its side.

In contrast to Mars, Venus has a thick atmosphere of carbon dioxide.

Whereas Mars is cold and dry, Venus is hot enough to melt lead.

Unlike a bond, a share gives you part ownership of a company.

Unlike Earth, Venus takes 243 days to turn once on its axis.

Unlike them, it is made almost entirely of rock and metal.

Unlike before, we now test every single sample twice.

Unlike most, this one has a thin crust of ice on top.

Unlike its rivals, the brand ships every order for free.

Unlike Earth, Venus may have had oceans a long time ago.

Unlike Mars, Venus often shows thick yellow clouds at night.

Unlike your old phone, charge this one every night before bed.

Unlike Earth, there is no liquid water on the surface of Venus.

Unlike Earth, does Venus have a magnetic field of its own?

## Key Takeaways

- Unlike most metals, mercury is liquid at room temperature.
"""


def test_the_subject_set_against_another_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, "a.md", FACTS)

    assert [note["Text"] for note in notes] == [
        "Unlike Earth, {{c1::Venus}} rotates clockwise when seen from above its north pole.",
        "Unlike most fish, the {{c1::lungfish}} can breathe air through a simple lung.",
        "Unlike the other gas giants, {{c1::Uranus}} spins on its side.",
        "In contrast to Mars, {{c1::Venus}} has a thick atmosphere of carbon dioxide.",
        "Whereas Mars is cold and dry, {{c1::Venus}} is hot enough to melt lead.",
        "Unlike a bond, a {{c1::share}} gives you part ownership of a company.",
        "Unlike Earth, Venus takes {{c1::243 days}} to turn once on its axis.",
        # A takeaway was carded before, on a word of its predicate ("room {{c1::temperature}}").
        "Unlike most metals, {{c1::mercury}} is liquid at room temperature.",
    ]


INSIDE = """\
# Planets and Money

## Facts

Venus, unlike Earth, rotates clockwise when seen from above its north pole.

Uranus, unlike the other gas giants, spins on its side as it orbits.

Contributions, unlike earnings, can always be withdrawn without tax or penalty.

The platypus, unlike most mammals, lays eggs in a burrow by the river.

Venus, unlike Earth, takes 243 days to turn once on its axis.

Venus, unlike Earth, may have had liquid oceans a long time ago.

This one, unlike most, has a thin crust of ice on its top.

Our fund, unlike theirs, charges no fee for withdrawals at any time.

The study found that Venus, unlike Earth, has no plate tectonics.

However, unlike Earth, Venus has no moons at all in orbit around it.
"""


def test_the_subject_before_an_inner_unlike_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, "a.md", INSIDE)

    assert [note["Text"] for note in notes] == [
        "{{c1::Venus}}, unlike Earth, rotates clockwise when seen from above its north pole.",
        "{{c1::Uranus}}, unlike the other gas giants, spins on its side as it orbits.",
        "{{c1::Contributions}}, unlike earnings, can always be withdrawn without tax or penalty.",
        "The {{c1::platypus}}, unlike most mammals, lays eggs in a burrow by the river.",
        "Venus, unlike Earth, takes {{c1::243 days}} to turn once on its axis.",
    ]


def test_the_deck_s_own_subject_is_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = """\
# Venus

## Facts

Unlike Earth, Venus rotates clockwise when seen from above its north pole.

Unlike Earth, Venus takes 243 days to turn once on its axis.
"""
    notes = article_notes(tmp_path, monkeypatch, "a.md", article)

    # Every card of a deck on Venus is about Venus: hiding it asks nothing.
    assert [note["Text"] for note in notes] == [
        "Unlike Earth, Venus takes {{c1::243 days}} to turn once on its axis.",
    ]
    output = run_article(tmp_path, monkeypatch, "a.md", article, "preview")
    assert "a.md:5: warning: claim 'Unlike Earth, Venus rotates" in output
    assert "has no clear cloze target" in output


def test_a_name_in_capitals_is_no_pronoun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = """\
# Travel

## Facts

Unlike in the US, tipping is not expected in most restaurants in Japan.

Unlike the UK, the US has no national health service for adults.

Unlike us, it is made almost entirely of rock and metal.
"""
    notes = article_notes(tmp_path, monkeypatch, "a.md", article)

    # "US" was read as "us", a foil as vague as "Unlike us" and a subject as vague as "we".
    assert [note["Text"] for note in notes] == [
        "Unlike in the US, {{c1::tipping}} is not expected in most restaurants in Japan.",
        "Unlike the UK, the {{c1::US}} has no national health service for adults.",
    ]
