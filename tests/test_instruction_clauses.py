"""An instruction with a condition ("Stop moving if you are near cornices or cliffs.") was read
as a definition of its words before "are" or "is": `{{c1::Stop moving if you}} are near
cornices or cliffs.` A defined subject is one noun phrase, never a clause's pronoun or one
with "if" or "when" in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

INSTRUCTIONS = [
    "Stop moving if you are near cornices or cliffs.",
    "Call a doctor if you are pregnant or breastfeeding.",
    "Call a doctor if it is a serious burn.",
    "Turn back when they are tired hikers.",
]

DEFINITIONS = [
    "{{c1::Enzymes}} are proteins that speed up chemical reactions.",
    "{{c1::Monotremes}} are mammals that lay eggs.",
    "A {{c1::glacier}} is a persistent body of dense ice that moves under its own weight.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_instruction_and_its_condition_is_no_definition(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heading = "# Whiteouts" if name.endswith(".md") else "Whiteouts"
    plain = [text.replace("{{c1::", "").replace("}}", "") for text in DEFINITIONS]
    text = f"{heading}\n\n" + "\n\n".join(INSTRUCTIONS + plain) + "\n"
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [record["fields"]["Text"] for record in records] == DEFINITIONS
