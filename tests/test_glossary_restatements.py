"""A prose definition that says what a glossary entry says of the same term is left to the
glossary card, reported as a restatement ("Inflation is a sustained rise in the general price
level." and "**Inflation**: a sustained rise in the general price level" under "Glossary" were
two cards of one fact). A prose sentence that says more, another figure or fact, stays; so do
another definition of the term and another fact about it. Each runs the real CLI on a real
file, Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, run_article, written_as

NAMES = ["a.md", "a.txt"]


def _cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, markdown: str
) -> tuple[list[str], list[str]]:
    """The Text field of each note of the article, and the warnings `check` gives."""
    text = written_as(name, markdown)
    records = article_records(tmp_path, monkeypatch, name, text)
    output = run_article(tmp_path, monkeypatch, name, text, "check")
    warnings = [line.strip() for line in output.splitlines() if "warning:" in line]
    return [record["fields"]["Text"] for record in records], warnings


GLOSSARY = (
    "## Glossary\n\n"
    "**Inflation**: a sustained rise in the general price level.\n\n"
    "**Recession**: two consecutive quarters of falling real GDP.\n"
)


@pytest.mark.parametrize("name", NAMES)
def test_a_prose_definition_the_glossary_repeats_is_left_to_it(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts, warnings = _cards(
        tmp_path,
        monkeypatch,
        name,
        "# Macroeconomics\n\n## Prices\n\n"
        "Inflation is a sustained rise in the general price level.\n\n" + GLOSSARY,
    )
    assert texts == [
        "{{c1::Inflation}}: a sustained rise in the general price level.",
        "{{c1::Recession}}: two consecutive quarters of falling real GDP.",
    ]
    assert warnings == [f"{name}:5: warning: claim restates the glossary entry on line 9"]


@pytest.mark.parametrize("name", NAMES)
def test_a_prose_definition_that_hides_its_meaning_is_left_to_the_glossary(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review c: "Inflation is {{c1::a sustained rise in the general price level}}." beside
    the card that asks for "Deflation": the same fact as the glossary's, another question."""
    texts, warnings = _cards(
        tmp_path,
        monkeypatch,
        name,
        "# Macroeconomics\n\n## Prices\n\nInflation is a sustained rise in the general price "
        "level. It reduces the purchasing power of money. Deflation is a sustained fall in the "
        "price level.\n\n## Glossary\n\n"
        "**Inflation**: a sustained rise in the general price level.\n\n"
        "**Deflation**: a sustained fall in the price level.\n",
    )
    assert texts == [
        "{{c1::Inflation}}: a sustained rise in the general price level.",
        "{{c1::Deflation}}: a sustained fall in the price level.",
    ]
    assert warnings == [
        f"{name}:5: warning: claim restates the glossary entry on line 9",
        f"{name}:5: warning: claim restates the glossary entry on line 11",
    ]


@pytest.mark.parametrize("name", NAMES)
def test_a_glossary_before_the_prose_keeps_its_entry_for_a_singular_definition(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Key Terms" at the top; "An enzyme is a protein …" defines its "Enzymes"."""
    texts, warnings = _cards(
        tmp_path,
        monkeypatch,
        name,
        "# Cell Biology\n\n## Key Terms\n\n"
        "- **Enzymes**: proteins that speed up chemical reactions without being used up.\n"
        "- **Opportunity cost**: the value of the next best alternative given up.\n\n"
        "## Enzymes\n\n"
        "An enzyme is a protein that speeds up chemical reactions without being used up.\n\n"
        "Opportunity cost is the value of the next best alternative that you give up.\n",
    )
    assert texts == [
        "{{c1::Enzymes}}: proteins that speed up chemical reactions without being used up.",
        "{{c1::Opportunity cost}}: the value of the next best alternative given up.",
    ]
    assert warnings == [
        f"{name}:10: warning: claim restates the glossary entry on line 5",
        f"{name}:12: warning: claim restates the glossary entry on line 6",
    ]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "more",
    [
        ", and it last hit Japan for most of the 2000s",  # another figure and fact
        ", and it hurts borrowers because their debts grow in real terms",  # another fact
        ", which hurts borrowers",  # two words the entry does not hold
    ],
)
def test_a_prose_definition_that_says_more_stays(
    name: str, more: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard: the prose card holds the entry's fact and another: it stays, and the entry,
    which asks for the same term in fewer words, is left to it, as before."""
    texts, warnings = _cards(
        tmp_path,
        monkeypatch,
        name,
        f"# Macroeconomics\n\n## Prices\n\nDeflation is a sustained fall in the general price "
        f"level{more}.\n\n## Glossary\n\n"
        "**Deflation**: a sustained fall in the general price level.\n",
    )
    assert texts == [f"{{{{c1::Deflation}}}} is a sustained fall in the general price level{more}."]
    assert warnings == [f"{name}:9: warning: claim restates the claim on line 5"]


@pytest.mark.parametrize("name", NAMES)
def test_another_definition_or_fact_of_a_glossary_term_stays(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard: another definition of "recession", a figure about inflation."""
    texts, warnings = _cards(
        tmp_path,
        monkeypatch,
        name,
        "# Macroeconomics\n\n## Prices\n\n"
        "A recession is a significant decline in economic activity lasting more than a few "
        "months.\n\nInflation in the UK peaked at 11.1% in October 2022.\n\n" + GLOSSARY,
    )
    assert texts == [
        "A {{c1::recession}} is a significant decline in economic activity lasting more than "
        "a few months.",
        "Inflation in the UK peaked at {{c1::11.1%}} in October 2022.",
        "{{c1::Inflation}}: a sustained rise in the general price level.",
        "{{c1::Recession}}: two consecutive quarters of falling real GDP.",
    ]
    assert warnings == []
