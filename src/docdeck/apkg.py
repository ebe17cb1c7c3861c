"""The `.apkg` writer, the only genanki user: notes in, a deterministic package out, atomically.

Imports `errors`, `atomic`, `notes`, `notetypes`. None of genanki's defaults: GUIDs and mods
come from the caller, ids from the package time, zip entries get fixed dates (import rule 9).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import genanki

from docdeck.atomic import replacing, write_error
from docdeck.errors import OutputError
from docdeck.notes import DeckOut, Note
from docdeck.notetypes import NOTETYPES, Notetype, notetype_for

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_EPOCH = time.mktime((*ZIP_DATE, 0, 0, -1))
# zlib's default: level 9 took 60 % longer on a 25,000-note collection for 0.7 % less size.
LEVEL = 6


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


class _StableNote(genanki.Note):  # type: ignore[misc]
    """A note that writes its own mod (rule 1b: unchanged notes keep theirs), with fields
    rendered only when written (genanki iterates a deck's notes twice)."""

    def __init__(self, model: _StableModel, note: Note, due: int) -> None:
        super().__init__(model=model, tags=list(note.tags), guid=note.guid, due=due)
        self.note = note
        self.mod = note.mod

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        self.fields = list(self.note.fields)
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


def deck_id(name: str) -> int:
    """A stable id for a deck name; Anki matches decks by name and ignores it (rule 5a)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:6], "big") + 1


def write_apkg(
    path: Path,
    decks: Sequence[DeckOut],
    model_mods: Mapping[int, int],
    timestamp: int,
    media: Mapping[str, bytes] | None = None,
) -> None:
    """Write the package to a temp file beside `path`, then move it into place."""
    models = {nt.id: _StableModel(nt, model_mods[nt.id]) for nt in NOTETYPES}
    package = genanki.Package([_deck(d, models) for d in decks])
    try:
        with replacing(path) as temp, tempfile.TemporaryDirectory() as scratch:
            collection = Path(scratch) / "collection.anki2"
            connection = sqlite3.connect(collection)
            try:
                # ids start at the package time: Anki shows a new note's id as its "added" date.
                package.write_to_db(
                    connection.cursor(), timestamp, itertools.count(timestamp * 1000)
                )
                connection.commit()
            finally:
                connection.close()
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as archive:
                # Streamed from disk; a fixed date and mode keep the zip deterministic.
                os.chmod(collection, 0o644)
                os.utime(collection, (ZIP_EPOCH, ZIP_EPOCH))
                archive.write(collection, "collection.anki2")
                names = sorted(_referenced(decks, media or {}))
                index = {str(number): name for number, name in enumerate(names)}
                _add(archive, "media", json.dumps(index, sort_keys=True).encode())
                for number, name in index.items():
                    _add(archive, number, (media or {})[name])
    except OSError as exc:
        raise OutputError(
            f"cannot write package: {write_error(path, exc)}", str(path), hint="check the -o path"
        ) from None


def _referenced(decks: Sequence[DeckOut], media: Mapping[str, bytes]) -> set[str]:
    """The media files some note of the package shows: a study set ships only its own."""
    if not media:
        return set()
    shown = set()
    for deck in decks:
        for note in deck.notes:
            fields = note.fields  # rendered once per note, not once per file
            shown |= {name for name in media if any(f'src="{name}"' in f for f in fields)}
    return shown


class _Notes:
    """A deck's genanki notes, made while genanki iterates them: never all in memory."""

    def __init__(self, notes: Sequence[Note], models: Mapping[int, _StableModel]) -> None:
        self.notes = notes
        self.models = models

    def __iter__(self) -> Iterator[_StableNote]:
        for due, note in enumerate(self.notes, start=1):
            yield _StableNote(self.models[notetype_for(note.kind).id], note, due)


def _deck(deck: DeckOut, models: Mapping[int, _StableModel]) -> genanki.Deck:
    out = genanki.Deck(deck_id(deck.name), deck.name, deck.description)
    for model in models.values():
        out.add_model(model)
    out.notes = _Notes(deck.notes, models)
    return out


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=LEVEL)
