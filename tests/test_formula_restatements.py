"""A takeaway that is an equation ("Assets = Liabilities + Equity") relates its terms: a claim
with no equation that asks for the same term (a glossary entry's meaning) says another fact and
stays. A claim that says the takeaway's fact in its words is still left to the takeaway."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

_ENTRY = "the owners' residual interest in the assets after all liabilities are deducted."


def _article(name: str, takeaway: str) -> str:
    md = name.endswith(".md")
    entry = f"**Equity**: {_ENTRY}" if md else f"Equity: {_ENTRY}"
    glossary, summary = ("## Glossary", "## Summary") if md else ("Glossary", "Summary")
    title = "# Accounting" if md else "Accounting"
    return (
        f"{title}\n\n{glossary}\n\n{entry}\n\n{summary}\n\n- {takeaway}\n- Debits equal credits.\n"
    )


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, name, text)
    return [record["fields"]["Text"] for record in records]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_definition_is_no_restatement_of_an_equation(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(tmp_path, monkeypatch, name, _article(name, "Assets = Liabilities + Equity."))
    assert f"{{{{c1::Equity}}}}: {_ENTRY}" in texts
    assert "Assets = Liabilities + {{c1::Equity}}." in texts


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_worded_takeaway_is_still_restated(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    takeaway = "Equity is the owners' residual interest in the assets."
    texts = _texts(tmp_path, monkeypatch, name, _article(name, takeaway))
    assert not any(text.endswith(_ENTRY) for text in texts)
    assert "{{c1::Equity}} is the owners' residual interest in the assets." in texts
