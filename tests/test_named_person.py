"""A profile names its person, then says what they did: "Hermann Ebbinghaus studied memory …
He found that people forget about half …". The second sentence was reported as leaning on the
first and gave no card. Right after a sentence whose subject is a person's name (two or more
capitalised words, or a surname the paragraph wrote whole before), "He"/"She" stands for that
name and "His"/"Her" for its possessive. Not after two people, a name that is no subject, or
an opener that is no name; never from another paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

TEXT = """\
# People

Hermann Ebbinghaus studied memory by learning lists of nonsense syllables. He found that people \
forget about half of new information within an hour unless they review it. He also found that \
spaced reviews slow forgetting by about 40%.

Hermann Ebbinghaus, a German psychologist, taught in Berlin from 1880. His model of forgetting \
predicts a loss of about 70% of new material within a day.

Marie Curie was born in Warsaw in 1867. She won the Nobel Prize in Physics in 1903 with two \
other scientists.

Charles Darwin sailed on the Beagle from 1831 to 1836. Darwin later wrote about finches on the \
Galapagos islands. He found that finch beaks differed by up to 40% in length between islands.

Ludwig van Beethoven lost most of his hearing by 1818. His Ninth Symphony was first performed \
in Vienna in 1824 to an audience of about 1,000.

Baddeley and Hitch proposed the multi-component model of working memory in 1974. He added an \
episodic buffer to the model in 2000, 26 years after the first version.

The award went to Marie Curie in 1911 for her work on radium. She was the first person to win \
two Nobel Prizes in science, in 1903 and 1911.

After Darwin returned to England in 1836, he married Emma. He wrote On the Origin of Species \
over the next 20 years.

Darwin studied barnacles for about eight years of his life. He published about 1,200 pages on \
barnacles in four volumes.

Alan Turing wrote a famous paper on computable numbers.

He showed that no general method can decide whether a program halts, in 1936.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", TEXT.replace("# ", ""))])
def test_he_after_a_named_person_stands_for_the_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert (
        "Hermann Ebbinghaus found that people forget about {{c1::half}} of new information"
        " within an hour unless they review it." in texts
    )
    # "He" again: the name the sentence before was given.
    assert (
        "Hermann Ebbinghaus also found that spaced reviews slow forgetting by about {{c1::40%}}."
        in texts
    )
    assert any(t.startswith("Hermann Ebbinghaus's model of forgetting predicts") for t in texts)
    assert any(t.startswith("Marie Curie won the Nobel Prize in Physics in") for t in texts)
    # A surname the paragraph wrote whole before.
    assert any(t.startswith("Darwin found that finch beaks differed") for t in texts)
    assert any(t.startswith("Ludwig van Beethoven's Ninth Symphony was") for t in texts)
    # Not after two people, a name that is no subject, an opening clause, or a lone surname
    # the paragraph never wrote whole; not from the paragraph before.
    for verb in ("added an episodic", "first person to win", "wrote On the Origin"):
        assert not any(verb in t for t in texts), verb
    for verb in ("published about 1,200", "showed that no general method"):
        assert not any(verb in t for t in texts), verb
