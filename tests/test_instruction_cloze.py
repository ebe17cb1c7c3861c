"""A takeaway written as an instruction hides its point: the figure where there is one, else
what it is done to. "Drink water during long study sessions." hid "sessions", a word that tells
nothing, and "Prepare the surface properly" hid its verb, "Prepare". "Make sure …" takes a
clause, no object: "sure" is never the answer. A sentence that opens with a noun and its verb
("Exercise improves mood") is no instruction and keeps its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

# Each takeaway and its card.
INSTRUCTIONS = {
    "Drink water during long study sessions.": "Drink {{c1::water}} during long study sessions.",
    "Prepare the surface properly; it is half of the job.": (
        "Prepare the {{c1::surface}} properly; it is half of the job."
    ),
    "Compute the rate with r = d / t before you compare runners.": (
        "Compute the rate with {{c1::r = d / t}} before you compare runners."
    ),
    "Do not mix bleach and ammonia when you clean.": (
        "Do not mix {{c1::bleach}} and ammonia when you clean."
    ),
    "Wash and dry the dishes before storing them.": (
        "Wash and dry the {{c1::dishes}} before storing them."
    ),
    "Turn off the stove before you leave the kitchen.": (
        "Turn off the {{c1::stove}} before you leave the kitchen."
    ),
    "Read the label before you take any medicine.": (
        "Read the {{c1::label}} before you take any medicine."
    ),
    "Get enough sleep before the interview.": "Get enough {{c1::sleep}} before the interview.",
    "Give yourself permission to fail.": "Give yourself {{c1::permission}} to fail.",
    "Avoid caffeine after 2 p.m. if you sleep badly.": (
        "Avoid caffeine after {{c1::2 p.m.}} if you sleep badly."
    ),
}
# Sentences that open with a noun, and their cards as before.
STATEMENTS = {
    "Exercise improves mood.": "{{c1::Exercise}} improves mood.",
    "Water boils at 100 °C.": "Water boils at {{c1::100 °C}}.",
    "Rest days matter.": "Rest days {{c1::matter}}.",
}


def _takeaways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, bullets: list[str]):
    heading, summary = (
        ("# Study Habits", "## Key Takeaways")
        if name.endswith(".md")
        else (
            "Study Habits",
            "Key Takeaways",
        )
    )
    lines = "\n".join(f"- {bullet}" for bullet in bullets)
    text = f"{heading}\n\n{summary}\n\n{lines}\n"
    return [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_instruction_hides_its_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    cards = _takeaways(tmp_path, monkeypatch, name, list(INSTRUCTIONS))
    assert cards == list(INSTRUCTIONS.values())


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_statement_on_a_noun_is_no_instruction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    cards = _takeaways(tmp_path, monkeypatch, name, list(STATEMENTS))
    assert cards == list(STATEMENTS.values())


def test_make_sure_takes_a_clause(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Make sure the oven is hot before you add the dough."
    cards = _takeaways(tmp_path, monkeypatch, "a.md", [text])
    assert cards == ["Make sure the oven is hot before you add the {{c1::dough}}."]


def test_a_figure_an_instruction_repeats_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Divide 72 …" twice in the article is no name like "Zone 2": the figure is the point."""
    text = (
        "# Rule of 72\n\nDivide 72 by the rate. Divide 72 by 6% and you get 12 years.\n\n"
        "## Key Takeaways\n\n- Divide 72 by the interest rate to estimate the years it takes.\n"
    )
    notes = article_notes(tmp_path, monkeypatch, "a.md", text)
    assert [n["Text"] for n in notes if n["kind"] == "takeaway"] == [
        "Divide {{c1::72}} by the interest rate to estimate the years it takes."
    ]
