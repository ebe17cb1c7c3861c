"""A term defined by a noun with no article that a participle describes is a definition, its
term the answer: "EBS is block storage attached to one EC2 instance in a single Availability
Zone." gave no card. The term, not the definition: seven words are too many to recall, and
the card tells EBS from EFS and instance store. Not a passive with an adverb, a superlative or
a function word after "is" ("Dinner is usually served at …", "Tea is best served with …", "The
data is then sent to …")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Storage

EBS is block storage attached to one EC2 instance in a single Availability Zone.

Firmware is low-level software stored in read-only memory on the device.

Dinner is usually served at seven in the main hall of the hotel.

Tea is best served with milk and a little sugar in the afternoon.

The data is then sent to the server over an encrypted channel.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_term_a_participle_describes_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "{{c1::EBS}} is block storage attached to one EC2 instance in a single Availability Zone.",
        "{{c1::Firmware}} is low-level software stored in read-only memory on the device.",
    ]
