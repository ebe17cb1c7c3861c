"""A generic noun after a word that names which one it is, is a name: "The testing effect is the
finding that retrieving information … strengthens it …" gave no card, as if "effect" were "the
effect" of the sentence before. A modifier that names a kind ("testing", "placebo", "Doppler",
"halting", "80/20") makes "effect", "problem", "rule", "mechanism" or "solution" a name, and a
defining sentence asks for it; one that judges, ranks, sizes or counts ("main", "net", "biggest",
"combined", "first") still leans on what came before, as any other generic noun does."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes, run_article

from docdeck.extract.text import clip

FILLER = "About {n}% of students mass their study before exam number {n}."

NAMED = {
    "The testing effect is the finding that retrieving information from memory strengthens it"
    " more than re-reading does.": "The {{c1::testing effect}} is the finding that",
    "The bystander effect is the tendency of people to help less when 5 or more others are"
    " present.": "The {{c1::bystander effect}} is the tendency",
    "The serial position effect is the tendency to recall the first and last items of a list"
    " best.": "The {{c1::serial position effect}} is",
    "The Doppler effect is the change in frequency of a wave as its source moves.": (
        "The {{c1::Doppler effect}} is"
    ),
    "The placebo effect accounts for up to 30% of pain relief reported in drug trials.": (
        "The placebo effect accounts for up to {{c1::30%}}"
    ),
    "The greenhouse effect keeps the Earth about 33 °C warmer than it would otherwise be.": (
        "The greenhouse effect keeps the Earth about {{c1::33 °C}}"
    ),
    "The spacing effect is about 40% larger in adults over 60 years old.": (
        "The spacing effect is about {{c1::40%}} larger"
    ),
    "The halting problem was shown to be undecidable by Alan Turing in 1936.": (
        "The halting problem was shown to be undecidable by Alan Turing in {{c1::1936}}."
    ),
    "The 80/20 rule says that about 80% of effects come from 20% of causes.": (
        "The 80/20 rule says that about {{c1::80%}}"
    ),
    "The photoelectric effect is the emission of electrons when light strikes a metal surface.": (
        "The photoelectric effect is the {{c1::emission of electrons}}"
    ),
    "The cocktail party effect lets about 30% of listeners hear their own name in a noisy room.": (
        "The cocktail party effect lets about {{c1::30%}}"
    ),
    "The framing effect shifts about 40% of choices when the same odds are worded as losses.": (
        "The framing effect shifts about {{c1::40%}}"
    ),
}

LEANING = [
    "The main effect is a drop of about 20% in recall after a week.",
    "The net effect is a loss of about 20% in recall after a week.",
    "The overall effect is a drop of about 20% in recall after a week.",
    "The side effect is a drop of about 20% in recall after a week.",
    "The combined effect is a drop of about 20% in recall after a week.",
    "The cumulative effect is a drop of about 20% in recall after a week.",
    "The opposite effect is a rise of about 20% in recall after a week.",
    "The long-term effect is a drop of about 20% in recall after a week.",
    "The main effect is the finding that recall drops by about 20% after a week.",
    "The key finding is that recall drops by about 20% after a week.",
    "The striking finding is that recall drops by about 20% after a week.",
    "The biggest problem is that recall drops by about 20% after a week.",
    "The only problem is that recall drops by about 20% after a week.",
    "The real issue is that recall drops by about 20% after a week.",
    "The first reason is that recall drops by about 20% after a week.",
    "The same result held for about 20% of the students a week later.",
    "The simple solution is to review about 20% of the material each week.",
    "The general rule is to review about 20% of the material each week.",
    "The underlying mechanism is a drop of about 20% in synapse strength.",
    "The effect is a drop of about 20% in recall after a week.",
]


def _article(sentences: list[str], heading: str = "# Memory") -> str:
    paragraphs = [f"{FILLER.format(n=n + 50)}\n\n{s}" for n, s in enumerate(sentences)]
    return "\n\n".join([heading, *paragraphs]) + "\n"


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_generic_noun_after_a_naming_modifier_is_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    heading = "# Memory" if name.endswith(".md") else "MEMORY"
    notes = article_notes(tmp_path, monkeypatch, name, _article(list(NAMED), heading))
    texts = [note["Text"] for note in notes]
    for sentence, card in NAMED.items():
        assert any(text.startswith(card) for text in texts), sentence


def test_a_generic_noun_after_a_judging_modifier_still_leans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = run_article(tmp_path, monkeypatch, "a.md", _article(LEANING), "preview")
    for sentence in LEANING:
        assert f"claim '{clip(sentence)}' leans on the sentence before it" in output
