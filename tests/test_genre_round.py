"""Complaints from reading decks built from genres not tried before: a trial report, a lab SOP,
a news story, a grammar sheet, a fund factsheet. Each runs the real CLI on a short excerpt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import run_article as _run


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    """The cloze text of each note, in order."""
    output = _run(tmp_path, monkeypatch, name, text, "preview", "--json")
    return [json.loads(line)["fields"]["Text"] for line in output.splitlines()]


# 1. An "I" that is a numeral or a letter is no one speaking.

NUMERAL_I = [
    "Type I diabetes accounts for about {{c1::10%}} of all diabetes cases worldwide.",
    "CBT-I improves sleep efficiency by about {{c1::10%}} more than sleeping pills do.",
    "World War I killed about {{c1::20 million}} soldiers and civilians in four years.",
    "Class I shares carry an ongoing charge of {{c1::0.78%}} and no entry charge.",
    "The I-95 corridor carries about {{c1::40%}} of the freight on the East Coast.",
]


@pytest.mark.parametrize("claim", NUMERAL_I)
def test_a_numeral_i_is_not_the_authors_first_person(
    claim: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a page where the author speaks as "I" too, which makes every first person theirs.
    own = "I cut my caffeine by 50% and slept an extra hour."
    text = f"# Facts\n\n{own}\n\n{claim.replace('{{c1::', '').replace('}}', '')}\n"
    assert _texts(tmp_path, monkeypatch, "a.md", text) == [claim]
    output = _run(tmp_path, monkeypatch, "a.md", text, "check")
    assert f"'{own}' is the author's own experience" in output


# 2. A one-letter name before a word that opens a sentence ends the sentence.


def test_a_letter_before_a_sentence_opener_ends_the_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "of Reagent B. The working reagent …" was read as an initial: two sentences made one
    cloze, and the second was on the card's front. An initial ("A. A. Milne", "George W.
    Bush") still is one."""
    text = (
        "SOP: Protein Assay\n\n6.2 Prepare the working reagent\n\n"
        "For one full plate, mix 20 mL of Reagent A with 0.4 mL of Reagent B. The working reagent"
        " is initially turbid but becomes a clear green solution when mixed.\n\n"
        "About 296 million people live with hepatitis B. It kills about 820,000 people a year.\n\n"
        "George W. Bush signed the bill in 2003, and it cost about $400 billion over 10 years.\n"
    )
    assert _texts(tmp_path, monkeypatch, "a.txt", text) == [
        "For one full plate, mix {{c1::20 mL}} of Reagent A with 0.4 mL of Reagent B.",
        "About {{c1::296 million}} people live with hepatitis B.",
        "George W. Bush signed the bill in 2003, and it cost about {{c1::$400 billion}} over 10"
        " years.",
    ]


# 3. A kit list under a numbered or two-word heading is entries, not claims.

KIT = (
    "- Pierce BCA Protein Assay Kit (Reagent A, Reagent B, 2 mg/mL BSA standard)\n"
    "- Multichannel pipette (20-200 uL) and single-channel pipettes\n"
    "- Microplate reader capable of reading at 562 nm\n"
)
PRINCIPLE = "Bicinchoninic acid forms a purple complex that absorbs strongly at 562 nm."


@pytest.mark.parametrize(
    ("name", "heading", "principle"),
    [
        ("a.txt", "Equipment and Materials", "Principle"),
        ("a.md", "## 5. Equipment and materials", "## 3. Principle"),
        ("a.md", "## 2.1 Reagents & Equipment", "## Principle"),
    ],
)
def test_items_under_a_numbered_or_joined_kit_heading_are_entries(
    name: str, heading: str, principle: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = "# BCA Assay" if name.endswith(".md") else "BCA Assay"
    text = f"{title}\n\n{principle}\n\n{PRINCIPLE}\n\n{heading}\n\n{KIT}"
    assert _texts(tmp_path, monkeypatch, name, text) == [
        PRINCIPLE.replace("562 nm", "{{c1::562 nm}}")
    ]


def test_a_materials_and_methods_section_still_states_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Trial\n\n## Materials and Methods\n\n"
        "- Each 240 mL serving was prepared from 30 mL of tart cherry concentrate.\n"
    )
    assert _texts(tmp_path, monkeypatch, "a.md", text) == [
        "Each 240 mL serving was prepared from {{c1::30 mL}} of tart cherry concentrate."
    ]


