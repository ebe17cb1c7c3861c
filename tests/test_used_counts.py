"""A count a system "uses" is a count it has: "Western music uses [twelve] different notes",
"Braille uses [six] raised dots". Before, a spelled count after "uses" was no figure and such
a sentence gave no card. What a recipe or a method uses, a plural's "use", the writer's or
a pronoun's stays out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

USED = [
    "Western music uses {{c1::twelve}} different notes.",
    "Braille uses {{c1::six}} raised dots.",
    "The Latin alphabet uses {{c1::twenty-six}} letters.",
    "A standard guitar uses {{c1::six}} strings.",
]
NOT_USED = [
    "The recipe uses two eggs.",
    "This method uses three passes.",
    "Most people use two hands.",
    "We use three examples.",
    "It uses four threads.",
    "My class uses two textbooks.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_count_a_system_uses_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Writing systems", USED) == USED


@pytest.mark.parametrize("sentence", NOT_USED)
def test_what_a_recipe_a_method_or_a_writer_uses_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_in_plain_text_what_a_recipe_uses_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Counts\n\nA standard deck has 52 cards.\n\n" + "\n\n".join(NOT_USED) + "\n"
    records = article_records(tmp_path, monkeypatch, "a.txt", text)
    assert [record["fields"]["Text"] for record in records] == [CONTROL]
