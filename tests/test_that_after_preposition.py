"""A "that" after a preposition and before its noun points back even where the sentence before
names the thing in other words: "Most vegetables grow best in a soil with a pH between 6.0 and
7.0. Brassicas such as cabbage and broccoli prefer the upper end of that range, while potatoes
… are less prone to scab below pH 5.5." gave "… prefer the upper end of that range, while
potatoes … below pH {{c1::5.5}}." (which range?). Such a sentence now leans on the one before;
a fixed phrase ("at that time"), a noun a clause says which it is, and "that" as a relative keep
their cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Soil

Most vegetables grow best in a slightly acidic to neutral soil with a pH between 6.0 and 7.0.
Brassicas such as cabbage and broccoli prefer the upper end of that range, while potatoes
tolerate more acid soil and are less prone to scab below pH 5.5.

Farmers first limed their fields in Roman times. Most soils at that time had a pH of about 5.

The council owns most farmland in the valley. Tenants pay rent on that land which they farm,
about £200 a hectare.

Lime is spread in autumn. Farmers use a spreader that covers about 12 metres in one pass.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_that_and_a_noun_after_a_preposition_leans_on_the_sentence_before(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    texts = [record["fields"].get("Text", "") for record in records]
    assert not [text for text in texts if "that range" in text]
    assert [text for text in texts if "at that time" in text]
    assert [text for text in texts if "that land which" in text]
    assert [text for text in texts if "a spreader that covers" in text]
