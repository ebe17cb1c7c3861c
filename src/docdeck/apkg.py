"""The `.apkg` writer, the only genanki user: notes in, a deterministic package out, atomically.

Imports `errors`, `atomic`, `notes`, `notetypes`. None of genanki's defaults: GUIDs and mods
come from the caller, ids from the package time, zip entries get fixed dates (import rule 9).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import sqlite3
import time
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import genanki

from docdeck.atomic import replacing, scratch, write_error
from docdeck.errors import OutputError
from docdeck.notes import DeckOut, Note, NoteKind
from docdeck.notetypes import NOTETYPES, Notetype, notetype_for
from docdeck.patterns import lazy

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_EPOCH = time.mktime((*ZIP_DATE, 0, 0, -1))
# On a 25,000-note collection (17 MB): level 3 takes 0.15 s for 3.0 MB, zlib's default 6 takes
# 0.35 s for 2.7 MB. A rebuild after an edit is mostly this compression.
LEVEL = 3


class _StableModel(genanki.Model):  # type: ignore[misc]
    """A model that writes its own mod (rule 4a: a template change needs a newer mod)."""

    def __init__(self, notetype: Notetype, mod: int) -> None:
        super().__init__(
            model_id=notetype.id,
            name=notetype.name,
            fields=[{"name": name} for name in notetype.fields],
            templates=[
                {"name": t.name, "qfmt": t.front, "afmt": t.back} for t in notetype.templates
            ],
            css=notetype.css,
            model_type=genanki.Model.CLOZE if notetype.cloze else genanki.Model.FRONT_BACK,
            sort_field_index=notetype.sort_field,
        )
        self.mod = mod

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        data: dict[str, Any] = super().to_json(self.mod, deck_id)
        return data


class _CardRule:
    """Which cards genanki would make for a note of one model, worked out once per model:
    one per template whose required fields are filled, or one per cloze number (genanki's own
    rules, so a package is what genanki would write)."""

    def __init__(self, model: _StableModel) -> None:
        self.cloze = model.model_type == genanki.Model.CLOZE
        if self.cloze:
            front = model.templates[0]["qfmt"]
            names = set(re.findall(r"{{[^}]*?cloze:(?:[^}]?:)*(.+?)}}", front))
            names |= set(re.findall("<%cloze:(.+?)%>", front))
            self.fields = [i for i, f in enumerate(model.fields) if f["name"] in names]
        self.required = [
            (card, any if how == "any" else all, fields) for card, how, fields in model._req
        ]

    def ords(self, fields: Sequence[str]) -> list[int]:
        if not self.cloze:
            return [card for card, test, of in self.required if test(fields[i] for i in of)]
        found: set[int] = set()
        for index in self.fields:
            numbers = _CLOZE_NUMBER.findall(fields[index])
            found.update(int(number) - 1 for number in numbers if int(number) > 0)
        return sorted(found)


_CLOZE_NUMBER = lazy(r"{{c(\d+)::.+?}}", re.DOTALL)
# Rows go to sqlite in batches of this many notes: a large deck's fields are never all held.
BATCH = 5000
_NOTE_ROW = "INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)"
_CARD_ROW = "INSERT INTO later.cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
_NOTE_COLUMNS = "guid, mid, mod, usn, tags, flds, sfld, csum, flags, data"
_CARD_COLUMNS = "ord, mod, usn, type, queue"
_CARD_TAIL = "ivl, factor, reps, lapses, left, odue, odid, flags, data"


@dataclass(frozen=True, slots=True)
class Reused:
    """A run of notes copied with their cards from the previous package: `notes` notes from
    its note number `start` (0-based), the first of which had due `due` (dues run on within
    a deck)."""

    start: int
    notes: int
    due: int


@dataclass(frozen=True, slots=True)
class Spliced:
    """A deck whose notes are partly new and partly copied from the previous package."""

    name: str
    parts: tuple[Note | Reused, ...]


def _write_notes(
    cursor: sqlite3.Cursor,
    decks: Sequence[Spliced],
    models: Mapping[int, _StableModel],
    ids: Iterator[int],
) -> None:
    """Insert every note and its cards as genanki's `Note.write_to_db` would, one batch of
    rows per statement instead of one statement per row. Ids run through notes and their
    cards in deck order; a card's due is its note's place in the deck (new-card order).

    All notes go in first, then all cards in id order: the file's bytes depend only on the
    rows, not on which were copied from a previous package. New notes' cards wait in a
    temporary table; a copied run's come straight from the previous package."""
    rules = {model_id: (model, _CardRule(model)) for model_id, model in models.items()}
    for_kind = {kind: rules[notetype_for(kind).id] for kind in NoteKind}
    cursor.execute("ATTACH DATABASE '' AS later")
    # Keyed by id as main.cards is: the copies below read a range of ids, in id order.
    (schema,) = cursor.execute("SELECT sql FROM main.sqlite_master WHERE name = 'cards'").fetchone()
    cursor.execute(schema.replace("CREATE TABLE cards", "CREATE TABLE later.cards", 1))
    notes: list[tuple[object, ...]] = []
    cards: list[tuple[object, ...]] = []
    previous: list[int] = []
    steps: list[_Copied | int] = []  # the cards in id order: runs, or new cards from an id
    for deck in decks:
        did = deck_id(deck.name)
        due = 1
        for part in deck.parts:
            if isinstance(part, Reused):
                _flush(cursor, notes, cards)
                previous = previous or _previous_ids(cursor)
                first, end = previous[part.start], previous[part.start + part.notes]
                start = next(ids)
                shift = start - first
                cursor.execute(
                    f"INSERT INTO main.notes SELECT id + ?, {_NOTE_COLUMNS} FROM previous.notes"
                    " WHERE id >= ? AND id < ? ORDER BY id",
                    (shift, first, end),
                )
                steps.append(_Copied(first, end, shift, due - part.due, did))
                ids = itertools.count(start + end - first)
                due += part.notes
                continue
            model, rule = for_kind[part.kind]
            fields = part.fields
            nid = next(ids)
            if not steps or isinstance(steps[-1], _Copied):
                steps.append(nid)
            tags = f" {' '.join(part.tags)} "
            sort = fields[model.sort_field_index]
            mod = part.mod
            notes.append(
                (nid, part.guid, model.model_id, mod, -1, tags, "\x1f".join(fields), sort, 0, 0, "")
            )
            for card in rule.ords(fields):
                cards.append(
                    (next(ids), nid, did, card, mod, -1, 0, 0, due, 0, 0, 0, 0, 0, 0, 0, 0, "")
                )
            due += 1
            if len(notes) >= BATCH:
                _flush(cursor, notes, cards)
    _flush(cursor, notes, cards)
    for step, following in itertools.zip_longest(steps, steps[1:]):
        if isinstance(step, _Copied):
            cursor.execute(
                f"INSERT INTO main.cards SELECT id + ?, nid + ?, ?, {_CARD_COLUMNS}, due + ?,"
                f" {_CARD_TAIL} FROM previous.cards WHERE id >= ? AND id < ? ORDER BY id",
                (step.shift, step.shift, step.did, step.dues, step.first, step.end),
            )
        else:  # new cards, up to the next copied run's first id
            end = following.first + following.shift if isinstance(following, _Copied) else _NO_ID
            cursor.execute(
                "INSERT INTO main.cards SELECT * FROM later.cards"
                " WHERE id >= ? AND id < ? ORDER BY id",
                (step, end),
            )
    cursor.execute("DROP TABLE later.cards")


