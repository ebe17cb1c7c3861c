"""Rebuild after an edit by splicing: only the edited sources are read, identified and written;
every other source's ledger lines and package rows are copied from the last build.

Imports `errors`, `atomic`, `cache`, `extract`, `media`, `ledger`, `notes`, `apkg` (lazily) and
`pipeline`. A splice writes exactly the bytes a full build would (tests/test_splice.py); when
it cannot be sure to, it declines and the build plans in full. It declines unless:

- the last build's stamp has a splice record made with the same code, spec and request;
- the ledger and the main package are the files that build wrote;
- each package's decks hold whole sources in order, then the tombstones: one deck, or one
  subdeck per source (titles distinct); study sets are one deck each; and the build is not
  `--set` or `--tag`;
- the sources that stay are in the same order; a few of them are edited or added (a source
  whose image changed counts as edited; an unedited source's images are replayed from its
  record), any number removed;
- no edited note pairs with a tombstone of an unedited source (re-identification).

An edit that changes no note (prose, a comment) leaves the ledger and the packages as they are:
only the cache and the stamp are written.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import re
import threading
import weakref
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docdeck.atomic import remove_scratch, remove_stale, scratch_file, staged, write_hashed
from docdeck.cache import SourceCache
from docdeck.errors import Diagnostic, OutputError
from docdeck.extract.topics import Topic, compile_topics
from docdeck.ledger import (
    LEDGER_END,
    NOTES_START,
    Assignment,
    Entry,
    Ledger,
    LedgerError,
    assign_identity,
    assign_notetypes,
    entry_line,
    parse_entry_line,
    parse_header,
)
from docdeck.media import Embedder
from docdeck.notes import Change, Note, NoteDraft, NoteKind
from docdeck.pipeline import (
    SOURCES_PER_WORKER,
    LedgerWrite,
    SourceRecord,
    contribution,
    copy_collection,
    deck_diagnostics,
    deck_root,
    dump_source,
    extract_one,
    left_sets,
    load_source,
    renamed_decks,
    set_deck,
    set_output,
    set_queries,
    source_key,
    source_slugs,
    title_deck,
    writing_ledger,
)
from docdeck.project import (
    STAMP,
    Request,
    Summary,
    add_source,
    cache_folder,
    display,
    file_hash,
    inputs_digest,
    ledger_path,
    origin_of,
    output_for,
    read_stamp,
    write_stamp,
)
from docdeck.readers import read_source
from docdeck.selection import Query, anki_search
from docdeck.spec import DeckSpec, Subdecks

if TYPE_CHECKING:
    from docdeck.apkg import Reused, Spliced  # genanki loads only when a package is written

# A GUID in a ledger line: the key after the fields list. JSON escapes every quote inside a
# string, so this text cannot occur inside one.
_GUID = re.compile(rb'\], "guid": "([^"]*)"')
_REMOVED = b', "removed": true, "section": '
# Part of a ledger file: most of a spliced build's are views of the last file.
Piece = bytes | memoryview
Span = tuple[int, int]  # where a run of lines lies in the last ledger file


@dataclass(frozen=True, slots=True)
class SplicedPackage:
    """One package of a spliced build: its decks, each of runs of the package now at `path`
    (the last build's) and new notes."""

    path: Path
    decks: tuple[Spliced, ...]


@dataclass(frozen=True, slots=True)
class Splice:
    """A spliced build, computed in memory: what `write_splice` writes."""

    spec: DeckSpec
    packages: tuple[SplicedPackage, ...]
    """The main package, then each study set's."""
    ledger_path: Path
    ledger: list[Piece]
    """The ledger file in pieces: most are views of the last file, not copies."""
    ledger_hash: str
    """The last build's ledger's SHA-256: the new one's too unless `ledger_changed`."""
    model_mods: dict[int, int]
    timestamp: int
    cache: SourceCache
    stamp: Path
    inputs: str
    record: dict[str, Any]
    summary: Summary
    changes: Counter[Change]
    media: dict[str, bytes]
    images: tuple[Path, ...]
    """Every image file the deck's references led to, found or not (as `Plan.images`)."""
    ledger_changed: bool
    rewrite: bool
    """Whether the packages change: only if the ledger, a deck's name or a set's notes do."""
    assignment: Assignment
    """The identity of the edited and added sources' notes, and the tombstones."""
    previous: tuple[Entry, ...]
    """The last ledger's entries of the edited and removed sources, and its tombstones."""
    collections: dict[Path, Inflating] = field(default_factory=dict)
    """Each package's last collection, being copied out: a build's (`diff` writes none)."""
    notices: tuple[Diagnostic, ...] = ()
    """As `Plan.notices`: a deck or subdeck the last build named otherwise."""


def plan_splice(
    spec: DeckSpec, request: Request, now: int, hashes: list[bytes], details: bool = False
) -> Splice | None:
    """The build of `spec` as a splice into the last one, or None where it must plan in full.
    `hashes`: `source_hashes(spec)`; an edited source is read again, and its new bytes are the
    ones extracted and hashed. With `details` (`diff`), every change is listed, and a deck
    with nothing edited is planned too."""
    if request.query or request.set_name:
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
        outputs = [output, *(set_output(output, study_set.name) for study_set in spec.sets)]
        if any(file_hash(p) != stamp["outputs"][str(p)] for p in outputs):
            return None
    except (KeyError, TypeError, ValueError):
        return None
    # A build will most likely rewrite the packages from their last collections: those are
    # copied out while the splice is planned, from as early as they are known to be intact
    # (the copy takes longer than the planning: the package is written once it is done).
    collections = {} if details else {path: Inflating(path) for path in outputs}
    planned = None
    try:
        planned = _plan_recorded(
            spec, request, now, folder, output, hashes, stamp, context, details
        )
    finally:
        if planned is None:  # declined, or refused: nothing will read them
            for inflating in collections.values():
                inflating.discard()
    return replace(planned, collections=collections) if planned is not None else None


def _plan_recorded(
    spec: DeckSpec,
    request: Request,
    now: int,
    folder: Path,
    output: Path,
    hashes: list[bytes],
    stamp: dict[str, Any],
    context: hashlib._Hash,
    details: bool,
) -> Splice | None:
    """`_plan`, from the last build's stamp, whose splice record was made with the same code,
    spec and request: None where it must not run."""
    last = stamp["splice"]
    try:
        old = [load_source(item) for item in last["sources"]]
        groups = [(str(name), int(count), int(mod)) for name, count, mod in last["groups"]]
        images = {
            str(path) for path, digest in stamp["images"].items() if file_hash(Path(path)) != digest
        }
        ledger = Recorded(ledger_path(spec, output), str(stamp["ledger"]), groups)
    except (KeyError, TypeError, ValueError):
        return None
    shown = [display(source) for source in spec.sources]
    where = {record.shown: index for index, record in enumerate(old)}
    at_old = [where.get(name) for name in shown]
    stay = [index for index in at_old if index is not None]
    if stay != sorted(stay):
        return None  # reordered: the last package's runs would have to move
    return _plan(
        spec,
        request,
        now,
        folder,
        shown,
        hashes,
        old,
        at_old,
        ledger,
        stamp,
        context,
        images,
        details,
    )


class Inflating(threading.Thread):
    """The collection of the package at `package`, copied out of the zip into a scratch file
    beside it by a thread from the moment it is made: zlib releases the GIL, so a splice is
    planned meanwhile (a 17.6 MB collection takes 0.035 s)."""

    def __init__(self, package: Path) -> None:
        super().__init__(name="docdeck-inflate", daemon=True)
        self.package = package
        self._error: OSError | zipfile.BadZipFile | KeyError | None = None
        self._remove: Callable[[], object] | None = None
        try:
            remove_scratch(package)
            self.collection = scratch_file(package)
            # Removed by `discard`, or when a plan that is never written is let go.
            self._remove = weakref.finalize(self, self.collection.unlink, missing_ok=True)
        except OSError as exc:
            self._error = exc
        self.start()

    def run(self) -> None:
        if self._error is not None:
            return
        try:
            copy_collection(self.package, self.collection)
        except (OSError, zipfile.BadZipFile, KeyError) as exc:
            self._error = exc

    def result(self) -> Path:
        """The collection's file, once copied; the one-line error if it cannot be read."""
        self.join()
        if self._error is not None:
            raise OutputError(
                f"cannot read the previous package: {self._error}",
                str(self.package),
                hint="rebuild",
            )
        return self.collection

    def discard(self) -> None:
        """Remove the scratch file once the copy is done."""
        self.join()
        if self._remove is not None:
            self._remove()


@dataclass(frozen=True, slots=True)
class Recorded:
    """The ledger as the last build wrote it: its SHA-256, and each source slug's run of lines
    (in file order) with their count and newest mod."""

    path: Path
    hash: str
    groups: list[tuple[str, int, int]]


def _plan(
    spec: DeckSpec,
    request: Request,
    now: int,
    folder: Path,
    shown: list[str],
    hashes: list[bytes],
    old: list[SourceRecord],
    at_old: list[int | None],
    recorded: Recorded,
    stamp: dict[str, Any],
    inputs: hashlib._Hash,
    images: set[str],
    details: bool,
) -> Splice | None:
    """The splice once the last build is known to be intact: None where it must not run.
    `at_old`: each source's place in the last build (None: added); `stamp`: the last build's;
    `images`: the image files changed since the last build."""
    last = stamp["splice"]
    cache = SourceCache(folder, writable=True)
    topics = compile_topics(spec.extract.topics)
    found = _extract_edited(spec, topics, cache, shown, hashes, old, at_old, inputs, images)
    if found is None:
        return None
    records, edited = found
    staying = set(at_old)
    removed = {record.slug for index, record in enumerate(old) if index not in staying}
    if not (edited or removed or details) or len({r.slug for r in records}) != len(records):
        return None  # with nothing edited a build is up to date (--strict with warnings plans)
    # Images in the order of a full build: the first source to refer to one reports it.
    embedder = Embedder(deck_root(spec))
    drafts: list[NoteDraft] = []
    for index, source in enumerate(spec.sources):
        if index in edited:
            notes, uses = embedder.embed(edited[index], shown[index], source)
            records[index] = replace(records[index], images=uses)
            drafts += notes
        elif not embedder.replay(records[index].images, shown[index], source):
            return None
    media = embedder.media
    last_ledger = _read_ledger(recorded)
    if last_ledger is None:
        return None
    changed = {records[index].slug for index in edited} | removed
    try:
        header = parse_header(last_ledger.head.decode("utf-8"))
        mine = [parse_entry_line(line) for name in changed for line in last_ledger.lines(name)]
        outside = [
            parse_entry_line(line)
            for name in last_ledger.spans
            if name not in changed
            for line in last_ledger.removed(name)
        ]
    except (LedgerError, ValueError, KeyError, TypeError):
        return None
    forget = request.forget_removed or spec.forget_removed
    if forget and outside:
        return None  # unedited sources' tombstones leave their runs: those change too
    ledger = Ledger(header.namespace, tuple(sorted(mine + outside, key=lambda e: e.identity)))
    guids = last_ledger.guids()
    assignment = assign_identity(drafts, ledger, now, forget, guids, details=details)
    if left_sets(spec, assignment):
        return None  # the sets' packages take the notes that left them: see `Plan.left`
    kept = {entry.identity for entry in outside}
    if any(
        c.old is not None and c.old.identity in kept and c.change is Change.REIDENTIFIED
        for c in assignment.changes
    ):
        return None

    # The new ledger: unedited slugs' lines as they were, edited slugs' lines anew.
    newest = {name: mod for name, _, mod in recorded.groups if name not in changed}
    lines_in = {name: count for name, count, _ in recorded.groups}
    runs = {name: last_ledger.run(name) for name in last_ledger.spans if name not in changed}
    anew: dict[str, list[bytes]] = {}
    for entry in assignment.entries:
        if entry.identity not in kept:
            name = entry.identity.split(":", 1)[0]
            anew.setdefault(name, []).append(f"{entry_line(entry)},\n".encode())
            newest[name] = max(newest.get(name, 0), entry.mod)
    for name, lines in anew.items():
        runs[name], lines_in[name] = [b"".join(lines)], len(lines)
    order = sorted(runs, key=lambda name: f"{name}:")
    pieces = last_ledger.pieces([runs[name] for name in order])
    # Every other slug's lines are the last file's: it changed if an edited slug's did.
    ledger_changed = any(b"".join(anew.get(name, [])) != last_ledger.text(name) for name in changed)
    notetypes = assign_notetypes(header, now, request.migrate_notetypes)
    # The package time is the newest mod in the ledger, as `Ledger.timestamp`.
    timestamp = max([newest[name] for name in order] + [entry.mod for entry in notetypes])

    changes = Counter(assignment.counts)
    changes[Change.UNCHANGED] += sum(
        sum(record.counts) for index, record in enumerate(records) if index not in edited
    )
    diagnostics = [d for record in records for d in record.diagnostics]
    diagnostics += deck_diagnostics(spec, topics, records)
    diagnostics += media.diagnostics
    deck = spec.deck or title_deck(records[0].title)
    output = output_for(spec, request.output)
    counts = {kind: sum(r.counts[i] for r in records) for i, kind in enumerate(NoteKind)}
    from docdeck.apkg import Reused, Spliced

    titles = [record.title for record in records]
    if spec.subdecks is Subdecks.PER_SOURCE and len(set(titles)) != len(titles):
        return None  # sources that share a title share a subdeck: no longer one run each
    before = [sum(record.counts) for record in old]
    main = _main_decks(spec, deck, before, at_old, records, edited, assignment)
    packages = [SplicedPackage(output, main)]
    sets: list[tuple[Path, int, str]] = []
    held: dict[str, list[int]] = {}
    queries = set_queries(spec)
    for study_set in spec.sets:
        path = set_output(output, study_set.name)
        held_before = last.get("sets", {}).get(str(path))
        if not isinstance(held_before, list) or len(held_before) != len(old):
            return None
        parts, held[str(path)] = _parts(
            held_before, at_old, records, edited, assignment, queries[study_set.name]
        )
        chosen = sum(part.notes if isinstance(part, Reused) else 1 for part in parts)
        if not chosen:
            return None  # the full plan says why a set selects nothing
        packages.append(SplicedPackage(path, (Spliced(set_deck(deck, study_set), parts),)))
        sets.append((path, chosen, anki_search(deck, study_set.query)))
    # The ledger holds every note's fields, tags, GUID and mod; a package adds only the names
    # of its decks and which notes a set takes. Both follow from the notes today (a title is
    # in its notes' Source field, a set's query reads their tags); they are compared anyway.
    rewrite = (
        ledger_changed
        or [record.title for record in records] != [record.title for record in old]
        or any(held[str(path)] != last["sets"][str(path)] for path, _, _ in sets)
    )
    splice_record = {
        "context": last["context"],
        "sources": [dump_source(r) for r in records],
        "groups": [[name, lines_in[name], newest[name]] for name in order],
        "sets": held,
    }
    return Splice(
        spec,
        tuple(packages),
        recorded.path,
        pieces,
        recorded.hash,
        {entry.id: entry.mod for entry in notetypes},
        timestamp,
        cache,
        folder / STAMP,
        inputs.hexdigest(),
        splice_record,
        Summary(deck, counts, output, tuple(sets), tuple(diagnostics), len(assignment.tombstones)),
        changes,
        media.files,
        tuple(media.looked_at),
        ledger_changed,
        rewrite,
        assignment,
        ledger.notes,
        notices=tuple(renamed_decks(spec, deck, records, stamp)),
    )


def _extract_edited(
    spec: DeckSpec,
    topics: tuple[Topic, ...],
    cache: SourceCache,
    shown: list[str],
    hashes: list[bytes],
    old: list[SourceRecord],
    at_old: list[int | None],
    inputs: hashlib._Hash,
    images: set[str],
) -> tuple[list[SourceRecord], dict[int, list[NoteDraft]]] | None:
    """Every source's record, and the drafts of the edited and added ones by index (images
    not yet embedded); None if too many: this process extracts them one by one, and past a
    quarter of the sources (and SOURCES_PER_WORKER) a full build, whose workers extract them
    and whose cache holds the rest, is faster. A source whose bytes or images changed is
    edited."""
    records: list[SourceRecord] = []
    edited: dict[int, list[NoteDraft]] = {}
    slugs = source_slugs(spec)
    for index, source in enumerate(spec.sources):
        last = old[place] if (place := at_old[index]) is not None else None
        if last is not None and last.slug != slugs[source]:
            return None  # a source added beside it shares its name: its notes' identities change
        if (
            last is not None
            and hashes[index].hex() == last.digest
            and all(use.path not in images for use in last.images)
        ):
            add_source(inputs, source, hashes[index])
            cache.used.add(last.key)
            records.append(last)
            continue
        if len(edited) >= max(SOURCES_PER_WORKER, len(spec.sources) // 4):
            return None
        raw = read_source(source, shown[index])  # the bytes extracted are the bytes hashed
        digest = hashlib.sha256(raw).digest()
        add_source(inputs, source, digest)
        key = source_key(cache, spec, source, raw, slugs[source])
        extracted = cache.get(key)
        if extracted is None:
            extracted = extract_one(raw, source, shown[index], slugs[source], spec, topics)
            cache.put(key, extracted)
        drafts, record = contribution(
            spec, topics, slugs[source], shown[index], extracted, digest.hex(), key
        )
        records.append(record)
        edited[index] = drafts
    return records, edited


def _by_source(assignment: Assignment) -> dict[str, list[Note]]:
    found: dict[str, list[Note]] = {}
    for note in assignment.notes:
        assert note.draft is not None
        found.setdefault(note.draft.origin.source_slug, []).append(note)
    return found


def _main_decks(
    spec: DeckSpec,
    deck: str,
    before: list[int],
    at_old: list[int | None],
    records: list[SourceRecord],
    edited: dict[int, list[NoteDraft]],
    assignment: Assignment,
) -> tuple[Spliced, ...]:
    """The main package's decks, as `Plan.decks` lays them out: one deck of every source's
    notes then the tombstones, or (per-source subdecks, titles distinct) one subdeck per
    source with notes, then the tombstones in the main deck. `before`: each source's notes in
    the last package, by its place there."""
    from docdeck.apkg import Reused, Spliced

    if spec.subdecks is Subdecks.NONE:
        parts, _ = _parts(before, at_old, records, edited, assignment)
        return (Spliced(deck, parts),)
    by_source = _by_source(assignment)
    starts = _starts(before)
    decks = []
    for index, record in enumerate(records):
        new: list[Note | Reused] = [*by_source.get(record.slug, [])] if index in edited else []
        if (place := at_old[index]) is not None and index not in edited and before[place]:
            new = [Reused(starts[place], before[place], 1)]
        if new:
            decks.append(Spliced(f"{deck}::{title_deck(record.title)}", tuple(new)))
    if assignment.tombstones:
        decks.append(Spliced(deck, assignment.tombstones))
    return tuple(decks)


def _starts(before: list[int]) -> list[int]:
    """Where each source's notes start in the last package: its rows are in source order."""
    return list(itertools.accumulate(before, initial=0))[:-1]


def _parts(
    before: list[int],
    at_old: list[int | None],
    records: list[SourceRecord],
    edited: dict[int, list[NoteDraft]],
    assignment: Assignment,
    query: Query | None = None,
) -> tuple[tuple[Note | Reused, ...], list[int]]:
    """One deck of every source's notes in order, then the tombstones (a study set's: those its
    `query` selects), and how many notes of each source it holds. `before`: how many the last
    package held of each source, by its place there. An unedited source's notes are a run of
    it (runs adjacent there and here are one); an edited or added source's are new."""
    from docdeck.apkg import Reused

    def chosen(notes: Sequence[Note]) -> list[Note]:
        if query is None:
            return list(notes)
        return [notes[index] for index in query.select(note.tags for note in notes)]

    by_source = _by_source(assignment)
    starts = _starts(before)
    parts: list[Note | Reused] = []
    held = []
    for index, record in enumerate(records):
        place = at_old[index]
        if index in edited or place is None:
            new = chosen(by_source.get(record.slug, []))
            parts += new
            held.append(len(new))
            continue
        start, count = starts[place], before[place]
        held.append(count)
        if parts and isinstance(parts[-1], Reused) and parts[-1].start + parts[-1].notes == start:
            parts[-1] = Reused(parts[-1].start, parts[-1].notes + count, parts[-1].due)
        elif count:
            parts.append(Reused(start, count, start + 1))  # a note's due is its place
    return (*parts, *chosen(assignment.tombstones)), held


@dataclass(frozen=True, slots=True)
class LastLedger:
    """The ledger file the last build wrote, held whole, and where each source slug's run of
    lines lies in it: a run that stays is written again as a view of it, never split into
    lines (a ledger of 250,000 notes is 200 MB)."""

    data: bytes
    head: bytes
    """The text before the notes."""
    spans: dict[str, Span]
    """Each slug's lines, in file order: `data[start:end]`, newlines included."""

    def run(self, name: str) -> list[bytes | Span]:
        """A slug's lines as in the middle of the file, each ending in a comma: spans of the
        file, and text; none if the slug has none."""
        if name not in self.spans:
            return []
        start, end = self.spans[name]
        if end == len(self.data) - len(LEDGER_END):  # the file's last line has no comma
            return [(start, end - 1), b",\n"]
        return [(start, end)]

    def text(self, name: str) -> bytes:
        """A slug's lines as `run` gives them, as one text."""
        return b"".join(p if isinstance(p, bytes) else self.data[slice(*p)] for p in self.run(name))

    def pieces(self, runs: list[list[bytes | Span]]) -> list[Piece]:
        """The ledger file from this one's header and the runs of lines: spans of this file
        that follow on are one view of it (a few large writes, a few hand-overs of the GIL)."""
        parts: list[bytes | Span] = [self.head, NOTES_START.encode()]
        for run in runs:
            for part in run:
                last = parts[-1]
                if isinstance(part, tuple) and isinstance(last, tuple) and last[1] == part[0]:
                    parts[-1] = (last[0], part[1])
                else:
                    parts.append(part)
        if len(parts) > 2:  # the last note has no comma
            last = parts[-1]
            parts[-1:] = [(last[0], last[1] - 2) if isinstance(last, tuple) else last[:-2], b"\n"]
        parts.append(LEDGER_END.encode())
        view = memoryview(self.data)
        return [view[slice(*part)] if isinstance(part, tuple) else part for part in parts]

    def lines(self, name: str) -> list[bytes]:
        """A slug's lines, without their commas and newlines."""
        start, end = self.spans.get(name, (0, 0))
        return [line.removesuffix(b",") for line in self.data[start:end].split(b"\n")[:-1]]

    def removed(self, name: str) -> list[bytes]:
        """A slug's lines of the notes removed from its source, without commas."""
        start, end = self.spans[name]
        found = []
        at = self.data.find(_REMOVED, start, end)
        while at >= 0:
            first = max(self.data.rfind(b"\n", start, at) + 1, start)
            stop = self.data.index(b"\n", at, end)
            found.append(self.data[first:stop].removesuffix(b","))
            at = self.data.find(_REMOVED, stop, end)
        return found

    def guids(self) -> Iterator[str]:
        """Every GUID in the file, found once asked for: only a new note needs them."""
        for guid in _GUID.findall(self.data):
            yield guid.decode()


def _read_ledger(recorded: Recorded) -> LastLedger | None:
    """The ledger as the last build wrote it; None if the file is not that one."""
    try:
        data = recorded.path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != recorded.hash:
        return None
    notes = data.find(b"\n" + NOTES_START.encode()) + 1
    end = len(data) - len(LEDGER_END)
    if notes <= 0 or not data.endswith(b"\n" + LEDGER_END.encode()):
        return None
    position = notes + len(NOTES_START)
    spans: dict[str, Span] = {}
    try:
        for name, count, _ in recorded.groups:
            start = position
            for _ in range(count):
                position = data.index(b"\n", position, end) + 1
            spans[name] = (start, position)
    except ValueError:  # fewer lines than the groups count
        return None
    if position != end:
        return None
    return LastLedger(data, data[:notes], spans)


def write_splice(plan: Splice) -> bool:
    """Write the packages, then the ledger, then the stamp: the order of a full build. Only
    what changes is written; returns False when that is nothing but the stamp."""
    try:
        ledger_hash = _write_splice(plan)
    finally:
        for inflating in plan.collections.values():
            inflating.discard()
    outputs = {str(package.path): file_hash(package.path) for package in plan.packages}
    images = {str(path): file_hash(path) for path in plan.images}
    built_by = origin_of(plan.spec)
    write_stamp(
        plan.stamp,
        built_by,
        None,
        plan.inputs,
        images,
        ledger_hash,
        outputs,
        plan.summary,
        plan.record,
    )
    return plan.rewrite


def _write_splice(plan: Splice) -> str:
    """The cache, and beside it the packages and the ledger if they change; the ledger's
    SHA-256. The cache is saved before the stamp is written."""
    with plan.cache.saving():
        return _write_outputs(plan)


def _write_outputs(plan: Splice) -> str:
    """The packages and the ledger if they change; the ledger's SHA-256."""
    from docdeck.apkg import write_spliced

    ledger_hash = plan.ledger_hash
    if plan.rewrite:
        remove_stale(plan.ledger_path)
        for package in plan.packages:
            remove_stale(package.path)
        with contextlib.ExitStack() as stack:
            with writing_ledger(plan.ledger_path):
                ledger = stack.enter_context(staged(plan.ledger_path))
            writing: LedgerWrite | None = None
            if plan.ledger_changed:  # written and hashed beside the packages, as in a full build
                # Most pieces are whole runs of lines: hashed and written without the GIL.
                writing = LedgerWrite(plan.ledger_path, write_hashed, ledger.temp, plan.ledger)
                writing.begin()
            with writing or contextlib.nullcontext():
                for package in plan.packages:
                    write_spliced(
                        package.path,
                        plan.collections[package.path].result(),
                        package.decks,
                        plan.model_mods,
                        plan.timestamp,
                        plan.media,
                        writing.hash if writing else None,
                    )
            if writing is not None:
                ledger_hash = writing.hash()
            if plan.ledger_changed:
                with writing_ledger(plan.ledger_path):
                    ledger.commit()
    return ledger_hash
