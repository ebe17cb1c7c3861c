"""A count of the kinds of one thing, named with no article, is the fact of a "There are"
sentence: "There are {{c1::eight}} parts of speech", "There are {{c1::three}} states of matter"
(a takeaway hid "{{c1::eight parts}}" and "three {{c1::states}}", half of a name). Not a count
of kinds, causes or ways the next sentences name, nor "of them"/"of this", nor one a list
follows (the list is asked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, cloze_texts, written_as

NAMES = ["a.md", "a.txt"]

COUNTS = [
    "There are {{c1::eight}} parts of speech.",
    "There are {{c1::three}} states of matter.",
    "There are {{c1::four}} stages of mitosis.",
    "There are {{c1::five}} classes of vertebrates.",
    "There are {{c1::six}} kingdoms of life.",
]

SUMMARY = "# Notes\n\n## Summary\n\n{items}\n"


def _takeaways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, items: list[str]):
    listed = "\n".join(f"- {item}" for item in items)
    text = written_as(name, SUMMARY.format(items=listed))
    return [r["fields"]["Text"] for r in article_records(tmp_path, monkeypatch, name, text)]


@pytest.mark.parametrize("name", NAMES)
def test_a_takeaway_hides_the_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    plain = [cloze.replace("{{c1::", "").replace("}}", "") for cloze in COUNTS]
    assert _takeaways(tmp_path, monkeypatch, name, plain) == COUNTS


# Guards: a count that announces what follows, one of "this", and one a list follows.
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(
    "sentence",
    [
        "There are two main causes of inflation.",
        "There are two kinds of error.",
        "There are two sides of this argument.",
    ],
)
def test_no_count_card_where_the_count_announces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, sentence: str
) -> None:
    texts = _takeaways(
        tmp_path, monkeypatch, name, [sentence, "Water boils at 100 °C at sea level."]
    )
    assert all("{{c1::two}}" not in t and "{{c1::three}}" not in t for t in texts)


@pytest.mark.parametrize("name", NAMES)
def test_a_list_after_the_count_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    cloze = "There are three states of matter: {{c1::solid, liquid and gas}}."
    assert cloze_texts(tmp_path, monkeypatch, name, "Matter", [cloze]) == [cloze]
