"""A prose claim that says a takeaway's fact again in other words, with the same answer, is
dropped: the learner reviewed the fact twice ("Tannin is the drying, grippy sensation …" and
the takeaway "Tannin is a drying sensation …"). Different facts with the same answer stay.
Each runs the real CLI on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _preview(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, claim: str, takeaway: str
) -> tuple[list[str], list[str]]:
    """The cards' kinds and the warnings of an article with one prose claim (line 3) and one
    takeaway (line 7)."""
    monkeypatch.chdir(tmp_path)
    text = f"# Notes\n\n{claim}\n\n## Key Takeaways\n\n- {takeaway}\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    cards = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    shown = CliRunner().invoke(main, ["preview", "a.md"])
    assert cards.exit_code == shown.exit_code == 0, cards.output + shown.output
    kinds = [record["kind"] for record in map(json.loads, cards.stdout.splitlines())]
    return kinds, [line for line in shown.output.splitlines() if "warning:" in line]


REWORDED = [
    # The answer alike in case, article and unit; the rest shares 2 of 5 content words.
    (
        "Tannin is the drying, grippy sensation on your gums and teeth.",
        "Tannin is a drying sensation from skins, seeds, stems and oak.",
    ),
    (
        "The Maillard reaction is a chemical reaction between amino acids and reducing "
        "sugars that produces hundreds of new flavour and aroma compounds, along with brown "
        "pigments called melanoidins.",
        "The Maillard reaction is between amino acids and reducing sugars.",
    ),
    (
        "The facts were never proven: Stevenson died in 1933 and the case settled for £200 "
        "before trial.",
        "The snail was never proven to exist; the case settled for £200.",
    ),
    # A closing aside, a unit only one side gives, another connective: the same number.
    (
        "The Maillard reaction is slow at low temperatures and becomes fast above about "
        "140 °C (285 °F).",
        "The Maillard reaction becomes fast above 140 °C, which is why wet surfaces do not brown.",
    ),
    (
        "Most games are played to 11 points, and a team must win by 2.",
        "Only the serving team scores; games go to 11, win by 2.",
    ),
    (
        "For most people the target INR is between 2.0 and 3.0.",
        "The usual target INR is 2.0 to 3.0.",
    ),
    (
        "Solving the normal equation is slow for more than 10000 features.",
        "The normal equation is too slow above 10,000 features.",
    ),
]


@pytest.mark.parametrize(("claim", "takeaway"), REWORDED)
def test_a_claim_that_rewords_a_takeaway_is_dropped_for_it(
    claim: str, takeaway: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds, warnings = _preview(tmp_path, monkeypatch, claim, takeaway)
    assert kinds == ["takeaway"]
    assert warnings == ["a.md:3: warning: claim restates the takeaway on line 7"]


DIFFERENT = [
    # The same answer, nothing else in common.
    ("The war finally ended in 1763.", "The Treaty of Paris was signed in 1763."),
    ("A sodium atom has 11 electrons.", "A football team has 11 players on the pitch."),
    ("The atomic number of sodium is 11.", "A football team has 11 players on the pitch."),
    # Words in common, but another number ("Section 8") or another act ("give") tells the
    # facts apart.
    (
        "A Section 8 notice relies on a ground, such as rent arrears of at least two months.",
        "A Section 21 notice must give you at least two months to leave.",
    ),
    (
        "Within 30 days of receiving your deposit, your landlord must also give you the "
        '"prescribed information": which scheme holds the money and how to get it back.',
        "Your landlord must protect your deposit in a government-approved scheme within "
        "30 days of receiving it.",
    ),
    # Only one word in common.
    (
        "Glycolysis is the breakdown of glucose into two pyruvate molecules in the cytoplasm.",
        "Glycolysis occurs in the cytoplasm; the other two stages occur in the mitochondria.",
    ),
    # Another unit: "2 NADH" is not "2 ATP".
    (
        "Glycolysis produces a net gain of 2 ATP and 2 NADH per glucose molecule.",
        "Without oxygen, cells rely on fermentation, which yields only 2 ATP per glucose.",
    ),
]


@pytest.mark.parametrize(("claim", "takeaway"), DIFFERENT)
def test_a_claim_with_another_fact_for_the_same_answer_stays(
    claim: str, takeaway: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds, warnings = _preview(tmp_path, monkeypatch, claim, takeaway)
    assert kinds == ["claim", "takeaway"]
    assert warnings == []


def test_a_takeaway_that_hides_its_answer_twice_does_not_replace_a_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sample deck's "Dopamine fires on [...], not pleasure — familiarity collapses [...]
    error …" asks less cleanly than the claim it would replace."""
    kinds, warnings = _preview(
        tmp_path,
        monkeypatch,
        "Dopamine does not signal pleasure — it signals prediction.",
        "Dopamine fires on prediction, not pleasure — familiarity collapses prediction error.",
    )
    assert kinds == ["claim", "takeaway"]
    assert warnings == []


def _claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paragraph: str) -> list[str]:
    """The fronts of the claims of an article with one paragraph."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"# Deposits\n\n## Rules\n\n{paragraph}\n", encoding="utf-8")
    cards = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert cards.exit_code == 0, cards.output
    return [record["fields"]["Text"] for record in map(json.loads, cards.stdout.splitlines())]


def test_two_claims_that_share_most_words_but_another_act_both_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Most words and the answer in common, but "protect" and "give" are two duties."""
    fronts = _claims(
        tmp_path,
        monkeypatch,
        "Your landlord must protect your deposit within 30 days of receiving it. Your landlord "
        "must give you the prescribed information within 30 days of receiving it.",
    )
    assert [front.split(" within")[0] for front in fronts] == [
        "Your landlord must protect your deposit",
        "Your landlord must give you the prescribed information",
    ]


def test_two_claims_that_share_most_words_but_another_number_both_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fronts = _claims(
        tmp_path,
        monkeypatch,
        "A Section 21 notice gives the tenant at least two months to leave. A Section 8 "
        "notice gives the tenant at least two months to leave.",
    )
    assert len(fronts) == 2


def test_a_claim_said_again_in_nearly_the_same_words_is_still_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fronts = _claims(
        tmp_path,
        monkeypatch,
        "Your landlord must protect your deposit within 30 days of receiving it. In short, "
        "your landlord must protect the deposit within 30 days.",
    )
    assert len(fronts) == 1
