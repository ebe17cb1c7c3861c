"""A notes column (`| Spanish | English | Notes |`) asked "la carta — Notes", which is no
question. Its text is on the back of its row's other cards; a table of a key and notes alone
asks its rows as a key/value table does."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, run_article

VOCABULARY = """\
# Spanish A2 — En el restaurante

## Vocabulary

| Spanish | English | Notes |
|---|---|---|
| la carta | the menu | "el menú" usually means the set menu |
| de segundo | as a main course | |

## Painkillers

| Drug | Adult dose | Comments |
|---|---|---|
| Ibuprofen | 200–400 mg every 6–8 h | Take with food |

## Settings

| Setting | Notes |
|---|---|
| timeout | Seconds before a request is abandoned |
"""


def test_a_notes_column_is_shown_on_the_back_not_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, "a.md", VOCABULARY)
    assert {note["Question"]: note["Answer"] for note in notes} == {
        "la carta — English": "the menu",
        "de segundo — English": "as a main course",
        "Ibuprofen — Adult dose": "200–400 mg every 6–8 h",
        "Settings: timeout": "Seconds before a request is abandoned",
    }
    assert "usually means the set menu" in notes[0]["Context"]
    assert "Take with food" in notes[2]["Context"]


def test_an_empty_notes_cell_is_not_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = run_article(tmp_path, monkeypatch, "a.md", VOCABULARY, "check")
    assert "is empty" not in output
