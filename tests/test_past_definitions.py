"""A name defined in the past tense is a definition, as in the present: "The Directory
(1795–1799) was a five-man executive that was weak, corrupt and dependent on the army." gave no
card. Not a subject that is no name ("The meeting was a disaster …"), a pronoun ("It was a long
…"), a definition that praises ("a brilliant general"), nor one too long to recall."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# The Revolution

The Directory (1795–1799) was a five-man executive that was weak, corrupt and dependent on the
army.

The Treaty of Versailles was the peace settlement that ended the First World War.

The meeting was a disaster for everyone who had planned to attend it.

Napoleon was a brilliant general who won most of the battles he fought.

It was a long and cold winter for the soldiers on the eastern front.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_name_defined_in_the_past_has_its_definition_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "The Directory (1795–1799) was {{c1::a five-man executive}} that was weak, corrupt and"
        " dependent on the army.",
        "The Treaty of Versailles was the {{c1::peace settlement}} that ended the First World War.",
    ]
