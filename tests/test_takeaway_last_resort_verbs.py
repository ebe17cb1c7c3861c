"""A takeaway's last resort, its longest word, is never its verb: "Rust forms on {{c1::iron}}
in damp air", not "Rust {{c1::forms}} on iron …"; what the verb takes after its preposition
is hidden whole. Each runs the real CLI on real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_clozes, written_as


def _takeaways(bullet: str) -> str:
    return f"# Field Notes\n\nSome prose.\n\n## Key Takeaways\n\n- {bullet}\n"


LAST_RESORT = [
    ("Rust forms on iron in damp air.", "Rust forms on {{c1::iron}} in damp air."),
    ("Sound travels through air.", "Sound travels through {{c1::air}}."),
    ("Yeast thrives in warm water.", "Yeast thrives in {{c1::warm water}}."),
    # Kept: no verb in the longest word; a verb with its object right after it.
    ("Plants release oxygen.", "Plants release {{c1::oxygen}}."),
    ("Insulin lowers blood sugar.", "{{c1::Insulin}} lowers blood sugar."),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("bullet", "expected"), LAST_RESORT)
def test_the_longest_word_is_not_the_verb(
    bullet: str, expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    texts = article_clozes(tmp_path, monkeypatch, name, written_as(name, _takeaways(bullet)))
    assert texts == [expected], texts
