"""A takeaway that says how many times a thing is done hides the count: "Every transaction is
recorded {{c1::twice}}: …" (was "Every {{c1::transaction}} is recorded twice", a given). Only a
passive verb's count that closes its clause: not "once" that opens a clause, a comparison
("twice as fast"), "once more" or "at once"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(*bullets: str) -> str:
    return "# Ledger Notes\n\nSome prose about books.\n\n## Key Takeaways\n\n" + "".join(
        f"- {bullet}\n" for bullet in bullets
    )


COUNTS = [
    "Every transaction is recorded {{c1::twice}}: a debit and an equal credit.",
    "In meiosis the nucleus is divided {{c1::twice}}.",
    "The ballot is counted {{c1::three times}} before the result is declared.",
    "Each entry is checked {{c1::once}}, by a second clerk.",
    "A standard vaccine is usually given {{c1::twice}} in childhood.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("cloze", COUNTS)
def test_a_takeaway_hides_how_many_times_a_thing_is_done(
    cloze: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    bullet = cloze.replace("{{c1::", "").replace("}}", "")
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _takeaways(bullet)))
    assert texts == [cloze]


KEPT = [
    ("The dough is mixed once the yeast has bloomed.", "once"),
    ("The form must be signed once more.", "once"),
    ("The patient was seen at once.", "once"),
    ("The dose is taken once daily with food.", "once"),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "word"), KEPT)
def test_a_count_word_that_counts_nothing_done_is_not_hidden(
    bullet: str, word: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _takeaways(bullet)))
    assert all(f"{{{{c1::{word}}}}}" not in text for text in texts), texts
