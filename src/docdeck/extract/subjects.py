"""One item asked about several subjects: the same question under a "Widget A" and a "Widget B"
FAQ, the same parameter row in the table of each API endpoint. Each is a note of its own that
names its subject in its front and its identity; without that, the repeats were dropped.

Imports `document`, `notes` and `extract.context`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from dataclasses import replace

from docdeck.document import Section
from docdeck.extract.context import Context
from docdeck.headings import heading_subject
from docdeck.notes import NoteDraft, escape, normalize_key

# A named item's key: the item's, this, the subject's ("how long does it last | widget a").
# No normalized key holds "|".
_ABOUT = " | "


def with_paths(sections: Iterable[Section]) -> Iterator[tuple[Section, tuple[Section, ...]]]:
    """Each section with the sections it is under, outermost first, and itself."""
    path: tuple[Section, ...] = ()
    for section in sections:
        while path and path[-1].level >= section.level:
            path = path[:-1]
        path = (*path, section)
        yield section, path


def name_subjects(
    ctx: Context,
    drafts: list[NoteDraft],
    paths: list[tuple[Section, ...]],
    answers_differ: bool,
) -> None:
    """Name the subject of each item asked again under another subject, in place: in its
    front and its identity. `paths`: each draft's (`with_paths`). `answers_differ`: only
    where the answers differ (the same question and answer twice is a repeat, reported
    later); a table's rows are named whatever their cells."""
    asked: dict[str, list[int]] = {}
    for index, draft in enumerate(drafts):
        asked.setdefault(draft.identity, []).append(index)
    if len(asked) == len(drafts):  # most documents
        return
    for indexes in asked.values():
        if len(indexes) == 1:
            continue
        if answers_differ and len({drafts[index].fields[1] for index in indexes}) == 1:
            continue
        subjects = [_subject(ctx, paths[index]) for index in indexes]
        if subjects.count("") == 1:  # asked once under the page's own FAQ: about the page
            subjects[subjects.index("")] = ctx.doc.title
        if "" not in subjects and len(set(subjects)) == len(subjects):
            for index, subject in zip(indexes, subjects, strict=True):
                drafts[index] = _named(drafts[index], subject)


def asked_of(draft: NoteDraft) -> str | None:
    """The key of the item a draft asks about one of several subjects, or None."""
    item, about, _ = draft.key.partition(_ABOUT)
    return item if about else None


def _subject(ctx: Context, path: tuple[Section, ...]) -> str:
    """What the innermost heading naming something other than the page names ("Widget A"
    for "FAQ: Widget A", or for "FAQ" under "Widget A"); "" if none does."""
    for section in reversed(path):
        subject = heading_subject(section.heading)
        if subject and subject != ctx.doc.title:
            return subject
    return ""


def _named(draft: NoteDraft, subject: str) -> NoteDraft:
    """`draft` about `subject`: in its identity, and in its front unless that names it already
    (a label table's row: "Sony WH-1000XM5: Weight")."""
    identity = f"{draft.identity}{_ABOUT}{normalize_key(subject)}"
    front = html.unescape(draft.fields[0])
    if front.casefold().startswith(f"{subject.casefold()}:"):
        return replace(draft, identity=identity)
    return replace(
        draft,
        identity=identity,
        fields=(escape(f"{subject}: {front}"), *draft.fields[1:]),
        text=f"{subject}: {draft.text}",
    )
