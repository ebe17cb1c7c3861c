"""A writer bolds "not", "never", "always" for force, not as the term to learn. As a cloze
hint such a mark hid the word itself, a yes-or-no card ("Occasional gasps are {{c1::not}}
normal breathing"), and every other "not" in the paragraph with it ("unresponsive and
{{c1::not}} breathing normally"). A mark that is only such a word is no target now, and makes
no sentence a claim; a bold term beside it still is."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

CONTROL = "Press down {{c1::5 to 6 cm}} at a rate of 100 to 120 compressions per minute."


@pytest.mark.parametrize(
    "paragraph",
    [
        "If the person is unresponsive and not breathing normally, start CPR immediately. "
        "Occasional gasps from the casualty are **not** normal breathing at all.",
        "Never give anything by mouth to someone who is not fully conscious. You must "
        "**never** leave an unconscious casualty lying flat on their back.",
        "Keep the casualty warm and reassure them while you wait. Help must **always** be "
        "called before you move the casualty anywhere else.",
        "Cool the burn under running water, and do __not__ use ice, butter or creams.",
    ],
)
def test_a_bold_word_of_force_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paragraph: str
) -> None:
    text = (
        "# First Aid\n\n"
        f"{paragraph}\n\n"
        "Press down 5 to 6 cm at a rate of 100 to 120 compressions per minute.\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == [CONTROL]


def test_a_bold_term_beside_a_bold_word_of_force_is_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# First Aid\n\n"
        "Gasping that is **not** normal breathing is often a sign of **cardiac arrest** in "
        "adults who have collapsed.\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == [
        "Gasping that is not normal breathing is often a sign of {{c1::cardiac arrest}} in "
        "adults who have collapsed."
    ]
