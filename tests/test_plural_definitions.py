"""Textbooks define in the plural, with no article: "Enzymes are proteins that speed up …".
Only "X is/are a/an/the …" was a definition, so these gave no card. A plural defined by a
plural noun phrase ("proteins that …", "single-celled organisms without …") is now one, with
the singular's target rules; a complement that is an adjective, a participle, an adverb or a
comparative ("Prices are higher in winter") still defines nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

DEFINITIONS = {
    "Enzymes are proteins that speed up chemical reactions in living cells.": (
        "{{c1::Enzymes}} are proteins that speed up chemical reactions in living cells."
    ),
    "Mitochondria are organelles that release energy through aerobic respiration.": (
        "{{c1::Mitochondria}} are organelles that release energy through aerobic respiration."
    ),
    # As long as "A prokaryote is a single-celled organism …" but for its articles.
    "Prokaryotes are single-celled organisms without a nucleus.": (
        "{{c1::Prokaryotes}} are single-celled organisms without a nucleus."
    ),
    "Strings in Python are sequences of Unicode code points.": (
        "{{c1::Strings in Python}} are sequences of Unicode code points."
    ),
    "Antibodies are Y-shaped proteins made by white blood cells.": (
        "{{c1::Antibodies}} are Y-shaped proteins made by white blood cells."
    ),
    # A short defining phrase is the target, as in "A virus is an {{c1::infectious agent}} …".
    "Viruses are infectious agents that replicate only inside living cells.": (
        "Viruses are {{c1::infectious agents}} that replicate only inside living cells."
    ),
}

NOT_DEFINITIONS = [
    "Prices are higher in winter.",
    "Results are shown in Table 2.",
    "Results are shown in tables for each of the groups we studied.",
    "Most students are unaware of the rule.",
    "Cats are often afraid of water.",
    "Interest rates are rising again this year.",
    "These are the main causes.",
    "Tickets are available online.",
    "Students are given textbooks on the first day of term.",
    "Companies are hiring engineers who know Rust and Go.",
    "Dogs are better pets than cats for most families.",
    "Delays are common in winter across the whole network.",
    "Both options are valid choices for beginners who want speed.",
    "Cats are sometimes nervous around loud children at home.",
    "Patients are offered treatments that suit their condition.",
    "Employees are always welcome to ask questions at the meeting.",
    "The results are mixed blessings for the team this year.",
    "Fees are charged monthly in arrears for all accounts.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_plural_defined_without_an_article_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = "Cell Biology\n\n" + "\n\n".join(DEFINITIONS) + "\n"
    if name.endswith(".md"):
        text = "# " + text
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]
    assert texts == list(DEFINITIONS.values())


def test_they_after_a_plural_definition_stands_for_its_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Cell Biology\n\nEnzymes are proteins that speed up chemical reactions in living "
        "cells. They work fastest at about 37 °C in the human body.\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert "Enzymes work fastest at about {{c1::37 °C}} in the human body." in texts


@pytest.mark.parametrize("sentence", NOT_DEFINITIONS)
def test_a_plural_with_no_noun_phrase_after_are_defines_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    text = f"# Notes\n\n{sentence}\n\nThe museum opened in 1998 and drew 40,000 visitors.\n"
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == ["The museum opened in 1998 and drew {{c1::40,000}} visitors."]
