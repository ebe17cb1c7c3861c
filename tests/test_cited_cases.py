"""A case cited with its year, at a sentence's opening (after "In" too) or after ", as", is
what a card asks: the case that made the rule the sentence states ("In {{c1::Re McArdle}}
(1951), a promise to pay for work already done … was unenforceable"). Not where the sentence
names a party of it, nor a case cited in passing later in a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

CITED = [
    "In {{c1::Re McArdle}} (1951), a promise to pay for work already done on a house was"
    " unenforceable.",
    "In {{c1::Williams v Roffey Bros}} (1990), a practical benefit was held to be good"
    " consideration.",
    "In {{c1::R v Brown}} (1993), consent was held to be no defence to actual bodily harm.",
    "Silence cannot amount to acceptance, as {{c1::Felthouse v Bindley}} (1862) shows.",
    "{{c1::Marbury v. Madison}} (1803) established the power of judicial review in the United"
    " States.",
    "In {{c1::Brown v. Board of Education}} (1954), the Supreme Court held that segregated"
    " public schools were unconstitutional.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("cloze", CITED)
def test_a_cited_case_is_the_target(
    name: str, cloze: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Contract law notes", [cloze]) == [cloze]


@pytest.mark.parametrize(
    "sentence",
    [
        # A party named again gives the case away.
        "In Hyde v Wrench (1840), Wrench refused the counter-offer and sold the farm to another"
        " buyer.",
        # Cited in passing: "The principle" asks which one.
        "The principle was established in Donoghue v Stevenson (1932), where a snail was found"
        " in a bottle.",
        # No year: a name of parties, no citation.
        "In Smith v Jones, the judge described the claimant as both unlucky and careless.",
    ],
)
def test_a_case_that_is_no_citation_of_a_rule_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_another_target_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure or a duty the holding states is still its target, as before."""
    clozes = [
        "In Carlill v Carbolic Smoke Ball Co (1893), the company promised {{c1::£100}} to anyone"
        " who caught influenza.",
        "In Donoghue v Stevenson (1932), the House of Lords held that a manufacturer owes"
        " {{c1::a duty of care}} to the consumer.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, "a.md", "Tort law notes", clozes) == clozes
