"""A spec override whose fields its note cannot take is reported where the note is, with the
override's spec line; the fields that fit still apply. Only an override that matches no item
is reported as matching no note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

SOURCE = """\
Coffee Timing Basics
nn
Caffeine has a half-life of about five hours in most healthy adults, not one hour.
Key Takeaways
- Caffeine blocks adenosine receptors, not sleep pressure itself
Caffeine Content
| Drink | Caffeine |
|---|---|
| Espresso | 63 mg |
| Green tea | 28 mg |
Frequently Asked Questions
When should I drink my first coffee?
Wait about ninety minutes after waking, once the morning cortisol peak has passed.
Does decaf have any caffeine?
How long does caffeine stay in the body?
Caffeine has a half-life of about five hours in most healthy adults.
"""
CLAIM = "Caffeine has a half-life of about five hours in most healthy adults, not one hour."
TAKEAWAY = "Caffeine blocks adenosine receptors, not sleep pressure itself"
UNFIT = f"""\
deck: Coffee
sources: [coffee.txt]
overrides:
  - match: {CLAIM}
    text: Caffeine has a half-life of about five hours.
  - match: {TAKEAWAY}
    question: What does caffeine block?
    answer: Adenosine receptors
  - match: When should I drink my first coffee?
    text: "{{{{c1::Ninety minutes}}}} after waking"
    extra: Cortisol peaks first.
  - match: Espresso — Caffeine
    extra: A single shot.
  - match: Does decaf have any caffeine?
    context: Decaf is not caffeine-free.
  - match: When should I drink my first coffee?
    answer: Ninety minutes after waking.
"""
UNFIT_WARNINGS = [
    "coffee.txt:3: warning: override on spec line 4 sets text with no {{c1::…}} cloze: the"
    " claim keeps its extracted text; mark the hidden part with {{c1::…}}",
    "coffee.txt:5: warning: override on spec line 6 sets question and answer, which a takeaway"
    " note does not have: ignored; use text: with a {{c1::…}} cloze, extra: or context:",
    "coffee.txt:9: warning: override on spec line 12 sets extra, which a table note does not"
    " have: ignored; use question:, answer: or context:",
    "coffee.txt:12: warning: override on spec line 9 sets text and extra, which an faq note"
    " does not have: ignored; use question:, answer: or context:",
    "coffee.txt:12: warning: override on spec line 16 matches the same note as the one on"
    " line 9: ignored; merge the two",
    "coffee.txt:14: warning: FAQ 'Does decaf have any caffeine?' has no answer; write the"
    " answer below the question, or add an override in the spec",
]
UNMATCHED = """\
  - match: Does tea have any caffeine?
    answer: Yes.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "coffee.txt").write_text(SOURCE)
    return tmp_path


def invoke(*args: str) -> list[str]:
    result = CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def fields(spec: str) -> dict[str, dict[str, str]]:
    """Each note's fields but Source, by its first field."""
    records = [json.loads(line) for line in invoke("preview", "--json", spec)]
    found = {}
    for record in records:
        values = record["fields"]
        del values["Source"]
        found[next(iter(values.values()))] = values
    return found


def unused(line: int, match: str) -> str:
    return (
        f"coffee.yaml:{line}: warning: override '{match}' matches no note; copy the question or"
        " text exactly from the source"
    )


def test_check_reports_each_override_that_does_not_fit_and_each_that_matches_nothing(
    project: Path,
) -> None:
    (project / "coffee.yaml").write_text(UNFIT + UNMATCHED)

    assert invoke("check", "coffee.yaml") == [
        *UNFIT_WARNINGS,
        unused(18, "Does tea have any caffeine?"),
        f"0 errors, {len(UNFIT_WARNINGS) + 1} warnings",
    ]


def test_build_reports_them_and_the_notes_keep_their_extracted_fields(project: Path) -> None:
    (project / "coffee.yaml").write_text(UNFIT)
    (project / "plain.yaml").write_text("deck: Coffee\nsources: [coffee.txt]\n")

    output = invoke("build", "coffee.yaml", "-o", "coffee.apkg")

    assert sorted(line.strip() for line in output[2:]) == sorted(UNFIT_WARNINGS)
    assert fields("coffee.yaml") == fields("plain.yaml")


def test_the_fields_that_fit_apply_and_the_override_counts_as_used(project: Path) -> None:
    (project / "coffee.yaml").write_text(
        "deck: Coffee\nsources: [coffee.txt]\noverrides:\n"
        f"  - match: {CLAIM}\n"
        "    text: 'Caffeine has a half-life of about {{c1::five hours}}.'\n"
        "    question: How long does caffeine last?\n"
        "  - match: When should I drink my first coffee?\n"
        "    answer: Ninety minutes after waking.\n    extra: Cortisol peaks first.\n"
        "  - match: Espresso — Caffeine\n    answer: About 63 mg per shot\n"
        "    context: One shot is 30 ml.\n"
    )

    assert invoke("check", "coffee.yaml") == [
        "coffee.txt:3: warning: override on spec line 4 sets question, which a claim note does"
        " not have: ignored; use text: with a {{c1::…}} cloze, extra: or context:",
        "coffee.txt:12: warning: override on spec line 7 sets extra, which an faq note does not"
        " have: ignored; use question:, answer: or context:",
        "coffee.txt:14: warning: FAQ 'Does decaf have any caffeine?' has no answer; write the"
        " answer below the question, or add an override in the spec",
        "0 errors, 3 warnings",
    ]
    notes = fields("coffee.yaml")
    assert notes["Caffeine has a half-life of about {{c1::five hours}}."]["Extra"] == ""
    assert notes["When should I drink my first coffee?"] == {
        "Question": "When should I drink my first coffee?",
        "Answer": "Ninety minutes after waking.",
        "Context": "",
    }
    assert notes["Espresso — Caffeine"] == {
        "Question": "Espresso — Caffeine",
        "Answer": "About 63 mg per shot",
        "Context": "One shot is 30 ml.",
    }
