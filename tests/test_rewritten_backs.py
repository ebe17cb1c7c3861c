"""A claim whose "It"/"Its"/"He"/"She"/"They" was replaced by the subject it stands for
("Amoxicillin is an antibiotic. It belongs to …" → "Amoxicillin belongs to …") had the
sentence as written on its back after the card's own: "Amoxicillin belongs to a group of
medicines called penicillins. Amoxicillin is an antibiotic. It belongs to a group of
medicines called penicillins. …". The back shows the card's sentence once, then the sentences
around it; only a condensed sentence (asides dropped) is shown again as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

# Each paragraph, and the back (Text without its cloze, then Context) of its one card. (A drug's
# class alone is a card of its own: "Amoxicillin is {{c1::an antibiotic}}."; "widely used" keeps
# the sentence that defines the subject from being one.)
PARAGRAPHS = {
    "Amoxicillin is a widely used antibiotic. It belongs to a group of medicines called "
    "penicillins. It is cheap.": (
        "Amoxicillin belongs to a group of medicines called penicillins.",
        "Amoxicillin is a widely used antibiotic. It is cheap.",
    ),
    "Amoxicillin is a widely used antibiotic. Its half-life is about 61 minutes in healthy "
    "adults. It is cheap.": (
        "Amoxicillin's half-life is about 61 minutes in healthy adults.",
        "Amoxicillin is a widely used antibiotic. It is cheap.",
    ),
    "Hermann Ebbinghaus was a German psychologist. He found that people forget about 50% of "
    "new information within an hour. His subjects learned nonsense syllables.": (
        "Hermann Ebbinghaus found that people forget about 50% of new information within an hour.",
        "Hermann Ebbinghaus was a German psychologist. His subjects learned nonsense syllables.",
    ),
    "Lions are large cats. They sleep up to 20 hours a day in the wild. Their roar carries far.": (
        "Lions sleep up to 20 hours a day in the wild.",
        "Lions are large cats. Their roar carries far.",
    ),
}


def _unclozed(text: str) -> str:
    return text.replace("{{c1::", "").replace("}}", "")


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_rewritten_sentence_is_not_repeated_on_its_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, paragraph: str
) -> None:
    heading = "# Notes" if name.endswith(".md") else "Notes"
    notes = article_notes(tmp_path, monkeypatch, name, f"{heading}\n\n{paragraph}\n")
    assert [(_unclozed(note["Text"]), note["Context"]) for note in notes] == [PARAGRAPHS[paragraph]]


def test_a_condensed_sentence_is_shown_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asides it lost are on the back, in the sentence as written."""
    paragraph = (
        "Caffeine is a widely used stimulant. It blocks the adenosine receptors, which make "
        "people feel tired in the evening after a long and busy day, for about 5 hours in most "
        "healthy adults and in most teenagers. It is widely used."
    )
    notes = article_notes(tmp_path, monkeypatch, "a.md", f"# Notes\n\n{paragraph}\n")
    assert [note["Context"] for note in notes] == [paragraph]
