"""Long inputs cost linear time: a claim's context is its neighbourhood, not the rest of a
paragraph of thousands of sentences, and a deck of thousands of takeaways compares each answer
with the notes that share it, not with every earlier note."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import docdeck.extract
import docdeck.extract.claims
from docdeck.cli import main
from docdeck.extract.text import _BOUNDARY, Sentence, word_count

# Far more than both sides' reach (1,000 characters each): every sentence is about 70.
SENTENCES = 300
SHORT = (
    "About 88% of active funds trail their index over 15 years. "
    "Costs explain most of the gap between them. "
    "Fees of 1% a year compound to a loss of 26% over three decades."
)
# A claim of more than 30 words, carded without its aside: its context keeps the aside.
CONDENSED = (
    "The first index fund, which Vanguard launched for retail investors in 1976 after a long"
    " debate, now holds about 40% of the money in American equity funds and keeps growing"
    " every single year."
)


def _sentence(n: int) -> str:
    return f"Plant number {n} grew by {n / 10 + 5:.1f}% in its first year under the lamps."


def _claims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, str]:
    """Each claim's text (unclozed) and its context, from `preview`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    fields = [json.loads(line)["fields"] for line in result.output.splitlines()]
    return {
        field["Text"].replace("{{c1::", "").replace("}}", ""): field["Context"] for field in fields
    }


def test_a_claim_in_a_long_paragraph_shows_its_neighbours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = [_sentence(n) for n in range(SENTENCES)]
    middle = SENTENCES // 2
    parts.insert(middle, CONDENSED)
    claims = _claims(tmp_path, monkeypatch, "# Plants\n\n" + " ".join(parts) + "\n")

    assert len(claims) == SENTENCES + 1
    assert max(len(context) for context in claims.values()) <= 2 * 1_000 + len(CONDENSED) + 1
    context = claims[_sentence(10)]
    assert context.startswith(_sentence(0)) and _sentence(9) in context
    assert f"{_sentence(9)} {_sentence(11)}" in context
    [(claim, condensed)] = [item for item in claims.items() if "index fund" in item[0]]
    assert "Vanguard" not in claim
    assert f"{_sentence(middle - 1)} {CONDENSED} {_sentence(middle)}" in condensed
    assert _sentence(0) not in condensed


def test_a_claim_in_a_short_paragraph_shows_the_rest_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = _claims(tmp_path, monkeypatch, f"# Funds\n\n{SHORT}\n")

    first, second, third = SHORT.split(". ")
    assert claims == {f"{first}.": f"{second}. {third}", f"{third}": f"{first}. {second}."}


class _Answer(str):
    """An answer's key that counts how often it is compared with another."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        _Answer.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_takeaways_are_not_each_compared_with_every_earlier_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bullets = [f"- Sample {n} lasts {n} days in the cold store." for n in range(2_000)]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# Samples\n\n## Key Takeaways\n\n" + "\n".join(bullets))
    key = docdeck.extract.normalize_key
    monkeypatch.setattr(docdeck.extract, "normalize_key", lambda text: _Answer(key(text)))
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])

    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == len(bullets)
    assert _Answer.comparisons <= len(bullets)


class _Sentence(str):
    """A sentence's text that counts how often a phrase is looked for in it."""

    lookups = 0

    def __contains__(self, other: str) -> bool:  # type: ignore[override]
        _Sentence.lookups += 1
        return str.__contains__(self, other)


def _clozes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    """Each claim's text with its cloze, from `preview`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", "a.md"])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["fields"]["Text"] for line in result.output.splitlines()]


def _bold_lookups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    """The phrase lookups in the sentences of a paragraph of `count` sentences, each with its
    own bold word, after checking each sentence's cloze is its bold word."""
    words = [f"{chr(97 + n % 26)}{chr(97 + n // 26 % 26)}marker{n}" for n in range(count)]
    text = " ".join(f"The **{word}** trial changed how nurses plan night shifts." for word in words)
    split = docdeck.extract.claims.sentences
    monkeypatch.setattr(
        docdeck.extract.claims,
        "sentences",
        lambda text, *args: tuple(Sentence(_Sentence(s.text), s.start) for s in split(text, *args)),
    )
    _Sentence.lookups = 0
    clozes = _clozes(tmp_path, monkeypatch, f"# Trials\n\n{text}\n")
    assert clozes == [
        f"The {{{{c1::{word}}}}} trial changed how nurses plan night shifts." for word in words
    ]
    return _Sentence.lookups


def test_bold_words_are_not_each_looked_for_in_every_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    few = _bold_lookups(tmp_path, monkeypatch, 100)
    many = _bold_lookups(tmp_path, monkeypatch, 1_000)
    # A few fixed guards per sentence (each rule's cheap substring test), never one per word:
    # ten times the sentences, ten times the lookups (one per word would be a hundred times).
    assert many <= 10 * few + 100


def test_a_bold_word_hints_at_a_whole_word_anywhere_in_its_paragraph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    greek = (
        "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho"
    )
    many = " ".join(f"**{word}**" for word in greek.split())  # more marks than tried one by one
    paragraph = (
        f"Sleep stages carry names such as {many} in older papers. "
        "The **heart** of the matter is rest for everyone who trains hard. "
        "Athletes who train hard still need their heart checked every single season. "
        "Sweethearts rarely discuss how much sleep each of them gets at night."
    )

    assert _clozes(tmp_path, monkeypatch, f"# Rest\n\n{paragraph}\n") == [
        "Sleep stages carry names such as {{c1::alpha}} beta gamma delta epsilon zeta eta theta"
        " iota kappa lambda mu nu xi omicron pi rho in older papers.",
        "The {{c1::heart}} of the matter is rest for everyone who trains hard.",
        "Athletes who train hard still need their {{c1::heart}} checked every single season.",
    ]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab1 _-[]\t\n.,é—\u00a0\u2003%", max_size=40))
def test_word_count_counts_the_words_with_a_letter_or_digit(text: str) -> None:
    """Counted from each word's start only: the pattern that tried every position took
    quadratic time on a run of punctuation (a paragraph of 10,000 brackets: 4 s)."""
    assert word_count(text) == sum(any(ch.isalnum() for ch in word) for word in text.split())


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=".!?… \"”’')](“‘(aA1\n", max_size=30))
def test_sentences_split_where_a_stop_run_ends_before_a_capital(text: str) -> None:
    """The boundary is looked for from the start of each run of stops only (the search that
    retried at every stop of a run took quadratic time: 20,000 dots, 4 s); it splits where the
    pattern tried at every position does."""
    everywhere = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
    spans = [m.span() for m in everywhere.finditer(text)]
    assert [m.span() for m in _BOUNDARY.finditer(text)] == spans
