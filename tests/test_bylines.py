"""Bylines and datelines are page metadata: never a heading, a claim, a warning or part of an
FAQ answer, in either format. A sentence that opens like one is still text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.lines import is_byline

BYLINES = [
    "Published 3 February 2025 | 7 min read | Energy",
    "Updated March 2025 · 9 min read",
    "By Dr. Ana Ruiz, MD | Reviewed by the Editorial Board | January 12, 2025",
    "Medically reviewed by Sam Lee, RN — Feb. 2, 2024",
    "By Jane Doe, January 12, 2025",
    "Last updated: 12 Jan 2024",
    "Posted on March 3rd, 2024",
    "January 12, 2025",
    "2025-02-03",
]
NOT_BYLINES = [
    "By 2030, heat pumps will cut emissions by 40%.",
    "By March 2024 most clinics had switched",
    "Updated guidelines in March 2024 recommend 600 IU a day",
    "Updated Guidance for 2025",
    "A 5-minute read can lower stress by 10%.",
    "By the Numbers",
    "Published Studies",
]


@pytest.mark.parametrize("text", BYLINES)
def test_a_byline_is_found(text: str) -> None:
    assert is_byline(text)


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_text_that_opens_like_a_byline_is_not_one(text: str) -> None:
    assert not is_byline(text)


PLAIN = """\
How Heat Pumps Cut Heating Bills
Published 3 February 2025 | 7 min read | Energy

A modern heat pump uses about 60% less electricity than a resistance heater in winter.

Frequently asked questions
How long does a heat pump last?
Most last 15 to 20 years with yearly maintenance.

Last updated: 12 Jan 2025
"""
MARKDOWN = """\
# How Heat Pumps Cut Heating Bills

*Updated March 2025 · 9 min read*

A modern heat pump uses about 60% less electricity than a resistance heater in winter.

## FAQ

### How long does a heat pump last?

Most last 15 to 20 years with yearly maintenance.

*Last updated: 12 Jan 2025*
"""


@pytest.mark.parametrize(("name", "text"), [("heat.txt", PLAIN), ("heat.md", MARKDOWN)])
def test_bylines_are_left_out_silently(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    claim, faq = [json.loads(line) for line in result.output.splitlines()]
    assert claim["section"] == "How Heat Pumps Cut Heating Bills"  # no byline section
    assert faq["fields"]["Answer"] == "Most last 15 to 20 years with yearly maintenance."
    checked = CliRunner().invoke(main, ["check", str(tmp_path / name)])
    assert checked.output.splitlines()[-1] == "0 errors, 0 warnings", checked.output


def test_a_byline_above_a_plain_text_title_is_not_the_title(tmp_path: Path) -> None:
    (tmp_path / "heat.txt").write_text("By Jane Doe | 3 March 2025\n\n" + PLAIN)
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "heat.txt")])
    assert result.exit_code == 0, result.output
    decks = {json.loads(line)["deck"] for line in result.output.splitlines()}
    assert decks == {"How Heat Pumps Cut Heating Bills"}
