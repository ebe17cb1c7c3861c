"""A definition whose phrase the first comma of a list cut ("the movement of carbon between the
atmosphere, the oceans, …") hides what the list is said of, not half the list: the phrase ends
before the preposition that takes the list. Not an aside after the comma ("…, such as …"),
nor a list of figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

_CARDS = [
    "The carbon cycle is the {{c1::movement of carbon}} between the atmosphere, the oceans, the"
    " land and living things.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_definition_cut_inside_a_list_ends_before_its_preposition(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "The carbon cycle", _CARDS) == _CARDS


# Guards: an aside after the comma is no list the definition was cut in.
_KEPT = [
    "A {{c1::biome}} is a large community of plants and animals, such as forests and grasslands.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_an_aside_after_a_definition_is_no_list(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Ecology", _KEPT) == _KEPT
