"""A sentence that opens on "The" and a kind the page defines in general ("A functional group is
an atom or group of atoms …"), with nothing to say whose it is, names the one of what the
sentence before names: "Alkenes are unsaturated hydrocarbons with the general formula CnH2n.
The functional group is the carbon-carbon double bond, …" gave "The functional group is the
{{c1::carbon-carbon double bond}}, …" (of what?). Such a sentence now leans on the one before;
one whose "of" says whose, or after a sentence that names the kind itself, keeps its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Organic Chemistry

A functional group is an atom or group of atoms that gives a molecule its characteristic
reactions. Compounds that share a functional group form a homologous series.

## Alkenes

Alkenes are unsaturated hydrocarbons with the general formula CnH2n. The functional group is
the carbon-carbon double bond, which is made of one sigma bond and one pi bond.

## Alcohols

Alcohols are named with the suffix -ol. The functional group of alcohols is the hydroxyl group.

## Esters

Esters smell of fruit. Every ester has a functional group in the middle of its chain. The
functional group is the ester link, which joins the two halves of the molecule.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_kind_the_page_defines_leans_on_the_sentence_before(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    texts = [record["fields"].get("Text", "") for record in records]
    assert not [text for text in texts if "double bond" in text]
    # Its "of" says whose; the sentence before names the kind itself.
    assert [text for text in texts if text.startswith("The functional group of alcohols")]
    assert [text for text in texts if "ester link" in text]
