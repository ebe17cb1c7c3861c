"""A subject that is a female or male, or a single adult, of a kind only the sentence before
names leans on that sentence: "Aphids multiply rapidly in warm weather. A single female can
produce up to 80 offspring in a week." gave "A single female can produce up to {{c1::80}}
offspring in a week." (a female of what?). Such a sentence now gives no card; one whose own
words name the kind keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

ARTICLE = """# Garden Pests

Aphids multiply rapidly in warm weather. A single female can produce up to 80 offspring in a
week.

Cabbage whites lay eggs on brassicas. The males are about 5 mm long, half the size of the females.

Wasps build paper nests in spring. A single adult may sting up to 20 times in one attack.

Aphids multiply rapidly in warm weather. A female aphid can produce up to 80 offspring in a week.

Most drugs are cleared by the kidneys. An adult needs about 2 litres of water a day to clear
them well.
"""


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
def test_a_bare_female_or_male_subject_leans_on_the_sentence_before(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = article_records(tmp_path, monkeypatch, name, written_as(name, ARTICLE))
    texts = [record["fields"].get("Text", "") for record in records]
    assert not [text for text in texts if "single female" in text or "The males" in text]
    assert not [text for text in texts if "single adult" in text]
    # Its own words name the kind; an adult alone is a person.
    assert [text for text in texts if "A female aphid" in text]
    assert [text for text in texts if "An adult needs" in text]
