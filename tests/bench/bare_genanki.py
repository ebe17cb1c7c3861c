"""Baseline (a): the notes of `docdeck preview --json`, written with plain genanki defaults.

    python tests/bench/bare_genanki.py NOTES.jsonl OUT.apkg

One genanki.Model per docdeck notetype (same fields, templates and CSS, so the notes are the same
notes), genanki.Note with the note's GUID, one genanki.Deck, and `Package.write_to_file()`: its
default package, a ZIP_STORED (uncompressed) archive of the collection. Prints the note count.
"""

from __future__ import annotations

import json
import sys
import zlib

import genanki

from docdeck.notetypes import NOTETYPES, Notetype


def _model(notetype: Notetype) -> genanki.Model:
    return genanki.Model(
        notetype.id,
        notetype.name,
        fields=[{"name": name} for name in notetype.fields],
        templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in notetype.templates],
        css=notetype.css,
        model_type=genanki.Model.CLOZE if notetype.cloze else genanki.Model.FRONT_BACK,
    )


def main(notes_path: str, out_path: str) -> int:
    models = {notetype.name: _model(notetype) for notetype in NOTETYPES}
    decks: dict[str, genanki.Deck] = {}
    count = 0
    with open(notes_path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            name = record["deck"]
            if name not in decks:
                decks[name] = genanki.Deck(zlib.crc32(name.encode()) + 1, name)
            model = models[record["notetype"]]
            fields = [record["fields"][field["name"]] for field in model.fields]
            decks[name].add_note(
                genanki.Note(model=model, fields=fields, tags=record["tags"], guid=record["guid"])
            )
            count += 1
    genanki.Package(list(decks.values())).write_to_file(out_path)
    print(f"{out_path}: {count} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
