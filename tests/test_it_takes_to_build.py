""" "It took 4 years to build." after "The Golden Gate Bridge opened in 1937." was carded as
"It took [...] to build …": read as "It takes … to", whose "it" stands for the clause after it.
Where the verb after "to" has no object of its own (it ends its clause, or "and" follows), the
"it" is that verb's object, the thing named before: the name stands in its place, or the
sentence leans when nothing is named. A verb with its own object ("to boil an egg"), one of a
person ("to recover": whoever recovers) or "for … to" keeps "it" for the clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Buildings

The Golden Gate Bridge opened in 1937. It took 4 years to build and cost $35 million.

The Sistine ceiling was cleaned in the 1980s. It took 14 years to restore, and it reopened in 1994.

The letter was posted on Monday. It took 3 days to arrive.

Builders worked on it in shifts. It took 182 years to complete.

Knee surgery is common in older runners. It takes 8 weeks to recover.

Eggs are simple. It takes 10 minutes to boil an egg.

The tower opened in 1889. It took 2 years for the tower to be built.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_it_is_the_thing_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "The Golden Gate Bridge opened in {{c1::1937}}.",
        "The Golden Gate Bridge took {{c1::4 years}} to build and cost $35 million.",
        "The Sistine ceiling was cleaned in the {{c1::1980s}}.",
        "The Sistine ceiling took {{c1::14 years}} to restore, and it reopened in 1994.",
        "The letter took {{c1::3 days}} to arrive.",
        "It takes {{c1::8 weeks}} to recover.",
        "It takes {{c1::10 minutes}} to boil an egg.",
        "The tower opened in {{c1::1889}}.",
        "It took {{c1::2 years}} for the tower to be built.",
    ]
