"""Where a numbering starts is a fact a learner recalls: "Python indexes lists from [0]", "Lua
arrays start at [1]". Before, a bare figure after "from" or "at" was no quantity and such a
sentence gave no card. Not every figure after "from" or "at" is one: a schedule, a change, a
count, an imperative, a date stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts

ORIGINS = [
    "Python indexes lists from {{c1::0}}, so the first item is at index {{c1::0}}.",
    "Lua arrays start at {{c1::1}}.",
    "Arrays in C are indexed from {{c1::0}}.",
    "In Fortran, array indices start at {{c1::1}} by default.",
    "Months in JavaScript dates are numbered from {{c1::0}}, unlike days.",
]
NOT_ORIGINS = [
    "Registration starts at 8.",
    "Prices start at 5 and go up.",
    "Please count from 1 to 10.",
    "The race started at 3 and ended at 5.",
    "We moved from 3 servers to 5 last year.",
    "You count from 0 in most languages.",
]


@pytest.mark.parametrize("name", ["index.md", "index.txt"])
def test_where_a_numbering_starts_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Indexing", ORIGINS) == ORIGINS


@pytest.mark.parametrize("sentence", NOT_ORIGINS)
def test_a_figure_after_from_or_at_that_starts_no_numbering_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"# Indexing\n\nLua arrays start at 1.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    assert [record["fields"]["Text"] for record in records] == ["Lua arrays start at {{c1::1}}."]
