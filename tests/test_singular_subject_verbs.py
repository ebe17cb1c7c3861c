"""A key term never runs into the verb of the singular noun phrase it names: "where a denser
[oceanic plate] sinks beneath …". Before, a takeaway hid the phrase the document repeats with
the verb after it ("a denser {{c1::oceanic plate sinks}} beneath …"), half a clause. An "a"
or "an" makes the phrase singular, so an -s word at its end is its verb; a singular in -s
("a glass", "a series") and a phrase with no such article keep their span."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Plates

The oceanic plate sinks into the mantle at a subduction zone. A cold air mass sinks over
the poles. A sound wave travels through air. A chemical bond forms between atoms.

## Key Takeaways

- Subduction happens where a denser oceanic plate sinks beneath a continental plate.
- Fog forms when a cold air mass sinks over warm water.
- Thunder is heard when a sound wave travels through air.
- A chemical bond forms when electrons are shared.
- Salt dissolves in a glass of water.
"""

CARDS = [
    "Subduction happens where a denser {{c1::oceanic plate}} sinks beneath a continental plate.",
    "Fog forms when a cold {{c1::air mass}} sinks over warm water.",
    "Thunder is heard when a {{c1::sound wave}} travels through air.",
    "A {{c1::chemical bond}} forms when electrons are shared.",
    "Salt dissolves in {{c1::a glass}} of water.",
]


@pytest.mark.parametrize("name", ["plates.md", "plates.txt"])
def test_a_key_term_stops_before_its_singular_phrases_verb(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    assert [record["fields"]["Text"] for record in records] == CARDS
