"""A figure spelled out with a unit is a quantity as its digits are: "at least five years",
"about ninety minutes", "two to three weeks" are carded and hidden whole. A bare number word
("two things", "one of the reasons") measures nothing, and "one day" is a measure only where a
word before it makes it one ("for one day"), never the idiom ("One day you will …")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import cloze_texts
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.extract.quantities import (
    is_quantity,
    states_quantity,
)


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prose: str) -> list[str]:
    """The Text field of every cloze note `preview` shows for one article of `prose`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"# Notes\n\n## Body\n\n{prose}", encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    notes = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    return [note["fields"]["Text"] for note in notes if "Text" in note["fields"]]


SPELLED = [
    "Keep the account open for at least {{c1::five years}}.",
    "Wait about {{c1::ninety minutes}} after waking.",
    "The course takes {{c1::two to three weeks}}.",
    "Bake the loaf for {{c1::twenty-five minutes}} at the highest setting.",
    "Most adults need between {{c1::seven and nine hours}} of sleep.",
    "The warranty lasts {{c1::one year}} from the date of purchase.",
    "The battery loses {{c1::ten per cent}} of its charge each winter.",
    "Roughly {{c1::half}} of adults take no regular exercise at all.",
    "{{c1::A third}} of the budget goes to staff salaries.",
]


def test_a_figure_spelled_out_with_a_unit_is_carded_and_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each sentence used to be no quantity, too short for a claim without one: no card."""
    prose = "\n\n".join(s.replace("{{c1::", "").replace("}}", "") for s in SPELLED)
    assert _texts(tmp_path, monkeypatch, prose + "\n") == SPELLED


def test_bare_number_words_and_idioms_are_no_quantity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anchor = "Water boils at {{c1::100 °C}} at sea level in an open pot."
    prose = (
        "Water boils at 100 °C at sea level in an open pot.\n\n"
        "One day you will be glad you kept these habits.\n\n"
        "There are two things to check before you sign.\n\n"
        "Cost is one of the reasons people leave the gym.\n\n"
        "Sleep badly for one night and you will feel it.\n\n"
        "Deep sleep dominates the first half of the night.\n\n"
        "Most of them keep half of it for later.\n\n"
        "Five decades later, passive funds hold more assets than the active ones do.\n\n"
        "Keep a consistent wake time, seven days a week, and get light early.\n"
    )
    assert _texts(tmp_path, monkeypatch, prose) == [anchor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five years", True),
        ("two to three weeks", True),
        ("half", True),
        ("two things", False),
        ("one of the reasons", False),
    ],
)
def test_is_quantity_agrees_with_the_cloze(text: str, expected: bool) -> None:
    """`check` counts a hidden quantity as one word, and a claim stating one needs fewer words."""
    assert is_quantity(text) is expected
    assert states_quantity(f"It takes {text}.") is (expected and text != "half")


# A capitalised number word before a capitalised word is part of a name: the sentence's fact is
# elsewhere, or there is none. A measure spelled out beside one is still hidden.
NAMED_NUMBERS = [
    "Taxes rose because of the cost of the Seven Years' War, fought over {{c1::seven years}}.",
    "Much of Germany was ruined during the Thirty Years' War in the {{c1::seventeenth century}}.",
    "The siege lasted {{c1::seven years}} before the city fell.",
]


@pytest.mark.parametrize("name", ["wars.md", "wars.txt"])
def test_a_number_word_in_a_name_is_never_hidden_alone(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "the Seven Years' War" read as a measure: "the [...]' War"."""
    assert cloze_texts(tmp_path, monkeypatch, name, "Wars", NAMED_NUMBERS) == NAMED_NUMBERS


@pytest.mark.parametrize(
    "sentence",
    [
        "Taxes rose largely because of the cost of the Seven Years' War in the colonies.",
        "Seven Years' War fighting spread to India and North America.",
        "The Twelve Days of Christmas begin on Christmas Day.",
    ],
)
def test_a_name_with_a_number_word_states_no_quantity(sentence: str) -> None:
    assert not states_quantity(sentence)
