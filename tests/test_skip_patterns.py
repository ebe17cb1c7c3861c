"""`skip:` patterns: what the user asked to skip is a note, never a warning `--strict` refuses,
and it wins over the reasons docdeck would give itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from docdeck.cli import main

ARTICLE = """\
# Rebase or Merge

Conflicts fell 30%.

A team that rebases before review spends about 30% less time resolving conflicts.

## Key Takeaways

- Rebase local branches and merge shared ones, in about 90% of cases.
- Rebase local branches and merge shared ones, in about 90% of cases!

## Comparison

| Strategy | History |
|---|---|
| Merge | Branching |
| Rebase | Linear |

## FAQ

### Does rebasing lose commits?

No. Old commits stay in the reflog for 90 days.

### How do I abort a rebase?

Run the abort command; the branch returns to where it was.
"""
SKIPS = ["Conflicts fell*", "A team that*", "*in about 90% of cases!", "Rebase", "How do I abort*"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks/git.md").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _spec(project: Path, skips: list[str]) -> None:
    patterns = ", ".join(f'"{pattern}"' for pattern in skips)
    (project / "decks/git.yaml").write_text(f"deck: Git\nsources: [git.md]\nskip: [{patterns}]\n")


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})


def test_without_patterns_the_short_claim_and_the_repeat_are_warnings(project: Path) -> None:
    _spec(project, ["never matches*"])
    refused = _run("build", "--strict")
    assert refused.exit_code == 1
    assert "decks/git.md:3: warning: claim 'Conflicts fell 30%.' is too short" in refused.output
    assert "decks/git.md:10: warning: takeaway repeats an earlier one" in refused.output
    assert not (project / "build/git.apkg").exists()


def test_skipped_items_are_notes_that_strict_builds_and_checks_accept(project: Path) -> None:
    _spec(project, SKIPS)
    built = _run("build", "--strict")
    assert built.exit_code == 0, built.output
    lines = built.output.splitlines()
    assert lines[0].endswith("deck 'Git', 3 notes (1 faq, 1 table, 1 takeaway, 0 claim)")
    assert lines[2:] == [  # in the order the kinds are extracted
        "  decks/git.md:25: note: skipped by spec pattern 'How do I abort*'",
        "  decks/git.md:17: note: skipped by spec pattern 'Rebase'",
        "  decks/git.md:10: note: skipped by spec pattern '*in about 90% of cases!'",
        "  decks/git.md:3: note: skipped by spec pattern 'Conflicts fell*'",
        "  decks/git.md:5: note: skipped by spec pattern 'A team that*'",
    ]
    checked = _run("check", "--strict")
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines()[-1] == "0 errors, 0 warnings"
    again = _run("build", "--strict")
    assert again.exit_code == 0 and "up to date" in again.output


BLOG = """\
# Rebase or Merge

A team that rebases before review spends about 30% less time resolving conflicts.

Thanks for reading! Subscribe to our newsletter for a new post every week.

## Join the Newsletter

Subscribe for a new post every week. Sign up free today.
"""


@pytest.mark.parametrize(
    ("skips", "warnings"),
    [
        (
            ["never matches*"],
            [
                "decks/git.md:5: warning: paragraph speaks about the page or sells something",
                "decks/git.md:7: warning: closing section 'Join the Newsletter' is not carded",
            ],
        ),
        (["Subscribe to our newsletter*", "join the newsletter"], []),
    ],
    ids=["reported", "skipped"],
)
def test_patterns_skip_a_blog_footer_and_a_closing_section(
    project: Path, skips: list[str], warnings: list[str]
) -> None:
    (project / "decks/git.md").write_text(BLOG)
    _spec(project, skips)
    checked = _run("check", "--strict")
    assert [line for line in checked.output.splitlines() if "warning:" in line] == warnings
    assert checked.exit_code == (1 if warnings else 0), checked.output
    built = _run("build", "--strict")
    assert built.exit_code == (1 if warnings else 0), built.output
    if not warnings:
        assert built.output.splitlines()[2:] == [
            "  decks/git.md:5: note: skipped by spec pattern 'Subscribe to our newsletter*'",
            "  decks/git.md:7: note: skipped by spec pattern 'join the newsletter'",
        ]
