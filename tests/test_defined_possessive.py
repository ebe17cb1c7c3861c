"""After a sentence that defines its subject, the next may open on its possessive: "Amoxicillin
is an antibiotic. Its half-life …". "It"/"They" there already stood for the subject; "Its" and
"Their" did not, and the sentence was reported as leaning on the one before. They stand for the
subject's possessive now ("Amoxicillin's", "Enzymes'"), with the pronoun's number; after any
other sentence, or in the next paragraph, they still lean."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Notes

Amoxicillin is an antibiotic. Its half-life in the blood is about 61 minutes.

The Nile is the longest river in Africa. Its delta covers about 24,000 square kilometres.

Enzymes are proteins that speed up reactions. Their activity roughly doubles with every 10°C \
rise.

Bitcoin is a digital currency. Their savings fell by 40% in a single week.

The main blocker is the sync library. Its retry loop fails 40% of the time.

Penicillin is a group of antibiotics.

Its discovery in 1928 changed medicine, saving about 200 million lives.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_its_after_a_definition_stands_for_the_subjects_possessive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert "Amoxicillin's half-life in the blood is about {{c1::61 minutes}}." in texts
    assert "The Nile's delta covers about {{c1::24,000 square kilometres}}." in texts
    assert "Enzymes' activity roughly doubles with every {{c1::10°C}} rise." in texts
    # Not of another number, after no definition, nor from the paragraph before.
    for words in ("savings fell", "retry loop", "discovery in 1928"):
        assert not any(words in t for t in texts), words
