"""A thematic break (`---`, `* * *`) ends an FAQ answer: the disclaimer or note after it, as
articles close, is not part of the last answer. In plain text a rule line is no text at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

FAQ = """\
{heading}

Blood levels fall by roughly 20% over the winter in most adults.

{faq}

{q1}
Not necessarily. A blood test is the only way to know your level.

{q2}
D3 raises blood levels more and keeps them up longer.

{rule}

This article is for information only and is not medical advice.
"""
MARKDOWN = {"heading": "# Vitamin D", "faq": "## FAQ", "q1": "### Should I take it?"}
MARKDOWN |= {"q2": "### Is D2 as good as D3?"}
PLAIN = {"heading": "Vitamin D", "faq": "FAQ", "q1": "Should I take it?"}
PLAIN |= {"q2": "Is D2 as good as D3?"}
LAST_ANSWER = "D3 raises blood levels more and keeps them up longer."


def _answers(path: Path) -> list[str]:
    result = CliRunner().invoke(main, ["preview", "--json", str(path)])
    assert result.exit_code == 0, result.output
    cards = [json.loads(line) for line in result.output.splitlines()]
    return [card["fields"]["Answer"] for card in cards if card["kind"] == "faq"]


@pytest.mark.parametrize("rule", ["---", "***", "* * *", "___"])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_rule_ends_the_last_answer(tmp_path: Path, suffix: str, rule: str) -> None:
    parts = MARKDOWN if suffix == ".md" else PLAIN
    path = tmp_path / f"vitamin-d{suffix}"
    path.write_text(FAQ.format(rule=rule, **parts))
    answers = _answers(path)
    assert len(answers) == 2
    assert answers[1] == LAST_ANSWER


def test_a_rule_line_is_never_joined_to_hard_wrapped_text(tmp_path: Path) -> None:
    """Wrapped at 60 columns: the paragraph's last line is full, the rule under it stays out."""
    wrapped = (
        "Vitamin D\n\n"
        "Blood levels of vitamin D fall by roughly 20% over the\n"
        "winter in most adults who live far from the equator and\n"
        "spend their days working indoors under artificial light\n"
        "---\n"
        "This article is for information only and is not advice.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(wrapped)
    result = CliRunner().invoke(main, ["preview", "--json", str(path)])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["fields"]["Text"] for line in result.output.splitlines()]
    assert len(texts) == 1 and "---" not in texts[0]
