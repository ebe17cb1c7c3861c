"""Card lints: what makes a poor flashcard by the minimum-information principle.

Imports `errors`, `spec`, `notes`, `ledger` (similarity), `preview` (visible text). Pure.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence

from docdeck.errors import Diagnostic
from docdeck.extract.text import word_count
from docdeck.ledger import similarity
from docdeck.notes import Note, NoteKind, normalize_key
from docdeck.preview import plain
from docdeck.spec import CheckSettings

# Two fronts this alike test the same thing: a learner answers one from memory of the other.
NEAR_DUPLICATE = 0.8
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}", re.DOTALL)
_LIST_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|\bor\b)\s*")


def lint(notes: Sequence[Note], settings: CheckSettings) -> list[Diagnostic]:
    """Every problem of every card, in reading order."""
    found: list[list[Diagnostic]] = []
    fronts: list[str] = []  # each card's visible question and answer
    for note in notes:
        fields = note.fields  # rendered from the draft on each access: once per note
        found.append(_note_problems(note, fields, settings))
        fronts.append(plain(_CLOZE.sub(r"\1", " ".join(fields[:2]))))
    for position, earlier in _near_duplicates([note.kind for note in notes], fronts).items():
        found[position].append(
            _at(
                notes[position],
                f"card nearly repeats the one at {_place(notes[earlier], notes[position])}",
                "keep one of them (add a skip: pattern or reword)",
            )
        )
    return [problem for problems in found for problem in problems]


def _near_duplicates(kinds: Sequence[NoteKind], fronts: Sequence[str]) -> dict[int, int]:
    """For each card, the first earlier card of its kind with a front at least NEAR_DUPLICATE
    alike (`similarity`). Not every pair is compared: a pair that alike shares at least two
    thirds of either front's words (2M/(a+b) >= 0.8 and M <= b give M >= 2a/3), so each front
    is indexed by its rarest words, a third of them plus one, and two fronts are compared only
    if those share a word (prefix filtering)."""
    words = [_occurrences(normalize_key(front).split()) for front in fronts]
    frequency = Counter(word for found in words for word in found)
    sets = [frozenset(found) for found in words]
    index: dict[tuple[NoteKind, tuple[str, int]], list[int]] = {}
    repeats = {}
    for position, (kind, found) in enumerate(zip(kinds, words, strict=True)):
        rarest = sorted(found, key=lambda word: (frequency[word], word))
        prefix = rarest[: len(found) - len(found) * 2 // 3 + 1] or [("", 0)]  # "": no words
        # Earlier fronts that share a prefix word, first first (each list is in card order),
        # until one is alike: a deck of near-repeats stops at the first.
        postings = [index[key] for word in prefix if (key := (kind, word)) in index]
        last = -1
        for earlier in heapq.merge(*postings):
            if earlier == last:
                continue
            last = earlier
            # The words both share bound the words that match: difflib's ratio, from above.
            total = len(found) + len(words[earlier])
            if total and 2.0 * len(sets[position] & sets[earlier]) / total < NEAR_DUPLICATE:
                continue
            if similarity(fronts[position], fronts[earlier]) >= NEAR_DUPLICATE:
                repeats[position] = earlier
                break
        for word in prefix:
            index.setdefault((kind, word), []).append(position)
    return repeats


def _occurrences(words: list[str]) -> list[tuple[str, int]]:
    """Each word with its count so far: a multiset as a set (the second "the" is ("the", 2))."""
    seen: Counter[str] = Counter()
    found = []
    for word in words:
        seen[word] += 1
        found.append((word, seen[word]))
    return found


def _note_problems(
    note: Note, fields: tuple[str, ...], settings: CheckSettings
) -> list[Diagnostic]:
    first, second = plain(fields[0]), plain(fields[1])
    if not first or (not note.kind.is_cloze and not second):
        return [_at(note, "card has an empty field", "fix the source or override it", "error")]
    problems = []
    if note.kind.is_cloze:
        hidden = " ".join(plain(part) for part in _CLOZE.findall(fields[0]))
        words = word_count(hidden)
        if words > settings.max_cloze_words or words * 3 > word_count(
            plain(_CLOZE.sub(r"\1", fields[0]))
        ):
            problems.append(
                _at(
                    note,
                    f"cloze hides {words} words ('{_clip(hidden)}')",
                    "hide one key term: override the text with a shorter {{c1::…}}",
                )
            )
        return problems
    words = word_count(second)
    if words > settings.max_answer_words:
        problems.append(
            _at(
                note,
                f"answer has {words} words (over {settings.max_answer_words})",
                "override it with the one point worth recalling, or use answer: first-paragraph",
            )
        )
    items = [item for item in _LIST_SEPARATORS.split(second.rstrip(".")) if item]
    if len(items) > settings.max_list_items and all(word_count(i) <= 4 for i in items):
        problems.append(
            _at(
                note,
                f"answer is a list of {len(items)} items",
                "sets are hard to recall whole; ask for one item per card",
            )
        )
    if note.kind is NoteKind.FAQ and not first.rstrip().endswith("?"):
        problems.append(_at(note, f"question '{_clip(first)}' is not a question"))
    return problems


def _at(note: Note, message: str, hint: str | None = None, level: str = "warning") -> Diagnostic:
    return Diagnostic(message, _path(note), _line(note), hint, level)


def _place(note: Note, reader: Note) -> str:
    """Where `note` is, for a diagnostic at `reader`: its line, and its path if that differs."""
    path = _path(note)
    return f"line {_line(note)}" if path == _path(reader) else f"{path}:{_line(note)}"


def _path(note: Note) -> str | None:
    return note.draft.origin.span.path if note.draft else None


def _line(note: Note) -> int | None:
    return note.draft.origin.span.line if note.draft else None


def _clip(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
