"""A takeaway with two code spans, one named in its subject's "with" or "without" phrase,
asks for the other: "A function without a `return` statement returns {{c1::None}}", not "A
function without a {{c1::return}} statement …" (the given hidden, the fact in view). Code
spans are Markdown's: each runs the real CLI on a real Markdown file."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes


def _takeaways(bullet: str) -> str:
    return f"# Python Notes\n\nSome prose.\n\n## Key Takeaways\n\n- {bullet}\n"


GIVENS = [
    (
        "A function without a `return` statement returns `None`.",
        "A function without a return statement returns {{c1::None}}.",
    ),
    (
        "A loop with a `break` skips its `else` clause.",
        "A loop with a break skips its {{c1::else}} clause.",
    ),
    # Kept: an instruction's "with" names the means; a first span in no "with" phrase.
    (
        "Define a function with `def` and send a value back with `return`.",
        "Define a function with {{c1::def}} and send a value back with return.",
    ),
    (
        "`sort()` changes a list in place; `sorted()` returns a new list.",
        "{{c1::sort()}} changes a list in place; sorted() returns a new list.",
    ),
]


@pytest.mark.parametrize(("bullet", "expected"), GIVENS)
def test_a_code_span_a_subject_is_given_is_not_hidden(
    bullet: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert article_clozes(tmp_path, monkeypatch, "a.md", _takeaways(bullet)) == [expected]
