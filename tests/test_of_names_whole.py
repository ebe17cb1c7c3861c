"""A capitalised name joined by "of" ("Treaty of Versailles", "Pilgrimage of Grace", "Catherine
of Aragon") is hidden whole or not at all: the takeaway hid "The Treaty of {{c1::Versailles}}",
"The {{c1::Pilgrimage}} of Grace", half a name. A capitalised word that only opens the text is
no part of a name ("Most of Europe"), and a cloze beside such a name is left as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

WHOLE_NAMES = [
    "The {{c1::Treaty of Versailles}} forced Germany to accept blame for the war.",
    "The {{c1::Pilgrimage of Grace}} was a northern rising against the closure of abbeys.",
    "Henry VIII broke with Rome to end his marriage to {{c1::Catherine of Aragon}}.",
    "The {{c1::Peace of Westphalia}} ended the Thirty Years' War.",
    "The {{c1::Battle of Bosworth}} ended the Wars of the Roses.",
]

# A cloze that cuts no "of" name is left as it was.
BESIDE_NAMES = [
    "The Bank of England was founded to lend money to the {{c1::government}}.",
    "Most of Europe was Catholic before the {{c1::Reformation}} began.",
    "The Edict of Nantes granted French {{c1::Protestants}} freedom of worship.",
]


def _takeaways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, clozes: list[str]
) -> list[str]:
    title = "# English History" if name.endswith(".md") else "English History"
    heading = "## Summary" if name.endswith(".md") else "Summary"
    bullets = (cloze.replace("{{c1::", "").replace("}}", "") for cloze in clozes)
    text = f"{title}\n\n{heading}\n\n" + "".join(f"- {bullet}\n" for bullet in bullets)
    records = article_records(tmp_path, monkeypatch, name, text)
    return [record["fields"]["Text"] for record in records]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_of_name_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _takeaways(tmp_path, monkeypatch, name, WHOLE_NAMES) == WHOLE_NAMES


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_cloze_beside_an_of_name_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _takeaways(tmp_path, monkeypatch, name, BESIDE_NAMES) == BESIDE_NAMES


# A date after "of" is no part of the name before it: it is hidden alone.
DATED = "The Cuban Missile Crisis of {{c1::October 1962}} was the closest we came to nuclear war."


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_date_after_an_of_name_is_hidden_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _takeaways(tmp_path, monkeypatch, name, [DATED]) == [DATED]
