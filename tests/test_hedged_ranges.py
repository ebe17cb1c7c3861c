"""A range after "between" and a hedge ("about", "around", "roughly", "approximately") is
hidden whole, as one without the hedge is: "between about {{c1::7 and 9 hours}}" (the cloze hid
"9 hours" alone, half the range)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts, written_as

NAMES = ["a.md", "a.txt"]

WHOLE = [
    "Adults need between about {{c1::7 and 9 hours}} of sleep a night.",
    "A healthy resting heart rate is between roughly {{c1::60 and 100 beats per minute}}.",
    "The journey from London to Edinburgh takes between around {{c1::4 and 5 hours}} by train.",
    "Most adult cats weigh between about {{c1::3.5 and 4.5 kg}}.",
    "The lake's water stays between approximately {{c1::4 and 6 °C}} all winter.",
    # Guards: no hedge, and a range with "to", as before.
    "Adults need between {{c1::7 and 9 hours}} of sleep a night.",
    "Adults need about {{c1::7 to 9 hours}} of sleep a night.",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("cloze", WHOLE)
def test_a_hedged_range_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, cloze: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Ranges", [cloze]) == [cloze]


KEY_TAKEAWAYS = """\
# Sleep

## Key Takeaways

- Teenagers need between about 8 and 10 hours of sleep a night.
- Adults should sleep for 7 hours or more.
"""


@pytest.mark.parametrize("name", NAMES)
def test_a_takeaway_hides_the_whole_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, KEY_TAKEAWAYS))
    texts = [record["fields"]["Text"] for record in records]
    assert "Teenagers need between about {{c1::8 and 10 hours}} of sleep a night." in texts
