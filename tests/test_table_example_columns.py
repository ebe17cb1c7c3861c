"""A vocabulary table's example sentences (`| Word | Reading | Meaning | Example |`) asked
"天気 — Example" → a whole sentence nobody recalls word for word. A column of example sentences
is shown on the back of its row's other cards; a column of examples that name things
("ACE inhibitors — Example" → "lisinopril") is still asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

JAPANESE = """\
# JLPT N4 Vocabulary: Weather

## Vocabulary

| Word | Reading | Meaning | Example |
|---|---|---|---|
| 天気 | てんき (tenki) | weather | 今日は天気がいいです。 (The weather is nice today.) |
| 雨 | あめ (ame) | rain | 雨が降っています。 (It is raining.) |
"""

SPANISH = """\
Spanish A2: At the Market

Vocabulary

| Spanish | English | Example sentence |
|---|---|---|
| el mercado | the market | Vamos al mercado los sábados por la mañana. |
| la fruta | the fruit | La fruta de esta tienda es muy fresca. |
"""

DRUGS = """\
# Antihypertensives

## Classes

| Class | Mechanism | Example |
|---|---|---|
| ACE inhibitors | block conversion of angiotensin I to II | lisinopril |
| Beta blockers | block beta-adrenergic receptors | atenolol |
"""


@pytest.mark.parametrize(
    ("name", "text", "questions", "example"),
    [
        (
            "a.md",
            JAPANESE,
            ["天気 — Reading", "天気 — Meaning", "雨 — Reading", "雨 — Meaning"],
            "今日は",
        ),
        ("a.txt", SPANISH, ["el mercado — English", "la fruta — English"], "Vamos al mercado"),
    ],
)
def test_example_sentences_are_shown_on_the_back_not_asked(
    name: str,
    text: str,
    questions: list[str],
    example: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = article_notes(tmp_path, monkeypatch, name, text)
    assert [note["Question"] for note in notes] == questions
    assert example in notes[0]["Context"]


def test_examples_that_name_things_are_still_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = article_notes(tmp_path, monkeypatch, "a.md", DRUGS)
    assert {
        note["Question"]: note["Answer"] for note in notes if "Example" in note["Question"]
    } == {
        "ACE inhibitors — Example": "lisinopril",
        "Beta blockers — Example": "atenolol",
    }
