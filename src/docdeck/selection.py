"""Tag queries in Anki's own search syntax, and which notes they select.

Imports `errors`. Semantics follow Anki's (rslib `search/parser.rs`, `search/sqlwriter.rs`):
`tag:x` matches the tag `x` and its children `x::…`, case-insensitively; `*` is any run of
characters, `_` one character, and a backslash escapes `\\ " * _ : ( ) -`; `tag:re:…` is a
regular expression, `tag:nc:…` ignores accents; juxtaposition is AND; `OR`, `-` (not), quotes
and parentheses work as in Anki's browser.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from docdeck.errors import DocdeckError
from docdeck.patterns import lazy

_QUOTED = r'"(?:[^"\\]|\\.)*"'
# A bracket; a `-` right before a term; a quoted term, or one quoted after its `key:`; else a run
# up to whitespace, `"`, `(` or `)`, in which a backslash takes the next character along. Anki
# reads `--x` as the text `-x`, negated.
_TOKEN = lazy(
    rf'\s*(\(|\)|-(?=[^\s-])|{_QUOTED}|(?:[^\s()":\\]|\\\S)+:{_QUOTED}|(?:[^\s()"\\]|\\\S)+)',
    re.DOTALL,
)
_KEY = lazy(r"((?:[^:\\]|\\.)*):", re.DOTALL)  # up to the first unescaped `:`
_ESCAPE = lazy(r"\\(.?)", re.DOTALL)
_ESCAPABLE = '\\":*_()-'
_GLOB = lazy(r"\\.|.", re.DOTALL)
_HINT = "use tag:NAME, -tag:NAME, OR, and parentheses, as in Anki's search"
_ESCAPE_HINT = 'a backslash escapes only \\ " * _ : ( ) -; write \\\\ for a backslash'
# Anki's `without_combining` (rslib `text.rs`) spells out these letters that NFKD leaves whole.
_SPELT_OUT = {
    ord(pair[0]): pair[1:]
    for pair in (
        "€E ÆAE ÐD ØO ÞTH ßs æae ðd øo þth ĐD đd ĦH ħh ıi ĸk ŁL łl ŊN ŋn ŒOE œoe ŦT ŧt ƏE ǝe ɑa"
    ).split()
}


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
    tokens = _tokens(text)
    if not tokens:
        raise QueryError(f"empty query '{text}'", hint="write e.g. tag:kind::faq")
    parser = _Parser(text, tokens)
    matcher = parser.expression()
    if parser.position < len(tokens):
        token, at = tokens[parser.position]
        raise parser.error(token, at, "has no matching '('" if token == ")" else "is unexpected")
    return Query(text, matcher)


def tag_pattern(pattern: str) -> re.Pattern[str]:
    """The regex of one unescaped `tag:` glob (`\\\\`, `\\*`, `\\_` still escaped): the tag itself
    or any tag below it. Anki's wildcards match no whitespace; tags hold none."""
    body = "".join(
        r"\S*" if piece == "*" else r"\S" if piece == "_" else re.escape(piece[-1])
        for piece in _GLOB.findall(pattern)
    )
    return re.compile(rf"{body}(?:::.*)?", re.IGNORECASE | re.DOTALL)


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
    return f"{deck_search(deck)} ({query})"


def deck_search(deck: str) -> str:
    """The Anki search for one deck's cards (its subdecks' too)."""
    # Inside quotes Anki reads `\\` and `"` as escapes and `*` and `_` as wildcards (`Bio_101`
    # would find `Bio-101` too); `:`, `-` and brackets are plain text there.
    escaped = re.sub(r'([\\"*_])', r"\\\1", deck)
    return f'deck:"{escaped}"'


Matcher = Callable[[Iterable[str]], bool]


def _error(text: str, token: str, at: int, problem: str, hint: str = _HINT) -> QueryError:
    return QueryError(f"invalid query '{text}': '{token}' at column {at + 1} {problem}", hint=hint)


def _tokens(text: str) -> list[tuple[str, int]]:
    """Each token with its offset."""
    tokens: list[tuple[str, int]] = []
    end = 0
    for match in _TOKEN.finditer(text):
        _check_gap(text, end, match.start())
        tokens.append((match.group(1), match.start(1)))
        end = match.end()
    _check_gap(text, end, len(text))
    return tokens


def _check_gap(text: str, start: int, end: int) -> None:
    """What no token takes is a quote never closed or a backslash with nothing after it: an
    error, as in Anki."""
    gap = text[start:end]
    if gap.strip():
        at = start + len(gap) - len(gap.lstrip())
        if text[at] == '"':
            raise _error(text, '"', at, "opens a quote that is never closed")
        raise _error(text, "\\", at, "escapes nothing", _ESCAPE_HINT)


def _unescape(value: str) -> str:
    """Anki's `unescape`: resolve the parser's escapes, keep the glob's (`\\\\`, `\\*`, `\\_`);
    raise `ValueError` naming an escape Anki does not know."""

    def resolve(match: re.Match[str]) -> str:
        if not match.group(1) or match.group(1) not in _ESCAPABLE:
            raise ValueError(match.group(0))
        return match.group(0) if match.group(1) in "\\*_" else match.group(1)

    return _ESCAPE.sub(resolve, value)


def _without_combining(text: str) -> str:
    """`text` without accents, as Anki compares it for `nc:`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        ch for ch in decomposed if not unicodedata.category(ch).startswith("M")
    ).translate(_SPELT_OUT)


class _Parser:
    def __init__(self, text: str, tokens: list[tuple[str, int]]) -> None:
        self.text = text
        self.tokens = tokens
        self.position = 0

    def error(self, token: str, at: int, problem: str, hint: str = _HINT) -> QueryError:
        return _error(self.text, token, at, problem, hint)

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
            # `- x` is the text `-`, and x: not a negation.
            if self.position == len(self.tokens) or self.tokens[self.position][1] != at + 1:
                raise self.error(token, at, "must be followed by a search term")
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
        body = token[1:-1] if token.startswith('"') else token
        key = _KEY.match(body)
        if key is None or key.group(1).lower() != "tag":
            raise self.error(token, at, "is not a tag search (docdeck selects by tag:… only)")
        value = body[key.end() :]
        if value.startswith('"'):  # tag:"…"
            value = value[1:-1]
        if not value:
            raise self.error(token, at, "names no tag")
        if value.startswith("re:"):
            return self.regex(token, at, value[3:].replace('\\"', '"'))
        accents = not value.startswith("nc:")
        try:
            glob = _unescape(value if accents else value[3:])
        except ValueError as bad:
            raise self.error(
                token, at, f"has '{bad}', an escape Anki does not know", _ESCAPE_HINT
            ) from None
        if glob == "none":
            return lambda tags: not any(True for _ in tags)
        if glob == "*":
            return lambda tags: True
        if any(ch.isspace() for ch in glob):
            return lambda tags: False  # no tag holds a space
        if accents:
            pattern = tag_pattern(glob)
            return lambda tags: any(pattern.fullmatch(tag) for tag in tags)
        pattern = tag_pattern(_without_combining(glob))
        return lambda tags: any(pattern.fullmatch(_without_combining(tag)) for tag in tags)

    def regex(self, token: str, at: int, regex: str) -> Matcher:
        try:
            pattern = re.compile(regex, re.IGNORECASE)
        except re.error as error:
            raise self.error(
                token, at, f"is not a valid regular expression ({error})", "fix the expression"
            ) from None
        # Anki tests each of the note's space-separated tags, and the empty text before the
        # first: `tag:re:^$` selects every note.
        return lambda tags: any(pattern.search(tag) for tag in ("", *tags))
