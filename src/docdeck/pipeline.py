"""`build_deck()`: spec → documents → drafts → identity → `.apkg` → ledger.

Sources the extraction cache misses are extracted in worker processes. Imports every library
module above it; `project.up_to_date()` decides first whether a build needs it at all.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from docdeck.atomic import (
    remove_scratch,
    remove_stale,
    scratch,
    staged,
    write_atomic,
    write_error,
)
from docdeck.cache import (
    Extracted,
    Shipped,
    SourceCache,
    entry_bytes,
    from_shipped,
    share_tags,
    shipped,
)
from docdeck.document import Table
from docdeck.errors import (
    Diagnostic,
    DocdeckError,
    OutputError,
    SourceError,
    SpecError,
    SpecErrors,
    count,
    dump_diagnostics,
    load_diagnostics,
)
from docdeck.extract import extract_document, load_extractors
from docdeck.extract.rules import apply_tag_rules
from docdeck.extract.terms import suggest_topics
from docdeck.extract.topics import Topic, compile_topics
from docdeck.ledger import (
    Assignment,
    Ledger,
    PackedNumbers,
    assign_identity,
    assign_notetypes,
    guid_for,
    load_ledger,
    read_header,
    shown_content,
    write_ledger,
)
from docdeck.media import Embedder, ImageUse, Media
from docdeck.notes import Change, DeckOut, Note, NoteDraft, NoteKind, slug
from docdeck.patterns import lazy
from docdeck.project import (
    STAMP,
    Request,
    Summary,
    add_source,
    cache_folder,
    code_version,
    display,
    file_hash,
    inputs_digest,
    ledger_path,
    origin_of,
    output_for,
    read_stamp,
    write_stamp,
)
from docdeck.readers import parse_source, read_document, read_source
from docdeck.selection import Query, QueryError, anki_search, deck_search, parse_query
from docdeck.spec import (
    DeckSpec,
    ExtractSettings,
    StudySet,
    Subdecks,
    load_spec,
    spec_text,
)

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a build would write, computed in memory."""

    spec: DeckSpec
    deck: str
    assignment: Assignment
    diagnostics: tuple[Diagnostic, ...]
    ledger_path: Path
    old_ledger: Ledger
    """The ledger before this plan (text and fields only of the notes that vanished or
    changed); without `details`, only its notetypes."""
    ledger: Ledger
    media: dict[str, bytes]
    stamp_path: Path | None
    """Where a build records what it wrote, to skip an identical rebuild (None: no cache)."""
    cache: SourceCache
    inputs: str | None = None
    """The hash of what the plan read before the ledger (see `inputs_key`); None: not a build."""
    images: tuple[Path, ...] = ()
    sources: tuple[SourceRecord, ...] = ()
    context: str | None = None
    """The hash of docdeck's code, the spec and the request (`inputs` less the sources)."""
    notices: tuple[Diagnostic, ...] = ()
    """What this build alone must say about the last one (a renamed deck, a reverted ledger):
    shown, but neither a warning `--strict` refuses nor kept for an up-to-date rebuild."""
    left: dict[str, frozenset[str]] = field(default_factory=dict)
    """Each study set's notes that its query selected by their last tags and no longer does:
    by GUID. The set's package takes them this once, so that Anki updates them."""

    @property
    def notes(self) -> tuple[Note, ...]:
        """The live notes, in reading order."""
        return self.assignment.notes

    @property
    def timestamp(self) -> int:
        return self.ledger.timestamp

    def counts(self) -> dict[NoteKind, int]:
        found = Counter(note.kind for note in self.notes)
        return {kind: found[kind] for kind in NoteKind}

    def decks(self) -> list[DeckOut]:
        """The package's decks: one, or one subdeck per source; tombstones stay in the main one.

        Anki never moves existing cards between decks (rule 5b), so a tombstone's deck is moot.
        """
        if self.spec.subdecks is Subdecks.NONE:
            return [DeckOut(self.deck, self.notes + self.assignment.tombstones)]
        by_title: dict[str, list[Note]] = {}
        for note in self.notes:
            title = note.draft.origin.title if note.draft else ""
            by_title.setdefault(f"{self.deck}::{title_deck(title)}", []).append(note)
        decks = [DeckOut(name, tuple(notes)) for name, notes in by_title.items()]
        if self.assignment.tombstones:
            decks.append(DeckOut(self.deck, self.assignment.tombstones))
        return decks

    def study_set(self, query: Query, deck: str, left: frozenset[str] = frozenset()) -> DeckOut:
        """The notes a query selects, and those `left`, as one deck; their GUIDs are the main
        deck's."""
        notes = self.notes + self.assignment.tombstones
        chosen = [
            index
            for index, note in enumerate(notes)
            if note.guid in left or query.matches(note.tags)
        ]
        if not chosen:
            raise DocdeckError(
                f"study set '{query.text}' selects no notes",
                display(self.spec.path) if self.spec.path else None,
                hint="run 'docdeck tags' to see the tags there are",
            )
        return DeckOut(deck, tuple(notes[index] for index in chosen))


def title_deck(title: str) -> str:
    """The deck a title names (a bare source's, or a spec `init` makes): `::` in a title is
    not a subdeck, and a deck name holds no double quote."""
    return title.replace("::", ":").replace('"', "'")