class _Copied(NamedTuple):
    """A run's cards: the previous package's ids `first` up to `end`, moved by `shift`, dues
    by `dues`, into deck `did`."""

    first: int
    end: int
    shift: int
    dues: int
    did: int


_NO_ID = 1 << 62  # past every id: ids are milliseconds since 1970


def _previous_ids(cursor: sqlite3.Cursor) -> list[int]:
    """The previous package's note ids in order, then one past its last id: run `k` of it
    takes the ids from its first note's up to the next run's first note's (ids run through
    notes and their cards)."""
    # One row, not 25,000: fetching a row gives up and takes back the GIL, a wait each while
    # another thread (the ledger's, the cache's) runs Python.
    (listed,) = cursor.execute(
        "SELECT group_concat(id) FROM (SELECT id FROM previous.notes ORDER BY id)"
    ).fetchone()
    ids = [int(id_) for id_ in listed.split(",")] if listed else []
    last = "SELECT max((SELECT max(id) FROM previous.notes), (SELECT max(id) FROM previous.cards))"
    (end,) = cursor.execute(last).fetchone()
    return [*ids, int(end or 0) + 1]


def _flush(
    cursor: sqlite3.Cursor, notes: list[tuple[object, ...]], cards: list[tuple[object, ...]]
) -> None:
    cursor.executemany(_NOTE_ROW, notes)
    cursor.executemany(_CARD_ROW, cards)
    notes.clear()
    cards.clear()


