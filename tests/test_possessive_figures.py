"""A figure's possessive is hidden with it: "at least {{c1::one week's}} notice", "requires
{{c1::two years'}} continuous employment", not "{{c1::one week}}'s notice" (an orphan "'s"
on the front). Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts

POSSESSIVES = [
    "An employer must give at least {{c1::one week's}} notice to an employee who has worked"
    " there for a month.",
    "Unfair dismissal normally requires {{c1::two years'}} continuous employment.",
    "Most workers are entitled to {{c1::5.6 weeks'}} paid holiday every year.",
    "A landlord must give a periodic tenant at least {{c1::two months\u2019}} notice in writing.",
    "The museum holds {{c1::300 years'}} worth of maritime records in its archive.",
    "The employee's contract requires {{c1::four weeks'}} notice of resignation.",
    # Kept: no possessive, a quotation's closing mark, a name's possessive.
    "Statutory sick pay is paid for up to {{c1::28 weeks}} in any period of sickness.",
    "The 'first {{c1::90 days}}' rule applies to all new staff on probation.",
    "The ‘first {{c1::90 days}}’ of a new job are usually a probation period.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("expected", POSSESSIVES)
def test_a_figures_possessive_is_hidden_with_it(
    expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Workplace Rights", [expected])
    assert texts == [expected]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_takeaways_figure_keeps_its_possessive(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = "Unfair dismissal normally requires {{c1::two years'}} continuous employment."
    md = suffix == ".md"
    heading, summary = (
        ("# Workplace Rights", "## Summary") if md else ("Workplace Rights", "Summary")
    )
    bullet = expected.replace("{{c1::", "").replace("}}", "")
    text = f"{heading}\n\nSome prose here.\n\n{summary}\n\n- {bullet}\n"
    records = article_records(tmp_path, monkeypatch, f"a{suffix}", text)
    assert [r["fields"]["Text"] for r in records if r["kind"] == "takeaway"] == [expected]
