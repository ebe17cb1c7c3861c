"""Topic suggestions for `docdeck init`: the terms a learner of a document would filter by.

Imports `document` and `extract.text`.
"""

from __future__ import annotations

import re
from collections import Counter

from docdeck.document import BulletList, Document, Paragraph, QuestionAnswer, Table
from docdeck.extract.text import sentences

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
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")


def suggest_topics(doc: Document) -> list[tuple[str, list[str]]]:
    """Row keys of every table, then capitalised terms the text names at least three times."""
    suggestions: dict[str, list[str]] = {}
    texts = list(_texts(doc))
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                for row in block.rows:
                    key = row.cells[0].strip()
                    if key and len(key.split()) <= 4:
                        suggestions.setdefault(_name(key), [key.lower()])
    body = " ".join(texts).lower()
    for section in doc.sections[1:]:
        for phrase in _heading_phrases(section.heading):
            mentions = len(re.findall(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", body))
            if mentions >= MIN_MENTIONS and len(suggestions) < MAX_TOPICS:
                suggestions.setdefault(_name(phrase), [phrase.lower()])
    counts: Counter[str] = Counter()
    for text in texts:
        for sentence in sentences(text):
            # The first word of a sentence is capitalised anyway: skip it.
            for match in _CAPITALISED.finditer(sentence.text, 1):
                term = match.group().strip()
                if term.lower() not in _COMMON and len(term) > 2:
                    counts[term] += 1
    for term, mentions in counts.most_common():
        if mentions < MIN_MENTIONS or len(suggestions) >= MAX_TOPICS:
            break
        suggestions.setdefault(_name(term), [term.lower()])
    return list(suggestions.items())


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
