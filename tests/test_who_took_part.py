"""A `Label: value` line that names who sat or took part ("Judges: Lord Atkin, Lord Tomlin",
"Panel: Eleven justices (Lady Hale, …)") is metadata, left out; the facts beside it (the
court, the decision) are cards, in Markdown and plain text alike. Each test runs the real CLI
on a short excerpt."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes

BRIEF = (
    "# Case Brief: Smith v Jones\n\n"
    "**Court:** Court of Appeal\n"
    "**Decided:** 3 June 1990\n"
    "**Judges:** Lord Denning MR, Lawton LJ and Bridge LJ\n"
    "**Outcome:** Appeal dismissed, 2–1\n\n"
    "## Facts\n\n"
    "The claimant slipped on a wet floor in the defendant's shop and broke her wrist in 1987.\n"
)


JUDGMENT = (
    "Judgment Summary: R (Miller) v The Prime Minister\n\n"
    "Court: Supreme Court of the United Kingdom\n"
    "Date of judgment: 24 September 2019\n"
    "Panel: Eleven justices (Lady Hale, Lord Reed, Lord Kerr, Lord Wilson, Lord Carnwath,"
    " Lord Lloyd-Jones, Lady Arden, Lord Kitchin, Lord Sales, Lady Black, Lord Hodge)\n"
    "Decision: Unanimous (11–0)\n\n"
    "Background\n\n"
    "The Prime Minister advised the Queen to prorogue Parliament for five weeks in 2019.\n"
)


SPEC = (
    "# Monitor review\n\n"
    "**Panel:** IPS\n"
    "**Refresh rate:** 144 Hz\n"
    "**Size:** 27 inches\n\n"
    "## Verdict\n\n"
    "The monitor is bright and sharp, and its stand adjusts for height and tilt easily.\n"
)


def _questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> list[tuple[str, str]]:
    notes = _notes(tmp_path, monkeypatch, name, text)
    return [(note["Question"], note["Answer"]) for note in notes if note["kind"] == "table"]


def test_a_case_briefs_judges_are_no_card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A card asked for the five judges' names, as for the court and the outcome."""
    assert _questions(tmp_path, monkeypatch, "a.md", BRIEF) == [
        ("Case Brief: Smith v Jones: Court", "Court of Appeal"),
        ("Case Brief: Smith v Jones: Decided", "3 June 1990"),
        ("Case Brief: Smith v Jones: Outcome", "Appeal dismissed, 2–1"),
    ]


def test_a_judgments_header_gives_its_facts_not_its_panel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The panel's long list of names kept the block from being facts: its lines were read as
    headings, and "Decision: Unanimous (11–0)" gave nothing."""
    title = "Judgment Summary: R (Miller) v The Prime Minister"
    assert _questions(tmp_path, monkeypatch, "a.txt", JUDGMENT) == [
        (f"{title}: Court", "Supreme Court of the United Kingdom"),
        (f"{title}: Date of judgment", "24 September 2019"),
        (f"{title}: Decision", "Unanimous (11–0)"),
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_panel_that_names_no_people_is_a_fact(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A monitor's panel is a fact: one name, no list of people."""
    text = SPEC if name.endswith(".md") else SPEC.replace("**", "").replace("# ", "")
    assert _questions(tmp_path, monkeypatch, name, text) == [
        ("Monitor review: Panel", "IPS"),
        ("Monitor review: Refresh rate", "144 Hz"),
        ("Monitor review: Size", "27 inches"),
    ]
