"""A work's publication year is an event's date, not the page's own: "Newton's first law was first
published in {{c1::1687}} in the Principia" (was no card). The page's own date stays no fact:
"This guide was last updated in March 2024", "Published in 2019 by …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, beside_control, cloze_texts

EVENTS = [
    "Newton's first law was first published in {{c1::1687}} in the Principia.",
    "On the Origin of Species was published in {{c1::1859}} by John Murray.",
    "The French constitution was revised in {{c1::1958}} after the crisis in Algeria.",
]

PAGE_DATES = [
    "This guide was last updated in March 2024 by the editors.",
    "This report was published in 2020 by the county health team.",
    "Published in 2019 by the county health team.",
    "Source: NHS Choices, reviewed in 2024 by our editors.",
    "The list was compiled from public sources, accessed in May 2025 by our team.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_works_publication_year_is_a_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "History of Physics", EVENTS) == EVENTS


@pytest.mark.parametrize("sentence", PAGE_DATES)
def test_the_pages_own_date_is_no_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
