"""Card lints: what makes a poor flashcard by the minimum-information principle.

Imports `errors`, `spec`, `notes`, `ledger` (similarity), `preview` (visible text). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docdeck.errors import Diagnostic
from docdeck.extract.text import word_count
from docdeck.ledger import similarity
from docdeck.notes import Note, NoteKind
from docdeck.preview import plain
from docdeck.spec import CheckSettings

# Two fronts this alike test the same thing: a learner answers one from memory of the other.
NEAR_DUPLICATE = 0.8
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}", re.DOTALL)
_LIST_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|\bor\b)\s*")


def lint(notes: Sequence[Note], settings: CheckSettings) -> list[Diagnostic]:
    """Every problem of every card, in reading order."""
    problems: list[Diagnostic] = []
    fronts: list[tuple[str, Note]] = []  # each card's visible question and answer
    for note in notes:
        fields = note.fields  # rendered from the draft on each access: once per note
        problems += _note_problems(note, fields, settings)
        front = plain(_CLOZE.sub(r"\1", " ".join(fields[:2])))
        for earlier_front, earlier in fronts:
            if earlier.kind is note.kind and similarity(front, earlier_front) >= NEAR_DUPLICATE:
                problems.append(
                    _at(
                        note,
                        f"card nearly repeats the one at line {_line(earlier)}",
                        "keep one of them (add a skip: pattern or reword)",
                    )
                )
                break
        fronts.append((front, note))
    return problems


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
    origin = note.draft.origin if note.draft else None
    path = origin.span.path if origin else None
    return Diagnostic(message, path, _line(note), hint, level)


def _line(note: Note) -> int | None:
    return note.draft.origin.span.line if note.draft else None


def _clip(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
