"""A leaflet's warning in capitals, alone on a line and ending on a period ("KEEP OUT OF REACH OF
CHILDREN.", "STORE BELOW 25°C.", "NOT FOR INJECTION."), is no heading: before, it headed a
section that held the leaflet's next paragraph. Headings in capitals ending on a period
("INTRODUCTION.", "THE PROBLEM OF LONGITUDE.") still head sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

LEAFLET = """\
Widget Leaflet

Widget lowers blood pressure by 10 mmHg in most adults.

{line}

Each pack holds 28 tablets, and each tablet contains 5 mg of amlodipine.
"""


def _sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str) -> list[str]:
    records = article_records(tmp_path, monkeypatch, "leaflet.txt", LEAFLET.format(line=line))
    return [record["section"] for record in records]


@pytest.mark.parametrize(
    "line",
    [
        "KEEP OUT OF REACH OF CHILDREN.",
        "KEEP AWAY FROM HEAT.",
        "STORE BELOW 25°C.",
        "STORE IN A DRY PLACE.",
        "TAKE WITH FOOD.",
        "SHAKE WELL BEFORE USE.",
        "PROTECT FROM LIGHT.",
        "NOT FOR INJECTION.",
        "FOR EXTERNAL USE ONLY.",
        "SEEK MEDICAL ADVICE IF SYMPTOMS PERSIST.",
        "DO NOT EXCEED THE STATED DOSE.",
        "READ ALL OF THIS LEAFLET CAREFULLY.",
    ],
)
def test_a_warning_in_capitals_heads_no_section(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _sections(tmp_path, monkeypatch, line) == ["Widget Leaflet", "Widget Leaflet"]


@pytest.mark.parametrize(
    "line",
    [
        "INTRODUCTION.",
        "PART ONE.",
        "CHAPTER III.",
        "THE PROBLEM OF LONGITUDE.",
        "HOW TO TAKE WIDGET.",
        "CONTENTS OF THE PACK.",
        "LIFE IN THE CITY.",
        "STORE CUPBOARD ESSENTIALS.",
        "WEAR AND TEAR.",
    ],
)
def test_a_heading_in_capitals_with_a_period_still_heads_a_section(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _sections(tmp_path, monkeypatch, line) == ["Widget Leaflet", line[:-1]]