def plan_deck(
    spec: DeckSpec,
    now: int,
    output: Path | None = None,
    forget_removed: bool = False,
    migrate_notetypes: bool = False,
    fill_cache: bool = False,
    on_source: Callable[[], None] | None = None,
    request: Request | None = None,
    jobs: int | None = None,
    details: bool = True,
) -> Plan:
    """Read, extract and identify every note of one spec against its ledger, writing nothing.

    `fill_cache` (a build) keeps new cache entries for `write_plan`; `on_source` is called
    after each source is read (a progress bar); a `request` (a build) makes the plan record
    its inputs, so that `up_to_date` can skip the next identical build; `jobs` caps the worker
    processes that extract sources missing from the cache (default: one per CPU). Without
    `details` (a build, and the commands that show only the notes), ledger entries keep their
    fields only for notes that vanished, and added and unchanged notes are counted, not listed
    as changes; `diff` shows them all."""
    set_queries(spec)
    # The bytes that are extracted are the bytes hashed: an edit during the build shows next time.
    inputs = inputs_digest(spec, request) if request is not None else None
    context = inputs.hexdigest() if inputs is not None else None  # before the sources go in
    folder = cache_folder(spec, output)
    cache = SourceCache(folder, fill_cache)
    read = _read_and_extract(spec, cache, on_source, jobs, inputs)
    drafts, diagnostics, records, media = read.drafts, read.diagnostics, read.records, read.media
    diagnostics += media.diagnostics
    state = ledger_path(spec, output_for(spec, output))
    old = _old_ledger(state, spec.id, drafts, read.hashes, details)
    forget = forget_removed or spec.forget_removed
    last_build = read_stamp(cache.folder / STAMP) if cache.folder else {}
    notices = []
    if (built_by := last_build.get("built_by", origin_of(spec))) != origin_of(spec):
        # Another deck wrote this package (a spec's and a bare build of its source): its
        # deck name, notes and study sets are not this deck's last ones.
        notices.append(
            Diagnostic(
                f"replaces {display(output_for(spec, output))}, which {built_by} built: both"
                " decks write it",
                origin_of(spec),
                hint="build one of them only, or write one elsewhere with -o",
                level="note",
            )
        )
        last_build = {}
    last = _shipped(spec, output, state, last_build)
    shipped = {guid: (mod, content) for guid, (_, mod, content) in last.items()} if last else None
    assignment = assign_identity(
        drafts,
        old,
        now,
        forget,
        details=details,
        shipped=shipped,
        hashes=read.hashes,
        guids=read.guids if old.namespace == spec.id else (),
    )
    if last and (
        gone := last.keys() - {n.guid for n in (*assignment.notes, *assignment.tombstones)}
    ):
        ids = ",".join(str(last[guid][0]) for guid in sorted(gone, key=lambda g: last[g][0]))
        notices.append(
            Diagnostic(
                f"{count(len(gone), 'note')} of the last package"
                f" {'is' if len(gone) == 1 else 'are'} in no note of this one: the ledger"
                " changed since that build (a revert?), so nothing flags them",
                display(state),
                hint=f"find them in Anki with nid:{ids} and delete them",
                level="note",
            )
        )
    notetypes = assign_notetypes(old, now, migrate_notetypes)
    ledger = Ledger(spec.id, assignment.entries, notetypes)
    deck = spec.deck or title_deck(records[0].title)
    notices += renamed_decks(spec, deck, records, last_build)
    left = left_sets(spec, assignment, last_queries(spec, output, last_build))
    notices += [
        Diagnostic(
            f"{count(gone.count, 'note')} left study set '{name}'"
            f" ({'tags changed' if gone.query is None else f'its query was {gone.query!r}'}):"
            f" Anki leaves {'its card' if gone.count == 1 else 'their cards'} in the set's deck",
            origin_of(spec),
            hint=f"find them in Anki with {_left_search(spec, deck, name)}",
            level="note",
        )
        for name, gone in left.items()
    ]
    _require_notes(spec, drafts, bool(old.notes))
    if not details:  # only a build asks again, for the old notetypes: let the old notes go
        old = replace(old, notes=())
    stamp = cache.folder / STAMP if cache.folder else None
    return Plan(
        spec,
        deck,
        assignment,
        tuple(diagnostics),
        state,
        old,
        ledger,
        media.files,
        stamp,
        cache,
        inputs.hexdigest() if inputs is not None else None,
        tuple(media.looked_at),
        tuple(records),
        context,
        tuple(notices),
        {name: gone.updated for name, gone in left.items() if gone.updated},
    )


@dataclass(frozen=True, slots=True)
class LeftSet:
    """The notes a study set held at the last build and no longer selects."""

    count: int
    updated: frozenset[str]
    """The GUIDs of those whose content changed: the set's package takes them this once."""
    query: str | None
    """The set's query at the last build, where it differed."""


def left_sets(
    spec: DeckSpec, assignment: Assignment, last: Mapping[str, str] | None = None
) -> dict[str, LeftSet]:
    """The notes that left each study set: its query (`last`, by set name, if it changed
    since the last build) selected their last tags (the ledger's), and its query now does not
    select their tags now. Only a changed note changes its tags."""
    queries = set_queries(spec)
    changed = {
        c.note.guid: (c.old.tags, c.note.tags)
        for c in assignment.changes
        if c.change in (Change.UPDATED, Change.REIDENTIFIED) and c.old and not c.old.removed
    }
    left = {}
    for study_set in spec.sets:
        now = queries[study_set.name]
        text = (last or {}).get(study_set.name, study_set.query)
        try:
            before = now if text == study_set.query else parse_query(text)
        except QueryError:
            continue
        updated = frozenset(
            guid
            for guid, (old_tags, tags) in changed.items()
            if before.matches(old_tags) and not now.matches(tags)
        )
        count = len(updated)
        if before is not now:  # every note may have left, edited or not
            count += sum(
                1
                for note in assignment.notes
                if note.guid not in changed
                and before.matches(note.tags)
                and not now.matches(note.tags)
            )
        if count:
            left[study_set.name] = LeftSet(count, updated, None if before is now else text)
    return left


