"""What the commands print, as lines of text: build summaries, diffs, tag trees, previews.

Imports `errors`, `notes`, `notetypes`, `ledger`, `selection`, `preview`, `pipeline`, `splice`; no
Click.
"""

from __future__ import annotations

import dataclasses
import difflib
import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from docdeck.errors import count
from docdeck.ledger import Assignment, Entry, NoteChange
from docdeck.notes import Change, NoteDraft
from docdeck.notetypes import Notetype, notetype_for
from docdeck.patterns import lazy
from docdeck.pipeline import Package, Plan, summary
from docdeck.preview import Card, cards, note_json, plain
from docdeck.project import change_counts, display, origin_of, summary_lines
from docdeck.selection import tag_tree
from docdeck.spec import DeckSpec
from docdeck.splice import Splice

MIGRATION_STEPS = """\
Notetype '{name}' changed its schema. Once, in Anki:
  1. File › Import {path} with "Merge note types" ticked (this asks for a full sync).
  2. Import the same file again with "Update notes: Always", then set it back to "If newer".
Step 2 applies this build's edits, which the merge in step 1 skips."""
_SIGNS = {Change.ADDED: "+", Change.UPDATED: "~", Change.REIDENTIFIED: ">", Change.REMOVED: "-"}


def origin(plan: Plan) -> str:
    return origin_of(plan.spec)


def build_lines(
    plan: Plan, packages: list[Package], quiet: bool, written: bool = True
) -> list[str]:
    """The summary of one deck's build, its sets, and (unless quiet) every skipped item."""
    counts = plan.assignment.counts
    lines = summary_lines(
        origin(plan), summary(plan, packages), change_counts(counts), quiet, written
    )
    sets_only = packages and all(p.search is not None for p in packages)
    if sets_only and sum(counts.values()) > counts.get(Change.UNCHANGED, 0):
        lines.insert(
            2, "  sets only: the main package and ledger get these changes at the next full build"
        )
    return lines + [f"  {notice}" for notice in plan.notices]


def splice_lines(
    edit: Splice, quiet: bool, refused: bool = False, written: bool = True
) -> list[str]:
    """What a spliced build prints: the lines of the same build planned in full (one
    `refused` under --strict names no package)."""
    changes = change_counts(edit.changes)
    found = dataclasses.replace(edit.summary, main=None) if refused else edit.summary
    lines = summary_lines(origin_of(edit.spec), found, changes, quiet, written)
    return lines + [f"  {notice}" for notice in edit.notices]


def problem_counts(errors: int, warnings: int) -> str:
    """`check`'s last line: "0 errors, 1 warning"."""
    return f"{count(errors, 'error')}, {count(warnings, 'warning')}"


def note_count(number: int) -> str:
    return count(number, "note")


def migration_lines(notetypes: list[Notetype], path: Path) -> list[str]:
    return [MIGRATION_STEPS.format(name=nt.name, path=display(path)) for nt in notetypes]


def diff_lines(plan: Plan) -> list[str]:
    """What the next build changes against the ledger, and what Anki's import will do."""
    lines = _diff_lines(origin(plan), plan.ledger_path, plan.assignment, plan.old_ledger.notes)
    return lines + [f"  {notice}" for notice in plan.notices]


def splice_diff_lines(edit: Splice) -> list[str]:
    """`diff_lines` of a next build that splices: the unedited sources' notes are unchanged."""
    kept = edit.changes[Change.UNCHANGED] - edit.assignment.counts[Change.UNCHANGED]
    lines = _diff_lines(
        origin_of(edit.spec), edit.ledger_path, edit.assignment, edit.previous, kept
    )
    return lines + [f"  {notice}" for notice in edit.notices]


def _diff_lines(
    name: str, ledger: Path, assignment: Assignment, previous: Iterable[Entry], kept: int = 0
) -> list[str]:
    """`kept`: notes outside `assignment`, each unchanged."""
    counts = {**assignment.counts}
    counts[Change.UNCHANGED] += kept
    lines = [
        f"{name}: against {display(ledger)}{'' if ledger.exists() else ' (none yet)'}",
        f"  {change_counts(counts)}",
    ]
    for change in sorted(assignment.changes, key=_change_order):
        if change.change is not Change.UNCHANGED:
            lines += _change_lines(change)
    found = _anki_prediction(assignment, previous)
    found["unchanged"] += kept
    shown = ", ".join(f"{found[k]} {k}" for k in ("new", "updated", "removed", "unchanged"))
    lines.append(f"  Anki import (default options): {shown}")
    return lines