# 4. A news byline with the writer's post is page metadata, not a heading.

NEWS = """\
Council approves £48m replacement for crumbling Ashford river bridge

{byline}
Published 18 November 2024, 17:42 GMT

Councillors have approved a £48 million plan to replace the Victorian bridge that carries the \
A28 over the River Stour in Ashford.

Where will the money come from?

The Department for Transport will provide £31 million from its Major Road Network fund.
"""


@pytest.mark.parametrize(
    "byline",
    [
        "By Sarah Whitfield, Local Democracy Reporter",
        "By Tom Lee and Ana Ruiz, BBC News",
        "By Jane Doe, Associated Press",
    ],
)
def test_a_byline_naming_the_writers_post_is_no_heading(
    byline: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _run(tmp_path, monkeypatch, "a.txt", NEWS.format(byline=byline), "preview", "--json")
    sections = [json.loads(line)["section"] for line in output.splitlines()]
    assert sections == [
        "Council approves £48m replacement for crumbling Ashford river bridge",
        "Where will the money come from?",
    ]


def test_a_heading_that_lists_ways_is_still_a_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = NEWS.format(byline="").replace("Where will the money come from?", "By Car, Bus or Train")
    output = _run(tmp_path, monkeypatch, "a.txt", text, "preview", "--json")
    assert json.loads(output.splitlines()[-1])["section"] == "By Car, Bus or Train"


# 5. A sentence that is all someone's words is a quotation, not a claim.

QUOTES = """\
Council approves bridge

Where will the money come from?

Liberal Democrat group leader Antony Hook questioned the cost. "Every month of delay has added \
to the bill," he said. "Taxpayers deserve to know why a £29 million project is now a £48 million \
one."

"The bridge will carry 40 tonnes for 120 years." Cllr Neil Baker said.

"Inflation will fall to 2% by next year," the governor said at the hearing.

"Sleep debt" is the gap of about 2 hours between the sleep you need and the sleep you get.

> "Shift workers build sleep debt about 30% faster than people who work days."
"""


def test_a_sentence_all_in_quotation_marks_is_no_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _texts(tmp_path, monkeypatch, "a.txt", QUOTES) == [
        '"Inflation will fall to {{c1::2%}} by next year," the governor said at the hearing.',
        '"Sleep debt" is the gap of about {{c1::2 hours}} between the sleep you need and the sleep'
        " you get.",
        '"Shift workers build sleep debt about {{c1::30%}} faster than people who work days."',
    ]
    output = _run(tmp_path, monkeypatch, "a.txt", QUOTES, "check")
    assert (
        "'\"Taxpayers deserve to know why a £29 million project is now…' is a quotation" in output
    )
    assert "'\"The bridge will carry 40 tonnes for 120 years.\"' quotes Cllr Neil Baker" in output


# 6. A table's caption says what its cells are.

FACTSHEET = """\
# Meridian Global Sustainable Equity Fund

## Performance

Cumulative performance to 31 October 2024 (%)

| Period | Fund | Benchmark |
|---|---|---|
| 1 year | 14.6 | 22.9 |

**Table 2.** Discrete annual performance (%)

| 12 months to | 31/10/24 | 31/10/23 |
|---|---|---|
| Fund | 14.6 | −3.7 |

The table below shows the fund's charges for each share class.

| Class | Ongoing charge |
|---|---|
| I Accumulation | 0.78% |
"""


def test_a_tables_caption_opens_its_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two tables under one heading asked "1 year — Fund" and "Fund — 31/10/24", both 14.6,
    and neither said what the figure was. A sentence above a table is no caption."""
    output = _run(tmp_path, monkeypatch, "a.md", FACTSHEET, "preview", "--json")
    questions = [json.loads(line)["fields"]["Question"] for line in output.splitlines()]
    assert questions == [
        "Cumulative performance to 31 October 2024 (%): 1 year — Fund",
        "Cumulative performance to 31 October 2024 (%): 1 year — Benchmark",
        "Discrete annual performance (%): Fund — 31/10/24",
        "Discrete annual performance (%): Fund — 31/10/23",
        "I Accumulation — Ongoing charge",
    ]
