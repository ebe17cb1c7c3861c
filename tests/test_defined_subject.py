"""An article opens by defining its subject, then says more of it: "fastcsv is a CSV parser
… It parses files up to 10 times faster …". The second sentence was reported as leaning on the
first and gave no card. Right after a sentence that defines a subject, a sentence whose subject
is "It" (or "They", after a plural one) is carded with that subject in its place; an "It" after
a sentence with another thing it may stand for ("… released a new phone"; see
`test_it_after_named_subject.py`), or one that anticipates a clause ("It is important to …"),
still leans."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

TEXT = """\
# Parsers

fastcsv is a CSV parser for Python written in Rust. It parses files up to 10 times faster than \
the standard library's csv module.

The Nile is the longest river in Africa. It drains an area of about 3.4 million km² across \
eleven countries.

The company released a new phone in May. It sold 2 million units in its first 3 weeks on sale.

Inflation is a general rise in prices. It is important to know that wages rose by 5% last year.

Mitochondria are the organelles that power most cells. They produce about 90% of the energy \
a cell uses.

Bitcoin is a digital currency. They bought 3 units for about $40,000 each in 2021.
"""


def test_it_after_a_definition_stands_for_the_defined_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", TEXT)]

    assert (
        "fastcsv parses files up to {{c1::10 times}} faster than the standard library's csv module."
        in texts
    )
    assert (
        "The Nile drains an area of about {{c1::3.4 million km²}} across eleven countries." in texts
    )
    assert not any("sold" in text for text in texts)  # "It" after no definition still leans
    assert "It is important to know that wages rose by {{c1::5%}} last year." in texts
    # "They" after a plural subject; never after a singular one.
    assert "Mitochondria produce about {{c1::90%}} of the energy a cell uses." in texts
    assert not any("bought" in text for text in texts)
