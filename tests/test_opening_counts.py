"""A sentence whose subject opens on a count and whose list follows a colon far from it gave no
card, or hid the count: "Only {{c1::three verbs}} are irregular in the imperfect: ser, ir and
ver." A count was read only in the last words before the colon ("… has three stages: …"). A
count that opens the sentence, after "Only", "Just" or "Exactly" too, now asks for its list
when the list is as long as the count; things named before ("Three such kingdoms", "Two of
them") and a list of another length stay out."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

LISTS = [
    "Only three verbs are irregular in the imperfect: {{c1::ser, ir and ver}}.",
    "Three countries border Luxembourg: {{c1::Belgium, France and Germany}}.",
    "Just two elements are liquid at room temperature: {{c1::mercury and bromine}}.",
    "Four planets in the solar system are rocky: {{c1::Mercury, Venus, Earth and Mars}}.",
]

NOT_LISTS = [
    "Three such kingdoms fought for control of China: Wei, Shu and Wu.",
    "Two of them were later made saints by the church: Peter and Paul.",
    "Three reasons explain the fall of the empire: debt, plague and invasion, and civil war.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_opening_counts_list_is_hidden(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Facts to Learn", LISTS) == LISTS


@pytest.mark.parametrize("sentence", NOT_LISTS)
def test_things_named_before_or_a_longer_list_give_no_card(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
