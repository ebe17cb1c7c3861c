"""A quantity written in a unit and the next smaller ones is one figure: "Light from the Sun
takes about 8 minutes and 20 seconds to reach Earth." hid only "8 minutes", and the front still
showed "and 20 seconds". Each smaller unit of the same measure that follows, after a space, a
comma or "and", is hidden with it; a larger unit, another measure or a figure with no unit is
a separate fact and stays on the front."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_notes

TEXT = """\
# Durations

Light from the Sun takes about 8 minutes and 20 seconds to reach Earth.

The marathon record stood at 2 hours and 30 minutes for over 20 years.

The mission lasted 1 year, 4 months and 3 days from launch to landing.

The crossing takes 3 h 20 min on the fast ferry from the mainland.

The tallest player on the team was 5 feet 11 inches tall at the draft.

The average newborn weighs about 3 kg 300 g at birth in most countries.

Adults need 7 to 9 hours of sleep and 30 minutes of exercise each day.

The drug cut recovery time by 3 days and lowered costs by 20% in the trial.

The tank holds 50 litres and weighs 12 kg when it is completely empty.

The ferry took 20 minutes and 2 hours later the bus took another 40 minutes.
"""


@pytest.mark.parametrize(("name", "text"), [("a.md", TEXT), ("a.txt", TEXT.replace("# ", ""))])
def test_a_figure_in_several_units_is_hidden_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    texts = [note["Text"] for note in article_notes(tmp_path, monkeypatch, name, text)]

    for whole in (
        "{{c1::8 minutes and 20 seconds}} to reach Earth",
        "{{c1::2 hours and 30 minutes}} for over",
        "{{c1::1 year, 4 months and 3 days}} from launch",
        "{{c1::3 h 20 min}} on the fast ferry",
        "{{c1::5 feet 11 inches}} tall",
        "{{c1::3 kg 300 g}} at birth",
    ):
        assert any(whole in t for t in texts), whole
    # Another fact after "and": a range's own, another measure, a larger unit.
    for alone in (
        "{{c1::7 to 9 hours}} of sleep and 30 minutes",
        "{{c1::3 days}} and lowered costs by 20%",
        "{{c1::50 litres}} and weighs 12 kg",
        "{{c1::20 minutes}} and 2 hours later",
    ):
        assert any(alone in t for t in texts), alone
