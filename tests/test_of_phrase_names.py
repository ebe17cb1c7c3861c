"""A definite subject whose generic head ("rule", "problem", "lesson") an "of" phrase names
points back at nothing: "The rule of thirds says that a subject should sit on one of four
lines." was dropped as leaning on the sentence before it. An "of" phrase about things named
before still leans: "The first of these", "The best of them", "The outcome of the recount", "The
upshot of all this"; "The rest of it" is of what the sentence before opens on ("The rest of the
plan")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Rules

Photographers frame scenes with care.
The rule of thirds says that a subject should sit on one of four lines.

Hikers feared it.
The point of no return came after 3 days on the ice.

Historians disagree.
The lesson of history is that empires fall within 300 years.

Some rivers flood every winter.
The challenge of flooding costs Britain £2 billion a year.

The plan had three parts.
The rest of it was never built in the 20 years that followed.

Three ships sailed.
The first of these sank off Cape Horn in 1852.

The team tried many things.
The best of them cut costs by 20%.

The vote was close.
The outcome of the recount was known within 48 hours.

We tried everything.
The upshot of all this was a 10% saving.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_head_named_by_its_of_phrase_stands_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    expected = [
        "The {{c1::rule of thirds}} says that a subject should sit on one of four lines.",
        "The point of no return came after {{c1::3 days}} on the ice.",
        "The lesson of history is that empires fall within {{c1::300 years}}.",
        "The challenge of flooding costs Britain {{c1::£2 billion}} a year.",
    ]
    if name == "a.md":  # plain text reads each line as a paragraph: no sentence before "it"
        expected.append(
            "The rest of the plan was never built in the {{c1::20 years}} that followed."
        )
    assert texts == expected
