"""A list item under MIN_CLAIM_WORDS is an entry, but not one that is a sentence stating a named
thing's means or antidote: "- Warfarin works by blocking {{c1::vitamin K}}.", "-
{{c1::Naloxone}} reverses opioid overdose." Before, both gave no card and no warning. Not an
item with no final period, nor one whose means or antidote is no name's ("This works by …",
"Sleep reverses fatigue." where the page writes "sleep")."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as

ARTICLE = """# Drugs

Key mechanisms of common drugs:

- Warfarin works by blocking vitamin K.
- Statins lower cholesterol by blocking HMG-CoA reductase.
- Naloxone reverses opioid overdose.
- Andexanet alfa reverses apixaban and rivaroxaban
- This works by blocking vitamin K.
- Sleep reverses fatigue.
- Heparin works by activating antithrombin
- Warfarin works by blocking thrombin.

Most adults need 7 to 9 hours of sleep a night.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_short_item_that_states_a_means_or_an_antidote_is_carded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert article_clozes(tmp_path, monkeypatch, name, written_as(name, ARTICLE)) == [
        "Warfarin works by blocking {{c1::vitamin K}}.",
        "Statins lower cholesterol by blocking {{c1::HMG-CoA reductase}}.",
        "{{c1::Naloxone}} reverses opioid overdose.",
        "Most adults need {{c1::7 to 9 hours}} of sleep a night.",
    ]
