"""Tag queries in Anki's own search syntax, and which notes they select.

Imports `errors`. Semantics follow Anki's: `tag:x` matches the tag `x` and its children `x::…`,
case-insensitively; `*` is any run of characters, `_` one character; juxtaposition is AND;
`OR`, `-` (not) and parentheses work as in Anki's browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from docdeck.errors import DocdeckError

_TOKEN = re.compile(r"\s*(\(|\)|-(?=\S)|[^\s()]+)")


class QueryError(DocdeckError):
    """A tag query that cannot be parsed."""


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: `matches(tags)` tells whether a note with those tags is selected."""

    text: str
    matches: Callable[[Iterable[str]], bool]

    def select(self, tagged: Iterable[tuple[str, ...]]) -> list[int]:
        """Indexes of the tag tuples the query selects."""
        return [index for index, tags in enumerate(tagged) if self.matches(tags)]


def parse_query(text: str) -> Query:
    """Parse an Anki tag search; a bad one raises `QueryError` naming the offending token."""
    tokens = [(m.group(1), m.start(1)) for m in _TOKEN.finditer(text)]
    if not tokens:
        raise QueryError(f"empty query '{text}'", hint="write e.g. tag:kind::faq")
    parser = _Parser(text, tokens)
    matcher = parser.expression()
    if parser.position < len(tokens):
        token, at = tokens[parser.position]
        raise parser.error(token, at, "has no matching '('" if token == ")" else "is unexpected")
    return Query(text, matcher)


def tag_pattern(pattern: str) -> re.Pattern[str]:
    """The regex of one `tag:` pattern: the tag itself or any tag below it."""
    body = "".join(".*" if ch == "*" else "." if ch == "_" else re.escape(ch) for ch in pattern)
    return re.compile(rf"{body}(?:::.*)?", re.IGNORECASE)


def tag_tree(tagged: Iterable[Iterable[str]]) -> list[tuple[int, str, int]]:
    """Every tag and tag parent as (depth, last part, notes carrying it or a child), sorted."""
    counts: dict[tuple[str, ...], int] = {}
    for tags in tagged:
        paths: set[tuple[str, ...]] = set()
        for tag in tags:
            parts = tuple(tag.split("::"))
            paths.update(parts[:depth] for depth in range(1, len(parts) + 1))
        for path in paths:
            counts[path] = counts.get(path, 0) + 1
    return [(len(path) - 1, path[-1], counts[path]) for path in sorted(counts)]


def anki_search(deck: str, query: str) -> str:
    """The search that builds the same set as a filtered deck inside Anki."""
    escaped = deck.replace("\\", "\\\\").replace('"', '\\"')
    return f'deck:"{escaped}" ({query})'


Matcher = Callable[[Iterable[str]], bool]


class _Parser:
    def __init__(self, text: str, tokens: list[tuple[str, int]]) -> None:
        self.text = text
        self.tokens = tokens
        self.position = 0

    def error(self, token: str, at: int, problem: str) -> QueryError:
        return QueryError(
            f"invalid query '{self.text}': '{token}' at column {at + 1} {problem}",
            hint="use tag:NAME, -tag:NAME, OR, and parentheses, as in Anki's search",
        )

    def peek(self) -> str | None:
        return self.tokens[self.position][0] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, int]:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expression(self) -> Matcher:
        parts = [self.conjunction()]
        while (self.peek() or "").upper() == "OR":
            token, at = self.take()
            if self.peek() in (None, ")") or (self.peek() or "").upper() in ("OR", "AND"):
                raise self.error(token, at, "must stand between two search terms")
            parts.append(self.conjunction())
        if len(parts) == 1:
            return parts[0]
        return lambda tags: any(part(tags) for part in parts)

    def conjunction(self) -> Matcher:
        parts = [self.unary()]
        while (token := self.peek()) is not None and token != ")" and token.upper() != "OR":
            if token.upper() == "AND":
                word, at = self.take()
                if self.peek() in (None, ")"):
                    raise self.error(word, at, "must stand between two search terms")
            parts.append(self.unary())
        if len(parts) == 1:
            return parts[0]
        return lambda tags: all(part(tags) for part in parts)

    def unary(self) -> Matcher:
        if self.peek() is None:
            token, at = self.tokens[-1]
            raise self.error(token, at, "must be followed by a search term")
        token, at = self.take()
        if token == "-":
            inner = self.unary()
            return lambda tags: not inner(tags)
        if token == "(":
            inner = self.expression()
            if self.peek() != ")":
                raise self.error(token, at, "has no matching ')'")
            self.take()
            return inner
        if token == ")":
            raise self.error(token, at, "has no matching '('")
        if token.upper() in ("OR", "AND"):
            raise self.error(token, at, "must stand between two search terms")
        return self.term(token, at)

    def term(self, token: str, at: int) -> Matcher:
        field, _, value = token.partition(":")
        if field.lower() != "tag" or not _:
            raise self.error(token, at, "is not a tag search (docdeck selects by tag:… only)")
        value = value.strip('"')
        if not value:
            raise self.error(token, at, "names no tag")
        if value.lower() == "none":
            return lambda tags: not any(True for _ in tags)
        if value == "*":
            return lambda tags: True
        pattern = tag_pattern(value)
        return lambda tags: any(pattern.fullmatch(tag) for tag in tags)