def deck_id(name: str) -> int:
    """A stable id for a deck name; Anki matches decks by name and ignores it (rule 5a)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:6], "big") + 1


def write_apkg(
    path: Path,
    decks: Sequence[DeckOut],
    model_mods: Mapping[int, int],
    timestamp: int,
    media: Mapping[str, bytes] | None = None,
    ready: Callable[[], object] | None = None,
    collected: Callable[[], object] | None = None,
) -> None:
    """Write the package to a temp file beside `path`, then move it into place. Of `media`,
    only the files some note of the package shows go in (a study set ships only its own).
    `ready` is called before the move: an error it raises leaves `path` as it was.
    `collected` is called when the collection is complete, before it is compressed (zlib
    releases the GIL: another thread's Python work fits there)."""
    spliced = [Spliced(deck.name, deck.notes) for deck in decks]
    _write(path, spliced, model_mods, timestamp, media or {}, ready=ready, collected=collected)


def write_spliced(
    path: Path,
    previous: Path,
    decks: Sequence[Spliced],
    model_mods: Mapping[int, int],
    timestamp: int,
    media: Mapping[str, bytes] | None = None,
    ready: Callable[[], object] | None = None,
) -> None:
    """Write a package whose `Reused` runs come from `previous`, the collection of the package
    now at `path` (a copy of its `COLLECTION` member): its rows and files are exactly those
    `write_apkg` would write for the same notes and media. `ready` is called before it moves
    into place, as by `write_apkg`."""
    _write(path, decks, model_mods, timestamp, media or {}, previous, ready)


COLLECTION = "collection.anki2"


def _write(
    path: Path,
    decks: Sequence[Spliced],
    model_mods: Mapping[int, int],
    timestamp: int,
    media: Mapping[str, bytes],
    previous: Path | None = None,
    ready: Callable[[], object] | None = None,
    collected: Callable[[], object] | None = None,
) -> None:
    models = {nt.id: _StableModel(nt, model_mods[nt.id]) for nt in NOTETYPES}
    package = genanki.Package([_deck(d.name, models) for d in decks])
    try:
        with replacing(path) as temp, scratch(path) as collection:
            connection = sqlite3.connect(collection)
            try:
                # A scratch file zipped when complete: no journal, no syncs.
                connection.execute("PRAGMA journal_mode = OFF")
                connection.execute("PRAGMA synchronous = OFF")
                # ids start at the package time: Anki shows a new note's id as its "added" date.
                ids = itertools.count(timestamp * 1000)
                cursor = connection.cursor()
                package.write_to_db(cursor, timestamp, ids)  # schema, collection, decks, models
                # Indexes built once the rows are in: a third faster than kept up row by row.
                indexes = cursor.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    " ORDER BY rowid"
                ).fetchall()
                for name, _ in indexes:
                    cursor.execute(f"DROP INDEX {name}")
                if previous is not None:
                    cursor.execute("ATTACH DATABASE ? AS previous", (str(previous),))
                _write_notes(cursor, decks, models, ids)
                for _, sql in indexes:
                    cursor.execute(sql)
                connection.commit()
                if previous is not None:
                    cursor.execute("DETACH DATABASE previous")
                names = _shown(cursor, media)
            finally:
                connection.close()
            if collected is not None:
                collected()
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as archive:
                _add_file(archive, collection, COLLECTION)
                index = {str(number): name for number, name in enumerate(names)}
                _add(archive, "media", json.dumps(index, sort_keys=True).encode())
                for number, name in index.items():
                    _add(archive, number, media[name])
            if ready is not None:
                ready()
    except OSError as exc:
        raise OutputError(
            f"cannot write package: {write_error(path, exc)}", str(path), hint="check the -o path"
        ) from None


