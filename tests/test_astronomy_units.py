"""Astronomy's units are a figure's unit as metres are: a cloze hides "1,350 light years",
"10 million kelvin", "30 astronomical units" whole (it hid the figure alone, or there was no
card), in prose and in a takeaway. "Kelvin" in capitals is the man, no unit."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts, written_as

NAMES = ["a.md", "a.txt"]

WHOLE = [
    "Fusion of hydrogen into helium begins at about {{c1::10 million kelvin}}.",
    "The Orion Nebula lies about {{c1::1,350 light years}} from Earth.",
    "Proxima Centauri is about {{c1::4.2 light-years}} from the Sun.",
    "Neptune orbits the Sun at an average distance of about {{c1::30 astronomical units}}.",
    "The nearest star to the Sun is about {{c1::1.3 parsecs}} away.",
    "A neutron star forms from a core of between {{c1::1.4 and 3 solar masses}}.",
    "The surface of a red dwarf is cooler than {{c1::4,000 kelvin}}.",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("cloze", WHOLE)
def test_the_figure_is_hidden_with_its_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, cloze: str
) -> None:
    assert cloze_texts(tmp_path, monkeypatch, name, "Stars", [cloze]) == [cloze]


KEY_TAKEAWAYS = """\
# Stars

## Key Takeaways

- Fusion of hydrogen into helium begins at about 10 million kelvin.
- The Andromeda Galaxy is about 2.5 million light years away.
"""


@pytest.mark.parametrize("name", NAMES)
def test_a_takeaway_hides_the_unit_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, KEY_TAKEAWAYS))
    assert [record["fields"]["Text"] for record in records] == [
        "Fusion of hydrogen into helium begins at about {{c1::10 million kelvin}}.",
        "The Andromeda Galaxy is about {{c1::2.5 million light years}} away.",
    ]


# Guards: the man Kelvin after a year, and a light year as no figure's unit.
GUARDS = [
    ("In 1848 Kelvin proposed an absolute temperature scale.", "In {{c1::1848}} Kelvin proposed"),
    ("A light year is a distance, not a length of time.", None),
]


@pytest.mark.parametrize(("sentence", "start"), GUARDS)
def test_no_unit_where_there_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str, start: str | None
) -> None:
    texts = beside_control(tmp_path, monkeypatch, sentence)
    assert texts[0] == CONTROL
    assert all("Kelvin}}" not in text and "light year}}" not in text for text in texts)
    if start is not None:
        assert any(text.startswith(start) for text in texts[1:])
