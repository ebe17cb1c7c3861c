"""A takeaway's last resort, its longest word, is hidden with the plain nouns beside it that
make one term with it, after the subject: "Bees communicate through {{c1::a waggle dance}}",
not "a {{c1::waggle}} dance"; "water and {{c1::carbon dioxide}}", not "carbon
{{c1::dioxide}}". Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(bullet: str) -> str:
    return f"# Field Notes\n\nSome prose.\n\n## Key Takeaways\n\n- {bullet}\n"


COMPOUNDS = [
    (
        "Bees communicate through a waggle dance.",
        "Bees communicate through {{c1::a waggle dance}}.",
    ),
    # The compound is one thing of a list the verb takes: the list whole (test_taken_lists.py).
    (
        "Plants need light, water and carbon dioxide.",
        "Plants need {{c1::light, water and carbon dioxide}}.",
    ),
    # Kept: a word beside it that may be a verb ("lower"), a subject's word.
    (
        "Water boils at lower temperatures at altitude.",
        "Water boils at lower {{c1::temperatures}} at altitude.",
    ),
    ("Insulin lowers blood sugar.", "{{c1::Insulin}} lowers blood sugar."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), COMPOUNDS)
def test_the_longest_word_is_hidden_with_its_compound(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _takeaways(bullet)))
    assert texts == [expected], texts
