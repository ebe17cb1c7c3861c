"""A prose sentence a takeaway says word for word is carded once, as the takeaway, and its
warning names the takeaway, which may come after it: "sentence repeats the takeaway on line 9",
not "repeats earlier text (a pull quote)" about text further on. A sentence that repeats the
prose before it is still a pull quote. Each runs the real CLI on a real file."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, run_article, written_as

FACT = "The average half-life of caffeine in healthy adults is about 5 hours."
PROSE = f"Caffeine is cleared by the liver. {FACT}"


def _warnings(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if "warning:" in line]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_sentence_a_later_takeaway_repeats_names_the_takeaway(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(
        name,
        f"# Caffeine\n\n## Clearance\n\n{PROSE}\n\n## Key Takeaways\n\n- {FACT}\n",
    )
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["kind"] for record in records] == ["takeaway"]
    output = run_article(tmp_path, monkeypatch, name, text, "check")
    assert _warnings(output) == [
        f"{name}:5: warning: sentence repeats the takeaway on line 9: carded once"
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_sentence_an_earlier_takeaway_repeats_names_the_takeaway(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = written_as(
        name,
        f"# Caffeine\n\n## Key Takeaways\n\n- {FACT}\n\n## Clearance\n\n{PROSE}\n",
    )
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["kind"] for record in records] == ["takeaway"]
    output = run_article(tmp_path, monkeypatch, name, text, "check")
    assert _warnings(output) == [
        f"{name}:9: warning: sentence repeats the takeaway on line 5: carded once"
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_pull_quote_of_the_prose_before_is_still_one(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guard: a sentence the prose before says, the pull quote's message, unchanged."""
    text = written_as(
        name,
        f"# Caffeine\n\n## Clearance\n\n{FACT}\n\n{PROSE}\n",
    )
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == [
        "The average half-life of caffeine in healthy adults is about {{c1::5 hours}}."
    ]
    output = run_article(tmp_path, monkeypatch, name, text, "check")
    assert _warnings(output) == [
        f"{name}:7: warning: sentence repeats earlier text (a pull quote): carded once"
    ]
