"""The count a condition on a thing in general asks for is the fact: "A dominant allele is
expressed even if only [one] copy is present", "A recessive allele is only expressed when
[two] copies are present". Before, a spelled count in the condition was no figure: the first
gave no card, and "A quorum is reached when five members are present" hid "{{c1::reached}}".
A condition that is no presence or need ("when one owner is home"), or a subject that is no
thing in general, stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

CONDITIONED = [
    "A dominant allele is expressed even if only {{c1::one}} copy is present.",
    "A recessive allele is only expressed when {{c1::two}} copies are present.",
    "A quorum is reached when {{c1::five}} members are present.",
]
NOT_CONDITIONED = [
    "An alarm is triggered if 3 sensors are tripped.",
    "The recessive allele is hidden when one copy is present.",
    "Our meeting is cancelled if two members are absent.",
]


@pytest.mark.parametrize("name", ["genes.md", "genes.txt"])
def test_the_count_a_condition_asks_for_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Inheritance", CONDITIONED) == CONDITIONED


@pytest.mark.parametrize("sentence", NOT_CONDITIONED)
def test_a_condition_of_no_presence_or_no_general_thing_gives_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]


def test_in_plain_text_no_general_thing_gives_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Counts\n\nA standard deck has 52 cards.\n\n" + "\n\n".join(NOT_CONDITIONED) + "\n"
    records = article_records(tmp_path, monkeypatch, "a.txt", text)
    assert [record["fields"]["Text"] for record in records] == [CONTROL]
