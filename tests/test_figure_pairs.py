"""A figure one of a pair whose other stays on the front: a size's sides ("a 20 by 44 foot
court"), a count and its base ("five out of a possible eight weeks"), two dates joined by "and"
("in 1999 and 2001"). The cloze hid the second alone, and the first gave it away or was the
fact. Each runs the real CLI on a real article."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

PAIRS = [
    "Pickleball is played on a {{c1::20 by 44 foot}} court, the same size as a badminton court.",
    "A tennis court is {{c1::78 by 36 feet}} for doubles play.",
    "The prorogation lasted {{c1::five}} out of a possible eight weeks, at a time of change.",
    "The team scored {{c1::3}} out of a possible 10 points in the final round.",
    "The last great storms were in {{c1::1999 and 2001}}; no storm is expected in 2025.",
    "Kasparov made the Najdorf his main weapon in the {{c1::1980s and 1990s}}.",
    # Unchanged: no size, a ratio, a count after a date.
    "The river rose 2 by {{c1::3 pm}} on Tuesday after the storm.",
    "Only {{c1::2 out of 5}} adults exercise enough.",
    "The treaty was signed in 1648 and {{c1::2,000}} soldiers went home.",
]


def test_a_pair_of_figures_is_hidden_whole_or_by_its_fact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, "a.txt", "Figures", PAIRS) == PAIRS
