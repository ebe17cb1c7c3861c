"""A worked example's figures: the result is hidden, never the given that states the same
figure ("a residual value of {{c1::£5,000}} … is depreciated by {{c1::£5,000}}"). Each runs the
real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import cloze_texts

# The same figure stated twice, another figure between, the later after "by", "is" or "=":
# the later is the result, the earlier a given left in view.

RESULTS = [
    "Under the straight-line method, a machine costing £50,000 with a residual value of £5,000"
    " and a useful life of 9 years is depreciated by {{c1::£5,000}} a year.",
    "A van bought for £12,000 with a residual value of £2,000 and a life of 5 years is"
    " depreciated by {{c1::£2,000}} a year.",
    # Kept: a figure restated with no other figure between is hidden at both places, as is
    # one whose later place is no result ("redeemed at").
    "A bond with a face value of {{c1::£1,000}} and a coupon of 5% for 10 years is redeemed at"
    " {{c1::£1,000}}.",
    "You can put {{c1::$7,000}} in a Roth IRA and another {{c1::$7,000}} in a spousal one.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("expected", RESULTS)
def test_a_worked_result_is_hidden_not_the_given_it_repeats(
    expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = cloze_texts(tmp_path, monkeypatch, f"a{suffix}", "Accounting Basics", [expected])
    assert texts == [expected]
