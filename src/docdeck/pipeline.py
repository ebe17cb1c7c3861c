"""`build_deck()`: spec → documents → drafts → identity → `.apkg`. The only clock reader.

Imports every library module above it; nothing imports it but `cli`.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from docdeck.apkg import DeckOut, write_apkg
from docdeck.errors import Diagnostic, DocdeckError
from docdeck.extract import extract_document
from docdeck.extract.topics import compile_topics
from docdeck.ledger import assign_identity
from docdeck.notes import Note, NoteDraft, NoteKind, slug
from docdeck.notetypes import NOTETYPES
from docdeck.readers import read_document
from docdeck.spec import DeckSpec


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a build would write, computed in memory."""

    spec: DeckSpec
    deck: str
    notes: tuple[Note, ...]
    diagnostics: tuple[Diagnostic, ...]
    timestamp: int

    def counts(self) -> dict[NoteKind, int]:
        found = Counter(note.draft.kind for note in self.notes)
        return {kind: found[kind] for kind in NoteKind}


def build_time() -> int:
    """Seconds since the epoch, or `SOURCE_DATE_EPOCH` for reproducible builds."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if fixed:
        try:
            return int(fixed)
        except ValueError:
            raise DocdeckError(
                f"SOURCE_DATE_EPOCH is not a whole number: '{fixed}'",
                hint="unset it or give seconds since 1970",
            ) from None
    return int(time.time())


def display(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def plan_deck(spec: DeckSpec, now: int) -> Plan:
    """Read, extract and identify every note of one spec, writing nothing."""
    topics = compile_topics(spec.extract.topics)
    drafts: list[NoteDraft] = []
    diagnostics: list[Diagnostic] = []
    used: set[int] = set()
    titles = []
    for source in spec.sources:
        shown = display(source)
        doc, read_problems = read_document(source, shown)
        found, skipped, used_here = extract_document(
            doc, spec.extract, slug(source.stem), topics, spec.tags
        )
        if not found:
            raise DocdeckError(
                "found nothing to turn into notes",
                shown,
                hint="docdeck looks for FAQs, tables, key-takeaway lists and firm statements",
            )
        titles.append(doc.title)
        drafts += found
        diagnostics += read_problems + skipped
        used |= used_here
    spec_path = display(spec.path) if spec.path else None
    for index, override in enumerate(spec.extract.overrides):
        if index not in used:
            diagnostics.append(
                Diagnostic(
                    f"override '{override.match}' matches no note",
                    spec_path,
                    override.line,
                    "copy the question or text exactly from the source",
                )
            )
    deck = spec.deck or titles[0].replace("::", ":")
    notes = assign_identity(drafts, spec.id, now)
    return Plan(spec, deck, tuple(notes), tuple(diagnostics), now)


def write_plan(plan: Plan, output: Path) -> None:
    """Write a planned deck's package atomically."""
    model_mods = {notetype.id: plan.timestamp for notetype in NOTETYPES}
    write_apkg(output, [DeckOut(plan.deck, plan.notes)], model_mods, plan.timestamp)


def build_deck(spec: DeckSpec, output: Path, now: int) -> Plan:
    """Plan the deck, then write its package."""
    plan = plan_deck(spec, now)
    write_plan(plan, output)
    return plan
