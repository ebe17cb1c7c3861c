"""Import ``.apkg`` files into the real Anki backend (headless) and inspect the result.

Test-only helper. It wraps :class:`anki.collection.Collection` (the ``anki`` package from PyPI)
so tests can check how Anki itself treats the packages docdeck writes. See
``docs/anki-import-rules.md`` (section "Using the real Anki backend in tests").

Typical use::

    with AnkiCollection(tmp_path) as anki:
        log = anki.import_apkg(apkg_path)
        assert log.new == ["guid-1"]
        [note] = anki.notes()
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

# Import order matters: in anki 26.x, importing ``anki.cards``, ``anki.notes`` or
# ``anki.scheduler.*`` before ``anki.collection`` fails with a circular ImportError. The plain
# ``import anki.collection`` stays first (isort puts straight imports before from-imports).
import anki.collection
from anki import import_export_pb2
from anki.cards import CardId
from anki.notes import NoteId
from anki.scheduler.v3 import Scheduler as V3Scheduler
from anki.scheduler_pb2 import CardAnswer

if TYPE_CHECKING:
    from anki.cards import Card
    from anki.dbproxy import DBProxy

__all__ = [
    "AnkiCollection",
    "CardView",
    "ImportLog",
    "NoteView",
    "Rating",
    "UpdateCondition",
    "strip_html",
]

UpdateCondition = Literal["if_newer", "always", "never"]
Rating = Literal["again", "hard", "good", "easy"]

_UPDATE_CONDITIONS: dict[str, import_export_pb2.ImportAnkiPackageUpdateCondition.ValueType] = {
    "if_newer": import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
    "always": import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_ALWAYS,
    "never": import_export_pb2.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_NEVER,
}

_RATINGS: dict[str, CardAnswer.Rating.ValueType] = {
    "again": CardAnswer.AGAIN,
    "hard": CardAnswer.HARD,
    "good": CardAnswer.GOOD,
    "easy": CardAnswer.EASY,
}

# Collection files inside an .apkg, newest first. ``collection.anki21b`` (zstd, written by
# Anki >= 2.1.50 exports) cannot be read with the standard library; genanki writes
# ``collection.anki2``.
_PACKAGE_DBS = ("collection.anki21", "collection.anki2")


@dataclass
class ImportLog:
    """GUIDs per ``NoteLog`` bucket of one import, each list sorted.

    ``new``/``updated``/``duplicate`` notes are resolved in the target collection. Anki logs a
    ``conflicting`` note with its id *from the package* (it was never imported), so those GUIDs
    are read from the package itself.
    """

    new: list[str]
    updated: list[str]
    duplicate: list[str]
    conflicting: list[str]


@dataclass(frozen=True)
class NoteView:
    guid: str
    id: int
    notetype: str
    fields: dict[str, str]
    """Field name -> value, in the notetype's field order."""
    tags: tuple[str, ...]
    mod: int
    deck_names: tuple[str, ...]
    """Home decks of the note's cards, sorted and unique."""


@dataclass(frozen=True)
class CardView:
    id: int
    note_guid: str
    ord: int
    deck: str
    """Name of the card's home deck (``odid`` if it sits in a filtered deck)."""
    question_html: str
    answer_html: str
    ivl: int
    due: int
    reps: int
    type: int
    queue: int