# The search a study set's stamp records (`anki_search`): its query is in the parentheses.
_SET_SEARCH = lazy(r'deck:"(?:\\.|[^"\\])*" \((.*)\)', re.DOTALL)


def last_queries(spec: DeckSpec, output: Path | None, last_build: dict[str, Any]) -> dict[str, str]:
    """Each study set's query at the last build (its stamp), by set name."""
    try:
        searches = {str(path): str(search) for path, _, search in last_build["summary"]["sets"]}
    except (KeyError, TypeError, ValueError):
        return {}
    main = output_for(spec, output)
    queries = {}
    for study_set in spec.sets:
        search = searches.get(str(set_output(main, study_set.name)))
        if search is not None and (found := _SET_SEARCH.fullmatch(search)):
            queries[study_set.name] = found[1]
    return queries


def _left_search(spec: DeckSpec, deck: str, name: str) -> str:
    """The Anki search for the cards in a study set's deck that its query no longer selects."""
    [study_set] = [s for s in spec.sets if s.name == name]
    return f"{deck_search(set_deck(deck, study_set))} -({study_set.query})"


def renamed_decks(
    spec: DeckSpec, deck: str, records: Sequence[SourceRecord], last_build: dict[str, Any]
) -> list[Diagnostic]:
    """Notices of the decks the last build (its stamp) named otherwise: Anki leaves a note's
    cards in the deck they are in (import rule 5a), so the renamed deck keeps them. The deck
    itself, or else each source's subdeck (per-source subdecks)."""
    hint = "move them in Anki: Browse, search {}, select its cards, Change Deck"
    summary = last_build.get("summary")
    last_deck = summary.get("deck") if isinstance(summary, dict) else None
    if isinstance(last_deck, str) and last_deck != deck:
        search = deck_search(last_deck)
        if deck.startswith(f"{last_deck}::"):  # the new deck is inside the old one
            search += f" -{deck_search(deck)}"
        return [
            Diagnostic(
                f"deck renamed from '{last_deck}' to '{deck}': Anki leaves the cards it has there",
                origin_of(spec),
                hint=hint.format(search),
                level="note",
            )
        ]
    if spec.subdecks is not Subdecks.PER_SOURCE:
        return []
    try:
        titles = {str(item[3]): str(item[4]) for item in last_build["splice"]["sources"]}
    except (KeyError, TypeError, IndexError):
        return []  # no record of the last build's sources: nothing to compare
    notices = []
    for record in records:
        before = titles.get(record.slug)
        if before is not None and before != record.title:
            old, new = (f"{deck}::{title_deck(title)}" for title in (before, record.title))
            notices.append(
                Diagnostic(
                    f"subdeck renamed from '{old}' to '{new}' ({record.shown}):"
                    " Anki leaves the cards it has there",
                    origin_of(spec),
                    hint=hint.format(deck_search(old)),
                    level="note",
                )
            )
    return notices


def read_deck(spec: DeckSpec, now: int) -> tuple[list[NoteDraft], list[Diagnostic]]:
    """A deck's drafts in reading order and its diagnostics, without identity (`check`). The
    ledger is read only to refuse what a build would: damage, or a notetype schema change."""
    set_queries(spec)
    cache = SourceCache(cache_folder(spec, None), False)
    drafts, diagnostics, _, media, _, _ = _read_and_extract(spec, cache)
    state = ledger_path(spec, output_for(spec, None))
    # A ledger the last build wrote (its stamp holds the file's hash) is whole: its first lines
    # tell the notetypes (a 25,000-note ledger is read whole in 0.19 s, hashed in 0.013 s).
    recorded = read_stamp(cache.folder / STAMP).get("ledger") if cache.folder else None
    found = read_header(state, spec.id) if recorded and recorded == file_hash(state) else None
    if found is None:
        old = load_ledger(state, display(state), spec.id, lambda identity, content: False)
        found = old, bool(old.notes)
    old, has_notes = found
    assign_notetypes(old, now)
    _require_notes(spec, drafts, has_notes)
    return drafts, diagnostics + media.diagnostics


def _shipped(
    spec: DeckSpec, output: Path | None, ledger: Path, stamp: dict[str, Any]
) -> dict[str, tuple[int, int, str]]:
    """The last package's notes by GUID (note id, mod, `shown_content`) when the ledger is not
    the one its build wrote (`stamp`: that build's): a revert or checkout brings back older
    mods than the notes Anki imported. Empty when the ledger is that one, or there is no
    intact last package."""
    package = output_for(spec, output)
    recorded, outputs = stamp.get("ledger"), stamp.get("outputs")
    if not recorded or recorded == file_hash(ledger) or not isinstance(outputs, dict):
        return {}
    if outputs.get(str(package)) != file_hash(package) or not package.is_file():
        return {}
    import sqlite3  # a rare path: imported only on it
    import zipfile

    try:
        with scratch(package) as copy:
            copy_collection(package, copy)
            with contextlib.closing(sqlite3.connect(copy)) as db:
                rows = db.execute("SELECT id, guid, mod, flds, tags FROM notes").fetchall()
    except (OSError, zipfile.BadZipFile, KeyError, sqlite3.Error):
        return {}
    return {
        guid: (int(nid), int(mod), shown_content(fields.split("\x1f")[:-1], tags.split()))
        for nid, guid, mod, fields, tags in rows
    }


def copy_collection(package: Path, target: Path) -> None:
    """Copy a package's collection out of its zip to `target`, a MiB at a time (zlib releases
    the GIL: a thread may do it). OSError, BadZipFile or KeyError if it cannot be read."""
    import shutil
    import zipfile

    with zipfile.ZipFile(package) as archive, open(target, "wb") as out:
        # apkg.COLLECTION, named here: apkg loads genanki.
        shutil.copyfileobj(archive.open("collection.anki2"), out, 1 << 20)


