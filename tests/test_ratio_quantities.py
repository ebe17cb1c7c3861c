"""A ratio of parts is a quantity, hidden whole: "a {{c1::50:50}} mix", "an aspect ratio of
{{c1::16:9}}", "{{c1::4:1}} sand to cement", not "{{c1::a 50}}:50 mix" (half the ratio) or no
card. A clock time is no ratio. Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import CONTROL, article_records, beside_control, cloze_texts

# The cloze as the card writes it: a colon inside a cloze is escaped.
RATIOS = [
    "Engine coolant is usually a {{c1::50:50}} mix of water and antifreeze.",
    "Standard bricklaying mortar is mixed at a ratio of {{c1::4:1}} sand to cement.",
    "Most modern television screens have an aspect ratio of {{c1::16:9}}.",
    "Most older two-stroke engines run on fuel mixed at {{c1::50:1}} petrol to oil.",
    "A general-purpose concrete is mixed at {{c1::1:2:3}} cement, sand and gravel.",
]


def _card(text: str) -> str:
    return text.replace(":", "&#58;").replace("{{c1&#58;&#58;", "{{c1::")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("expected", RATIOS)
def test_a_ratio_is_hidden_whole(
    expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Mixing Guide", [expected])
    assert texts == [_card(expected)]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_takeaways_ratio_is_hidden_whole(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = "Coolant is usually a {{c1::50:50}} mix of water and antifreeze."
    md = suffix == ".md"
    heading, summary = ("# Car Care", "## Summary") if md else ("Car Care", "Summary")
    bullet = expected.replace("{{c1::", "").replace("}}", "")
    text = f"{heading}\n\nSome prose here.\n\n{summary}\n\n- {bullet}\n"
    records = article_records(tmp_path, monkeypatch, f"a{suffix}", text)
    assert [r["fields"]["Text"] for r in records if r["kind"] == "takeaway"] == [_card(expected)]


# Kept: a clock time, a score, a verse: no ratio, no card of their own.
NOT_RATIOS = [
    "The ferry to the island usually leaves the harbour at 6:30 every weekday.",
    "The home side won the final 2:1 in front of a record crowd.",
    "The reading for the service was taken from Genesis 1:1 and the psalms.",
    "The village shop is open from 8:30 weekdays to early evening in summer.",
]


@pytest.mark.parametrize("sentence", NOT_RATIOS)
def test_a_clock_time_or_score_is_no_ratio(
    sentence: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert beside_control(tmp_path, monkeypatch, sentence) == [CONTROL]
