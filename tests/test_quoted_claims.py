"""A sentence in the first person that quotes someone else is skipped as a quotation, naming
the speaker where the sentence does: it is not "the author's own experience". The author's own
"I" and "we" still are, in quotation marks of theirs too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

PARAGRAPHS = [
    '"We saw a 40% drop in relapse once patients slept eight hours," said Dr. Smith, a sleep'
    " researcher.",
    '"In our clinic 30% of patients sleep less than six hours," Dr. Jones said.',
    "According to the WHO, we need at least 150 minutes of moderate activity every week.",
    'Dr. Lee said, "Our data show 25% fewer injuries among runners who sleep well."',
    '"I cut my caffeine intake by 50% and slept an extra hour every night." Maria Lopez said.',
    '"We measured a 20% rise in reaction time after two weeks of short nights," she said.',
    "I cut my own caffeine intake by 50% and slept an extra hour each night.",
    '"It helps 30% of people with insomnia," I told my patients last year.',
]
QUOTE = "We found that 60% of shift workers develop chronic sleep debt within a year."
FIRM_QUOTE = "Shift workers build sleep debt about 30% faster than people who work days."
REASONS = [
    "quotes Dr. Smith in the first person",
    "quotes Dr. Jones in the first person",
    "quotes the WHO in the first person",
    "quotes Dr. Lee in the first person",
    "quotes Maria Lopez in the first person",
    "is a quotation in the first person",
    "is the author's own experience",
    "is the author's own experience",
    "quotes Dr. Jane Smith in the first person",
]


def _reasons(output: str) -> list[str]:
    return [
        line.split("' ", 1)[1].removesuffix(", not a claim") for line in output.splitlines()[:-1]
    ]


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_a_quotation_in_the_first_person_is_not_the_authors_experience(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if suffix == "md":
        blocks = [
            "# Sleep and Recovery",
            *PARAGRAPHS,
            f"> {QUOTE}\n> — Dr. Jane Smith, Sleep Clinic",
        ]
        text = "\n\n".join([*blocks, f"> {FIRM_QUOTE}"])
    else:
        lines = ["Sleep and Recovery", *PARAGRAPHS, f"> {QUOTE} — Dr. Jane Smith, Sleep Clinic"]
        text = "\nnn\n".join([*lines, f"> {FIRM_QUOTE}"])
    (tmp_path / f"a.{suffix}").write_text(text + "\n", encoding="utf-8")

    checked = CliRunner().invoke(main, ["check", f"a.{suffix}"])
    previewed = CliRunner().invoke(main, ["preview", "--json", f"a.{suffix}"])

    assert checked.exit_code == 0, checked.output
    assert _reasons(checked.output) == REASONS
    [claim] = [json.loads(line)["fields"]["Text"] for line in previewed.output.splitlines()]
    assert claim == FIRM_QUOTE.replace("30%", "{{c1::30%}}")


def test_a_plain_text_line_opening_with_a_comparison_is_no_quotation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = ["Sleep and Recovery", "> 50% of night-shift nurses sleep under six hours a day."]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    previewed = CliRunner().invoke(main, ["preview", "--json", "a.txt"])

    assert previewed.exit_code == 0, previewed.output
    [claim] = [json.loads(line)["fields"]["Text"] for line in previewed.output.splitlines()]
    assert claim == "&gt; {{c1::50%}} of night-shift nurses sleep under six hours a day."
