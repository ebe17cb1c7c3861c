"""A prose claim that says a takeaway's fact again is left to the takeaway when their answers
differ only by a plural or an article: "Goods displayed in a shop window, advertisements and
catalogues are usually {{c1::invitations to treat}}, not offers." beside the takeaway "Goods on
display are {{c1::an invitation to treat}}, not an offer." were two cards of one contrast. A
claim that shares the answer but not the fact stays. Each runs the real CLI on a real file,
Markdown and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, run_article, written_as

NAMES = ["a.md", "a.txt"]


def _cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, claim: str, takeaway: str
) -> tuple[list[str], list[str]]:
    """The kinds of the notes of an article of one prose claim (line 5) and one takeaway
    (line 9), and the restatements `check` reports."""
    text = written_as(name, f"# Notes\n\n## Rules\n\n{claim}\n\n## Key Takeaways\n\n- {takeaway}\n")
    records = article_records(tmp_path, monkeypatch, name, text)
    output = run_article(tmp_path, monkeypatch, name, text, "check")
    warnings = [line.strip() for line in output.splitlines() if "restates" in line]
    return [record["kind"] for record in records], warnings


PLURAL = [
    (
        "Goods displayed in a shop window, advertisements and catalogues are usually "
        "invitations to treat, not offers.",
        "Goods on display are an invitation to treat, not an offer.",
    ),
    (
        "Animals that eat only plants are called herbivores.",
        "An animal that eats only plants is a herbivore.",
    ),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("claim", "takeaway"), PLURAL)
def test_a_claim_whose_answer_is_the_takeaways_plural_is_left_to_it(
    name: str, claim: str, takeaway: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds, warnings = _cards(tmp_path, monkeypatch, name, claim, takeaway)
    assert kinds == ["takeaway"]
    assert warnings == [f"{name}:5: warning: claim restates the takeaway on line 9"]


DIFFERENT = [
    # The same answer but for its plural; no other word in common.
    (
        "Cows, sheep and deer are herbivores, not carnivores.",
        "An animal that eats only plants is a herbivore.",
    ),
    # Words in common, but another number tells the facts apart.
    (
        "A Section 8 notice must give at least two weeks to leave in most cases.",
        "A Section 21 notice must give at least two months to leave.",
    ),
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("claim", "takeaway"), DIFFERENT)
def test_a_claim_with_another_fact_for_a_plural_answer_stays(
    name: str, claim: str, takeaway: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds, warnings = _cards(tmp_path, monkeypatch, name, claim, takeaway)
    assert kinds == ["claim", "takeaway"]
    assert warnings == []
