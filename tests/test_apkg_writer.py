"""The package writer inserts notes and cards in batches; every row must be the row genanki's
own `Note.write_to_db` writes for the same note (ids, dues, card ords, tags, fields, mods).

The reference collection below is written note by note through genanki itself, so a drift in
either (a card rule, an id sequence, a tag format) shows as a differing row.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import zipfile
import zlib
from pathlib import Path

import genanki
import pytest

import docdeck.project
from docdeck import apkg, pipeline
from docdeck.notetypes import NOTETYPES, notetype_for

EPOCH = 1_700_000_000

SOURCE = """\
# Sleep and Memory

Sleep consolidates memory: about 40% of recall gains happen overnight.

## Key Takeaways

- Deep sleep replays the day's learning
- A nap of 20 minutes restores alertness, not memory
- Naps after lunch suit most adults

## Doses

| Habit | Effect | Dose |
|---|---|---|
| Naps | Alertness | 20 minutes |
| Night sleep | Memory | 8 hours |

## Frequently Asked Questions

### How long should a nap be?

Twenty minutes keeps you out of deep sleep.

### Does caffeine hurt sleep?

Yes, for up to six hours after a cup.
"""

SPEC = """\
deck: "Writer::Sleep"
id: writer
sources: [sleep.md, second.md]
tags: [sleep]
subdecks: {subdecks}
overrides:
  - match: "Deep sleep replays the day's learning"
    text: "{{{{c1::Deep sleep}}}} replays the day's {{{{c2::learning}}}}"
"""


def reference(path: Path, packages: list[pipeline.Package], plan: pipeline.Plan) -> None:
    """The main package's collection, written one note at a time by genanki."""
    mods = {entry.id: entry.mod for entry in plan.ledger.notetypes}
    models = {nt.id: apkg._StableModel(nt, mods[nt.id]) for nt in NOTETYPES}
    decks = packages[0].decks
    connection = sqlite3.connect(path)
    cursor = connection.cursor()
    ids = itertools.count(plan.timestamp * 1000)
    genanki.Package([apkg._deck(deck.name, models) for deck in decks]).write_to_db(
        cursor, plan.timestamp, ids
    )
    for deck in decks:
        for due, note in enumerate(deck.notes, start=1):
            model = models[notetype_for(note.kind).id]
            written = genanki.Note(
                model=model, fields=list(note.fields), tags=list(note.tags), guid=note.guid, due=due
            )
            written.write_to_db(cursor, note.mod, apkg.deck_id(deck.name), ids)
    connection.commit()
    connection.close()


def rows(collection: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(collection) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("notes", "cards", "col")
        }


@pytest.mark.parametrize("subdecks", ["none", "per-source"])
def test_rows_are_what_genanki_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, subdecks: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sleep.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "second.md").write_text(SOURCE.replace("Sleep and", "Naps and"), encoding="utf-8")
    spec_path = tmp_path / "writer.yaml"
    spec_path.write_text(SPEC.format(subdecks=subdecks), encoding="utf-8")
    output = Path("out.apkg")

    def build(now: int) -> tuple[pipeline.Plan, list[pipeline.Package]]:
        spec = docdeck.project.load_targets((spec_path,))[0]
        plan = pipeline.plan_deck(spec, now, output)
        packages = pipeline.plan_packages(plan, output)
        pipeline.write_plan(plan, packages)
        return plan, packages

    build(EPOCH)
    # An edit: one FAQ goes (a tombstone), one answer changes (a newer mod).
    edited = SOURCE.replace(
        "### Does caffeine hurt sleep?\n\nYes, for up to six hours after a cup.\n", ""
    )
    (tmp_path / "sleep.md").write_text(edited.replace("Twenty", "About twenty"), "utf-8")
    plan, packages = build(EPOCH + 100)

    assert plan.assignment.tombstones, "the edit should leave a tombstone"
    with zipfile.ZipFile(output) as archive:
        (tmp_path / "written.anki2").write_bytes(archive.read("collection.anki2"))
    reference(tmp_path / "reference.anki2", packages, plan)

    written, expected = rows(tmp_path / "written.anki2"), rows(tmp_path / "reference.anki2")
    assert written == expected
    ords = sorted(card[3] for card in written["cards"])
    assert ords.count(1) == 2, "the two-cloze override makes a second card in each source"
    assert len(written["notes"]) == len(plan.notes) + len(plan.assignment.tombstones)


@pytest.mark.parametrize("size", [0, 1, apkg.BLOCK - 1, apkg.BLOCK, 3 * apkg.BLOCK + 12345])
def test_the_collection_deflated_on_two_cores_reads_back_whole(tmp_path: Path, size: int) -> None:
    """Blocks deflated apart join into one stream: zipfile reads the member back (its CRC
    checked), a second write gives the same bytes, and the size is what zlib alone gets."""
    rng = random.Random(size)
    words = [bytes(rng.choices(b"abcdefgh \x00\x1f", k=rng.randint(1, 9))) for _ in range(400)]
    data = b" ".join(rng.choices(words, k=size))[:size]
    collection = tmp_path / "collection.anki2"
    collection.write_bytes(data)
    written = []
    for name in ("a.zip", "b.zip"):
        with zipfile.ZipFile(tmp_path / name, "w") as archive:
            apkg._add_file(archive, collection, "collection.anki2")
        with zipfile.ZipFile(tmp_path / name) as archive:
            assert archive.read("collection.anki2") == data
            written.append(archive.getinfo("collection.anki2").compress_size)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    alone = zlib.compressobj(apkg.LEVEL, zlib.DEFLATED, -15)
    assert written[0] <= len(alone.compress(data) + alone.flush()) * 1.01 + 64
