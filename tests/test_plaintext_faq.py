"""A plain-text FAQ question without an answer is reported as Markdown reports it, wherever it
stands in the section: the last question is not taken for the next section's heading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ANSWERED = [
    "When should I drink my first coffee?",
    "Wait about ninety minutes after waking, once the morning cortisol peak has passed.",
    "How long does caffeine stay in the body?",
    "Caffeine has a half-life of about five hours in most healthy adults.",
]
UNANSWERED = "Is coffee bad for sleep?"
NO_ANSWER = (
    f"warning: FAQ '{UNANSWERED}' has no answer; write the answer below the question,"
    " or add an override in the spec"
)
CLOSING = ["Final Thoughts", "Coffee late in the day costs about 40% of deep sleep in most adults."]


def plaintext(after: list[str]) -> str:
    lines = ["Coffee Timing Basics", "nn", "A short guide to coffee and sleep."]
    lines += ["Frequently Asked Questions", *ANSWERED, UNANSWERED, "nn", *after]
    return "\n".join(lines) + "\n"


def markdown(after: list[str]) -> str:
    blocks = ["# Coffee Timing Basics", "A short guide to coffee and sleep."]
    blocks += ["## Frequently Asked Questions"]
    for question, answer in zip(ANSWERED[::2], ANSWERED[1::2], strict=True):
        blocks += [f"### {question}", answer]
    blocks.append(f"### {UNANSWERED}")
    if after:
        blocks += [f"## {after[0]}", *after[1:]]
    return "\n\n".join(blocks) + "\n"


def check(path: Path) -> list[str]:
    result = CliRunner().invoke(main, ["check", path.name])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize("after", [[], CLOSING], ids=["at-the-end", "before-a-heading"])
def test_an_unanswered_last_question_is_reported_by_both_readers(
    after: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "coffee.txt").write_text(plaintext(after))
    (tmp_path / "coffee.md").write_text(markdown(after))

    assert check(tmp_path / "coffee.txt") == [f"coffee.txt:9: {NO_ANSWER}", "0 errors, 1 warning"]
    assert check(tmp_path / "coffee.md") == [f"coffee.md:15: {NO_ANSWER}", "0 errors, 1 warning"]


def test_a_question_heading_set_apart_over_prose_still_ends_the_faq(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "coffee.txt").write_text(plaintext(["nn", CLOSING[1]]))

    result = CliRunner().invoke(main, ["preview", "--json", "coffee.txt"])

    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["kind"], "section::is-coffee-bad-for-sleep" in r["tags"]) for r in records] == [
        ("faq", False),
        ("faq", False),
        ("claim", True),
    ]


# An FAQ that ends the article, then the lines a web page closes with. The plain-text reader
# reads a line without a final stop as a heading; these end in one, or in ":".
LAST_QUESTION = "Can a lie-in repay a week of short nights?"
LAST_ANSWER = "It relieves sleepiness, but the attention deficit needs regular nights to clear."
CLOSING_LINES = {
    "read-more": ["Read more: Why a lie-in won't fix your sleep debt."],
    "related": ["Related articles: Sleep and caffeine; Naps."],
    "share": ["Share this:"],
    "liked": ["Like this article? Share it with a friend."],
    "label-and-links": ["Related:", "- Naps and caffeine", "- Why a weekend lie-in fails"],
    "disclaimer": ["Disclaimer: this page replaces no visit to a doctor."],
    "information-only": ["This is for information only, not medical advice."],
}


def _faq_answers(name: str) -> dict[str, str]:
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    return {r["fields"]["Question"]: r["fields"]["Answer"] for r in records if r["kind"] == "faq"}


@pytest.mark.parametrize("closing", sorted(CLOSING_LINES))
def test_a_closing_line_after_the_last_answer_is_left_out_of_it(
    closing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = CLOSING_LINES[closing]
    text = plaintext([])[: -len(f"{UNANSWERED}\nnn\n")]
    (tmp_path / "coffee.txt").write_text(
        f"{text}{LAST_QUESTION}\n{LAST_ANSWER}\n" + "\n".join(lines)
    )
    blocks = markdown([]).split(f"\n\n### {UNANSWERED}")[0]
    md_lines = [f"**{line}**" if line.endswith(":") else line for line in lines]
    (tmp_path / "coffee.md").write_text(
        f"{blocks}\n\n### {LAST_QUESTION}\n\n{LAST_ANSWER}\n\n" + "\n".join(md_lines) + "\n"
    )

    for name, line in (("coffee.txt", 11), ("coffee.md", 19)):
        assert _faq_answers(name)[LAST_QUESTION] == LAST_ANSWER
        assert check(tmp_path / name) == [
            f"{name}:{line}: warning: closing line '{lines[0]}' is left out of the answer to"
            f" '{LAST_QUESTION}'; if it belongs to the answer, write the whole answer in an"
            " override",
            "0 errors, 1 warning",
        ]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Where can I read more?", ["Read more at the National Sleep Foundation's website."]),
        ("Should my doctor know?", [LAST_ANSWER, "Share this plan with your doctor."]),
        ("Is it related to insomnia?", [LAST_ANSWER, "Related conditions include insomnia."]),
        ("How fast do I learn?", [LAST_ANSWER, "Learn more slowly, in short sessions."]),
        ("Is this medical advice?", ["No: it is not medical advice, only what studies found."]),
        ("What do doctors advise?", [LAST_ANSWER, "Most advice is to keep a regular schedule."]),
    ],
)
def test_an_answer_that_reads_like_a_closing_line_is_kept(
    question: str, answer: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = plaintext([])[: -len(f"{UNANSWERED}\nnn\n")]
    (tmp_path / "coffee.txt").write_text(f"{text}{question}\n" + "\n".join(answer) + "\n")

    assert _faq_answers("coffee.txt")[question] == "<br><br>".join(answer)
    assert check(tmp_path / "coffee.txt") == ["0 errors, 0 warnings"]
