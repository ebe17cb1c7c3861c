"""A Project Gutenberg e-book: its header's fields ("Title:", "Author:", "Release date:",
"Language:") are page metadata, its START and END marks and the licence after the end are no
text, and its chapters' headings in capitals ending on a period ("CHAPTER III.", "THE PROBLEM OF
LONGITUDE.") are headings. Before, every card sat under "Language: English"."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

EBOOK = """\
The Project Gutenberg eBook of A Short History of Navigation

This eBook is for the use of anyone anywhere in the United States and
most other parts of the world at no cost and with almost no restrictions
whatsoever. You may copy it, give it away or re-use it under the terms
of the Project Gutenberg License included with this eBook.

Title: A Short History of Navigation
Author: Edward Linley Sambourne
Release date: May 3, 2021 [eBook #65231]
Language: English

*** START OF THE PROJECT GUTENBERG EBOOK A SHORT HISTORY OF NAVIGATION ***


CHAPTER III.

THE PROBLEM OF LONGITUDE.

For the better part of three centuries the finding of the longitude
at sea was the great unsolved problem of navigation. Latitude could be
found by measuring the height of the sun at noon.

Harrison spent more than forty years upon the problem.

*** END OF THE PROJECT GUTENBERG EBOOK A SHORT HISTORY OF NAVIGATION ***

Updated editions will replace the previous one. The licence has 5,000
words, and Project Gutenberg was founded in 1971 by Michael Hart.
"""


def _cards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> list[str]:
    """Each card's deck, section and text."""
    records = article_records(tmp_path, monkeypatch, name, text)
    return [f"{r['deck']} | {r['section']} | {r['fields']['Text']}" for r in records]


def test_an_ebooks_header_marks_and_licence_are_no_text_and_its_chapters_head_sections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _cards(tmp_path, monkeypatch, "navigation.txt", EBOOK) == [
        "A Short History of Navigation | THE PROBLEM OF LONGITUDE | For the better part of"
        " {{c1::three centuries}} the finding of the longitude at sea was the great unsolved"
        " problem of navigation.",
        "A Short History of Navigation | THE PROBLEM OF LONGITUDE | Harrison spent more than"
        " {{c1::forty years}} upon the problem.",
    ]


LEAFLET = """\
Sleeping Tablets Leaflet

Each tablet contains 10 mg of zolpidem, which helps you fall asleep within 30 minutes.

THIS MEDICINE CAN MAKE YOU SLEEPY.

Do not drive for 8 hours after taking a tablet, as reaction times stay slower in most adults.

MADE IN THE U.S.A.

The tablets keep for 3 years if stored below 25 degrees.
"""


def test_a_sentence_in_capitals_is_no_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = _cards(tmp_path, monkeypatch, "leaflet.txt", LEAFLET)
    assert {card.split(" | ")[1] for card in cards} == {"Sleeping Tablets Leaflet"}
    assert len(cards) == 3
