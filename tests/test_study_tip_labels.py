"""An exam, study or revision tip's label ("Exam tip:", "Study tip:", "Revision tip:") is a
label, as "Tip:" is: never a glossary term nor a cloze ("{{c1::Exam tip}}: always use data
from the figure in your answer." was a card under "Key terms"). Each runs the real CLI on real
Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

GLOSSARY = """# Weather Notes

## Key terms

- **Isobar** - a line on a map joining places of equal air pressure
- **Depression** - an area of low pressure that brings wet and windy weather
- **Anticyclone** - an area of high pressure that brings settled weather

{tip}
"""

CARDS = [
    "{{c1::Isobar}} - a line on a map joining places of equal air pressure",
    "{{c1::Depression}} - an area of low pressure that brings wet and windy weather",
    "{{c1::Anticyclone}} - an area of high pressure that brings settled weather",
]

TIPS = [
    "Exam tip: always use data from the figure in your answer.",
    "Study tip: draw each front before you learn its weather.",
    "Revision tip: test yourself on these terms every few days.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("tip", TIPS)
def test_a_study_tip_under_a_glossary_is_no_term(
    tip: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    markdown = GLOSSARY.format(tip=tip)
    text = written_as(name, markdown if name.endswith(".md") else markdown.replace("\n- ", "\n"))
    texts = [r["fields"].get("Text") for r in article_records(tmp_path, monkeypatch, name, text)]
    assert [text.replace(" – ", " - ") for text in texts] == CARDS, texts


# Kept: the fact after a tip's label is carded, the label never hidden.
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_the_fact_after_a_tips_label_is_carded(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    markdown = (
        "# Weather Notes\n\n## Air pressure\n\nExam tip: average air pressure at sea level is"
        " about 1013 mb.\n"
    )
    records = article_records(tmp_path, monkeypatch, name, written_as(name, markdown))
    texts = [r["fields"].get("Text") for r in records]
    assert texts == ["Exam tip: average air pressure at sea level is about {{c1::1013 mb}}."], texts
