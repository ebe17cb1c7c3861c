"""The extraction cache in build/.cache/<deck>: a source whose bytes, settings and docdeck code are
unchanged is not parsed again. Imports `errors`, `document`, `notes`, `project`.

Entries are JSON (never pickle: a cache must not be able to run code), kept in one SQLite file:
creating a file per source cost 0.7 ms each, 70 % of saving a 1,000-source build's entries. A
damaged or foreign entry, or a damaged file, is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import operator
import sqlite3
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from docdeck.document import SourceSpan
from docdeck.errors import Diagnostic, dump_diagnostics, load_diagnostics
from docdeck.notes import NoteDraft, NoteKind, Origin
from docdeck.project import code_version

STORE = "extracted.sqlite"


@dataclass(frozen=True, slots=True)
class Extracted:
    """What reading and extracting one source produced."""

    title: str
    drafts: tuple[NoteDraft, ...]
    diagnostics: tuple[Diagnostic, ...]
    used_overrides: frozenset[int]
    hashes: tuple[str, ...]
    """Each draft's `content_hash()`, computed where it was extracted (a worker process)."""
    guids: tuple[str, ...]
    """Each draft's GUID in the deck's namespace (`ledger.guid_for`; the cache key holds the
    namespace), computed there too."""


class SourceCache:
    """Entries for one deck. Only a build that writes its outputs saves them: `diff`,
    `preview`, `check` and refused builds read the cache and leave it as it is."""

    def __init__(self, folder: Path | None, writable: bool) -> None:
        self.folder = folder
        self.writable = writable
        self.used: set[str] = set()
        self.pending: dict[str, tuple[int, int]] = {}
        """New entries: where their text sits in the staging file (never all in memory)."""
        self._staging: IO[bytes] | None = None
        self._reader: sqlite3.Connection | None = None

    def key(self, data: bytes, settings: str) -> str:
        digest = hashlib.sha256(code_version().encode())
        digest.update(settings.encode())
        digest.update(data)
        return digest.hexdigest()[:32]

    def get(self, key: str) -> Extracted | None:
        if self.folder is None or not (self.folder / STORE).is_file():
            return None
        try:
            if self._reader is None:
                uri = (self.folder / STORE).resolve().as_uri() + "?mode=ro"
                self._reader = sqlite3.connect(uri, uri=True)
            row = self._reader.execute("SELECT value FROM entries WHERE key = ?", (key,))
            found = row.fetchone()
            if found is None:
                return None
            extracted = from_text(found[0])
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            return None
        self.used.add(key)
        return extracted

    def _staged(self) -> Iterator[tuple[str, bytes]]:
        """The staged entries, as their JSON text's UTF-8 bytes: stored so (a blob), never
        decoded and encoded again (`from_text` reads either)."""
        if self._staging is None:
            return
        self._staging.seek(0)
        for key, (_, length) in sorted(self.pending.items(), key=lambda item: item[1]):
            yield key, self._staging.read(length)

    def close(self) -> None:
        """Let go of the file (before worker processes fork, and before saving)."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def put(self, key: str, extracted: Extracted, data: bytes | None = None) -> None:
        """Stage an entry for `save()`: a build that stops before writing leaves the cache.
        `data`: the entry as `entry_bytes` wrote it, if it came that way from a worker."""
        self.used.add(key)
        if not self.writable or self.folder is None:
            return
        if self._staging is None:
            # In the cache's folder: with no folder given, Python's first temp file probes the
            # system's temp folder with a named file, which a kill then would leave there. Here
            # the file has no name (O_TMPFILE), or one that `save` sweeps.
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._staging = tempfile.TemporaryFile(  # noqa: SIM115 (closed by save or with self)
                    prefix=".staging.", suffix=".tmp", dir=self.folder
                )
            except OSError:
                self.writable = False  # a cache that cannot be written is only slower
                return
            weakref.finalize(self, self._staging.close)  # a build refused after planning
        if data is None:
            data = entry_bytes(shipped(extracted))
        self.pending[key] = (self._staging.tell(), len(data))
        self._staging.write(data)

    @contextlib.contextmanager
    def saving(self) -> Iterator[None]:
        """`save()` in a thread while the block writes the outputs, done when it ends: saving
        is mostly waiting for the disk (its commit syncs, 21-23 ms when the last build's writes
        are still being flushed)."""
        from concurrent.futures import ThreadPoolExecutor  # loaded with the package writer

        self.close()  # its reader was opened in this thread: SQLite closes it only here
        with ThreadPoolExecutor(1, thread_name_prefix="docdeck-cache") as pool:
            saved = pool.submit(self.save)
            yield
        saved.result()

    def save(self) -> None:
        """Write the new entries in one transaction, drop those this build did not use, and
        any temp files a killed build left behind."""
        self.close()
        if self.folder is None or not self.writable:
            return
        store = self.folder / STORE
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(store)) as db:
                db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT)")
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)", self._staged())
                unused = [
                    row for row in db.execute("SELECT key FROM entries") if row[0] not in self.used
                ]
                db.executemany("DELETE FROM entries WHERE key = ?", unused)
                db.commit()
        except (OSError, sqlite3.Error) as exc:
            if type(exc) is sqlite3.DatabaseError:  # not a database: the next build starts anew
                store.unlink(missing_ok=True)
            return  # a cache that cannot be written is only slower
        self.pending.clear()
        if self._staging is not None:
            self._staging.close()
            self._staging = None
        for stale in [*self.folder.glob(".*.tmp"), *self.folder.glob("*.json")]:
            stale.unlink(missing_ok=True)  # killed builds' temp files, entries of old versions


def share_tags(drafts: Iterable[NoteDraft]) -> Iterator[NoteDraft]:
    """The drafts with equal tag tuples as one tuple of shared strings: a source's notes have
    a few distinct tag sets, and pickling and the cache keep that sharing."""
    pool: dict[Any, Any] = {}
    for draft in drafts:
        tags = pool.get(draft.tags)
        if tags is None:
            tags = tuple(pool.setdefault(tag, tag) for tag in draft.tags)
            # The draft's own tuple when it holds the pooled strings (`Context.draft` shares
            # them): then no draft of this tag set is copied.
            if all(map(operator.is_, tags, draft.tags)):
                tags = draft.tags
            pool[tags] = tags
        yield draft if tags is draft.tags else replace(draft, tags=tags)


# An extraction as plain values: its drafts as rows of their parts. A cache entry is their JSON
# text; a worker process sends them beside it as they are, in tuples, which pickle writes and
# reads in C, keeping equal values one object. The main process loads a source's 25 drafts in
# 0.11 ms so, 0.22 ms from the JSON text (0.5 ms pickled as dataclasses).
Row = tuple[str, str, tuple[str, ...], str, str, str, str, int, tuple[str, ...], str]
"""A draft: kind, identity, fields, origin title, slug, section, path and line, tags, text."""
Shipped = tuple[
    str, tuple[Row, ...], tuple[Diagnostic, ...], frozenset[int], tuple[str, ...], tuple[str, ...]
]
"""An extraction: title, drafts, diagnostics, used overrides, hashes, GUIDs."""


def shipped(extracted: Extracted) -> Shipped:
    # Titles, sections, paths and tag sets repeat across drafts; a text is often a field of its
    # own draft (a question), a context or a row's text the field or text of another: one each.
    pool: dict[Any, Any] = {}
    share = pool.setdefault  # share(x, x): the first equal value seen, or x
    rows = tuple(
        [
            (
                d.kind.value,
                d.identity,
                tuple([share(f, f) for f in d.fields]),
                share(d.origin.title, d.origin.title),
                share(d.origin.source_slug, d.origin.source_slug),
                share(d.origin.section, d.origin.section),
                share(d.origin.span.path, d.origin.span.path),
                d.origin.span.line,
                share(d.tags, d.tags),
                share(d.text, d.text),
            )
            for d in extracted.drafts
        ]
    )
    found = extracted
    return found.title, rows, found.diagnostics, found.used_overrides, found.hashes, found.guids


def from_shipped(data: Shipped) -> Extracted:
    title, rows, diagnostics, used, hashes, guids = data
    kinds = _KINDS
    drafts = tuple(
        [
            NoteDraft(
                kinds[kind], identity, fields, Origin(t, s, section, SourceSpan(p, n)), tags, text
            )
            for kind, identity, fields, t, s, section, p, n, tags, text in rows
        ]
    )
    return Extracted(title, drafts, diagnostics, used, hashes, guids)


def entry_bytes(data: Shipped) -> bytes:
    """An extraction as a cache entry's JSON text, encoded as it is stored (a worker process
    encodes it: the main one only stages the bytes)."""
    title, rows, diagnostics, used, hashes, guids = data
    entry = [title, rows, dump_diagnostics(diagnostics), sorted(used), hashes, guids]
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()


def from_text(text: str | bytes) -> Extracted:
    """The extraction an entry's text holds; ValueError, KeyError or TypeError if damaged.

    An entry was written by this same code (its key holds the code's hash): a damaged one
    fails its JSON or its shape, so values are not converted one by one."""
    title, rows, diagnostics, used, hashes, guids = json.loads(text)
    pool: dict[Any, Any] = {}
    share = pool.setdefault  # the sharing `shipped` makes, which JSON loses
    shared: list[Row] = []
    for kind, identity, fields, t, s, section, p, n, tags, text in rows:
        names = tuple([share(name, name) for name in tags])
        texts = tuple([share(f, f) for f in fields])
        origin = (share(t, t), share(s, s), share(section, section), share(p, p), int(n))
        shared.append((kind, identity, texts, *origin, share(names, names), share(text, text)))
    if len(hashes) != len(shared) or len(guids) != len(shared):
        raise ValueError("a hash and a GUID for each draft")
    found = (str(title), tuple(shared), load_diagnostics(diagnostics), frozenset(used))
    return from_shipped((*found, tuple(hashes), tuple(guids)))


_KINDS = {kind.value: kind for kind in NoteKind}
