"""A possessive after a comma that stands for a name before it in the same sentence ("In 1558
England lost Calais, its last possession in France.") leans on nothing: it was reported as
leaning on the sentence before it. Each test runs the real CLI, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts, written_as


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_possessive_of_a_name_before_it_stands_alone(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = "In {{c1::1558}} England lost Calais, its last possession in France."

    assert cloze_texts(tmp_path, monkeypatch, name, "Tudor England", [card]) == [card]


# Still leaning: a possessive after a frame that names no one ("In 1558, its army …", "After the
# war ended in 1945, its economy …").
GUARDS = (
    "# Tudor England\n\n"
    "A standard deck has 52 cards.\n\n"
    "In 1558, its army lost the last English possession in France.\n\n"
    "After the war ended in 1945, its economy grew by 8% a year.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_possessive_after_no_name_still_leans(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, GUARDS))

    assert [record["fields"]["Text"] for record in records] == [
        "A standard deck has {{c1::52}} cards."
    ]
