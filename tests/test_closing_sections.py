"""A closing call to action is left out of the deck; a last section that states facts is not,
whatever its heading's first word, and neither is the lead under the document's title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

OPTIONS = """\
# Options Trading Basics

An option is a contract that gives the right, not the obligation, to buy or sell an asset.

## Put Options

A put option gains value when the price falls, not when it rises.

## Call Options

A call option gains value when the price rises, not when it falls.

## Order of Operations

Multiplication is done before addition, not after it.
"""
STRENGTH = """\
# Start Strength Training After 40

Muscle mass declines by about 3–8% per decade after the age of 30.

## Key Takeaways

- Lift twice a week.
"""


def _write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")


def _closing(name: str) -> list[str]:
    """What `check` says about closing sections."""
    result = CliRunner().invoke(main, ["check", name])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if "closing section" in line]


def _sections(name: str) -> list[str]:
    """The section tag of every card `preview` shows."""
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return [tag for record in records for tag in record["tags"] if tag.startswith("section::")]


def test_last_sections_whose_heading_opens_with_a_verb_are_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, "options.md", OPTIONS)

    assert _closing("options.md") == []
    sections = _sections("options.md")
    assert "section::call-options" in sections
    assert "section::order-of-operations" in sections


def test_the_lead_under_an_imperative_title_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, "start.md", STRENGTH)

    assert _closing("start.md") == []
    assert _sections("start.md").count("section::start-strength-training-after-40") == 1


def test_a_call_to_action_heading_over_facts_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    protein = "Eating 30 g of protein at breakfast cuts evening snacking by about 25%."
    _write(
        tmp_path,
        monkeypatch,
        "options.md",
        f"{OPTIONS}\n## Start the Day with Protein\n\n{protein}\n",
    )

    assert "section::start-the-day-with-protein" in _sections("options.md")


@pytest.mark.parametrize(
    ("heading", "pitch"),
    [
        ("Get Started Today", "Our coaches reply within a day: write to hello@example.com."),
        (
            "Book a Call",
            "A 20-minute call with a coach is free. Pick a time on our calendar today.",
        ),
        ("Subscribe", "Every Friday, one evidence-based training tip in your inbox."),
    ],
)
def test_a_closing_call_to_action_is_not_carded(
    heading: str, pitch: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, "options.md", f"{OPTIONS}\n## {heading}\n\n{pitch}\n")

    assert _closing("options.md") == [
        f"options.md:17: warning: closing section '{heading}' is not carded"
    ]
    assert "section::order-of-operations" in _sections("options.md")


def test_a_last_section_of_a_list_and_a_closing_line_keeps_its_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only its paragraph sold ("I hope this article helped"): the whole section, dosage list
    and all, was dropped as a closing section."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.txt").write_text(
        "Vitamin D basics\n\nProduction\n\nVitamin D is made in the skin under UVB light, about"
        " 15 minutes a day in summer.\n\nDosage\n\n"
        "- Adults need 600 IU of vitamin D a day, and adults over 70 need 800 IU.\n"
        "- The upper limit for adults is 4,000 IU a day, from all sources.\n\n"
        "I hope this article helped you understand vitamin D better.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "d.txt"])
    shown = CliRunner().invoke(main, ["preview", "--json", "d.txt"])
    texts = [json.loads(line)["fields"]["Text"] for line in shown.stdout.splitlines()]
    assert [text.split("{{")[0] for text in texts] == [
        "Vitamin D is made in the skin under UVB light, about ",
        "Adults need ",
        "The upper limit for adults is ",
    ]
    assert "closing section" not in result.output
