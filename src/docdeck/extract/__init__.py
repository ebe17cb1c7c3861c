"""Extraction: `Document` → note drafts and diagnostics. Pure; no I/O.

Imports `document`, `errors`, `notes`, `spec` and its own modules.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from docdeck.document import Document
from docdeck.errors import Diagnostic
from docdeck.extract.topics import Topic
from docdeck.notes import NoteDraft, NoteKind, normalize_key
from docdeck.patterns import lazy
from docdeck.spec import ExtractSettings

if TYPE_CHECKING:
    from docdeck.extract.context import Context


def extract_document(
    doc: Document,
    settings: ExtractSettings,
    source_slug: str,
    topics: tuple[Topic, ...],
    spec_tags: tuple[str, ...] = (),
) -> tuple[list[NoteDraft], list[Diagnostic], set[int]]:
    """Drafts of every kind, the skipped items, and the indexes of the overrides used."""
    # The extractors load on first use (`load_extractors`): a rebuild with nothing to extract
    # compiles none of their patterns (about 30 ms).
    from docdeck.extract.boilerplate import find_boilerplate
    from docdeck.extract.claims import extract_claims, extract_takeaways
    from docdeck.extract.context import Context
    from docdeck.extract.faqs import extract_faqs
    from docdeck.extract.tables import extract_tables

    ctx = Context(doc, settings, source_slug, topics, find_boilerplate(doc), spec_tags)
    seen: set[str] = set()
    drafts = extract_faqs(ctx) + extract_tables(ctx)
    if settings.claims.takeaways:
        drafts += extract_takeaways(ctx, seen)
    if settings.claims.prose:
        drafts += extract_claims(ctx, seen)
    return _without_restatements(ctx, _unique(ctx, drafts)), ctx.diagnostics, ctx.used_overrides


def load_extractors() -> None:
    """Load the extractors now: worker processes forked after this share them, instead of
    each compiling their patterns."""
    import docdeck.extract.claims
    import docdeck.extract.faqs
    import docdeck.extract.tables  # noqa: F401


def _unique(ctx: Context, drafts: list[NoteDraft]) -> list[NoteDraft]:
    """Keep the first draft of each identity: a repeated question or row is reported, once
    (a table row's drafts, one per column, repeat together)."""
    kept: dict[str, NoteDraft] = {}
    reported: set[tuple[NoteKind, int, int]] = set()
    for draft in drafts:
        identity = draft.identity
        if identity not in kept:
            kept[identity] = draft
            continue
        first = kept[identity].origin.span.line
        if (repeat := (draft.kind, draft.origin.span.line, first)) not in reported:
            reported.add(repeat)
            ctx.skip(
                f"{draft.kind.value} repeats an earlier one (line {first})",
                draft.origin.span,
                "remove or reword the duplicate",
            )
    return list(kept.values())


# Share of words two cloze notes with the same answer have in common when one restates the
# other ("Over 15 years, about 88% of funds …" as a takeaway and again in the lead).
RESTATED_OVERLAP = 0.4
_CLOZE = lazy(r"\{\{c\d+::(.*?)\}\}")


def _without_restatements(ctx: Context, drafts: list[NoteDraft]) -> list[NoteDraft]:
    """Drop a prose claim that asks for the same answer as an earlier cloze in other words."""
    kept: list[NoteDraft] = []
    # The earlier cloze notes by their answer, each with its words: only these can be restated.
    asked: dict[str, list[tuple[frozenset[str], NoteDraft]]] = {}
    for draft in drafts:
        kind = draft.kind
        # `NoteKind.is_cloze`, spelled out: this runs for every draft.
        cloze = kind is NoteKind.CLAIM or kind is NoteKind.TAKEAWAY
        answer = _CLOZE.search(draft.fields[0]) if cloze else None
        if answer is None:
            kept.append(draft)
            continue
        same = asked.setdefault(normalize_key(html.unescape(answer.group(1))), [])
        words = frozenset(normalize_key(draft.text).split())
        if kind is NoteKind.CLAIM:
            earlier = next((d for w, d in same if _overlap(w, words)), None)
            if earlier is not None:
                ctx.skip(
                    f"claim restates the {earlier.kind.value} on line {earlier.origin.span.line}",
                    draft.origin.span,
                )
                continue
        same.append((words, draft))
        kept.append(draft)
    return kept


def _overlap(first: frozenset[str], second: frozenset[str]) -> bool:
    return len(first & second) >= RESTATED_OVERLAP * len(first | second)
