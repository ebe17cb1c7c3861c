"""A worked example is no restatement of a takeaway that reports the same figure: its givens, two
or more, tell the two apart ("If the CPI rises from 200 to 210, the inflation rate is {{c1::5%}}"
beside the takeaway "The inflation rate peaked at {{c1::5%}} in the spring" was dropped as
"claim restates the takeaway"). One figure more is still a detail of the takeaway's fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """\
# Revision Notes

## Worked Examples

If the CPI rises from 200 to 210, the inflation rate is 5%.

If a bank pays 6% and inflation is 4%, the real interest rate is 2%.

When a pump delivers 250 mL in 5 minutes, the flow rate is 50 mL per minute.

In 2015 the foundation said that adults need 7 to 9 hours of sleep every night.

## Key Takeaways

- The inflation rate peaked at 5% in the spring.
- Most banks pay a real interest rate of 2% on savings.
- A drip's flow rate is rarely above 50 mL per minute.
- Adults need 7 to 9 hours of sleep every night.
"""


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    return [record["fields"]["Text"] for record in records]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_worked_example_is_no_restatement_of_a_reported_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = _texts(tmp_path, monkeypatch, name)
    assert "If the CPI rises from 200 to 210, the inflation rate is {{c1::5%}}." in texts
    assert "The inflation rate peaked at {{c1::5%}} in the spring." in texts


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_one_figure_more_still_restates_the_takeaway(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = _texts(tmp_path, monkeypatch, name)
    assert not any(text.startswith("In 2015") for text in texts)
    assert "Adults need {{c1::7 to 9 hours}} of sleep every night." in texts
