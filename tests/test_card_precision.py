"""Cards that hid the wrong thing or showed junk: a contrast that swallowed its clause ("When
rates {{c1::rise, bond prices fall}}, not rise."), a footnote mark kept ("… the launch.¹"), a
count of a passing state carded ("3 open bugs"), a definition's six words hidden where its
figure is the point ("a game for 3 to 4 players"). Each runs the real CLI on real files,
Markdown and plain text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    """The Text (or Front) field of every note `docdeck preview --json NAME` makes."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    records = [json.loads(line)["fields"] for line in result.stdout.splitlines()]
    return [fields.get("Text") or fields["Front"] for fields in records]


def _both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentences: list[str]) -> list[str]:
    """The notes of `sentences` as Markdown takeaways and as plain-text paragraphs, in that
    order."""
    markdown = "# Notes\n\n## Key takeaways\n\n" + "".join(f"- {s}\n" for s in sentences)
    plain = "Notes\n\n" + "".join(f"{s}\n\n" for s in sentences)
    return _texts(tmp_path, monkeypatch, "a.md", markdown) + _texts(
        tmp_path, monkeypatch, "b.txt", plain
    )


# 1. "X, not Y": X is the word or phrase that mirrors Y, never across the comma before it.

CONTRASTS = [
    (
        "When interest rates rise, bond prices fall, not rise.",
        "When interest rates rise, bond prices {{c1::fall}}, not rise.",
    ),
    (
        "After the merger closed, the shares dropped sharply, not gradually.",
        "After the merger closed, the shares dropped {{c1::sharply}}, not gradually.",
    ),
    (
        "If demand drops during a recession, prices fall, not rise.",
        "If demand drops during a recession, prices {{c1::fall}}, not rise.",
    ),
]


@pytest.mark.parametrize(("sentence", "card"), CONTRASTS)
def test_a_contrast_hides_what_mirrors_its_other_side_within_the_clause(
    sentence: str, card: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _both(tmp_path, monkeypatch, [sentence]) == [card, card]


def test_a_contrast_of_nouns_still_hides_the_noun_phrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(
        tmp_path,
        monkeypatch,
        "a.md",
        "# Notes\n\n## Key takeaways\n\n"
        "- Caffeine blocks adenosine receptors, not dopamine receptors.\n"
        "- Tapering works by cutting volume, not intensity, in the last weeks.\n"
        "- Use olive oil, not butter, for the first fry.\n",
    )
    assert texts == [
        "Caffeine blocks {{c1::adenosine receptors}}, not dopamine receptors.",
        "Tapering works by {{c1::cutting volume}}, not intensity, in the last weeks.",
        "{{c1::Use olive oil}}, not butter, for the first fry.",
    ]


# 2. A footnote mark after a word or sentence is no text of the card; a real figure is.

MARKED = [
    "Sign-ups rose 12% in the first week after the launch.\u00b9",
    "The Nile is 6,650 km long and flows through eleven countries.\u00b9\u00b2",
    "Mount Everest is 8,849 metres tall according to the 2020 survey. [12]",
    "The human heart beats about 100,000 times in a single day [citation needed].",
    "Light from the Sun takes about 8 minutes to reach the Earth.*",
    "Honey bees visit about 2 million flowers to make one pound of honey.\u2020",
    "Adults need about 7 hours of sleep each night to stay healthy\u00b9.",
]
UNMARKED = [
    "Sign-ups rose 12% in the first week after the launch.",
    "The Nile is 6,650 km long and flows through eleven countries.",
    "Mount Everest is 8,849 metres tall according to the 2020 survey.",
    "The human heart beats about 100,000 times in a single day.",
    "Light from the Sun takes about 8 minutes to reach the Earth.",
    "Honey bees visit about 2 million flowers to make one pound of honey.",
    "Adults need about 7 hours of sleep each night to stay healthy.",
]


def test_a_footnote_mark_is_dropped_from_the_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _both(tmp_path, monkeypatch, MARKED)
    assert [text.replace("{{c1::", "").replace("}}", "") for text in texts] == UNMARKED * 2


def test_a_figure_that_looks_like_a_mark_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = [
        "The flat covers 50 m\u00b2 of floor space and has 3 bedrooms.",
        "The area of the square is x\u00b2 when each side is 5 cm or more.",
        "Python 3 removed the print statement that Python 2 had in 2008.",
        "CO2 levels reached 420 ppm in the atmosphere during the year 2023.",
        "The study cited in [12] followed 4,000 adults for 10 years.",
    ]
    texts = _both(tmp_path, monkeypatch, sentences)
    assert [text.replace("{{c1::", "").replace("}}", "") for text in texts] == sentences * 2


# 3. A count of a passing state ("3 open bugs") is no count fact; what a thing has, is.


def _prose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentences: list[str]) -> list[str]:
    """The notes of `sentences` as Markdown paragraphs and as plain-text ones, in that order."""
    markdown = "# Notes\n\n" + "".join(f"{s}\n\n" for s in sentences)
    plain = "Notes\n\n" + "".join(f"{s}\n\n" for s in sentences)
    return _texts(tmp_path, monkeypatch, "a.md", markdown) + _texts(
        tmp_path, monkeypatch, "b.txt", plain
    )


def test_a_count_of_a_passing_state_makes_no_card(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = [
        "The team has 3 open bugs.",
        "The project has 2 open pull requests.",
        "The inbox has 5 unread messages.",
        "The cluster has 3 active nodes.",
        "A standard deck has 52 cards.",
        "The human body has 206 bones.",
    ]
    cards = ["A standard deck has {{c1::52}} cards.", "The human body has {{c1::206}} bones."]
    assert _prose(tmp_path, monkeypatch, sentences) == cards * 2


# 4. A definition's phrase with a figure in it: the figure is the target, not six words.


def test_a_figure_in_a_definitions_phrase_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = [
        "Catan is a game for 3 to 4 players.",
        "Bridge is a card game for 4 players in two partnerships.",
        "A haiku is a short poem of 3 lines and 17 syllables.",
        "The Jumbo is a Boeing 747 with four engines and two decks.",
    ]
    cards = [
        "Catan is a game for {{c1::3 to 4}} players.",
        "Bridge is a card game for {{c1::4}} players in two partnerships.",
        # A concept's definition asks for the concept, as one with no figure does.
        "A {{c1::haiku}} is a short poem of 3 lines and 17 syllables.",
        # A name's number is no figure to recall.
        "The {{c1::Jumbo}} is a Boeing 747 with four engines and two decks.",
    ]
    assert _prose(tmp_path, monkeypatch, sentences) == cards * 2


def test_a_definition_about_the_decks_subject_hides_the_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts(
        tmp_path, monkeypatch, "a.md", "# Catan\n\nCatan is a game for 3 to 4 players.\n"
    )
    assert texts == ["Catan is a game for {{c1::3 to 4}} players."]
