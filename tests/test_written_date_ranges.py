"""A written date after "from" and the date or year that ends its range after "to", "until" or
"through" are the period a sentence reports, hidden whole ("lasted from {{c1::September 1793 to
July 1794}}"): the end alone in view gave half the answer (was "from {{c1::September 1793}} to
July 1794"). Not after a verb of change, nor where no date ends the range."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

DATE_RANGES = [
    "The Reign of Terror lasted from {{c1::September 1793 to July 1794}} in France.",
    "The miners' strike ran from {{c1::5 March 1984 to 3 March 1985}} across the coalfields.",
    "The siege of the city lasted from {{c1::March 1941 until June 1942}}.",
    "Meat rationing in Britain lasted from {{c1::January 1940 to July 1954}}.",
    "The Blitz lasted from {{c1::7 September 1940 through May 1941}}.",
    "The occupation of the Channel Islands lasted from {{c1::June 1940 to 1945}}.",
]


@pytest.mark.parametrize("name", ["history.md", "history.txt"])
def test_a_written_dates_range_is_hidden_whole(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "History", DATE_RANGES) == DATE_RANGES


KEPT = [
    # A verb of change: the dates are not one period.
    "The final was moved from {{c1::14 March 2020}} to 2 May 2020 because of the pandemic.",
    # No date ends the range.
    "From {{c1::June 1940}} to the end of the war, the islands were occupied.",
    # "between … and …" was whole already.
    "The army advanced between {{c1::March 1917 and November 1918}} in the east.",
    # No "from": two dates, the first the event's.
    "The treaty was signed in {{c1::May 1919}} to end the war.",
]


@pytest.mark.parametrize("name", ["history.md", "history.txt"])
def test_other_dates_keep_their_targets(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "History", KEPT) == KEPT
