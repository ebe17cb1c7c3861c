"""A lead-in sentence over a list of short entries ("The main symptoms of flu are:" over "- a
sudden high temperature", "- an aching body") is one card that asks for the entries. Each
entry completed the lead-in as a claim of its own, which hid a word or two of it, and the
entries that read alike were dropped as repeats. Each test runs the real CLI, in Markdown and
plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import run_article, written_as

FLU = (
    "# Flu\n\n"
    "## Symptoms\n\n"
    "The main symptoms of flu are:\n\n"
    "- a sudden high temperature\n"
    "- an aching body\n"
    "- feeling tired or exhausted\n"
    "- a dry cough\n\n"
    "## Risks\n\n"
    "You are more at risk of complications if you have:\n\n"
    "- diabetes\n"
    "- heart disease\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_lead_in_asks_for_its_list(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, FLU)
    notes = _notes(tmp_path, monkeypatch, name, text)

    assert [n["Text"] for n in notes] == [
        "The main symptoms of flu are: {{c1::a sudden high temperature; an aching body;"
        " feeling tired or exhausted; a dry cough}}",
        "You are more at risk of complications if you have: {{c1::diabetes; heart disease}}",
    ]


# Items that each complete the lead-in as a clause or a step, and items that are sentences:
# each stays a claim of its own.
OTHERS = (
    "# Flu\n\n"
    "## Ibuprofen\n\n"
    "Do not take ibuprofen if you:\n\n"
    "- are in the last 3 months of pregnancy\n"
    "- have had a stomach ulcer\n\n"
    "## Treatment\n\n"
    "To bring a fever down you should:\n\n"
    "- rest and sleep\n"
    "- keep warm\n\n"
    "## Research\n\n"
    "Two trials in 2019 are important:\n\n"
    "- Patients who slept 8 hours recovered 2 days faster than others.\n"
    "- Older patients took 3 days longer to recover from the infection.\n\n"
    "## Signs\n\n"
    "- a sudden high temperature\n"
    "- an aching body\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_other_lists_keep_their_claims(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, OTHERS)
    notes = _notes(tmp_path, monkeypatch, name, text)

    assert [n["Text"] for n in notes] == [
        "Do not take ibuprofen if you are in the last {{c1::3 months}} of pregnancy",
        "To bring a fever down you should {{c1::rest and sleep}}",
        "To bring a fever down you should {{c1::keep warm}}",
        "Patients who slept 8 hours recovered {{c1::2 days}} faster than others.",
        "Older patients took {{c1::3 days}} longer to recover from the infection.",
    ]


# A sentence that counts the list's items is its lead-in too, as a count before a colon in
# prose is (tests/test_counted_lists.py); not a writer's list, nor a count the list belies.
COUNTED = (
    "# Gutenberg\n\n"
    "## The press\n\n"
    "Gutenberg's press combined three inventions:\n\n"
    "- metal type cast in a hand mould\n"
    "- an oil-based ink\n"
    "- a screw press adapted from wine-making\n\n"
    "## Tips\n\n"
    "Here are three tips:\n\n"
    "- drink water\n"
    "- rest in bed\n"
    "- keep warm\n\n"
    "## Flu\n\n"
    "Flu has three main symptoms:\n\n"
    "- a sudden high temperature\n"
    "- an aching body\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_sentence_that_counts_the_items_asks_for_them(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, COUNTED)
    notes = _notes(tmp_path, monkeypatch, name, text)
    output = run_article(tmp_path, monkeypatch, name, text, "preview")

    assert [n["Text"] for n in notes] == [
        "Gutenberg's press combined three inventions: {{c1::metal type cast in a hand mould;"
        " an oil-based ink; a screw press adapted from wine-making}}",
    ]
    assert "warning" not in output


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_summary_s_lead_in_list_is_one_card_not_a_takeaway_per_entry(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = FLU.replace("## Symptoms", "## Key Takeaways")
    text = written_as(name, summary)
    notes = _notes(tmp_path, monkeypatch, name, text)

    assert (notes[0]["kind"], notes[0]["Text"]) == (
        "claim",
        "The main symptoms of flu are: {{c1::a sudden high temperature; an aching body;"
        " feeling tired or exhausted; a dry cough}}",
    )
    assert [n for n in notes if n["kind"] == "takeaway"] == []
