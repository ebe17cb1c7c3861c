"""A count its subject has or is held to is the fact a sentence states: "A standard deck has
[52] cards", "The maximum length of a tweet is [280] characters". Before, a bare count was no
figure and such a sentence gave no card. A count that is a step, a writer's list or a
document's own structure stays out ("Add 2 eggs and stir.", "Chapter 2 has 5 sections.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

COUNTS = [
    "The default recursion limit in CPython is {{c1::1000}} frames.",
    "The maximum length of a tweet is {{c1::280}} characters.",
    "A standard deck has {{c1::52}} cards.",
    "The human body has {{c1::206}} bones.",
    "A chess board has {{c1::64}} squares.",
    "A haiku is {{c1::17}} syllables.",
    "In SQLite, the default page size is {{c1::4096}}.",
    "A standard table has {{c1::4}} legs.",
    "The number of players on a football team is {{c1::11}}.",
]
NOT_FACTS = [
    "Add 2 eggs and stir.",
    "See 3 examples below.",
    "We tried 4 approaches before this one.",
    "The team has 3 open questions about the design.",
    "The team has 3 open questions.",
    "Chapter 2 has 5 sections.",
    "This guide has 4 parts.",
    "The next section has 3 parts.",
    "The fix is 2 steps.",
    "The answer is 42.",
]


@pytest.mark.parametrize("name", ["facts.md", "facts.txt"])
def test_a_count_its_subject_has_or_is_held_to_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Counts", COUNTS) == COUNTS


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_a_count_that_is_a_step_a_list_or_the_documents_own_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