def _change_lines(change: NoteChange) -> list[str]:
    note, old = change.note, change.old
    shown = old.fields if old and change.change is Change.REMOVED else note.fields
    label = f"  {_SIGNS[change.change]} {note.kind.value} {_front(shown)}"
    # Fronts alike in their first 70 characters: the field diffs below show the change.
    if (
        change.change is Change.REIDENTIFIED
        and old is not None
        and (was := _front(old.fields)) != _front(shown)
    ):
        label += f" (was {was})"
    lines = [label]
    if old is not None and change.change is not Change.REMOVED:
        names = notetype_for(note.kind).fields
        for name, before, after in zip(names, old.fields, note.fields, strict=False):
            if name == "Source":  # its line is no change: moving text is not an edit
                before, after = (_LINE.sub("", field) for field in (before, after))
            if before != after:
                lines.append(f"      {name}: {word_diff(_plain(before), _plain(after))}")
        if old.tags != note.tags:
            lines.append(f"      Tags: {word_diff(' '.join(old.tags), ' '.join(note.tags))}")
    return lines


# The source line at the end of a Source field (`notes.render_source`).
_LINE = lazy(r"<span class=line>.*</span>$")


def _change_order(change: NoteChange) -> tuple[int, str]:
    return list(Change).index(change.change), change.note.fields[0]


def _anki_prediction(assignment: Assignment, previous: Iterable[Entry]) -> Counter[str]:
    """Anki's default import updates a note only when its mod is newer (import rule 1b)."""
    old_mods = {entry.guid: entry.mod for entry in previous}
    found: Counter[str] = Counter()
    for note in assignment.notes + assignment.tombstones:
        if note.guid not in old_mods:
            found["new"] += 1
        elif note.mod > old_mods[note.guid]:
            found["removed" if note.draft is None else "updated"] += 1
        else:
            found["unchanged"] += 1
    return found


def _plain(field: str) -> str:
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"[\1]", field)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _front(fields: tuple[str, ...], limit: int = 70) -> str:
    text = _plain(fields[0])
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


def word_diff(old: str, new: str, context: int = 3) -> str:
    """Changed words as `[-old-] {+new+}`, with a few words of context either side."""
    a, b = old.split(), new.split()
    operations = difflib.SequenceMatcher(None, a, b).get_opcodes()
    parts: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(operations):
        if tag != "equal":
            parts += [f"[-{' '.join(a[i1:i2])}-]"] if i2 > i1 else []
            parts += [f"{{+{' '.join(b[j1:j2])}+}}"] if j2 > j1 else []
            continue
        words = a[i1:i2]
        if index == 0 and len(words) > context:
            words = ["…", *words[-context:]]
        elif index == len(operations) - 1 and len(words) > context:
            words = [*words[:context], "…"]
        elif len(words) > 2 * context:
            words = [*words[:context], "…", *words[-context:]]
        parts += words
    return " ".join(parts)


def tag_lines(spec: DeckSpec, notes: Sequence[NoteDraft]) -> list[str]:
    """Every tag of a deck's notes with its note count, as an indented tree."""
    rows = [
        ("  " * depth + name, number)
        for depth, name, number in tag_tree(note.tags for note in notes)
    ]
    width = max((len(label) for label, _ in rows), default=0)
    lines = [f"{origin_of(spec)}: {count(len(notes), 'note')}"]
    return lines + [f"  {label.ljust(width)}  {number:>5}" for label, number in rows]


def preview_lines(plan: Plan, as_json: bool) -> Iterator[str]:
    """Every card's front and back as plain text, or one JSON object per note, made as they
    are read."""
    if as_json:
        yield from (note_json(note, plan.deck) for note in plan.notes)
        return
    for note in plan.notes:
        span = note.draft.origin.span if note.draft else None
        where = f"{span.path}:{span.line}" if span else ""
        yield f"{note.kind.value}  {where}  {' '.join(note.tags)}"
        for card in cards(note):
            yield from (
                f"  front: {plain(card.front)}",
                f"  back:  {plain(_answer_side(card))}",
                "",
            )
    yield from map(str, plan.diagnostics)


def _answer_side(card: Card) -> str:
    """The back without the repeated front and source: what the learner checks against."""
    back = re.sub(r"<div class=source>.*?</div>", "", card.back, flags=re.DOTALL)
    return back.split("<hr id=answer>", 1)[-1]
