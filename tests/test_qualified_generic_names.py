"""A name whose head is a generic word that a capitalised word picks out is a name: "…, which
is known as the LEGB rule.", "…, a shift known as the Doppler effect." Before, a name ending
in a generic word ("rule", "effect", "process", "method") was no name at all, and such a
sentence gave no card. The name is hidden; not a generic word alone or with no capital before
it ("…, which is known as a rule.", "…, which is called a rule of thumb.", "… a step called
the first step.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, as_text

PARAGRAPHS = [
    "Python looks up names in local, enclosing, global and built-in scope, which is known as"
    " the LEGB rule.",
    "The pitch of a passing siren rises and then falls, a shift known as the Doppler effect.",
    "Ammonia is made from nitrogen and hydrogen over an iron catalyst, which is called the"
    " Haber process.",
    "Teachers ask a chain of probing questions, a technique called the Socratic method.",
    # None of these.
    "Programmers agree on a set of shared habits, which is known as a rule.",
    "The scheduler runs the task every minute, which is called a rule of thumb.",
    "Beginners always start with a careful step called the first step.",
]
TEXT = "# Names\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", as_text(TEXT))])
def test_a_generic_head_a_capital_picks_out_is_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    assert texts == [
        "Python looks up names in local, enclosing, global and built-in scope, which is known"
        " as the {{c1::LEGB rule}}.",
        "The pitch of a passing siren rises and then falls, a shift known as the {{c1::Doppler"
        " effect}}.",
        "Ammonia is made from nitrogen and hydrogen over an iron catalyst, which is called the"
        " {{c1::Haber process}}.",
        "Teachers ask a chain of probing questions, a technique called the {{c1::Socratic"
        " method}}.",
    ]
