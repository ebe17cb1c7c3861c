"""Where a paragraph's sentences end: a name's initial is no end, a sentence may open on a
name written in lower case, and a definition by negation ("X does not mean Y: it means Z")
is a card of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import preview_records


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _texts(text: str, name: str = "doc.md") -> list[str]:
    """The cloze text of each card of `name`, holding `text`."""
    records = preview_records(name, text)
    return [r["fields"].get("Text") or r["fields"]["Question"] for r in records]


MINUTES = """\
# Board Meeting Minutes

## Budget

The Treasurer (M. Lindqvist) presented the draft budget of $2.4 million, an increase of 2.5%
over 2025. Staff costs make up 68% of the budget.

## Reading

The reading list opens with "J. R. R. Tolkien" and the club meets 12 times a year. The
club's 2019 prize of $50,000 went to a novel by [J. Alvarez] about the harbour strike.

## Parking

Visitors park in Hall B. The hall holds 300 cars and opens at 7 am every weekday.
"""


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_an_initial_in_brackets_or_quotes_ends_no_sentence(name: str) -> None:
    texts = _texts(MINUTES if name == "doc.md" else MINUTES.replace("#", ""), name)

    # "Hall B." ends its sentence still: a letter after its noun is no initial.
    assert texts == [
        "The Treasurer (M. Lindqvist) presented the draft budget of {{c1::$2.4 million}}, an"
        " increase of 2.5% over 2025.",
        "Staff costs make up {{c1::68%}} of the budget.",
        'The reading list opens with "J. R. R. Tolkien" and the club meets {{c1::12 times}} a'
        " year.",
        "The club's 2019 prize of {{c1::$50,000}} went to a novel by [J. Alvarez] about the"
        " harbour strike.",
        "The hall holds 300 cars and opens at {{c1::7 am}} every weekday.",
    ]


CACHING = """\
# HTTP Caching

## Directives

no-cache does not mean "don't cache": it means revalidate before every use.

The max-age directive doesn't mean the copy is deleted; it means the copy is stale after that
many seconds.

A 304 response does not mean the request failed: check the status line first.

Gluten-free does not mean healthy; they mean different things.
"""


def test_what_a_definition_by_negation_does_mean_is_hidden() -> None:
    # "…: check …" and "…; they mean …" say what nothing means: no card.
    assert _texts(CACHING) == [
        'no-cache does not mean "don\'t cache": it means {{c1::revalidate before every use}}.',
        "The max-age directive doesn't mean the copy is deleted; it means the {{c1::copy is"
        " stale}} after that many seconds.",
    ]


SYNCD = """\
# syncd

syncd keeps two folders in step on every machine it runs on.

## Scans

For folders with more than 10,000 files, the initial scan can take several minutes. syncd
caches file hashes after the first run, so a rescan takes 2 seconds.

The first scan reads every file, e.g. syncd reads 10,000 files in 3 minutes on a laptop.

The limit is approx. 10 GB per folder and the cache holds 2 million hashes.

For folders on a network share, a scan takes about 4 minutes longer.
rsyncd hashes those files on the server, so a rescan takes 9 seconds.
"""


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_a_sentence_opens_on_a_name_written_in_lower_case(name: str) -> None:
    texts = _texts(SYNCD if name == "doc.md" else SYNCD.replace("# ", ""), name)

    # "syncd" opens the title and a paragraph: a name. "rsyncd" opens a line of the source.
    # Not after "e.g." or "approx.".
    assert texts == [
        "For folders with more than {{c1::10,000}} files, the initial scan can take several"
        " minutes.",
        "syncd caches file hashes after the first run, so a rescan takes {{c1::2 seconds}}.",
        "The first scan reads every file, e.g. syncd reads {{c1::10,000}} files in 3 minutes on"
        " a laptop.",
        "The limit is approx. {{c1::10 GB}} per folder and the cache holds 2 million hashes.",
        "For folders on a network share, a scan takes about {{c1::4 minutes}} longer.",
        "rsyncd hashes those files on the server, so a rescan takes {{c1::9 seconds}}.",
    ]


def test_a_sentence_opens_on_a_code_span_in_plain_text() -> None:
    text = (
        "Sync tools\n\nA folder of 10,000 files takes 3 minutes to scan. `syncd` then keeps a"
        " cache of 2 million hashes.\n"
    )

    assert _texts(text, "doc.txt") == [
        "A folder of 10,000 files takes {{c1::3 minutes}} to scan.",
        "`syncd` then keeps a cache of {{c1::2 million}} hashes.",
    ]


def test_a_word_that_carries_a_sentence_on_at_a_line_start_opens_none() -> None:
    text = "# Office\n\nThe office closes at 5 p.m.\nand the logs go out within 2 days.\n"

    assert _texts(text) == [
        "The office closes at {{c1::5 p.m.}} and the logs go out within 2 days."
    ]


SHAPED = """\
# Storage Notes

## Volumes

You have to snapshot the volume and restore it. gp3 volumes give a baseline of 3,000 IOPS
regardless of size. Phones, e.g. iPhones and Pixels, now charge over USB-C. iPhones have
shipped with a USB-C port since 2023.
"""


@pytest.mark.parametrize("name", ["doc.md", "doc.txt"])
def test_a_sentence_opens_on_a_name_by_its_shape(name: str) -> None:
    """A word in lower case with a digit or a capital in it ("gp3", "iPhones") is a name: the
    sentence before ends, and "e.g." still ends none."""
    texts = _texts(SHAPED if name == "doc.md" else SHAPED.replace("#", ""), name)
    assert texts == [
        "gp3 volumes give a baseline of {{c1::3,000}} IOPS regardless of size.",
        "iPhones have shipped with a USB-C port since {{c1::2023}}.",
    ]
