"""An effect stated before the changing cause it follows ("Bond prices fall when interest rates
rise") is a direction, as the cause stated first is ("When interest rates rise, bond prices
{{c1::fall}}"): the direction is hidden. Such sentences gave no card, and a takeaway hid the
subject ("{{c1::Bond prices}} fall when interest rates rise")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

EFFECTS = [
    "The resistance of a thermistor {{c1::falls}} as its temperature rises, so it is used in"
    " fire alarms.",
    "The pressure of a gas {{c1::increases}} as its temperature increases at a fixed volume.",
    "The value of a currency usually {{c1::weakens}} when the central bank lowers interest rates.",
]


@pytest.mark.parametrize("name", ["effects.md", "effects.txt"])
def test_an_effect_before_its_cause_hides_its_direction(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Effects", EFFECTS) == EFFECTS


@pytest.mark.parametrize("name", ["bonds.md", "bonds.txt"])
def test_a_takeaway_hides_the_direction_not_the_subject(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    takeaways = ["Bond prices {{c1::fall}} when interest rates rise."]
    text = "\n".join(t.replace("{{c1::", "").replace("}}", "") for t in takeaways)
    md = name.endswith(".md")
    heading, summary = ("# Bonds", "## Key Takeaways") if md else ("Bonds", "Key Takeaways")
    loan = "A bond is a loan you make to a government or a company."
    article = f"{heading}\n\n{loan}\n\n{summary}\n\n- {text}\n"
    records = article_records(tmp_path, monkeypatch, name, article)
    assert [r["fields"]["Text"] for r in records if r["kind"] == "takeaway"] == takeaways


@pytest.mark.parametrize(
    "sentence",
    [
        "Lower the heat as the sauce begins to reduce.",
        "It rises when the temperature rises above freezing point in spring.",
        "We raise our prices if our costs rise at all.",
        "The stock fell sharply when the chief executive resigned.",
        "Reduce the dose if kidney function declines in older patients.",
    ],
)
def test_no_direction_of_a_command_a_pronoun_or_a_story(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
