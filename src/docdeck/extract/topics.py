"""Topic terms: whole-word, case-insensitive matching with the inflections a reader expects.

Imports nothing from docdeck but `notes` (tag slugs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from docdeck.notes import tag

# "amygdala" also finds "amygdalae", "amygdala's"; "prefrontal cortex" finds "prefrontal-cortex".
_SUFFIX = r"(?:s|es|e|ae|i|'s|’s|s'|s’)?"


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    pattern: re.Pattern[str]

    @property
    def tag(self) -> str:
        return f"topic::{tag(self.name)}"


def compile_topics(topics: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Topic, ...]:
    """One pattern per topic, longest term first so "nervous system" beats "nervous"."""
    compiled = []
    for name, terms in topics:
        alternatives = sorted((_term_pattern(term) for term in terms), key=len, reverse=True)
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
        compiled.append(Topic(name, pattern))
    return tuple(compiled)


def _term_pattern(term: str) -> str:
    words = [re.escape(word) for word in re.split(r"[\s\-]+", term.strip()) if word]
    stem = words[-1]
    if len(stem) > 3 and stem.endswith("y"):
        stem = f"{stem[:-1]}(?:y|ies)"
    words[-1] = stem + _SUFFIX
    return r"[\s\-]+".join(words)


def topics_in(text: str, topics: tuple[Topic, ...]) -> list[Topic]:
    return [topic for topic in topics if topic.pattern.search(text)]


def first_topic_span(
    text: str, topics: tuple[Topic, ...], skip: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """The earliest topic-term occurrence in `text`, passing over those `skip` turns away."""
    if skip is None:
        spans = [m.span() for topic in topics if (m := topic.pattern.search(text))]
    else:
        found = (m for topic in topics for m in topic.pattern.finditer(text))
        spans = [m.span() for m in found if not skip(m.group())]
    return min(spans) if spans else None