def _require_notes(spec: DeckSpec, drafts: list[NoteDraft], has_notes: bool) -> None:
    """Refuse a deck of no notes: none in its sources, none in its ledger."""
    if not drafts and not has_notes:
        raise DocdeckError(
            "no notes in any source",
            display(spec.path) if spec.path else None,
            hint="a deck needs at least one note",
        )


def _old_ledger(
    path: Path,
    namespace: str,
    drafts: list[NoteDraft],
    hashes: Sequence[str | None],
    details: bool,
) -> Ledger:
    """The ledger at `path`, where only the entries of notes that vanished keep their text and
    fields; with `details`, those of notes that changed too (`diff` shows their old fields).
    Its entries hold the drafts' identity strings. `hashes`: as `_read_and_extract` gives."""
    if not path.is_file():
        return load_ledger(path, display(path), namespace)
    current = {draft.identity: draft.identity for draft in drafts}
    if details:
        by_identity = {
            draft.identity: known or draft.content_hash()
            for draft, known in zip(drafts, hashes, strict=True)
        }
        return load_ledger(
            path,
            display(path),
            namespace,
            lambda identity, content: by_identity.get(identity) != content,
            current,
        )
    return load_ledger(
        path, display(path), namespace, lambda identity, content: identity not in current, current
    )


# Fewer sources than this per worker are extracted in-process: a worker costs more to start.
SOURCES_PER_WORKER = 16


@dataclass(frozen=True, slots=True)
class _Task:
    """One source to extract, as a worker receives it."""

    data: bytes
    suffix: str
    shown: str
    slug: str


def _extract(task: _Task, spec: DeckSpec, topics: tuple[Topic, ...]) -> Extracted:
    doc, read_problems = parse_source(task.data, task.suffix, task.shown)
    found, skipped, used = extract_document(doc, spec.extract, task.slug, topics, spec.tags)
    drafts = tuple(share_tags(found))
    # Hashed here, in a worker process: the main one assigns identities after every source.
    hashes = tuple([draft.content_hash() for draft in drafts])
    guids = tuple([guid_for(spec.id, draft.identity) for draft in drafts])
    problems = (*read_problems, *skipped)
    return Extracted(doc.title, drafts, problems, frozenset(used), hashes, guids)


def extract_one(
    data: bytes, source: Path, shown: str, name: str, spec: DeckSpec, topics: tuple[Topic, ...]
) -> Extracted:
    """Read and extract one source, whose slug is `name`, in this process."""
    return _extract(_Task(data, source.suffix, shown, name), spec, topics)


def source_slugs(spec: DeckSpec) -> dict[Path, str]:
    """Each source's slug: its notes' identity prefix and `source::` tag. The slug of its file
    name's stem; where sources share that (`a/intro.md`, `b/intro.md`), the slug of its path
    from the spec's folder, without the suffix, or with it (`notes.md`, `notes.txt`)."""
    return _source_slugs(spec.sources, deck_root(spec))


@functools.lru_cache(maxsize=4)
def _source_slugs(sources: tuple[Path, ...], root: Path) -> dict[Path, str]:
    def shared(slugs: dict[Path, str]) -> set[str]:
        return {name for name, count in Counter(slugs.values()).items() if count > 1}

    slugs = {source: slug(source.stem) for source in sources}
    for keep_suffix in (False, True):
        clashing = shared(slugs)
        for source, name in slugs.items():
            if name in clashing:
                relative = Path(os.path.relpath(source, root))
                slugs[source] = slug(str(relative if keep_suffix else relative.with_suffix("")))
    if clashing := shared(slugs):
        first, second = [s for s in sources if slugs[s] in clashing][:2]
        raise SourceError(
            f"sources {display(first)} and {display(second)} share the slug '{slugs[first]}':"
            " their notes would share identities",
            display(second),
            hint="rename one of them",
        )
    return slugs


_worker: tuple[DeckSpec, tuple[Topic, ...]] | None = None


def _start_worker(spec: DeckSpec, topics: tuple[Topic, ...]) -> None:
    global _worker
    _worker = (spec, topics)


Refusal = tuple[str, str | None, int | None, str | None]


def _extract_here(task: _Task) -> Extracted | Refusal:
    """One source's extraction; a refusal as its parts (exceptions lose them in pickling)."""
    assert _worker is not None
    try:
        return _extract(task, *_worker)
    except DocdeckError as error:
        return error.message, error.path, error.line, error.hint


@dataclass(frozen=True, slots=True)
class _Sent:
    """One extraction as a worker returns it: its cache entry's bytes, and its `Shipped` form."""

    entry: bytes
    extracted: Shipped


def _extract_in_worker(tasks: list[_Task]) -> list[_Sent | Refusal]:
    """A worker's results."""
    results: list[_Sent | Refusal] = []
    for task in tasks:
        found = _extract_here(task)
        if isinstance(found, Extracted):
            sent = shipped(found)
            results.append(_Sent(entry_bytes(sent), sent))
        else:
            results.append(found)
    return results


# Sources a worker is sent at a time.
CHUNK = 8


