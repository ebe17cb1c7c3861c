"""Topic suggestions for `docdeck init`: the terms a learner of a document would filter by.

Imports `document`, `extract.text` and `extract.topics`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from docdeck.document import (
    BulletList,
    Document,
    Paragraph,
    QuestionAnswer,
    Table,
)
from docdeck.extract.text import sentences
from docdeck.extract.topics import compile_topics
from docdeck.patterns import lazy

MIN_MENTIONS = 3
MAX_TOPICS = 20
# Capitalised words that are grammar or rhetoric, not subjects.
_COMMON = frozenset(
    "a an the this that these those it its i we you he she they what when where why how which"
    " who if but and or so yet in on at of for to from by with as not no yes is are was be"
    " research researchers studies study figure table dr mr mrs ms happens happen involved"
    " affect affects actually ask asks does do can could should will would works work matters"
    " means mean changes change makes make need needs really more most less about why".split()
)
_CAPITALISED = lazy(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")


# Words that name no subject a learner filters by, as a one-word topic: a table's rows ("Low",
# "Fixed"), a heading's ("Fixed vs Adjustable", "Weight and Level") or a label's.
_GENERIC = frozenset(
    "fixed variable adjustable level levels range ranges weight weights easy hard moderate"
    " low high medium normal average typical total basic general overview summary other"
    " example examples type types kind kinds option options method methods factor factors"
    " rate rates value values amount size time cost costs price score step steps tip tips"
    " benefit benefits risk risks effect effects result results use uses part good bad best"
    " worst new old common simple quick daily weekly monthly yearly annual short long yes no"
    " before after during first second third last next notes note key comparison vs versus"
    " beginner beginners intermediate advanced standard default minimum maximum min max day days"
    " week weeks month months year years".split()
)


def suggest_topics(doc: Document) -> list[tuple[str, list[str]]]:
    """Row keys the text names outside their table, then heading phrases and capitalised terms
    the text names at least three times; never a generic word alone."""
    suggestions: dict[str, list[str]] = {}
    texts = list(_texts(doc))
    tables = [
        block for section in doc.sections for block in section.blocks if isinstance(block, Table)
    ]
    for table in tables:
        # A key only its own row names is no topic: its tag would select that row's cards,
        # which the key already groups ("Birth to 12 months", "Workers").
        outside = " ".join(
            [
                *texts,
                *(s.heading for s in doc.sections),
                *_cells(t for t in tables if t is not table),
            ]
        )
        for row in table.rows:
            key = row.cells[0].strip() if row.cells else ""
            # "N3 (deep sleep)": the text may name the row by either part.
            parts = [part.strip() for part in _BRACKET.split(key) if part.strip()] or [key]
            terms = [
                part.lower()
                for part in parts
                if len(part.split()) <= 4 and not _generic(part) and _mentions(part, outside)
            ]
            if terms and len(key.split()) <= 6:
                suggestions.setdefault(_name(key), terms)
    body = " ".join(texts).lower()
    for section in doc.sections[1:]:
        for phrase in _heading_phrases(section.heading):
            if _generic(phrase):
                continue
            mentions = len(re.findall(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", body))
            if mentions >= MIN_MENTIONS and len(suggestions) < MAX_TOPICS:
                suggestions.setdefault(_name(phrase), [phrase.lower()])
    counts: Counter[str] = Counter()
    for text in texts:
        for sentence in sentences(text):
            # The first word of a sentence is capitalised anyway: skip it.
            for match in _CAPITALISED.finditer(sentence.text, 1):
                term = match.group().strip()
                if term.lower() not in _COMMON and len(term) > 2 and not _generic(term):
                    counts[term] += 1
    for term, mentions in counts.most_common():
        if mentions < MIN_MENTIONS or len(suggestions) >= MAX_TOPICS:
            break
        suggestions.setdefault(_name(term), [term.lower()])
    return list(suggestions.items())


_BRACKET = lazy(r"[()]")


def _generic(term: str) -> bool:
    words = term.lower().split()
    return len(words) == 1 and words[0] in _GENERIC


def _mentions(term: str, text: str) -> bool:
    """Whether `text` names `term` as a topic would match it (plurals and hyphens included)."""
    [topic] = compile_topics(((term, (term,)),))
    return topic.pattern.search(text) is not None


def _cells(tables: Iterable[Table]) -> Iterator[str]:
    for table in tables:
        yield from table.header
        yield from (cell for row in table.rows for cell in row.cells)


def _heading_phrases(heading: str) -> list[str]:
    """Runs of capitalised words in a title-case heading: "the Nervous System Gate" → one."""
    phrases = []
    for part in re.split(r"[,;:?!—–()]", heading):
        run: list[str] = []
        for word in [*re.findall(r"[\w’'-]+", part), ""]:
            if word and word[0].isupper() and word.lower() not in _COMMON:
                run.append(word)
            elif run:
                phrases.append(" ".join(run))
                run = []
    return phrases


def _name(term: str) -> str:
    return re.sub(r"[^\w]+", "-", term.lower()).strip("-")


def _texts(doc: Document) -> list[str]:
    found = []
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                found.append(block.text)
            elif isinstance(block, BulletList):
                found.extend(item.text for item in block.items)
            elif isinstance(block, QuestionAnswer):
                found.extend(p.text for p in block.answer)
    return found
