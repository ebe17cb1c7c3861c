"""A subject classed by a contrast, "Ichthyosaurs were marine reptiles, not dinosaurs.", says in
five or six words what a definition says in eight: it was skipped as too short to stand alone.
Such a sentence is now a card that asks what the subject is (or was); a contrast of adjectives,
of a pronoun's or a generic subject's, or one that leans on the sentence before, still is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, cloze_texts

CARDS = {
    "Ichthyosaurs were marine reptiles, not dinosaurs.": (
        "Ichthyosaurs were {{c1::marine reptiles}}, not dinosaurs."
    ),
    "Bats are mammals, not birds.": "Bats are {{c1::mammals}}, not birds.",
    "Spiders are arachnids, not insects.": "Spiders are {{c1::arachnids}}, not insects.",
    "Mushrooms are fungi, not plants.": "Mushrooms are {{c1::fungi}}, not plants.",
    "Water is a compound, not an element.": "Water is {{c1::a compound}}, not an element.",
}

NOT_CARDS = [
    "Life is good, not bad.",
    "The answer is yes, not no.",
    "Prices were high, not low.",
    "Results were mixed, not conclusive.",
    "This is nonsense, not science.",
    "They were friends, not rivals.",
    "These are guidelines, not rules.",
    "Most were farmers, not warriors.",
    "Others were soldiers, not farmers.",
    "The first was a ship, not a boat.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_subject_classed_by_a_contrast_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    text = "Natural History\n\nOverview\n\n" + "\n\n".join(CARDS) + "\n"
    if name.endswith(".md"):
        text = text.replace("Natural History", "# Natural History").replace(
            "Overview", "## Overview"
        )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]
    assert texts == list(CARDS.values())


def test_the_brief_paragraph_cards_its_contrast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "# Prehistoric Life\n\n## Overview\n\nIchthyosaurs were marine reptiles, not dinosaurs. "
        "Osteoporosis is a loss of bone density that makes bones fragile.\n"
    )
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert "Ichthyosaurs were {{c1::marine reptiles}}, not dinosaurs." in texts


@pytest.mark.parametrize("sentence", NOT_CARDS)
def test_other_short_contrasts_give_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    text = f"# Notes\n\n{sentence}\n\nThe museum opened in 1998 and drew 40,000 visitors.\n"
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, "a.md", text)]
    assert texts == ["The museum opened in 1998 and drew {{c1::40,000}} visitors."]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_at_least_and_at_most_stay_with_what_they_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    clozes = [
        "A significant ANOVA tells you that {{c1::at least one mean differs}}, not which one.",
        "A pilot study shows that {{c1::at most one dose works}}, not which dose.",
        # A quotation is hidden whole, never cut: not '{{c1::at most a "first cause}}"'.
        'The argument gets you at most a "{{c1::first cause}}", not the God of any religion.',
        "Caffeine blocks adenosine receptors at the {{c1::synapse}}, not dopamine receptors.",
    ]
    assert cloze_texts(tmp_path, monkeypatch, name, "Statistics", clozes) == clozes
