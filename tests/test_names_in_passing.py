"""A name a sentence gives in passing to a thing it describes is the answer: "…, a behavior
called flash-feeding." and "… a bulge in the lower arm known as the "Popeye sign"." gave no
card. Not a pronoun or a word that is no name ("A man called me", "a method called twice"),
nor a sentence of the author's own ("We stayed in a town called Ely")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

TEXT = """\
# Names

Redstarts fan their tails and droop their wings to flush insects, a behavior called flash-feeding.

The long head of the biceps can rupture near its origin, causing a bulge in the lower arm
known as the "Popeye sign".

Yeast turns sugar into alcohol and carbon dioxide without oxygen, a process known as fermentation.

Plants make sugar from light in a process called photosynthesis, which happens in chloroplasts.

A man called me yesterday about the car that I had parked outside the shop.

We stayed in a small town called Ely for the night on our way to the coast.

The hook runs on every render of the page, in a method called twice per frame.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_name_given_in_passing_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Redstarts fan their tails and droop their wings to flush insects, a behavior called"
        " {{c1::flash-feeding}}.",
        "The long head of the biceps can rupture near its origin, causing a bulge in the lower"
        ' arm known as the "{{c1::Popeye sign}}".',
        "Yeast turns sugar into alcohol and carbon dioxide without oxygen, a process known as"
        " {{c1::fermentation}}.",
        "Plants make sugar from light in a process called {{c1::photosynthesis}}, which happens"
        " in chloroplasts.",
    ]
