"""After a sentence that defines a subject, a run of sentences on "It" all speak of it: "The
Danube is the second-longest river in Europe. It flows through … It is the only major European
river that flows from west to east." Only the first "It" was replaced; the second was reported
as leaning on the sentence before and gave no card. Each "It" of the run now stands for the
defined subject; a run broken by another sentence, or an "It" of another number, still leans."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Rivers

## The Danube

The Danube is the second-longest river in Europe. It flows for about 2,850 km to the Black \
Sea. It is the only major European river that flows from west to east, a rare course.

## Shingles

Postherpetic neuralgia is the most common complication of shingles. It is nerve pain that \
lasts for at least 3 months after the rash has healed. It affects about 1 in 5 people who \
get shingles.

## Broken runs

The Rhine is a major river in Western Europe. It drains an area of about 185,000 km² in total. \
Barges carry coal and grain along the lower river. It carries about 300 million tonnes a year.

Mitochondria are the organelles that power most cells. They produce about 90% of the energy a \
cell uses. It holds about 37 trillion of them in an adult human body.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_each_it_of_a_run_after_a_definition_stands_for_its_subject(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = TEXT if name.endswith(".md") else as_text(TEXT)
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert "The Danube flows for about {{c1::2,850 km}} to the Black Sea." in texts
    assert (
        "The {{c1::Danube}} is the only major European river that flows from west to east, a rare"
        " course." in texts
    )
    assert "Postherpetic neuralgia affects about {{c1::1 in 5}} people who get shingles." in texts
    # A run broken by another sentence, or an "It" after a plural subject, still leans.
    assert not any("300 million" in text for text in texts)
    assert not any("37 trillion" in text for text in texts)
