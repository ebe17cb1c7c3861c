"""Choose what a cloze hides: a number first, then the author's emphasis, the contrasted term,
a topic term, the defining phrase. Imports `extract.topics`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from docdeck.extract.topics import Topic, first_topic_span


class Target(enum.Enum):
    NUMBER = "number"
    MARK = "emphasis"
    CONTRAST = "contrast"
    TOPIC = "topic"
    DEFINITION = "definition"
    KEY_TERM = "key term"


@dataclass(frozen=True, slots=True)
class Choice:
    start: int
    end: int
    target: Target


_UNIT = (
    r"%|\s?(?:percent|per\s+cent|percentage\s+points|years?|months?|weeks?|days?|hours?"
    r"|minutes?|seconds?|times|fold|decades?|centuries|million|billion|mg|ms|hz)\b"
)
QUANTITY = re.compile(
    rf"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s?(?:[–—-]|to)\s?\d+(?:[.,]\d+)*)?(?:{_UNIT})",
    re.IGNORECASE,
)
# "not X — it is Y": Y is the point.
_NOT_DASH = re.compile(
    r"(?:\bnot|\bnever|\bno\s+longer|n[’']t)\b[^—–;:.]*?\s[—–;]\s+"
    r"(?:it|they|this|that|he|she|the\s+\w+)\s+(?:\w+\s+){0,1}(?P<pos>[^,;:.—–()]+)",
    re.IGNORECASE,
)
# "X, not Y" and "X rather than Y": X is the point.
_COMMA_NOT = re.compile(r"(?:,\s+not|\s+rather\s+than)\s+\S", re.IGNORECASE)
# "not X but Y" ("not only … but also" is an addition, not a contrast).
_NOT_BUT = re.compile(
    r"\bnot\s+(?!only\b|just\b)[^,;.]+?,?\s+but\s+(?!also\b)(?P<pos>[^,;:.—–()]+)", re.IGNORECASE
)
_DEFINITION = re.compile(
    r"^(?P<subject>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)\s+(?:is|are|refers\s+to|means|describes)"
    r"\s+(?P<definition>(?:a|an|the)\s+[^,;:.—–()]+)"
)
_RELATIVE = re.compile(r"\s+(?:that|which|who|whom|whose|when|where|because|while|so)\s.*$")
_LEADING = re.compile(r"^(?:(?:about|in|on|of|by|for|with|from|to|at|into|the|a|an)\s+)+", re.I)
_STOP = frozenset(
    "in on of by for with from to at about into through than as like is are was were be been"
    " being does do did has have had and or but that which who it its their not can may will"
    " would should could must also only just".split()
)
_ARTICLES = frozenset({"the", "a", "an"})
MAX_TARGET_WORDS = 8
MIN_KEY_TERM_CHARS = 7


def choose(
    text: str, marks: tuple[str, ...], topics: tuple[Topic, ...], fallback: bool = False
) -> Choice | None:
    """The best cloze target in `text`, or None when nothing is worth hiding."""
    if match := QUANTITY.search(text):
        return Choice(match.start(), match.end(), Target.NUMBER)
    for mark in marks:
        if (start := text.find(mark)) >= 0 and mark.strip():
            return Choice(start, start + len(mark), Target.MARK)
    if span := _contrast(text):
        return Choice(*span, Target.CONTRAST)
    if span := first_topic_span(text, topics):
        return Choice(*span, Target.TOPIC)
    if span := _definition(text):
        return Choice(*span, Target.DEFINITION)
    if fallback and (span := _key_term(text)):
        return Choice(*span, Target.KEY_TERM)
    return None


def is_firm(text: str, marks: tuple[str, ...]) -> bool:
    """Whether a prose sentence states something worth a card: a number, contrast, definition."""
    return bool(
        QUANTITY.search(text)
        or any(mark in text for mark in marks)
        or _contrast(text)
        or _definition(text)
    )


def _contrast(text: str) -> tuple[int, int] | None:
    for pattern in (_NOT_DASH, _NOT_BUT):
        if match := pattern.search(text):
            span = _phrase(text, *match.span("pos"))
            # "not to X but to Y" contrasts actions; a verb makes a poor cloze.
            if span and not match.group("pos").lower().startswith("to "):
                return span
    if match := _COMMA_NOT.search(text):
        return _before(text, match.start())
    return None


def _definition(text: str) -> tuple[int, int] | None:
    match = _DEFINITION.match(text)
    if not match or match.group("subject").split()[0].lower() in _STOP | {"this", "these"}:
        return None
    span = _phrase(text, *match.span("definition"))
    # "X is the mechanism": one generic noun defines nothing.
    if span and len(text[span[0] : span[1]].split()) < 2:
        return None
    return span


def _phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a phrase to its core: no leading preposition or article, no relative clause."""
    phrase = text[start:end]
    lead = _LEADING.match(phrase)
    if lead:
        start += lead.end()
        phrase = phrase[lead.end() :]
    phrase = _RELATIVE.sub("", phrase).rstrip()
    if not phrase or len(phrase.split()) > MAX_TARGET_WORDS:
        return None
    return start, start + len(phrase)


def _before(text: str, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at `end`: up to four words, back to a stop word."""
    words = list(re.finditer(r"[\w’'-]+", text[:end]))
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        if word.group().lower() in _STOP or len(taken) == 4:
            break
        taken.insert(0, word)
    while taken and taken[0].group().lower() in _ARTICLES:
        taken.pop(0)
    if not taken:
        return None
    return taken[0].start(), taken[-1].end()


def _key_term(text: str) -> tuple[int, int] | None:
    clause = re.split(r"\s[—–]\s|[,;:]", text, maxsplit=1)[0]
    words = [
        w
        for w in re.finditer(r"[\w’'-]+", clause)
        if len(w.group()) >= MIN_KEY_TERM_CHARS and w.group().lower() not in _STOP
    ]
    if not words:
        return None
    best = max(words, key=lambda w: len(w.group()))
    return best.start(), best.end()
