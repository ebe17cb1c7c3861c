"""A "this"/"these" that is the subject, or its noun's determiner, behind an opening phrase
with no comma stands for what a sentence before says: "Since 6 April 2020 this right applies
to workers as well as employees." and "For someone who works five days a week this is 28
days." lean on it, as "This right applies …" does, and give no card. Each runs the real CLI on
real Markdown and plain-text files."""

from __future__ import annotations

from pathlib import Path

import pytest
from articles import article_records, written_as

# (the sentence before and its card, the sentence that leans on it)
LEANING = [
    (
        "Employers must give every employee a written statement within {{c1::two months}}.",
        "Since 6 April 2020 this right applies to workers as well as employees.",
    ),
    (
        "Almost all workers are entitled to {{c1::5.6 weeks}} of paid holiday a year.",
        "For someone who works five days a week this is 28 days.",
    ),
    (
        "Before 2019 shifts of up to {{c1::14 hours}} were allowed without a break.",
        "In 2019 these rules were replaced by a weekly limit of 48 hours.",
    ),
    (
        "Yeast ferments sugars fastest at about {{c1::30 °C}} in a warm kitchen.",
        "During a long fermentation this process produces about 2% alcohol in the dough.",
    ),
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(("before", "leaning"), LEANING)
def test_a_demonstrative_subject_behind_an_opening_phrase_leans(
    before: str, leaning: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    plain = before.replace("{{c1::", "").replace("}}", "")
    text = written_as(name, f"# Workplace Notes\n\n{plain} {leaning}\n")
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [r["fields"]["Text"] for r in records] == [before]


# Kept: a fixed phrase ("this year", "these days"), a demonstrative after the comma that
# ends the opening phrase, whose own clause names what it stands for.
KEPT = [
    "In the UK this year inflation fell to {{c1::3%}} by the autumn.",
    "In most countries these days the school year starts in {{c1::September}}.",
    "During a total eclipse the Moon hides the Sun, and this lasts up to {{c1::7 minutes}}.",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("expected", KEPT)
def test_a_demonstrative_that_is_no_subject_is_kept(
    expected: str, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"a{suffix}"
    plain = expected.replace("{{c1::", "").replace("}}", "")
    text = written_as(name, f"# Workplace Notes\n\n{plain}\n")
    records = article_records(tmp_path, monkeypatch, name, text)
    assert [r["fields"]["Text"] for r in records] == [expected]
