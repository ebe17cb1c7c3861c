"""Proves that ``tests/ankitools.py`` drives the real Anki backend correctly.

Packages are built with genanki right here (fixed GUIDs, fixed timestamps), so these tests
depend on neither docdeck's own writer nor the wall clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import genanki  # type: ignore[import-untyped]
import pytest
from ankitools import AnkiCollection, strip_html

T0 = 1_700_000_000  # package timestamp = note/card/model mod (seconds); note ids = T0 * 1000 + n
DECK_ID = 2_059_400_110
DECK_NAME = "Ankitools::Test"
BASIC_ID = 1_607_392_319
CLOZE_ID = 1_607_392_320
BASIC_NAME = "Ankitools Basic"
CLOZE_NAME = "Ankitools Cloze"


def basic_model(fields: Sequence[str] = ("Front", "Back")) -> genanki.Model:
    return genanki.Model(
        BASIC_ID,
        BASIC_NAME,
        fields=[{"name": name} for name in fields],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Back}}",
            }
        ],
        css=".card { color: black; }",
    )


def cloze_model() -> genanki.Model:
    return genanki.Model(
        CLOZE_ID,
        CLOZE_NAME,
        fields=[{"name": "Text"}, {"name": "Extra"}],
        templates=[
            {
                "name": "Cloze",
                "qfmt": "{{cloze:Text}}",
                "afmt": "{{cloze:Text}}<br>{{Extra}}",
            }
        ],
        css=".cloze { font-weight: bold; }",
        model_type=genanki.Model.CLOZE,
    )


def write_apkg(
    path: Path,
    notes: Iterable[tuple[genanki.Model, str, Sequence[str]]],
    timestamp: float,
    tags: Sequence[str] = ("ankitools",),
) -> Path:
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for model, guid, fields in notes:
        deck.add_note(genanki.Note(model=model, fields=list(fields), guid=guid, tags=list(tags)))
    genanki.Package(deck).write_to_file(str(path), timestamp=timestamp)
    return path


@pytest.fixture
def anki(tmp_path: Path) -> Iterable[AnkiCollection]:
    with AnkiCollection(tmp_path / "anki") as col:
        yield col


def test_strip_html() -> None:
    html = (
        "<style>.card { color: red; }</style><script>var x = '<b>';</script>"
        "<div>Caf&eacute; &amp; <b>bar</b><br>next&nbsp;line</div><p>&lt;tag&gt; &#x27;q&#39;</p>"
    )
    assert strip_html(html) == "Café & bar next line <tag> 'q'"
    assert strip_html("") == ""
    assert strip_html("plain") == "plain"


def test_import_log_buckets_new_duplicate_updated(anki: AnkiCollection, tmp_path: Path) -> None:
    basic, cloze = basic_model(), cloze_model()
    v1 = [
        (basic, "ankitools:basic:1", ("What is 2+2?", "4")),
        (cloze, "ankitools:cloze:1", ("{{c1::Paris}} is the capital of {{c2::France}}", "geo")),
    ]
    pkg1 = write_apkg(tmp_path / "v1.apkg", v1, timestamp=T0)

    log = anki.import_apkg(pkg1)
    assert log.new == ["ankitools:basic:1", "ankitools:cloze:1"]
    assert (log.updated, log.duplicate, log.conflicting) == ([], [], [])

    notes = {n.guid: n for n in anki.notes()}
    assert notes["ankitools:basic:1"].fields == {"Front": "What is 2+2?", "Back": "4"}
    assert notes["ankitools:basic:1"].notetype == BASIC_NAME
    assert notes["ankitools:basic:1"].tags == ("ankitools",)
    assert notes["ankitools:basic:1"].mod == T0
    assert notes["ankitools:basic:1"].deck_names == (DECK_NAME,)
    assert list(notes["ankitools:cloze:1"].fields) == ["Text", "Extra"]
    assert len(anki.cards()) == 3  # one basic card + c1 + c2

    types = anki.notetypes()
    assert types[BASIC_NAME]["id"] == BASIC_ID
    assert types[BASIC_NAME]["fields"] == ["Front", "Back"]
    assert types[BASIC_NAME]["templates"] == ["Card 1"]
    assert types[BASIC_NAME]["type"] == 0
    assert types[CLOZE_NAME]["type"] == 1
    assert types[CLOZE_NAME]["sortf"] == 0
    assert ".cloze" in types[CLOZE_NAME]["css"]

    # Byte-for-byte the same package again: nothing changes.
    log = anki.import_apkg(pkg1)
    assert log.duplicate == ["ankitools:basic:1", "ankitools:cloze:1"]
    assert (log.new, log.updated, log.conflicting) == ([], [], [])

    # Same GUIDs, one changed field, later timestamp (= later note mod): updated.
    v2 = [
        (basic, "ankitools:basic:1", ("What is 2+2?", "four")),
        (cloze, "ankitools:cloze:1", ("{{c1::Paris}} is the capital of {{c2::France}}", "geo")),
    ]
    pkg2 = write_apkg(tmp_path / "v2.apkg", v2, timestamp=T0 + 60)
    log = anki.import_apkg(pkg2, update_notes="never")
    assert log.duplicate == ["ankitools:basic:1", "ankitools:cloze:1"]
    assert anki.notes()[0].fields["Back"] == "4"

    log = anki.import_apkg(pkg2)
    assert log.updated == ["ankitools:basic:1", "ankitools:cloze:1"]
    assert (log.new, log.duplicate, log.conflicting) == ([], [], [])
    updated = {n.guid: n for n in anki.notes()}
    assert updated["ankitools:basic:1"].fields["Back"] == "four"
    assert updated["ankitools:basic:1"].mod == T0 + 60
    assert updated["ankitools:basic:1"].id == notes["ankitools:basic:1"].id


def test_conflicting_and_shifted_ids_resolve_to_guids(anki: AnkiCollection, tmp_path: Path) -> None:
    basic = basic_model()
    anki.import_apkg(write_apkg(tmp_path / "a.apkg", [(basic, "g-a", ("q", "a"))], timestamp=T0))

    # Other GUID, same timestamp -> same package note id; Anki shifts the new id by +999 and
    # logs the shifted id, which must still resolve.
    log = anki.import_apkg(write_apkg(tmp_path / "b.apkg", [(basic, "g-b", ("q", "b"))], T0))
    assert log.new == ["g-b"]
    ids = {n.guid: n.id for n in anki.notes()}
    assert ids["g-b"] == ids["g-a"] + 999

    # Schema change (extra field) on the same model id: Anki creates "<name>+"; the existing
    # GUID is logged as conflicting with its *package* note id, which only the package knows.
    wider = basic_model(("Front", "Back", "Extra"))
    pkg = write_apkg(
        tmp_path / "c.apkg",
        [(wider, "g-a", ("q2", "a2", "")), (wider, "g-c", ("q3", "c", ""))],
        timestamp=T0 + 120,
    )
    log = anki.import_apkg(pkg)
    assert log.conflicting == ["g-a"]
    assert log.new == ["g-c"]
    notes = {n.guid: n for n in anki.notes()}
    assert notes["g-a"].fields == {"Front": "q", "Back": "a"}
    assert notes["g-c"].notetype == f"{BASIC_NAME}+"
    assert anki.notetypes()[f"{BASIC_NAME}+"]["fields"] == ["Front", "Back", "Extra"]


def test_render_answer_and_check_database(anki: AnkiCollection, tmp_path: Path) -> None:
    notes = [
        (basic_model(), "r:basic", ("Capital of <b>Italy</b>?", "Rome &amp; more")),
        (cloze_model(), "r:cloze", ("{{c1::Paris}} is the capital of {{c2::France}}", "")),
    ]
    anki.import_apkg(write_apkg(tmp_path / "r.apkg", notes, timestamp=T0))

    cards = anki.cards()
    assert [(c.note_guid, c.ord) for c in cards] == [("r:basic", 0), ("r:cloze", 0), ("r:cloze", 1)]
    assert all(c.deck == DECK_NAME for c in cards)
    assert all((c.reps, c.type, c.queue, c.ivl) == (0, 0, 0, 0) for c in cards)

    basic, c1, c2 = cards
    assert strip_html(basic.question_html) == "Capital of Italy?"
    assert strip_html(basic.answer_html) == "Capital of Italy? Rome & more"
    assert "<style>" in c1.question_html  # card.question() includes the notetype CSS
    assert strip_html(c1.question_html) == "[...] is the capital of France"
    assert strip_html(c2.question_html) == "Paris is the capital of [...]"
    assert strip_html(c1.answer_html) == "Paris is the capital of France"

    assert anki.revlog() == []
    assert anki.answer_all("good") == 3
    revlog = anki.revlog()
    assert len(revlog) == 3
    assert len({row[0] for row in revlog}) == 3  # distinct ms ids
    assert sorted(row[1] for row in revlog) == sorted(c.id for c in cards)
    assert all(row[2] == 3 for row in revlog)  # ease 3 = Good
    after = anki.cards()
    assert all(c.reps == 1 for c in after)
    assert all(c.type != 0 for c in after)  # no longer new

    message, ok = anki.check_database()
    assert ok, message


def test_close_is_idempotent(tmp_path: Path) -> None:
    col = AnkiCollection(tmp_path)
    col.close()
    col.close()
    with pytest.raises(RuntimeError):
        col.revlog()
