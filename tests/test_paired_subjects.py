"""A key term that is one noun of a pair joined by "and" that opens the sentence or a clause is
widened to the pair: "[Insertions and deletions] cause frameshifts", "Gluten forms when
[glutenin and gliadin] bond in …". Before, a takeaway hid the noun the document repeats, half
the subject ("{{c1::Insertions}} and deletions …"), or that half with the pair's verb after it
("glutenin and {{c1::gliadin bond}} in …"). Verbs joined by "and", and a pair the verb takes,
are no such pair."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Chemistry notes

Insertions and deletions usually cause more damage than substitutions. When flour is mixed
with water, glutenin and gliadin bond together to form gluten. Given moisture, iron and oxygen
react slowly to form rust. Stalactites and stalagmites take thousands of years to grow.

## Key Takeaways

- Insertions and deletions cause frameshifts.
- Gluten forms when glutenin and gliadin bond in the presence of water.
- Rust forms when iron and oxygen react in the presence of water.
- Stalactites and stalagmites form in limestone caves.
- Cells grow and divide in the presence of growth factors.
- Water expands and contracts with temperature changes.
"""

PAIRS = [
    "{{c1::Insertions and deletions}} cause frameshifts.",
    "Gluten forms when {{c1::glutenin and gliadin}} bond in the presence of water.",
    "Rust forms when {{c1::iron and oxygen}} react in the presence of water.",
    "{{c1::Stalactites and stalagmites}} form in limestone caves.",
]
NOT_PAIRS = [
    "Cells grow and divide in the {{c1::presence}} of growth factors.",
    "Water expands and contracts with {{c1::temperature}} changes.",
]


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_pair_that_opens_a_clause_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    assert [record["fields"]["Text"] for record in records] == PAIRS + NOT_PAIRS
