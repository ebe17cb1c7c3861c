"""A bare count that a divisor follows is hidden with it: "at least {{c1::1 over the focal
length}}", not "at least {{c1::1}} over the focal length" (half a ratio). Each runs the real
CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records

RATIOS = [
    "The reciprocal rule says the shutter speed should be at least {{c1::1 over the focal"
    " length}}.",
    "The minimum handheld shutter speed is {{c1::1 over the focal length}}.",
    "A thin lens has a power of {{c1::1 over its focal length}}.",
    # Kept: a span of time after "over", a figure with a unit.
    "Club membership grew to {{c1::400}} over the summer.",
    "The index rose by {{c1::3}} over the year.",
    "The river rises {{c1::2 m}} over the winter.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("expected", RATIOS)
def test_a_count_over_its_divisor_is_hidden_whole(
    expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bullet = expected.replace("{{c1::", "").replace("}}", "")
    md = suffix == ".md"
    heading, summary = (
        ("# Photography Basics", "## Key Takeaways")
        if md
        else (
            "Photography Basics",
            "Key Takeaways",
        )
    )
    text = f"{heading}\n\nSome prose.\n\n{summary}\n\n- {bullet}\n"
    records = article_records(tmp_path, monkeypatch, f"a{suffix}", text)
    assert [r["fields"]["Text"] for r in records if r["kind"] == "takeaway"] == [expected]
