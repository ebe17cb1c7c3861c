"""Papers, lecture notes and contracts: the structure they are written in (a structured
abstract's run-in labels, numbered definitions and theorems, a contract's defined terms and
numbered clauses) is read as structure, not carded as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from articles import article_records

# 1. A structured abstract's run-in label ("**Background:** …", "Results. …") heads a section.

ABSTRACT = (
    "# Daily walking and blood pressure\n\n"
    "**Background:** High blood pressure affects about one in three adults over 60.\n\n"
    "**Methods.** We randomly assigned 412 adults to walk 30 minutes a day.\n\n"
    "Results: Systolic blood pressure fell by 7.2 mmHg in the walking group.\n\n"
    "**Conclusions:** Walking lowered systolic blood pressure by about 5 mmHg.\n\n"
    "**Limitations:** Only 24% of the participants were men.\n\n"
    "## Glossary\n\n"
    "Design: the plan of a study, fixed before 30% of the data is collected.\n\n"
    "## Trials\n\n"
    "Results vary widely: 30% of drug trials fail.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_structured_abstract_label_heads_a_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The cards started "Background: High …" and were all tagged with the title's section;
    a glossary's term and a sentence that opens with such a word stay as they were."""
    text = ABSTRACT if name == "a.md" else re.sub(r"(?m)^#+ ", "", ABSTRACT.replace("**", ""))
    records = article_records(tmp_path, monkeypatch, name, text)
    claims = [(record["section"], record["fields"]["Text"]) for record in records]
    assert claims[:4] == [
        ("Background", "High blood pressure affects about one in three adults over {{c1::60}}."),
        ("Results", "Systolic blood pressure fell by {{c1::7.2 mmHg}} in the walking group."),
        ("Conclusions", "Walking lowered systolic blood pressure by about {{c1::5 mmHg}}."),
        ("Limitations", "Only {{c1::24%}} of the participants were men."),
    ]
    assert "section::results" in records[1]["tags"]
    # A glossary's term stays its line's, and a sentence that opens with "Results" its own.
    assert [
        (section, text.startswith(("Design", "{{c1::Design}}"))) for section, text in claims[4:5]
    ] == [("Glossary", True)]
    assert claims[5:] == [("Trials", "Results vary widely: {{c1::30%}} of drug trials fail.")]


# 2. A numbered definition or theorem: its label is no part of the card, a proof no claim.

LECTURE = (
    "# Lecture 4: Groups\n\n## Groups\n\n"
    "**Definition 4.1.** The *order* of a finite group is the number of its elements.\n\n"
    "**Theorem 4.3 (Lagrange).** The order of a subgroup of a finite group divides the order"
    " of the group.\n\n"
    "*Proof.* About 40% of the cosets are subgroups, so 12% of them are cyclic. ∎\n\n"
    "**Corollary 4.4.** Every group of prime order is cyclic.\n\n"
    "**Example 4.5.** About 40% of the groups in the table are abelian.\n\n"
    "Theorem 4.3 shows why 30% of the subgroups in the table have order 2.\n"
)


def test_a_definition_asks_for_its_term_and_a_named_theorem_for_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A definition and a named theorem gave no card, a proof a claim ("About [...] of the
    cosets …"). A definition hides its emphasised term, a named theorem its name, the statement
    shown; an unnamed corollary has nothing to hide; an example and a sentence that cites a
    theorem card as before."""
    records = article_records(tmp_path, monkeypatch, "a.md", LECTURE)
    assert [record["fields"]["Text"] for record in records] == [
        "The {{c1::order}} of a finite group is the number of its elements.",
        "Theorem ({{c1::Lagrange}}): The order of a subgroup of a finite group divides the order"
        " of the group.",
        "About {{c1::40%}} of the groups in the table are abelian.",
        "Theorem 4.3 shows why {{c1::30%}} of the subgroups in the table have order 2.",
    ]


# 3. A contract's definition clause asks for the term it defines, as a glossary line does.

CONTRACT = """\
SERVICE AGREEMENT

1. DEFINITIONS

1.1 "Services" means the cloud hosting services described in Schedule A.
1.2 “Business Day” shall mean a day other than a Saturday, Sunday or public holiday.
1.3 Effective Date means the date on which both parties have signed this Agreement.

2. TERM

2.1 Nothing in this clause means that either party must renew after 12 months.
2.2 Service Credit means a credit of 10% of the monthly Fees.
"""


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_a_definition_clause_asks_for_its_term(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The three definitions gave no card. An unquoted term is one under a Definitions
    heading only; elsewhere its sentence is carded as before."""
    # In Markdown a clause a paragraph: lines in a row are one.
    markdown = re.sub(r"(?m)^(\\d\\. )", r"## \\1", CONTRACT).replace(".\n", ".\n\n")
    text = CONTRACT if name == "a.txt" else markdown
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == [
        '"{{c1::Services}}" means the cloud hosting {{c1::services}} described in Schedule A.',
        "“{{c1::Business Day}}” shall mean a day other than a Saturday, Sunday or public holiday.",
        "{{c1::Effective Date}} means the date on which both parties have signed this Agreement.",
        "Nothing in this clause means that either party must renew after {{c1::12 months}}.",
        "Service Credit means a credit of {{c1::10%}} of the monthly Fees.",
    ]


# 4. A numbered heading's number is in no tag, in Markdown as in plain text.


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_a_numbered_heading_tags_its_section_without_its_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """ "2. TERM" tagged `section::2-term`; a heading that opens on a year keeps it."""
    text = (
        "Service Agreement\n\n1. SERVICE LEVELS\n\n"
        "The Provider will make the Services available 99.9% of the time in each month.\n\n"
        "2. LATE PAYMENT\n\n"
        "Late payments bear interest at 4% a year above the Bank of England base rate.\n\n"
        "2024 in review\n\n"
        "The Customer paid 98% of its invoices within 30 days of receipt in 2024.\n"
    )
    if name == "a.md":
        text = re.sub(r"(?m)^(?=\d)(?!\d+%)(.*[^.])$", r"## \1", text)
    records = article_records(tmp_path, monkeypatch, name, text)
    sections = [tag for record in records for tag in record["tags"] if "section::" in tag]
    assert sections == [
        "section::service-levels",
        "section::late-payment",
        "section::2024-in-review",
    ]
