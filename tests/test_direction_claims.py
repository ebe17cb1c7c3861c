"""An economics text states how one quantity moves another ("When interest rates rise, bond
prices fall."): a claim that hides the direction of the effect. Only a present-tense sentence
with a changing cause and an effect after it; stories, commands and advice give no card, and a
sentence another rule cards keeps its target. Each test runs the real CLI on a short excerpt,
in Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes as _notes
from articles import written_as

EFFECTS = (
    "# How interest rates work\n\n"
    "## Bonds\n\n"
    "When interest rates rise, bond prices fall.\n\n"
    "If the central bank raises interest rates, the currency tends to appreciate.\n\n"
    "## Inflation\n\n"
    "Central banks raise interest rates to slow inflation. Higher rates make borrowing more"
    " expensive, which reduces spending and investment.\n\n"
    "Rising oil prices push up inflation and make transport more expensive.\n\n"
    "A rise in unemployment reduces consumer spending.\n\n"
    "Lower interest rates lower the cost of borrowing for firms.\n\n"
    "## Currency\n\n"
    "Higher interest rates tend to strengthen a country's currency, because they attract"
    " foreign capital.\n"
)


def _fronts(notes: list[dict[str, str]]) -> list[str]:
    return [note["Text"] for note in notes if note["kind"] == "claim"]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_changing_cause_s_effect_hides_its_direction(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None gave a card: a claim needed a figure, an emphasis, a contrast, a definition or a
    date. The cause's own "Lower" is no answer, and the first is short, yet whole."""
    text = written_as(name, EFFECTS)
    assert _fronts(_notes(tmp_path, monkeypatch, name, text)) == [
        "When interest rates rise, bond prices {{c1::fall}}.",
        "If the central bank raises interest rates, the currency tends to {{c1::appreciate}}.",
        "Central banks raise interest rates to {{c1::slow}} inflation.",
        "Higher rates make borrowing {{c1::more expensive}}, which reduces spending and"
        " investment.",
        "Rising oil prices {{c1::push up}} inflation and make transport more expensive.",
        "A rise in unemployment {{c1::reduces}} consumer spending.",
        "Lower interest rates {{c1::lower}} the cost of borrowing for firms.",
        "Higher interest rates tend to {{c1::strengthen}} a country's currency, because they"
        " attract foreign capital.",
    ]


NO_EFFECTS = (
    "# Notes\n\n"
    "## Market\n\n"
    "Prices fall on Fridays at the market.\n\n"  # one thing changes: no cause
    "The stock fell after the CEO resigned.\n\n"  # a story: an event, no changing cause
    "When the stock fell, investors sold their shares in a panic.\n\n"
    "When the Fed raised rates, inflation fell and stayed low for years.\n\n"
    "Sales increase when the weather is warm in the summer months.\n\n"
    "## Kitchen\n\n"
    "If the temperature rises, open the window in the bedroom.\n\n"
    "Lower the heat and stir the sauce for a few minutes.\n\n"
    "Lower the heat to reduce splatter on the stove top.\n\n"
    "If prices rise, lower your spending on luxuries at once.\n\n"
    "As prices rise, you should lower your budget for the holidays.\n\n"
    "You reduce the heat to slow the boiling of the water.\n\n"
    "Raise your hand if you want to increase the volume of the music.\n\n"
    "## Life\n\n"
    "As the sun rises, the birds begin to sing in the garden.\n\n"
    "Higher prices and lower wages hurt households across the country.\n\n"
    "We raise prices to slow demand when stock runs out in the shop.\n\n"
    "The river rose after a week of heavy rain in the hills.\n"
)


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_stories_commands_and_advice_give_no_card(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The stock fell after the CEO resigned." tells of one event, no rule: no card. Nor does
    "Prices fall on Fridays": a change with no cause. A figure's claim still gives one."""
    text = written_as(name, NO_EFFECTS)
    text += "\nThe Federal Reserve targets an inflation rate of 2%.\n"
    assert _fronts(_notes(tmp_path, monkeypatch, name, text)) == [
        "The Federal Reserve targets an inflation rate of {{c1::2%}}."
    ]


def test_another_rule_s_target_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "# Rates\n\n"
        "Higher interest rates reduce inflation by about 1.5 percentage points.\n\n"
        "When interest rates rise, **bond prices** fall.\n"
    )
    assert _fronts(_notes(tmp_path, monkeypatch, "a.md", text)) == [
        "Higher interest rates reduce inflation by about {{c1::1.5 percentage points}}.",
        "When interest rates rise, {{c1::bond prices}} fall.",
    ]
