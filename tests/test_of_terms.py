"""A one-word key term is widened to the lower-case "of" term it is half of, where the
document repeats that term: "A [contract of employment] does not need to be in writing",
"Catalysts increase the [rate of reaction] …". Before, a takeaway hid one word of it ("A
{{c1::contract}} of employment …", "a breach of {{c1::contract}}"). A phrase the document
says once is no term: "the {{c1::speed}} of sound" keeps its span."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Law and science notes

A contract of employment is an agreement between an employer and an employee. The rate of
reaction depends on temperature. A breach of contract happens when a term is broken. The
speed of light is a constant.

## Key Takeaways

- A contract of employment does not need to be in writing.
- Catalysts increase the rate of reaction without being used up.
- Damages compensate for a breach of contract.
- Nothing travels faster than the speed of sound.
"""

CARDS = [
    "A {{c1::contract of employment}} is an agreement between an employer and an employee.",
    "A {{c1::breach of contract}} happens when a term is broken.",
    "A {{c1::contract of employment}} does not need to be in writing.",
    "Catalysts increase the {{c1::rate of reaction}} without being used up.",
    "Damages compensate for {{c1::a breach of contract}}.",
    "Nothing travels faster than the {{c1::speed}} of sound.",
]


@pytest.mark.parametrize("name", ["notes.md", "notes.txt"])
def test_a_key_term_is_the_whole_of_term_the_document_repeats(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    assert [record["fields"]["Text"] for record in records] == CARDS
