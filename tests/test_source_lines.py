"""A claim's line, in its Source field, in `preview` and in every warning about it, is the line
its sentence starts on, in a hard-wrapped paragraph too: `article.md:LINE` opens on the
sentence. The line is no part of a note's identity: wrapping an article's paragraphs differently
changes no GUID, no content and no order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

# Line numbers are those of WRAPPED, whose first line is line 1.
WRAPPED = """\
# Sleep Debt

Adults who sleep six hours a night for two weeks perform as poorly on attention
tests as people kept awake for 24 hours. About 30% of adults build up a measurable
sleep debt during a normal working week. I cut my own sleep to six hours for 14
days and felt fine. Sleep debt is repaid by regular sleep timing, not by a single
long lie-in at the weekend.

> About 30% of adults build up a measurable sleep debt during a normal working week.
> It is repaid by consistent nights of sleep rather than by one long night of 12 hours.

## Key Takeaways

- Sleep debt builds silently across 5 short nights of rest
"""
# Claims (text before the cloze, line); then the warnings about the other sentences.
CLAIMS = [
    ("Adults who sleep six hours a night for two weeks perform as poorly", 3),
    ("About 30% of adults build up a measurable sleep debt", 4),
    ("Sleep debt is repaid by regular sleep timing", 6),
]
WARNINGS = [
    "a.md:5: warning: claim 'I cut my own sleep to six hours for 14 days and felt fine.' is the"
    " author's own experience, not a claim",
    "a.md:9: warning: sentence repeats earlier text (a pull quote): carded once",
    "a.md:10: warning: claim 'It is repaid by consistent nights of sleep rather than by o…'"
    " leans on the sentence before it",
]


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _claims(name: str) -> list[tuple[str, int, str]]:
    """(text, line, Source field) of each claim `preview` shows, in package order."""
    records = [json.loads(line) for line in _run("preview", "--json", name).splitlines()]
    return [
        (
            r["fields"]["Text"].replace("{{c1::", "").replace("}}", ""),
            r["line"],
            r["fields"]["Source"],
        )
        for r in records
        if r["kind"] == "claim"
    ]


def test_a_claim_in_a_wrapped_paragraph_names_the_line_its_sentence_starts_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(WRAPPED, encoding="utf-8")

    claims = _claims("a.md")
    assert [(text, line) for text, line, _ in claims] == [
        (text, line)
        for (start, line), (text, _, _) in zip(CLAIMS, claims, strict=True)
        if text.startswith(start)
    ]
    assert [source.rsplit("(", 1)[1] for _, _, source in claims] == [
        "a.md:3)</span>",
        "a.md:4)</span>",
        "a.md:6)</span>",
    ]
    assert _run("check", "a.md").splitlines() == [*WARNINGS, "0 errors, 3 warnings"]


def test_plain_text_paragraphs_are_lines_and_keep_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = "\n".join(
        [
            "Sleep Debt",
            "nn",
            "Adults who sleep six hours a night for two weeks perform as poorly on attention tests"
            " as people kept awake for 24 hours. About 30% of adults build up a measurable sleep"
            " debt during a normal working week.",
            "Sleep debt is repaid by regular sleep timing, not by a single long lie-in at the"
            " weekend.",
        ]
    )
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")

    assert [line for _, line, _ in _claims("a.txt")] == [3, 3, 4]


def _unwrapped(text: str) -> str:
    """The same article with each paragraph on one line, and a blank line more at the top."""
    paragraphs = text.split("\n\n")
    return "\n" + "\n\n".join(" ".join(p.split("\n")) if p[0].isalpha() else p for p in paragraphs)


def test_rewrapping_paragraphs_changes_no_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "build").mkdir()
    source = tmp_path / "a.md"
    source.write_text(_unwrapped(WRAPPED), encoding="utf-8")
    spec = tmp_path / "a.yaml"
    spec.write_text("deck: Sleep\nsources: [a.md]\n", encoding="utf-8")
    first = _run("build", "a.yaml")
    before = [json.loads(line) for line in _run("preview", "--json", "a.yaml").splitlines()]

    source.write_text(WRAPPED, encoding="utf-8")
    second = _run("build", "a.yaml")
    after = [json.loads(line) for line in _run("preview", "--json", "a.yaml").splitlines()]

    assert "changes: 4 added, 0 updated" in first
    assert "changes: 0 added, 0 updated, 0 re-identified, 0 removed, 4 unchanged" in second
    assert [(r["guid"], r["mod"], r["fields"]["Text"]) for r in after] == [
        (r["guid"], r["mod"], r["fields"]["Text"]) for r in before
    ]
    assert [r["line"] for r in before] == [4, 4, 4, 11]
    assert [r["line"] for r in after] == [3, 4, 6, 14]
