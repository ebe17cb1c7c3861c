"""Two short claims with the same answer that open on other names are two facts: "Atropine
blocks {{c1::muscarinic receptors}}." and "Ipratropium blocks {{c1::muscarinic receptors}}."
Before, the second shared three of its five words with the first and was reported as
restating it. A claim that says the first again, on the same name, still is."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

CLOZES = [
    "Atropine blocks {{c1::muscarinic receptors}}.",
    "Ipratropium blocks {{c1::muscarinic receptors}}.",
    "Metformin is {{c1::a biguanide}}.",
    "Phenformin is {{c1::a biguanide}}.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_other_names_are_other_facts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Drugs", CLOZES) == CLOZES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_same_name_again_is_a_restatement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    clozes = [
        "Atropine blocks {{c1::muscarinic receptors}}.",
        "Atropine competitively blocks muscarinic receptors.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Drugs", clozes) == clozes[:1]
