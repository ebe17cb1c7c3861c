"""A definition whose noun has two or three adjectives between commas ("Acidity is the bright,
lively quality of a coffee", "Anaphylaxis is a severe, life-threatening allergic reaction …")
ended at the first comma: "the bright" defined nothing, and the sentence gave no card. The
complement now runs over commas between adjectives; a comma that opens an aside or an
apposition ("a fruit, not a vegetable", "a defect, usually caused by …") still ends it."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import beside_control, cloze_texts

DEFINITIONS = [
    "{{c1::Acidity}} is the bright, lively quality of a coffee, like the tang of a green apple.",
    "{{c1::Anaphylaxis}} is a severe, life-threatening allergic reaction that needs adrenaline.",
    "{{c1::Mercury}} is a small, dense, rocky planet that orbits closest to the Sun.",
    # A short defining phrase is the target, as "A virus is an {{c1::infectious agent}} …".
    "The kiwi is {{c1::a small, flightless bird}} that lives only in New Zealand.",
]

# A comma after the article's first word that opens no run of adjectives: still no definition.
NOT_DEFINITIONS = [
    "Sourness is a defect, usually caused by under-extraction or under-roasting.",
    "Paris is a city, famous for its food and its wide boulevards.",
    "Python is a language, created by Guido van Rossum in the early nineties.",
    "Tea is a drink, and coffee is a habit for most of the people in our office.",
]


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_definition_over_coordinate_adjectives_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, name, "Tasting Notes", DEFINITIONS)
    assert texts == DEFINITIONS


@pytest.mark.parametrize("sentence", NOT_DEFINITIONS)
def test_a_comma_that_opens_an_aside_still_ends_the_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [
        "A standard deck has {{c1::52}} cards."
    ]
