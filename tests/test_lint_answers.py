"""`check` reads what a card asks for. Two cards that ask for different answers (a cloze's hidden
text, a Q&A's answer) test different facts, however alike their fronts: they are not near
repeats. A short answer is compared word for word, a longer one by its numbers (it may word the
same fact another way). A comma between digits (`13,200`) groups thousands: it separates no
list items."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _check(name: str, text: str) -> list[str]:
    Path(name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", name])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "c.txt",
            "Elasticity\n\nDefinitions\n\n"
            "Elastic demand: demand whose PED is greater than 1 in absolute value.\n"
            "Inelastic demand: demand whose PED is less than 1 in absolute value.\n",
        ),
        (
            "a.txt",
            "Ibuprofen leaflet\n\n4. Possible side effects\n\n"
            "Common (may affect up to 1 in 10 people):\n- heartburn, indigestion, stomach pain\n\n"
            "Very rare (may affect up to 1 in 10,000 people):\n- kidney problems\n",
        ),
        (
            "faq.md",
            "# Caffeine\n\n## FAQ\n\n### How long does caffeine stay in the body?\n\n"
            "Caffeine has a half-life of about five hours in most healthy adults, 3 to 7.\n\n"
            "### How long does caffeine stay in your body?\n\n"
            "Caffeine has a half-life of about five hours in most healthy adults, 2 to 9.\n",
        ),
    ],
)
def test_alike_cards_with_different_answers_are_not_near_repeats(name: str, text: str) -> None:
    assert _check(name, text) == ["0 errors, 0 warnings"]


def test_alike_clozes_hiding_the_same_answer_are_near_repeats() -> None:
    definition = "Elasticity\n\nDefinitions\n\nElastic demand: {} whose PED is greater than 1.\n"
    Path("a.txt").write_text(definition.format("demand"))
    Path("b.txt").write_text(definition.format("the demand"))
    Path("deck.yaml").write_text("deck: Economics\nsources: [a.txt, b.txt]\n")
    result = CliRunner().invoke(main, ["check", "deck.yaml"])
    assert result.output.splitlines() == [
        "b.txt:5: warning: card nearly repeats the one at a.txt:5; keep one of them (add a"
        " skip: pattern or reword)",
        "0 errors, 1 warning",
    ]


def test_alike_faqs_with_the_same_numbers_are_near_repeats() -> None:
    """A longer answer worded another way, with the same numbers, states the same fact."""
    assert _check(
        "faq.md",
        "# Caffeine\n\n## FAQ\n\n### How long does caffeine stay in the body?\n\n"
        "Caffeine has a half-life of about five hours in most healthy adults, 3 to 7.\n\n"
        "### How long does caffeine stay in your body?\n\n"
        "Caffeine has a half-life of about five hours in most adults, 3 to 7.\n",
    ) == [
        "faq.md:9: warning: card nearly repeats the one at line 5; keep one of them (add a"
        " skip: pattern or reword)",
        "0 errors, 1 warning",
    ]


def test_thousands_separators_separate_no_list_items() -> None:
    table = "| Great Fire | |\n|---|---|\n| **Property damage** | {} |\n"
    cell = "13,200 houses, 87 parish churches, St Paul's Cathedral"
    assert _check("k.md", "# Fire\n\n" + table.format(cell)) == ["0 errors, 0 warnings"]
    four = "1,000,000 pounds, 13,200 houses, 87 churches, St Paul's Cathedral"
    assert _check("k.md", "# Fire\n\n" + table.format(four)) == [
        "k.md:5: warning: answer is a list of 4 items; sets are hard to recall whole; ask for"
        " one item per card",
        "0 errors, 1 warning",
    ]
