"""A warning against confusing two things, with what tells them apart ("Don't confuse Julius
Caesar with Augustus: Caesar was never emperor."), asks for the one its reason does not name
again: the other is a given. Where the reason names neither or both, the card is as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as


def _texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, tips: list[str]
) -> list[str]:
    # Julius Caesar, named twice before, is a topic term: still the given.
    markdown = (
        "# Revision\n\n## The end of the Republic\n\nJulius Caesar crossed the Rubicon in 49 BC."
        " Julius Caesar was assassinated on 15 March 44 BC.\n\n## Exam tips\n\n"
        + "".join(f"- {tip}\n" for tip in tips)
    )
    records = article_records(tmp_path, monkeypatch, name, written_as(name, markdown))
    return [
        record["fields"]["Text"]
        for record in records
        if "confuse" in record["fields"]["Text"] or "mix up" in record["fields"]["Text"]
    ]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_the_one_the_reason_does_not_name_is_asked(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clozes = [
        "Don't confuse Julius Caesar with {{c1::Augustus}}: Caesar was never emperor.",
        "Never mix up {{c1::mitosis}} and meiosis: meiosis makes four unequal cells.",
    ]
    tips = [text.replace("{{c1::", "").replace("}}", "") for text in clozes]
    assert _texts(tmp_path, monkeypatch, name, tips) == clozes


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_reason_that_names_neither_changes_nothing(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tips = ["Don't confuse the Senate and the assemblies: both met in Rome."]
    assert not any(
        "{{c1::the assemblies}}" in text for text in _texts(tmp_path, monkeypatch, name, tips)
    )
