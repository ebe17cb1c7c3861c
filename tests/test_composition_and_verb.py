"""What a thing is made of ends where a second verb and its object start ("The Senate was made
up of former magistrates and advised the magistrates on policy and finance."): the material
is the answer, no longer a phrase too long to be one. Two words before a noun stay one
material ("Bronze is made of copper and tin")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_second_verb_ends_the_material(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = [
        "The Senate was made up of {{c1::former magistrates}} and advised the magistrates on"
        " policy and finance.",
        "Bronze is made of {{c1::copper and tin}}.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Roman government", clozes) == clozes
