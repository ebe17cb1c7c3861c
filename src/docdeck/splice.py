"""Rebuild after an edit by splicing: only the edited sources are read, identified and written;
every other source's ledger lines and package rows are copied from the last build.

Imports `errors`, `atomic`, `cache`, `extract`, `media`, `ledger`, `notes`, `apkg` (lazily) and
`pipeline`. A splice writes exactly the bytes a full build would (tests/test_splice.py); when
it cannot be sure to, it declines and the build plans in full. It declines unless:

- the last build's stamp has a splice record made with the same code, spec and request;
- the ledger and the main package are the files that build wrote;
- the deck is one deck of sources followed by tombstones (no subdecks, study sets or images);
- the sources are the same files in the same order, a few of them edited;
- no edited note pairs with a tombstone of an unedited source (re-identification);
- the ledger changes (otherwise the full plan decides whether anything needs writing).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docdeck.atomic import remove_stale, staged, write_error
from docdeck.cache import SourceCache
from docdeck.errors import OutputError
from docdeck.extract.topics import compile_topics
from docdeck.ledger import (
    LEDGER_END,
    NOTES_START,
    Change,
    Ledger,
    LedgerError,
    assign_identity,
    assign_notetypes,
    entry_line,
    parse_entry_line,
    parse_header,
)
from docdeck.media import embed_images
from docdeck.notes import Note, NoteDraft, NoteKind
from docdeck.pipeline import (
    SOURCES_PER_WORKER,
    STAMP,
    Request,
    SourceRecord,
    Summary,
    add_source,
    cache_folder,
    contribution,
    deck_diagnostics,
    display,
    dump_source,
    dump_summary,
    extract_one,
    file_hash,
    inputs_digest,
    ledger_path,
    load_source,
    output_for,
    read_stamp,
    source_key,
    write_stamp,
)
from docdeck.readers import read_source
from docdeck.spec import DeckSpec, Subdecks

if TYPE_CHECKING:
    from docdeck.apkg import Reused  # genanki loads only when a package is written

# A GUID in a ledger line: the key after the fields list. JSON escapes every quote inside a
# string, so this text cannot occur inside one.
_GUID = re.compile(rb'\], "guid": "([^"]*)"')
_MOD = re.compile(rb'"mod": (\d+)')
_REMOVED = b', "removed": true, "section": '


@dataclass(frozen=True, slots=True)
class Splice:
    """A spliced build, computed in memory: what `write_splice` writes."""

    spec: DeckSpec
    output: Path
    ledger_path: Path
    ledger_data: bytes
    deck: str
    parts: tuple[Note | Reused, ...]
    """The package's one deck: runs of the last package's notes and new notes."""
    model_mods: dict[int, int]
    timestamp: int
    cache: SourceCache
    stamp: Path
    inputs: str
    record: dict[str, Any]
    summary: Summary
    changes: Counter[Change]


def plan_splice(spec: DeckSpec, request: Request, now: int) -> Splice | None:
    """The build of `spec` as a splice into the last one, or None where it must plan in full."""
    if spec.subdecks is not Subdecks.NONE or spec.sets or request.query or request.set_name:
        return None
    folder = cache_folder(spec, request.output)
    if folder is None:
        return None
    stamp = read_stamp(folder / STAMP)
    last = stamp.get("splice")
    context = inputs_digest(spec, request)
    output = output_for(spec, request.output)
    try:
        if not isinstance(last, dict) or last["context"] != context.hexdigest():
            return None
        old = [load_source(item) for item in last["sources"]]
        groups = [(str(name), int(count)) for name, count in last["groups"]]
        if stamp["images"] or file_hash(output) != stamp["outputs"][str(output)]:
            return None
        data = ledger_path(spec, output).read_bytes()
        if hashlib.sha256(data).hexdigest() != stamp["ledger"]:
            return None
    except (KeyError, TypeError, ValueError, OSError):
        return None
    shown = [display(source) for source in spec.sources]
    if [record.shown for record in old] != shown:
        return None
    return _plan(spec, request, now, folder, shown, old, groups, data, last, context)


def _plan(
    spec: DeckSpec,
    request: Request,
    now: int,
    folder: Path,
    shown: list[str],
    old: list[SourceRecord],
    groups: list[tuple[str, int]],
    data: bytes,
    last: dict[str, Any],
    inputs: hashlib._Hash,
) -> Splice | None:
    """The splice once the last build is known to be intact: None where it must not run."""
    cache = SourceCache(folder, writable=True)
    topics = compile_topics(spec.extract.topics)
    records = list(old)
    edited: dict[int, list[NoteDraft]] = {}
    for index, source in enumerate(spec.sources):
        raw = read_source(source, shown[index])
        digest = hashlib.sha256(raw).digest()
        add_source(inputs, source, digest)
        if digest.hex() == old[index].digest:
            cache.used.add(old[index].key)
            continue
        if len(edited) >= SOURCES_PER_WORKER:
            return None  # many edits: the full build extracts them in parallel
        key = source_key(cache, spec, source, raw)
        extracted = cache.get(key)
        if extracted is None:
            extracted = extract_one(raw, source, shown[index], spec, topics)
            cache.put(key, extracted)
        drafts, records[index] = contribution(
            spec, topics, shown[index], extracted, digest.hex(), key
        )
        edited[index] = drafts
    if not edited:
        return None
    root = spec.path.parent if spec.path else spec.sources[0].parent
    drafts = [draft for index in sorted(edited) for draft in edited[index]]
    drafts, media = embed_images(drafts, {shown[i]: spec.sources[i] for i in edited}, root)
    if media.looked_at:
        return None

    # The ledger, as bytes (its text is mostly copied): header, then each source slug's run of
    # lines in identity order. Every line gets a comma; the last one loses it when written.
    head, found, rest = data.partition(NOTES_START.encode())
    body, end, tail = rest.rpartition(LEDGER_END.encode())
    if not found or not end or tail:
        return None
    lines = (body[:-1] + b",\n").split(b"\n")[:-1] if body else []
    taken = [guid.decode() for guid in _GUID.findall(body)]
    del rest, body
    if sum(count for _, count in groups) != len(lines):
        return None
    runs: dict[str, list[bytes]] = {}
    position = 0
    for name, count in groups:
        runs[name] = lines[position : position + count]
        position += count
    changed = {records[index].slug for index in edited}
    try:
        header = parse_header(head.decode("utf-8"))
        mine = [parse_entry_line(line[:-1]) for name in changed for line in runs.get(name, [])]
        outside = [
            parse_entry_line(line[:-1])
            for name, run in runs.items()
            if name not in changed
            for line in run
            if _REMOVED in line
        ]
    except (LedgerError, ValueError, KeyError, TypeError):
        return None
    namespace = header.namespace
    ledger = Ledger(namespace, tuple(sorted(mine + outside, key=lambda e: e.identity)))
    forget = request.forget_removed or spec.forget_removed
    assignment = assign_identity(drafts, ledger, now, forget, taken)
    kept = {entry.identity for entry in outside}
    if any(
        c.old is not None and c.old.identity in kept and c.change is Change.REIDENTIFIED
        for c in assignment.changes
    ):
        return None
    for name in changed:
        runs[name] = []
    for entry in assignment.entries:
        if entry.identity not in kept:
            line = f"{entry_line(entry)},".encode()
            runs.setdefault(entry.identity.split(":", 1)[0], []).append(line)
    order = sorted((name for name in runs if runs[name]), key=lambda name: f"{name}:")
    notes = b"\n".join(line for name in order for line in runs[name])
    new = b"".join((head, NOTES_START.encode(), notes[:-1], b"\n" if notes else b"", end))
    if new == data:
        return None
    notetypes = assign_notetypes(header, now, request.migrate_notetypes)
    timestamp = max(int(mod) for mod in _MOD.findall(new))

    from docdeck.apkg import Reused

    by_source: dict[str, list[Note]] = {}
    for note in assignment.notes:
        assert note.draft is not None
        by_source.setdefault(note.draft.origin.source_slug, []).append(note)
    parts: list[Note | Reused] = []
    start = 0
    for index, record in enumerate(records):
        count = sum(old[index].counts)
        if index in edited:
            parts += by_source.get(record.slug, [])
        elif parts and isinstance(parts[-1], Reused) and parts[-1].start + parts[-1].notes == start:
            parts[-1] = Reused(parts[-1].start, parts[-1].notes + count)  # one run, one copy
        elif count:
            parts.append(Reused(start, count))
        start += count
    parts += assignment.tombstones

    changes = Counter(change.change for change in assignment.changes)
    changes[Change.UNCHANGED] += sum(
        sum(record.counts) for index, record in enumerate(records) if index not in edited
    )
    diagnostics = [d for record in records for d in record.diagnostics]
    diagnostics += deck_diagnostics(spec, topics, records)
    diagnostics += media.diagnostics
    deck = spec.deck or records[0].title.replace("::", ":")
    output = output_for(spec, request.output)
    counts = {kind: sum(r.counts[i] for r in records) for i, kind in enumerate(NoteKind)}
    summary = Summary(deck, counts, output, (), tuple(diagnostics))
    splice_record = {
        "context": last["context"],
        "sources": [dump_source(r) for r in records],
        "groups": [[name, len(runs[name])] for name in order],
    }
    return Splice(
        spec,
        output,
        ledger_path(spec, output),
        new,
        deck,
        tuple(parts),
        {entry.id: entry.mod for entry in notetypes},
        timestamp,
        cache,
        folder / STAMP,
        inputs.hexdigest(),
        splice_record,
        summary,
        changes,
    )


def write_splice(plan: Splice) -> None:
    """Write the package, then the ledger, then the stamp: the order of a full build."""
    from docdeck.apkg import Spliced, write_spliced

    plan.cache.save()
    remove_stale(plan.ledger_path)
    remove_stale(plan.output)
    data = plan.ledger_data
    with staged(plan.ledger_path) as ledger:
        try:
            ledger.temp.write_bytes(data)
        except OSError as exc:
            raise OutputError(
                f"cannot write: {write_error(plan.ledger_path, exc)}", display(plan.ledger_path)
            ) from None
        write_spliced(
            plan.output, [Spliced(plan.deck, plan.parts)], plan.model_mods, plan.timestamp
        )
        ledger.commit()
    record = {
        "digest": None,
        "inputs": plan.inputs,
        "images": {},
        "ledger": hashlib.sha256(data).hexdigest(),
        "outputs": {str(plan.output): file_hash(plan.output)},
        "summary": dump_summary(plan.summary),
        "splice": plan.record,
    }
    write_stamp(plan.stamp, record)
