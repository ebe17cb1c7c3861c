"""A mid-sentence "it" put for a thing the page writes in lower case is in lower case, though
a title-case heading capitalises it: "Below about {{c1::4 °C}} yeast becomes …" under "Flour,
Yeast and Heat", not "… Yeast becomes …". A name the prose capitalises stays a name. Each runs
the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

# (title, the paragraph that writes the thing in lower case, the paragraph of the "it", card)
CASES = [
    (
        "The Science of Bread: Flour, Yeast and Heat",
        "Baker's yeast is a single-celled fungus that feeds on sugar.",
        "Yeast is most active between 24 and 35 °C. Below about 4 °C it becomes almost"
        " dormant, which is why dough rises slowly in the fridge.",
        "Below about {{c1::4 °C}} yeast becomes almost dormant, which is why dough rises"
        " slowly in the fridge.",
    ),
    (
        "Common Metals: Iron, Copper and Zinc",
        "Most household wiring is made of copper.",
        "Copper is a soft, reddish metal. Above 1085 °C it melts into a bright liquid.",
        "Above {{c1::1085 °C}} copper melts into a bright liquid.",
    ),
    (
        "Garden Soils: Clay, Sand and Loam",
        "Heavy clay holds water for a long time after rain.",
        "Clay is made of very fine particles. In summer it shrinks and cracks when the"
        " weather stays dry for more than 3 weeks.",
        "In summer clay shrinks and cracks when the weather stays dry for more than"
        " {{c1::3 weeks}}.",
    ),
    # Kept: a name the page never writes in lower case.
    (
        "Programming Languages: Java and Python",
        "Many universities teach programming with Java.",
        "Java is a programming language created by James Gosling. In 1995 it was released"
        " by Sun Microsystems.",
        "In {{c1::1995}} Java was released by Sun Microsystems.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("title", "lower", "paragraph", "card"), CASES)
def test_an_it_put_for_a_common_noun_is_in_lower_case(
    title: str,
    lower: str,
    paragraph: str,
    card: str,
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = f"a{suffix}"
    text = written_as(name, f"# {title}\n\n{lower}\n\n{paragraph}\n")
    texts = [r["fields"].get("Text") for r in article_records(tmp_path, monkeypatch, name, text)]
    assert card in texts, texts