# An embedded file's name has no quote or markup character (`media._stem`, then a hash).
_SRC = lazy(r'src="([^"]*)"')


def _shown(cursor: sqlite3.Cursor, media: Mapping[str, bytes]) -> list[str]:
    """The names of the media files some note of the package shows, sorted."""
    if not media:
        return []
    shown: set[str] = set()
    for (fields,) in cursor.execute("SELECT flds FROM notes WHERE instr(flds, 'src=\"') > 0"):
        shown.update(_SRC.findall(fields))
    return sorted(shown & media.keys())


def _deck(name: str, models: Mapping[int, _StableModel]) -> genanki.Deck:
    out = genanki.Deck(deck_id(name), name)
    for model in models.values():
        out.add_model(model)
    return out


def _add_file(archive: zipfile.ZipFile, path: Path, name: str) -> None:
    """`archive.write(path, name)`, deflated on two cores; a fixed date and mode keep the zip
    deterministic."""
    os.chmod(path, 0o644)
    os.utime(path, (ZIP_EPOCH, ZIP_EPOCH))
    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = zipfile.ZIP_DEFLATED
    # As `ZipFile.write` sets it: `compress_level` since Python 3.13, `_compresslevel` before.
    setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", LEVEL)
    deflate = _TwoCoreDeflate(LEVEL)
    with open(path, "rb") as source, deflate, archive.open(info, "w") as target:
        # The member's own compressor is zlib's, one block after another. zipfile computes the
        # CRC and sizes from what it is given, whichever compressor turns it into deflate.
        if hasattr(target, "_compressor"):
            setattr(target, "_compressor", deflate)  # noqa: B010 (a private attribute)
        # A block at a time: `ZipFile.write` copies 8 KiB, each taking the GIL back and waiting
        # for it while another thread runs Python (the ledger's).
        shutil.copyfileobj(source, target, BLOCK)


# The collection is deflated a block at a time, two blocks at once.
BLOCK = 1 << 20
_WINDOW = 32 << 10  # how far back deflate looks


class _TwoCoreDeflate:
    """A raw deflate stream, as zipfile's compressor: blocks of `BLOCK` bytes are compressed
    two at a time in threads (zlib releases the GIL), each primed with the 32 KiB before it
    and ended on a sync flush, so that they join into one stream. The bytes depend only on
    the data, never on the threads. A 17.6 MB collection (1,000 benchmark documents) deflates
    in 0.048 s instead of 0.075 s, to the same size."""

    def __init__(self, level: int) -> None:
        self._level = level
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="docdeck-deflate")
        self._pending: deque[Future[bytes]] = deque()
        self._buffer = bytearray()
        self._history = b""

    def compress(self, data: bytes) -> bytes:
        if not self._buffer and len(data) == BLOCK:
            self._submit(data)  # a block as `_add_file` reads it: not copied in and out
        else:
            self._buffer += data
        while len(self._buffer) >= BLOCK:
            self._submit(bytes(self._buffer[:BLOCK]))
            del self._buffer[:BLOCK]
        done = []  # in order; at most three blocks wait: a large file is never held whole
        while self._pending and (self._pending[0].done() or len(self._pending) > 3):
            done.append(self._pending.popleft().result())
        return b"".join(done)

    def flush(self) -> bytes:
        if self._buffer:
            self._submit(bytes(self._buffer))
            self._buffer.clear()
        done = [future.result() for future in self._pending]
        self._pending.clear()
        end = zlib.compressobj(self._level, zlib.DEFLATED, -15).flush()  # an empty last block
        return b"".join(done) + end

    def _submit(self, block: bytes) -> None:
        future = self._pool.submit(_deflate_block, block, self._history, self._level)
        self._pending.append(future)
        self._history = block[-_WINDOW:]

    def __enter__(self) -> _TwoCoreDeflate:
        return self

    def __exit__(self, *_: object) -> None:
        self._pool.shutdown(cancel_futures=True)


def _deflate_block(block: bytes, history: bytes, level: int) -> bytes:
    """One block of a raw deflate stream that continues after `history`; not its last."""
    if history:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15, zdict=history)
    else:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=LEVEL)
