"""A list under a label and its gloss, as a leaflet groups its side effects ("**Common** (may
affect up to 1 in 10 people):" over "- skin rash", "- diarrhoea"), is a card per group that
asks for its items by its label. Each item was glued to the label as a claim that asked for
the gloss's figure, and the other items were reported as repeats of it. Each test runs the real
CLI, in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import run_article, written_as

LEAFLET = (
    "# Amoxicillin capsules\n\n"
    "## Possible side effects\n\n"
    "Like all medicines, this medicine can cause side effects.\n\n"
    "**Common** (may affect up to 1 in 10 people):\n"
    "- skin rash\n"
    "- feeling sick (nausea)\n"
    "- diarrhoea\n\n"
    "**Very rare** (may affect up to 1 in 10,000 people):\n"
    "- thrush (a yeast infection of the mouth or skin folds);\n"
    "- kidney problems.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_each_labelled_list_asks_for_its_items(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, LEAFLET)
    notes = _notes(tmp_path, monkeypatch, name, text)
    output = run_article(tmp_path, monkeypatch, name, text, "preview")

    assert [(n["kind"], n["Question"], n["Answer"]) for n in notes if n["kind"] == "table"] == [
        (
            "table",
            "Possible side effects: Common (may affect up to 1 in 10 people)",
            "skin rash; feeling sick (nausea); diarrhoea",
        ),
        (
            "table",
            "Possible side effects: Very rare (may affect up to 1 in 10,000 people)",
            "thrush (a yeast infection of the mouth or skin folds); kidney problems",
        ),
    ]
    assert [n for n in notes if n["kind"] == "claim"] == []
    assert "warning" not in output


# A lead-in its items complete, and a labelled list of sentences: the items stay claims.
OTHERS = (
    "# Flu\n\n"
    "## Symptoms\n\n"
    "Do not take ibuprofen if you:\n"
    "- are in the last 3 months of pregnancy\n"
    "- have had a stomach ulcer\n\n"
    "**Rare** (may affect up to 1 in 1,000 people):\n"
    "- A severe allergic reaction can make it hard to breathe for 2 hours.\n"
    "- kidney problems\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_other_lists_keep_their_claims(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(name, OTHERS)
    notes = _notes(tmp_path, monkeypatch, name, text)

    assert {n["kind"] for n in notes} == {"claim"}
    assert "Do not take ibuprofen if you are in the last {{c1::3 months}} of pregnancy" in [
        n["Text"] for n in notes
    ]


def test_a_numbered_section_asks_by_its_heading_less_its_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = LEAFLET.replace("## Possible side effects", "## 4. Possible side effects")
    notes = _notes(tmp_path, monkeypatch, "a.md", text)

    assert [n["Question"] for n in notes if n["kind"] == "table"] == [
        "Possible side effects: Common (may affect up to 1 in 10 people)",
        "Possible side effects: Very rare (may affect up to 1 in 10,000 people)",
    ]
