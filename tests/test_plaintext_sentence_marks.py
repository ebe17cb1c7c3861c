"""A plain-text sentence whose period a closing quote or a footnote's mark follows ("… in the
first week.’", "… of adults.*", "… since 2019.¹") is text, no heading: before, it headed a
section that held the next paragraph. Names that end on such a mark ("The ‘Big Bang’",
"Risks†") still head sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

REPORT = """\
Widget Report

Widget lowers blood pressure by 10 mmHg in most adults.

{line}

Each pack holds 28 tablets, and each tablet contains 5 mg of amlodipine.
"""


def _sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, "report.txt", REPORT.format(line=line))
    return [record["section"] for record in records]


@pytest.mark.parametrize("mark", ["’", "'", "*", "†", "¹", "²³", "!’"])
def test_a_sentence_with_a_mark_after_its_end_heads_no_section(
    mark: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    end = "" if mark.startswith("!") else "."
    line = f"Sign-ups rose 12% in the first week after the launch{end}{mark}"
    assert _sections(tmp_path, monkeypatch, line) == ["Widget Report"] * 3


@pytest.mark.parametrize("line", ["The ‘Big Bang’", "Risks†", "Chapter 3 (cont.)", "Version 2.2"])
def test_a_name_ending_on_a_mark_still_heads_a_section(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _sections(tmp_path, monkeypatch, line) == ["Widget Report", line]
