"""A count that one thing "equals", "is equal to" or "is equivalent to" is a quantity, as one it
"has" is: "A whole tone equals two semitones." gave no card. Its figure is hidden, as in "Mars
has {{c1::two}} small moons"; a figure with a unit already was ("One mile is equal to about
{{c1::1.6 kilometres}}."). Not what equals no count ("Hard work equals success …", "supply
equals demand"), nor a lone "one" ("Each share is equal to one vote …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Units

A whole tone equals two semitones. Music has small steps.

Notes have lengths. A semibreve is equivalent to four crotchets.

Distances vary. One mile is equal to about 1.6 kilometres.

Hard work equals success in the long run for most people who try.

At equilibrium, supply equals demand and prices stop moving for good.

Votes are counted. Each share is equal to one vote at the annual meeting.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_the_count_a_thing_equals_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "A whole tone equals {{c1::two}} semitones.",
        "A semibreve is equivalent to {{c1::four}} crotchets.",
        "One mile is equal to about {{c1::1.6 kilometres}}.",
    ]