def _extract_sources(
    spec: DeckSpec,
    topics: tuple[Topic, ...],
    cache: SourceCache,
    jobs: int | None,
    on_source: Callable[[], None] | None,
    inputs: hashlib._Hash | None,
) -> Iterator[tuple[str, Extracted, str, str]]:
    """Each source's shown path, extraction, SHA-256 and cache key, in the spec's order, each
    as soon as it and those before it are extracted: the caller works while the workers do.
    The extraction comes from the cache when its bytes and the settings are unchanged,
    otherwise it is parsed, in worker processes when there are many.

    The workers fork as soon as enough sources are missing for all of them, and extract while
    the rest are read: forked later, each held a copy of every source read so far (a
    10,000-source first build peaked 60 MB higher in all)."""
    results: list[tuple[str, Extracted | None, str, str]] = []
    missing: list[tuple[int, str]] = []  # each source to extract: its place and cache key
    queued: list[_Task] = []  # their tasks, until sent to the workers
    slugs = source_slugs(spec)
    most = min(jobs or os.cpu_count() or 1, len(spec.sources) // SOURCES_PER_WORKER)
    with contextlib.ExitStack() as stack:
        pool: Executor | None = None
        sent: list[Future[list[_Sent | Refusal]]] = []
        for source in spec.sources:
            shown = display(source)
            data = read_source(source, shown)
            digest = hashlib.sha256(data).digest()
            if inputs is not None:
                add_source(inputs, source, digest)
            key = source_key(cache, spec, source, data, slugs[source])
            hit = cache.get(key)
            if hit is None:
                missing.append((len(results), key))
                queued.append(_Task(data, source.suffix, shown, slugs[source]))
                if pool is None and most > 1 and len(missing) >= most * SOURCES_PER_WORKER:
                    pool = _pool(stack, spec, topics, most)
                if pool is not None and len(queued) >= CHUNK:
                    sent += _send(pool, queued)
            elif on_source is not None:
                on_source()
            results.append((shown, hit, digest.hex(), key))
        cache.close()
        if pool is None and (workers := min(most, len(missing) // SOURCES_PER_WORKER)) > 1:
            pool = _pool(stack, spec, topics, workers)
        if pool is None:
            _start_worker(spec, topics)
            done: Iterable[_Sent | Extracted | Refusal] = map(_extract_here, queued)
        else:
            sent += _send(pool, queued)
            done = _received(sent)
            if cache.writable:  # a build: the package writer loads while the workers work
                import docdeck.apkg  # noqa: F401
        given = 0  # results before this one are yielded
        for (index, key), result in zip(missing, done, strict=True):
            if isinstance(result, tuple):
                raise SourceError(*result)
            if isinstance(result, _Sent):
                found = from_shipped(result.extracted)
                cache.put(key, found, result.entry)
            else:
                found = result
                cache.put(key, found)
            results[index] = (results[index][0], found, *results[index][2:])
            if on_source is not None:
                on_source()
            for name, extracted, sha, entry in results[given : index + 1]:
                assert extracted is not None  # every source before `index` is extracted
                yield name, extracted, sha, entry
            given = index + 1
        for name, extracted, sha, entry in results[given:]:
            assert extracted is not None  # no source is left missing
            yield name, extracted, sha, entry


def _received(sent: list[Future[list[_Sent | Refusal]]]) -> Iterator[_Sent | Refusal]:
    """The results of the tasks sent, in order, each future let go once read: held, they would
    hold every source's result (290 MB more at 10,000 sources)."""
    sent.reverse()
    while sent:
        yield from sent.pop().result()


def _send(pool: Executor, queued: list[_Task]) -> list[Future[list[_Sent | Refusal]]]:
    """The queued tasks sent to the workers, `CHUNK` at a time; the queue is emptied."""
    sent = [
        pool.submit(_extract_in_worker, queued[start : start + CHUNK])
        for start in range(0, len(queued), CHUNK)
    ]
    queued.clear()
    return sent


def _pool(
    stack: contextlib.ExitStack, spec: DeckSpec, topics: tuple[Topic, ...], workers: int
) -> Executor:
    """Worker processes, forked at the first task with the readers and extractors loaded: each
    would load them itself. Leaving `stack` waits for the tasks they began and drops the rest:
    a refused source ends the build at once, not after every source sent is extracted."""
    from concurrent.futures import ProcessPoolExecutor  # 30 ms to import: only if used

    load_extractors()
    import docdeck.readers.markdown
    import docdeck.readers.plaintext  # noqa: F401

    pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(spec, topics))
    stack.callback(pool.shutdown, cancel_futures=True)
    return pool


def source_key(cache: SourceCache, spec: DeckSpec, source: Path, data: bytes, name: str) -> str:
    """A source's extraction cache entry: its bytes, where it is, its slug `name`, and the
    spec's settings."""
    return cache.key(data, repr((display(source), name, spec.id, spec.extract, spec.tags)))


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """What one source gave a build: enough to splice an edit of another source into the next
    build without reading this one again (see `splice`)."""

    shown: str
    digest: str
    """The SHA-256 of its bytes."""
    key: str
    """Its extraction cache entry."""
    slug: str
    title: str
    counts: tuple[int, ...]
    """Its notes of each `NoteKind`, in that order."""
    diagnostics: tuple[Diagnostic, ...]
    topics: tuple[str, ...]
    """The topic tags its notes carry."""
    overrides: tuple[int, ...]
    """The spec overrides it used."""
    images: tuple[ImageUse, ...] = ()
    """The images its notes show, as it first refers to each."""


def deck_root(spec: DeckSpec) -> Path:
    """The folder images must be inside: the spec's (a bare source's own)."""
    return spec.path.parent if spec.path else spec.sources[0].parent


class _Read(NamedTuple):
    """A deck's sources, read and extracted."""

    drafts: list[NoteDraft]
    """In reading order."""
    diagnostics: list[Diagnostic]
    records: list[SourceRecord]
    media: Media
    hashes: PackedNumbers
    """Each draft's content hash as extraction computed it; None where the spec's tag rules or
    an image changed the draft after."""
    guids: PackedNumbers
    """Each draft's GUID in the namespace `spec.id`, as extraction computed it (None: not)."""


def _read_and_extract(
    spec: DeckSpec,
    cache: SourceCache,
    on_source: Callable[[], None] | None = None,
    jobs: int | None = None,
    inputs: hashlib._Hash | None = None,
) -> _Read:
    topics = compile_topics(spec.extract.topics)
    drafts: list[NoteDraft] = []
    hashes, guids = PackedNumbers(guids=False), PackedNumbers(guids=True)
    diagnostics: list[Diagnostic] = []
    records: list[SourceRecord] = []
    paths = {display(source): source for source in spec.sources}
    slugs = source_slugs(spec)
    images = Embedder(deck_root(spec))
    for found in _extract_sources(spec, topics, cache, jobs, on_source, inputs):
        notes, record = contribution(spec, topics, slugs[paths[found[0]]], *found)
        notes, uses = images.embed(notes, record.shown, paths[record.shown])
        drafts += notes
        # Tag rules and images replace the drafts they change (keeping their identities): the
        # hashes hold for the others, the drafts extracted.
        extracted = found[1]
        computed = {
            draft.identity: (draft, content, guid)
            for draft, content, guid in zip(
                extracted.drafts, extracted.hashes, extracted.guids, strict=True
            )
        }
        for draft in notes:
            first, content, guid = computed[draft.identity]
            hashes.append(content if draft is first else None)
            guids.append(guid)
        diagnostics += record.diagnostics
        records.append(replace(record, images=uses) if uses else record)
    diagnostics += deck_diagnostics(spec, topics, records)
    return _Read(drafts, diagnostics, records, images.media, hashes, guids)


def contribution(
    spec: DeckSpec,
    topics: tuple[Topic, ...],
    source_slug: str,
    shown: str,
    extracted: Extracted,
    digest: str,
    key: str,
) -> tuple[list[NoteDraft], SourceRecord]:
    """One source's notes, in reading order and tagged by the spec's rules, and its record."""
    found = extracted.drafts
    if not found and not spec.allow_empty:
        raise DocdeckError(
            "found nothing to turn into notes",
            shown,
            hint="docdeck looks for FAQs, tables, key-takeaway lists and firm statements"
            " (allow_empty: true in the spec accepts this)",
        )
    empty = () if found else (Diagnostic("found nothing to turn into notes", shown),)
    # Reading order: Anki shows new cards in the order of the package (import rule 1f).
    in_order = sorted(found, key=lambda draft: draft.origin.span.line)
    drafts = list(apply_tag_rules(in_order, spec.tag_rules))
    kinds = Counter(draft.kind for draft in drafts)
    carried = {tag for draft in drafts for tag in draft.tags}
    record = SourceRecord(
        shown,
        digest,
        key,
        source_slug,
        extracted.title,
        tuple(kinds[kind] for kind in NoteKind),
        (*empty, *extracted.diagnostics),
        tuple(sorted(topic.tag for topic in topics if topic.tag in carried)),
        tuple(sorted(extracted.used_overrides)),
    )
    return drafts, record


def deck_diagnostics(
    spec: DeckSpec, topics: tuple[Topic, ...], records: list[SourceRecord]
) -> list[Diagnostic]:
    """What only the whole deck shows: topics and overrides no source used."""
    spec_path = display(spec.path) if spec.path else None
    found_tags = {tag for record in records for tag in record.topics}
    used = {index for record in records for index in record.overrides}
    diagnostics = [
        Diagnostic(
            f"topic '{topic.name}' matches no note",
            spec_path,
            hint="check its terms against the source's wording",
        )
        for topic in topics
        if topic.tag not in found_tags
    ]
    diagnostics += [
        Diagnostic(
            f"override '{override.match}' matches no note",
            spec_path,
            override.line,
            "copy the question or text exactly from the source",
        )
        for index, override in enumerate(spec.extract.overrides)
        if index not in used
    ]
    return diagnostics


def set_queries(spec: DeckSpec) -> dict[str, Query]:
    """Parse every study set's query up front: a bad one stops the build before any work."""
    queries: dict[str, Query] = {}
    problems: list[DocdeckError] = []
    for study_set in spec.sets:
        try:
            queries[study_set.name] = parse_query(study_set.query)
        except QueryError as error:
            where = display(spec.path) if spec.path else None
            problems.append(SpecError(str(error), where, study_set.line))
    if problems:
        raise SpecErrors(problems)
    return queries


def set_deck(deck: str, study_set: StudySet) -> str:
    """A study set's deck name: its own, or a subdeck of the main deck."""
    return study_set.deck or f"{deck}::{study_set.name}"


def query_slug(text: str) -> str:
    """A tag query as a name: `tag:a -tag:b` is `tag-a-not-tag-b`."""
    return slug(_NEGATED.sub(r"\1not ", text))


_NEGATED = lazy(r"(^|[\s(])-")


def set_output(output: Path, name: str) -> Path:
    """`build/<stem>--<set>.apkg` beside the main package."""
    return output.with_name(f"{output.stem}--{name}{output.suffix}")


@dataclass(frozen=True, slots=True)
class Package:
    """One `.apkg` a build writes; a study set's carries the Anki search that makes the same
    set as a filtered deck (importing a set never moves cards already in a collection)."""

    path: Path
    decks: tuple[DeckOut, ...]
    search: str | None = None

    @property
    def note_count(self) -> int:
        return sum(len(deck.notes) for deck in self.decks)


def plan_packages(
    plan: Plan, output: Path | None, set_name: str | None = None, ad_hoc: Query | None = None
) -> list[Package]:
    """The packages one build writes: the deck and its study sets, one set, or an ad-hoc one."""
    main_output = output_for(plan.spec, output)
    if ad_hoc is not None:
        name = query_slug(ad_hoc.text)
        # The slug drops wildcards and grouping: the query's hash keeps each query's file apart.
        digest = hashlib.sha256(ad_hoc.text.encode()).hexdigest()[:6]
        path = output or set_output(main_output, f"{name}-{digest}")
        deck = plan.study_set(ad_hoc, f"{plan.deck}::{name}")
        return [Package(path, (deck,), anki_search(plan.deck, ad_hoc.text))]
    queries = set_queries(plan.spec)
    names = [study_set.name for study_set in plan.spec.sets]
    if set_name is not None and set_name not in names:
        raise DocdeckError(
            f"no study set '{set_name}'",
            display(plan.spec.path) if plan.spec.path else None,
            hint=f"sets: {', '.join(names)}" if names else "add one under 'sets:' in the spec",
        )
    packages = [] if set_name else [Package(main_output, tuple(plan.decks()))]
    for study_set in plan.spec.sets:
        if set_name in (None, study_set.name):
            query, left = queries[study_set.name], plan.left.get(study_set.name, frozenset())
            deck = plan.study_set(query, set_deck(plan.deck, study_set), left)
            path = output if set_name and output else set_output(main_output, study_set.name)
            packages.append(Package(path, (deck,), anki_search(plan.deck, study_set.query)))
    return packages


def write_plan(plan: Plan, packages: list[Package]) -> bool:
    """Write the packages, then the ledger (last, so a failure leaves the old state usable).

    Returns False when the outputs already hold exactly this plan: nothing is written then.
    The ledger is serialised in a thread while the packages are written: SQLite and zlib
    release the GIL, so the two share the CPU's cores. The cache is saved in another, before
    the stamp is written.

    A build of study sets alone (`--set`, `--tag`) writes their packages and nothing else: the
    ledger and the stamp describe the main package. The next full build assigns the same GUIDs
    (hashes of identities, from the same ledger) and reports the changes again.
    """
    with plan.cache.saving():  # beside the outputs, before the stamp
        if all(package.search is not None for package in packages):
            _write_packages(plan, packages)
            return True
        written, digest, ledger_hash, outputs = _write_outputs(plan, packages)
    if (stamp := plan.stamp_path) is not None:
        images = {str(path): file_hash(path) for path in plan.images}
        found = summary(plan, packages)
        splice = _splice_record(plan, packages)
        built_by = origin_of(plan.spec)
        write_stamp(
            stamp, built_by, digest, plan.inputs, images, ledger_hash, outputs, found, splice
        )
    return written


def _write_outputs(
    plan: Plan, packages: list[Package]
) -> tuple[bool, str, str, dict[str, str | None]]:
    """The packages and the ledger, where they do not hold this plan already: whether any was
    written, the outputs' digest, the ledger's SHA-256 and each package's."""
    stamp = plan.stamp_path
    remove_stale(plan.ledger_path)
    record = read_stamp(stamp) if stamp is not None else {}
    outputs = _output_hashes(packages)
    # Packages unchanged since the stamp may still hold exactly this plan: the ledger's hash
    # decides. Otherwise they are written whatever the ledger holds.
    maybe_current = record.get("outputs") == outputs
    with contextlib.ExitStack() as stack:
        with writing_ledger(plan.ledger_path):
            ledger = stack.enter_context(staged(plan.ledger_path))
        written = not maybe_current
        with LedgerWrite(plan.ledger_path, write_ledger, plan.ledger, ledger.temp) as writing:
            if written:
                _write_packages(plan, packages, writing)
        ledger_hash = writing.hash()
        digest = outputs_digest(ledger_hash, packages)
        if maybe_current and record.get("digest") != digest:
            written = True
            _write_packages(plan, packages)
        if written:
            outputs = _output_hashes(packages)
        if file_hash(plan.ledger_path) != ledger_hash:
            with writing_ledger(plan.ledger_path):
                ledger.commit()
            written = True
    return written, digest, ledger_hash, outputs


def _write_packages(
    plan: Plan, packages: list[Package], writing: LedgerWrite | None = None
) -> None:
    """Each package; with `writing`, the ledger is written while the first one is compressed,
    and each moves into place only once the ledger is written."""
    from docdeck.apkg import write_apkg  # genanki loads only when a package is written

    model_mods = {entry.id: entry.mod for entry in plan.ledger.notetypes}
    ready, collected = (writing.hash, writing.begin) if writing is not None else (None, None)
    for package in packages:
        remove_stale(package.path)
        remove_scratch(package.path)
        write_apkg(
            package.path, package.decks, model_mods, plan.timestamp, plan.media, ready, collected
        )


class LedgerWrite(threading.Thread):
    """The ledger at `path` written by `work(*args)` in a thread from `begin()` on, beside
    work that releases the GIL for long stretches: compressing a package, SQLite's bulk
    copies. Beside Python work (building a collection's rows) the two threads would only take
    turns at the GIL, slower than one after the other. `hash()` begins it if need be, waits for
    it and returns the SHA-256 `work` returns, or raises its OSError as the one-line error; a
    package calls it before it moves into place. Leaving the `with` block waits for a begun
    thread: a package's error wins over the ledger's."""

    def __init__(self, path: Path, work: Callable[..., str], *args: Any) -> None:
        super().__init__(name="docdeck-ledger", daemon=True)
        self.path = path
        self._work = functools.partial(work, *args)
        self._hash: str | None = None
        self._error: BaseException | None = None

    def begin(self) -> None:
        if self.ident is None:  # not yet started
            self.start()

    def run(self) -> None:
        try:
            self._hash = self._work()
        except BaseException as error:  # raised again by `hash()`, in the caller's thread
            self._error = error

    def hash(self) -> str:
        self.begin()
        self.join()
        with writing_ledger(self.path):
            if self._error is not None:
                raise self._error
        assert self._hash is not None
        return self._hash

    def __enter__(self) -> LedgerWrite:
        return self

    def __exit__(self, *_: object) -> None:
        if self.ident is not None:
            self.join()


@contextlib.contextmanager
def writing_ledger(path: Path) -> Iterator[None]:
    """An OSError while writing the ledger at `path`, as the one-line error that names it."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"cannot write: {write_error(path, exc)}", display(path)) from None


def _splice_record(plan: Plan, packages: list[Package]) -> dict[str, Any] | None:
    """What the next build needs to splice an edited source into this one (`splice`): each
    source's record, and how many ledger lines each source slug holds and their newest mod, in
    file order. None when the build's layout is not one deck of sources followed by
    tombstones."""
    slugs = [record.slug for record in plan.sources]
    titles = [record.title for record in plan.sources]
    if (
        plan.context is None
        or plan.left  # their sets' packages hold them this once: the next build plans in full
        or (plan.spec.subdecks is Subdecks.PER_SOURCE and len(set(titles)) != len(titles))
        or [package.search is None for package in packages]
        != [True] + [False] * len(plan.spec.sets)
        or len(set(slugs)) != len(slugs)
    ):
        return None
    sets = {}
    for package in packages[1:]:  # each study set's notes from each source
        chosen = Counter(
            note.draft.origin.source_slug for note in package.decks[0].notes if note.draft
        )
        sets[str(package.path)] = [chosen[name] for name in slugs]
    groups = []
    by_slug = itertools.groupby(plan.ledger.notes, lambda entry: entry.identity.split(":", 1)[0])
    for prefix, run in by_slug:  # the entries are in identity order, as the file
        mods = [entry.mod for entry in run]
        groups.append([prefix, len(mods), max(mods)])
    return {
        "context": plan.context,
        "sources": [dump_source(record) for record in plan.sources],
        "groups": groups,
        "sets": sets,
    }


def dump_source(record: SourceRecord) -> list[Any]:
    return [
        record.shown,
        record.digest,
        record.key,
        record.slug,
        record.title,
        list(record.counts),
        dump_diagnostics(record.diagnostics),
        list(record.topics),
        list(record.overrides),
        [[u.src, u.line, u.name, u.path, u.problem] for u in record.images],
    ]


def load_source(item: list[Any]) -> SourceRecord:
    shown, digest, key, slug_, title, counts, diagnostics, topics, overrides, images = item
    return SourceRecord(
        str(shown),
        str(digest),
        str(key),
        str(slug_),
        str(title),
        tuple(int(count) for count in counts),
        load_diagnostics(diagnostics),
        tuple(str(t) for t in topics),
        tuple(int(i) for i in overrides),
        tuple(ImageUse(str(s), int(n), name, path, why) for s, n, name, path, why in images),
    )


def summary(plan: Plan, packages: list[Package]) -> Summary:
    main = [p.path for p in packages if p.search is None]
    sets = tuple((p.path, p.note_count, p.search) for p in packages if p.search is not None)
    return Summary(
        plan.deck,
        plan.counts(),
        main[0] if main else None,
        sets,
        plan.diagnostics,
        len(plan.assignment.tombstones),
    )


def outputs_digest(ledger_hash: str, packages: list[Package]) -> str:
    """Everything a build writes, in one hash: the ledger holds every note's fields, tags and
    mod; the packages add which notes go where."""
    layout = [
        [str(p.path), [[deck.name, [note.guid for note in deck.notes]] for deck in p.decks]]
        for p in packages
    ]
    payload = json.dumps([code_version(), ledger_hash, layout], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def _output_hashes(packages: list[Package]) -> dict[str, str | None]:
    return {str(p.path): file_hash(p.path) for p in packages}


@dataclass(frozen=True, slots=True)
class Scaffold:
    """What `docdeck init` writes and reports."""

    path: Path
    text: str
    title: str
    counts: dict[str, int]
    """What it found of each kind, by singular noun."""


def scaffold(source: Path, deck: str | None, spec_dir: Path) -> Scaffold:
    """A spec for one source, with suggested topics; nothing written."""
    shown = display(source)
    doc, _ = read_document(source, shown)
    drafts, _, _ = extract_document(doc, ExtractSettings(), slug(source.stem), ())
    kinds = Counter(draft.kind.value for draft in drafts)
    tables = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)]
    counts = {
        "FAQ": kinds["faq"],
        "table": len(tables),
        "table row": sum(len(table.rows) for table in tables),
        "takeaway": kinds["takeaway"],
        "claim": kinds["claim"],
    }
    relative = os.path.relpath(source.resolve(), spec_dir.resolve())
    # A bare build of the source named its notes' identities after the file's stem: the spec
    # keeps it, or each note would come back to Anki as a duplicate.
    ident = source.stem if slug(source.stem) != source.stem else None
    text = spec_text(deck or doc.title, Path(relative).as_posix(), suggest_topics(doc), ident)
    return Scaffold(spec_dir / f"{slug(source.stem)}.yaml", text, doc.title, counts)


def write_spec(path: Path, text: str) -> None:
    """Write a spec `init` made, once it loads as a build would load it from there."""
    try:
        with staged(path) as stage:
            stage.temp.write_text(text, encoding="utf-8")
            load_spec(stage.temp, display(path))
            stage.commit()
    except OSError as exc:
        raise OutputError(f"cannot write: {write_error(path, exc)}", display(path)) from None


def write_text(path: Path, text: str) -> None:
    """Write a text output atomically."""
    try:
        write_atomic(path, text.encode())
    except OSError as exc:
        raise OutputError(f"cannot write: {write_error(path, exc)}", display(path)) from None


def build_deck(spec: DeckSpec, output: Path, now: int) -> Plan:
    """Plan the deck, then write its package and ledger."""
    plan = plan_deck(spec, now, output, fill_cache=True)
    write_plan(plan, plan_packages(plan, output))
    return plan
