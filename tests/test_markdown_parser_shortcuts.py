"""The Markdown reader's parser shortcuts (guarded block rules, plain text without the inline
parser) give the same tokens as markdown-it configured the same way without them."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from docdeck.readers import decode_source
from docdeck.readers.markdown import _parser, _stock_parser

ROOT = Path(__file__).resolve().parent.parent
# Line openings that start (or almost start) every kind of block, at several indentations.
OPENINGS = (
    *("", "", "", "# ", "## ", "###### ", "####### ", "#", "> ", ">", "> > ", "- ", "-", "* "),
    *("+ ", "1. ", "2) ", "9. ", "0)", "1234567890. ", "10.", "```", "```py", "~~~", "``"),
    *("    ", "  ", "   ", "\t", "<div>", "<!-- ", "<pre>", "</div>", "<x-y>", "[a]: /url"),
    *("[a]:", "[b]: <u> 't'", "---", "***", "___", "- - -", "===", "| ", "|", ":", "-|", "$"),
    *("--- | ---", "|---|---|", "a | b", "| a | b |", ":-- | --:", ":-:|", "| :-: | --- |"),
    *("-- | --", "- | -", "|-"),
)
TEXT = (
    *("word", "Key Takeaways", "FAQ", "Why?", "**bold**", "__b__", "*em*", "_e_", "~~s~~", "~x"),
    *("`code`", "``", "[link](/u)", "[a]", "![img](p.png)", "<b>", "<http://x.y>", "&amp;"),
    *("&#123;", "&nope", "\\*", "\\", "==hi==", "a|b", "| c |", ":--", " ", "  ", "!", "]", "["),
    *("Q1. Why?", "A: yes", "nn", "café", "\u00a0", "{{c1::x}}", "30%", "—", "-->", "-->"),
)


def _document(rnd: random.Random) -> str:
    lines = []
    for _ in range(rnd.randint(0, 14)):
        words = " ".join(rnd.choice(TEXT) for _ in range(rnd.randint(0, 4)))
        lines.append(rnd.choice(OPENINGS) + words + rnd.choice(("", "", " ", "  ", " |")))
    return "\n".join(lines)


def _dump(tokens: list[Token]) -> list[tuple[Any, ...]]:
    """Every field of every token, children included."""
    return [dataclasses.astuple(token) for token in tokens]


def _same_tokens(text: str) -> None:
    text = decode_source(text.encode(), "doc.md")
    assert _dump(_parser().parse(text)) == _dump(_stock_parser().parse(text))


@pytest.mark.parametrize(
    "path",
    # The project's own files: not .venv, .pytest_cache and the like, which come and go.
    sorted(
        p
        for p in ROOT.glob("**/*.md")
        if not any(part.startswith(".") for part in p.relative_to(ROOT).parts)
    ),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_every_markdown_file_in_the_repository(path: Path) -> None:
    _same_tokens(path.read_text(encoding="utf-8"))


def test_generated_documents() -> None:
    rnd = random.Random(20240601)
    for _ in range(3000):
        _same_tokens(_document(rnd))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(OPENINGS), st.lists(st.sampled_from(TEXT))), max_size=12))
def test_any_document(lines: list[tuple[str, list[str]]]) -> None:
    _same_tokens("\n".join(opening + " ".join(words) for opening, words in lines))
