"""A law student's case brief: its labelled parts ("**Held:** …", "Ratio decidendi. …") are
facts by name about the case, a Q&A card each, asked by the case's name. Each test runs the real
CLI on a short excerpt, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import article_records, written_as

BRIEFS = (
    "# Donoghue v Stevenson [1932] UKHL 100\n\n"
    "**Facts:** Mrs Donoghue drank a bottle of ginger beer in a café in Paisley. The bottle"
    " contained a decomposed snail, and she fell ill with gastroenteritis.\n\n"
    "**Issue:** Whether a manufacturer owes a duty of care to the final consumer of its"
    " product.\n\n"
    "**Held:** The House of Lords held, by a majority of 3 to 2, that the manufacturer owed her"
    " a duty of care.\n\n"
    "## Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256\n\n"
    "**Held.** The company had to pay the £100.\n\n"
    "**Ratio decidendi:** an offer may be made to the world at large and accepted by"
    " conduct.\n\n"
    "## Project notes\n\n"
    "Issue: The build fails on Windows. We fixed it in version 2.\n\n"
    "Outcome: Everyone was happy with the result and we shipped on time.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_case_brief_s_parts_ask_for_each_by_its_name(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The brief gave no card: its parts state no figure, and "Issue: Whether …" is no
    sentence. A part may hold several sentences. "Issue:" and "Outcome:" lines of a section
    with no part only a case has (Held, Ratio, Facts, …) are no brief: as before, no card."""
    text = written_as(name, BRIEFS)
    notes = _notes(tmp_path, monkeypatch, name, text)
    assert [(note["kind"], note.get("Question"), note.get("Answer")) for note in notes] == [
        (
            "table",
            "Donoghue v Stevenson [1932] UKHL 100: Facts",
            "Mrs Donoghue drank a bottle of ginger beer in a café in Paisley. The bottle"
            " contained a decomposed snail, and she fell ill with gastroenteritis.",
        ),
        (
            "table",
            "Donoghue v Stevenson [1932] UKHL 100: Issue",
            "Whether a manufacturer owes a duty of care to the final consumer of its product.",
        ),
        (
            "table",
            "Donoghue v Stevenson [1932] UKHL 100: Held",
            "The House of Lords held, by a majority of 3 to 2, that the manufacturer owed her a"
            " duty of care.",
        ),
        (
            "table",
            "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256: Held",
            "The company had to pay the £100.",
        ),
        (
            "table",
            "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256: Ratio decidendi",
            "An offer may be made to the world at large and accepted by conduct.",
        ),
    ]


IRAC = (
    "# Briefs\n\n"
    "## Carlill v Carbolic Smoke Ball Co\n\n"
    "**Background:** The company advertised a reward for anyone who caught flu after using its"
    " smoke ball.\n\n"
    "**Facts:** Mrs Carlill used the ball as directed and caught flu.\n\n"
    "**Issue:** Whether an advertisement can be an offer to the world.\n\n"
    "**Rule:** An offer may be accepted by conduct.\n\n"
    "**Application:** applying this, the deposit of £1000 showed intent to be bound.\n\n"
    "**Conclusion:** the company had to pay the £100.\n\n"
    "## A trial\n\n"
    "**Background:** High blood pressure affects about one in three adults over 60.\n\n"
    "**Methods:** We randomly assigned 412 adults to walk 30 minutes a day.\n\n"
    "**Results:** Systolic blood pressure fell by 7.2 mmHg in the walking group.\n\n"
    "**Conclusions:** Walking lowered systolic blood pressure by about 5 mmHg.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_irac_brief_s_conclusion_is_a_part_of_the_brief(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Conclusion:" and "Background:" headed sections of their own (a structured abstract's
    parts) and gave no card; "Application:" with no sentence word gave none either. In a
    section that holds a part only a brief has ("Facts:"), each is a part of the brief. A
    paper's structured abstract still heads a section by each label."""
    text = written_as(name, IRAC)
    records = article_records(tmp_path, monkeypatch, name, text)
    case = "Carlill v Carbolic Smoke Ball Co"
    assert [
        (record["section"], record["fields"].get("Question"), record["fields"].get("Answer"))
        for record in records[:6]
    ] == [
        (
            case,
            f"{case}: Background",
            "The company advertised a reward for anyone who caught flu after using its smoke ball.",
        ),
        (case, f"{case}: Facts", "Mrs Carlill used the ball as directed and caught flu."),
        (case, f"{case}: Issue", "Whether an advertisement can be an offer to the world."),
        (case, f"{case}: Rule", "An offer may be accepted by conduct."),
        (
            case,
            f"{case}: Application",
            "Applying this, the deposit of £1000 showed intent to be bound.",
        ),
        (case, f"{case}: Conclusion", "The company had to pay the £100."),
    ]
    assert [(record["section"], record["fields"].get("Text")) for record in records[6:]] == [
        ("Background", "High blood pressure affects about one in three adults over {{c1::60}}."),
        ("Results", "Systolic blood pressure fell by {{c1::7.2 mmHg}} in the walking group."),
        ("Conclusions", "Walking lowered systolic blood pressure by about {{c1::5 mmHg}}."),
    ]