class AnkiCollection:
    """A fresh (or existing) Anki collection in ``directory``; use as a context manager."""

    def __init__(self, directory: str | Path, name: str = "collection.anki2") -> None:
        self.path = Path(directory) / name
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.col = anki.collection.Collection(str(self.path))

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the collection (idempotent)."""
        if self.col.db is not None:
            self.col.close()

    @property
    def db(self) -> DBProxy:
        db = self.col.db
        if db is None:
            raise RuntimeError("collection is closed")
        return db

    # -- import ---------------------------------------------------------------------------

    def import_apkg(
        self,
        path: str | Path,
        *,
        update_notes: UpdateCondition = "if_newer",
        update_notetypes: UpdateCondition = "if_newer",
        merge_notetypes: bool = False,
        with_scheduling: bool = False,
    ) -> ImportLog:
        """Import ``path`` like File > Import does and return the GUIDs per log bucket."""
        request = anki.collection.ImportAnkiPackageRequest(
            package_path=str(Path(path).resolve()),
            options=anki.collection.ImportAnkiPackageOptions(
                update_notes=_UPDATE_CONDITIONS[update_notes],
                update_notetypes=_UPDATE_CONDITIONS[update_notetypes],
                merge_notetypes=merge_notetypes,
                with_scheduling=with_scheduling,
            ),
        )
        response = self.col.import_anki_package(request)
        # The Python-side notetype cache does not see notetypes the backend just imported.
        self.col.models._clear_cache()
        log = response.log

        # Each log entry is an ``ImportResponse.Note`` carrying only ``id`` (a ``NoteId``
        # message, hence ``.nid``) and ``fields`` -- no GUID. For new/updated/duplicate the id
        # is the note's id in *this* collection (after Anki's +999 collision shifts); for
        # conflicting it is the id the note had *in the package*.
        def ids(entries: Iterable[Any]) -> list[int]:
            return [int(entry.id.nid) for entry in entries]

        new, updated, duplicate = ids(log.new), ids(log.updated), ids(log.duplicate)
        conflicting = ids(log.conflicting)
        target = self._guids_by_note_id([*new, *updated, *duplicate])
        source = _package_guids_by_note_id(Path(path)) if conflicting else {}

        def resolve(nids: list[int], by_id: Mapping[int, str], bucket: str) -> list[str]:
            missing = [nid for nid in nids if nid not in by_id]
            if missing:
                raise LookupError(f"{bucket} note ids {missing} not found")
            return sorted(by_id[nid] for nid in nids)

        return ImportLog(
            new=resolve(new, target, "new"),
            updated=resolve(updated, target, "updated"),
            duplicate=resolve(duplicate, target, "duplicate"),
            conflicting=resolve(conflicting, source, "conflicting"),
        )

    def _guids_by_note_id(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = set(ids)
        if not wanted:
            return {}
        rows: list[Sequence[Any]] = self.db.all("select id, guid from notes")
        return {int(nid): str(guid) for nid, guid in rows if nid in wanted}

    # -- inspection -----------------------------------------------------------------------

    def notes(self) -> list[NoteView]:
        """All notes, sorted by GUID."""
        views = []
        for nid in self._ids("notes"):
            note = self.col.get_note(NoteId(nid))
            notetype = note.note_type()
            assert notetype is not None
            decks = {self._deck_name(self.col.get_card(cid)) for cid in note.card_ids()}
            views.append(
                NoteView(
                    guid=note.guid,
                    id=int(note.id),
                    notetype=str(notetype["name"]),
                    fields=dict(note.items()),
                    tags=tuple(note.tags),
                    mod=int(note.mod),
                    deck_names=tuple(sorted(decks)),
                )
            )
        return sorted(views, key=lambda v: v.guid)

    def cards(self) -> list[CardView]:
        """All cards with their rendered HTML, sorted by (note GUID, ord)."""
        guids = self._guids_by_note_id(self._ids("notes"))
        views = []
        for cid in self._ids("cards"):
            card = self.col.get_card(CardId(cid))
            views.append(
                CardView(
                    id=int(card.id),
                    note_guid=guids[card.nid],
                    ord=card.ord,
                    deck=self._deck_name(card),
                    question_html=card.question(),
                    answer_html=card.answer(),
                    ivl=card.ivl,
                    due=card.due,
                    reps=card.reps,
                    type=int(card.type),
                    queue=int(card.queue),
                )
            )
        return sorted(views, key=lambda v: (v.note_guid, v.ord))

    def notetypes(self) -> dict[str, dict[str, Any]]:
        """Notetype name -> {"id", "fields", "templates", "css", "type", "sortf"}."""
        self.col.models._clear_cache()
        result: dict[str, dict[str, Any]] = {}
        for nt in self.col.models.all():
            result[str(nt["name"])] = {
                "id": int(nt["id"]),
                "fields": [str(f["name"]) for f in nt["flds"]],
                "templates": [str(t["name"]) for t in nt["tmpls"]],
                "css": str(nt["css"]),
                "type": int(nt["type"]),
                "sortf": int(nt["sortf"]),
            }
        return result

    def revlog(self) -> list[tuple[int, int, int, int]]:
        """``(id, cid, ease, ivl)`` of every review log row, sorted."""
        rows: list[Sequence[Any]] = self.db.all("select id, cid, ease, ivl from revlog")
        return sorted((int(r[0]), int(r[1]), int(r[2]), int(r[3])) for r in rows)

    def check_database(self) -> tuple[str, bool]:
        """Tools > Check Database: ``(message, ok)``."""
        return self.col.fix_integrity()

    # -- scheduling -----------------------------------------------------------------------

    def answer_all(self, rating: Rating = "good") -> int:
        """Answer every card once with the v3 scheduler; returns the number of cards answered.

        Sleeps a few ms between answers because revlog ids are millisecond timestamps.
        """
        value = _RATINGS[rating]
        sched = self.col.sched
        if not isinstance(sched, V3Scheduler):
            raise RuntimeError(f"expected the v3 scheduler, got {type(sched).__name__}")
        cids = self._ids("cards")
        for i, cid in enumerate(cids):
            if i:
                time.sleep(0.003)
            card = self.col.get_card(CardId(cid))
            card.start_timer()
            states = self.col._backend.get_scheduling_states(cid)
            answer = sched.build_answer(card=card, states=states, rating=value)
            sched.answer_card(answer)
        return len(cids)

    def _ids(self, table: Literal["notes", "cards"]) -> list[int]:
        return [int(i) for i in self.db.list(f"select id from {table} order by id")]

    def _deck_name(self, card: Card) -> str:
        return self.col.decks.name(card.current_deck_id())


def _package_guids_by_note_id(path: Path) -> dict[int, str]:
    """``notes.id -> notes.guid`` as stored inside the package (not the target collection)."""
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        member = next((n for n in _PACKAGE_DBS if n in names), None)
        if member is None:
            raise ValueError(f"{path}: no {' or '.join(_PACKAGE_DBS)} inside the package")
        with tempfile.TemporaryDirectory() as tmp:
            db_path = zf.extract(member, tmp)
            conn = sqlite3.connect(db_path)
            try:
                rows = conn.execute("select id, guid from notes").fetchall()
            finally:
                conn.close()
    return {int(nid): str(guid) for nid, guid in rows}


# -- HTML -------------------------------------------------------------------------------------

_SKIP_CONTENT = frozenset({"style", "script"})
_BREAKING = frozenset(
    {"br", "hr", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"}
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_CONTENT:
            self._skip_depth += 1
        elif tag in _BREAKING:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKING:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_CONTENT:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BREAKING:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def strip_html(s: str) -> str:
    """Visible text of an HTML fragment: tags removed, entities unescaped.

    ``<style>``/``<script>`` contents are dropped, ``<br>`` and block tags count as whitespace,
    and all whitespace runs (including ``&nbsp;``) collapse to one space; the result is stripped.
    """
    parser = _TextExtractor()
    parser.feed(s)
    parser.close()
    return " ".join("".join(parser.parts).split())
