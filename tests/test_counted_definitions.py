"""A definition by a count whose counted noun a participle describes, or whose count is open
("three or more"), gave no card: "A chord is three or more notes played together." The count
a subject is held to was read only where its noun ended the clause. Now "or more"/"or fewer"
is hidden with the count, and after "is"/"are" a participle phrase may follow the noun ("notes
stacked in thirds"); after "has" one still may not: "The team has 3 questions raised by QA" is
a passing state, not a count its subject has."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

DEFINITIONS = [
    "A chord is {{c1::three or more}} notes played together.",
    "A triad is {{c1::three}} notes stacked in thirds.",
    "A quorum here is {{c1::five or more}} members gathered in one room.",
    "A string quartet is {{c1::four}} musicians seated in a semicircle.",
]

NOT_COUNTS = [
    "The design team has 3 questions raised by the testers last week.",
    "Our little village has two pubs named after local kings.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_count_a_definition_holds_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Definitions", DEFINITIONS) == DEFINITIONS


@pytest.mark.parametrize("sentence", NOT_COUNTS)
def test_a_participle_after_has_counts_nothing(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
