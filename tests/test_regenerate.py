"""Regenerating the sample deck after source edits, checked against the real Anki backend.

Acceptance criteria for identity across edits (docs/DESIGN.md, "Identity and regeneration";
docs/anki-import-rules.md): an edited source re-imports as exactly the edited notes `updated`,
the new item `new` and everything else `duplicate`, with every card's review history intact; an
unchanged rebuild is byte-identical; notetype CSS changes update only the notetype; schema
changes and damaged ledgers stop the build before anything is written.

Each test works in a temporary project folder (its working folder): `decks/` holds a copy of
the spec and its source (keeping `sources/`), so no build writes into the repository. It also
has a `build/` folder, as the repository does, which turns on the extraction cache and the
up-to-date stamp. Builds run with `SOURCE_DATE_EPOCH` so every mod is known.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ankitools import AnkiCollection, ImportLog
from click.testing import CliRunner, Result

import docdeck.apkg
import docdeck.ledger
import docdeck.notes
import docdeck.notetypes
import docdeck.pipeline
import docdeck.project
from docdeck.cli import main
from docdeck.ledger import REMOVED_MARK, REMOVED_TAG
from docdeck.notetypes import Notetype

ROOT = Path(__file__).resolve().parent.parent
SPEC_NAME = "safety-not-desire.yaml"
SOURCE_NAME = "safety-not-desire.txt"
LEDGER_NAME = "safety-not-desire.ledger.json"
SLUG = "safety-not-desire"
QA_NAME, CLOZE_NAME = "docdeck Q&A", "docdeck Cloze"

# Build clocks one day apart, in the past: Anki treats future mods and ids as damage (Check
# Database stamps a note whose mod lies in the future with the current time).
T1, T2, T3, T4, T5 = 1_700_000_000, 1_700_086_400, 1_700_172_800, 1_700_259_200, 1_700_345_600

# The source edits of the lifecycle test: (old text, new text), each old text occurring once.
ANSWER_OLD = "Neither partner may identify what feels wrong."
ANSWER_NEW = "Neither partner may be able to name what feels wrong."
QUESTION_OLD = "How does stress affect sexual desire neurologically?"
QUESTION_NEW = "How does chronic stress affect sexual desire neurologically?"
TAKEAWAY_OLD = "which couples misread as fading attraction"
TAKEAWAY_NEW = "which couples often misread as fading attraction"
CELL_OLD = "| Dissociation, emotional numbing, chronic sympathetic activation |"
CELL_NEW = "| Dissociation, emotional numbing, chronic sympathetic arousal |"
DELETED_ROW = (
    "| Anterior cingulate cortex | Processes partner’s facial expressions, vocal tone,"
    " micro-expressions of affect | Chronic emotional distance, attunement breakdown |\n"
)
NEW_QUESTION = "Does sleep loss change sexual desire?"
NEW_ANSWER = (
    "Sleep loss raises evening cortisol and blunts testosterone within a week, so desire drops"
    " for reasons that have nothing to do with the partner."
)
BEFORE_NEW_FAQ = "From Reading to Rewiring\n"
EDITS = (
    (ANSWER_OLD, ANSWER_NEW),
    (QUESTION_OLD, QUESTION_NEW),
    (TAKEAWAY_OLD, TAKEAWAY_NEW),
    (CELL_OLD, CELL_NEW),
    (DELETED_ROW, ""),
    (BEFORE_NEW_FAQ, f"{NEW_QUESTION}\n{NEW_ANSWER}\n{BEFORE_NEW_FAQ}"),
)

# Identity keys (see NoteDraft.identity) of the items the edits touch.
ANSWER_ID = f"{SLUG}:faq:can emotional disconnection cause sexual problems"
QUESTION_ID = f"{SLUG}:faq:how does stress affect sexual desire neurologically"
QUESTION_NEW_ID = f"{SLUG}:faq:how does chronic stress affect sexual desire neurologically"
TAKEAWAY_PREFIX = f"{SLUG}:takeaway:dopamine fires on prediction not pleasure"
INSULA_IDS = (
    f"{SLUG}:table:brain region/insula/role in sexual response",
    f"{SLUG}:table:brain region/insula/what disrupts it",
)
DELETED_IDS = (
    f"{SLUG}:table:brain region/anterior cingulate cortex/role in sexual response",
    f"{SLUG}:table:brain region/anterior cingulate cortex/what disrupts it",
)
NEW_FAQ_ID = f"{SLUG}:faq:does sleep loss change sexual desire"


# -- helpers -------------------------------------------------------------------------------


SPEC = Path("decks") / SPEC_NAME
LEDGER = Path("decks") / LEDGER_NAME
SOURCE = Path("decks") / "sources" / SOURCE_NAME
PACKAGE = Path("build") / "safety-not-desire.apkg"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`tmp_path` as the working folder, laid out like the repository: the sample spec and its
    source under `decks/`, and a `build/` folder (so builds use the cache and the stamp)."""
    (tmp_path / "decks" / "sources").mkdir(parents=True)
    shutil.copyfile(ROOT / "decks" / SPEC_NAME, tmp_path / SPEC)
    shutil.copyfile(ROOT / "decks" / "sources" / SOURCE_NAME, tmp_path / SOURCE)
    (tmp_path / "build").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(epoch: int, *args: str | Path) -> Result:
    """`docdeck build|diff decks/SPEC ...` with the build clock set to `epoch`."""
    command, *rest = args
    return CliRunner().invoke(
        main,
        [str(command), str(SPEC), *map(str, rest)],
        env={"SOURCE_DATE_EPOCH": str(epoch)},
    )


def build(epoch: int, output: Path = PACKAGE, *flags: str) -> Result:
    result = run(epoch, "build", "-o", output, *flags)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert output.is_file()
    return result


def keep(output: Path, name: str) -> Path:
    """A copy of a package as it is now, for comparison after later builds overwrite it."""
    copy = output.with_name(name)
    shutil.copyfile(output, copy)
    return copy


def edit_source(edits: tuple[tuple[str, str], ...]) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    SOURCE.write_text(text, encoding="utf-8")


def ledger_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(LEDGER.read_text(encoding="utf-8"))
    return data


def ledger_guids() -> dict[str, str]:
    """Identity -> GUID of every ledger entry (tombstones included)."""
    return {entry["identity"]: entry["guid"] for entry in ledger_data()["notes"]}


def one_identity(guids: dict[str, str], prefix: str) -> str:
    [identity] = [key for key in guids if key.startswith(prefix)]
    return identity


def package_notes(path: Path) -> dict[str, tuple[int, str, str]]:
    """GUID -> (mod, fields, tags) of the notes stored inside a package."""
    with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as scratch:
        db = archive.extract("collection.anki2", scratch)
        connection = sqlite3.connect(db)
        try:
            rows = connection.execute("select guid, mod, flds, tags from notes").fetchall()
        finally:
            connection.close()
    return {str(guid): (int(mod), str(flds), str(tags)) for guid, mod, flds, tags in rows}


def import_log_all_duplicate(log: ImportLog, guids: set[str]) -> None:
    assert log.new == []
    assert log.updated == []
    assert log.conflicting == []
    assert log.duplicate == sorted(guids)


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` and its bytes: what "writes nothing" compares.

    The extraction cache (build/.cache) is left out: a build fills it while planning, before
    the ledger and the notetypes are checked, and it holds no output of the build.
    """
    cache = folder / "build" / ".cache"
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and cache not in path.parents
    }


# -- 1. edit lifecycle ---------------------------------------------------------------------


def test_edits_update_exactly_the_edited_notes_and_keep_review_history(project: Path) -> None:
    first = build(T1)
    assert "changes: 34 added, 0 updated, 0 re-identified, 0 removed, 0 unchanged" in first.stdout
    package_t1 = keep(PACKAGE, "t1.apkg")
    old = ledger_guids()
    assert len(set(old.values())) == len(old) == 34
    takeaway_id = one_identity(old, TAKEAWAY_PREFIX)
    for identity in (ANSWER_ID, QUESTION_ID, *INSULA_IDS, *DELETED_IDS):
        assert identity in old, identity
    assert NEW_FAQ_ID not in old

    with AnkiCollection(project / "anki") as anki:
        log = anki.import_apkg(package_t1)
        assert log.new == sorted(old.values())
        answered = anki.answer_all("good")
        cards_before = {c.id: c for c in anki.cards()}
        assert answered == len(cards_before) >= 34
        assert all(card.reps == 1 for card in cards_before.values())
        revlog_before = anki.revlog()
        assert len(revlog_before) == answered
        notes_before = {n.guid: n for n in anki.notes()}

        edit_source(EDITS)
        # diff announces what Anki's default import will do with the next build.
        announced = run(T2, "diff", "-o", PACKAGE)
        assert announced.exit_code == 0, announced.output
        prediction = "  Anki import (default options): 1 new, 5 updated, 2 removed, 27 unchanged\n"
        assert announced.stdout.endswith(prediction)
        second = build(T2)
        assert (
            "changes: 1 added, 3 updated, 2 re-identified, 2 removed, 27 unchanged" in second.stdout
        )
        package_t2 = keep(PACKAGE, "t2.apkg")
        new = ledger_guids()
        # Re-identified items keep the GUID of the item they replace.
        takeaway_new_id = one_identity(new, TAKEAWAY_PREFIX)
        assert takeaway_new_id != takeaway_id
        assert takeaway_id not in new and QUESTION_ID not in new
        assert new[QUESTION_NEW_ID] == old[QUESTION_ID]
        assert new[takeaway_new_id] == old[takeaway_id]
        assert new[NEW_FAQ_ID] not in old.values()
        for identity in (ANSWER_ID, *INSULA_IDS, *DELETED_IDS):
            assert new[identity] == old[identity]

        edited = {
            old[identity]
            for identity in (ANSWER_ID, QUESTION_ID, takeaway_id, *INSULA_IDS, *DELETED_IDS)
        }
        assert len(edited) == 7
        log = anki.import_apkg(package_t2)
        assert log.updated == sorted(edited)
        assert log.new == [new[NEW_FAQ_ID]]
        assert log.conflicting == []
        assert log.duplicate == sorted(set(old.values()) - edited)
        assert (len(log.new), len(log.updated), len(log.duplicate)) == (1, 5 + 2, 27)

        notes = {n.guid: n for n in anki.notes()}
        assert len(notes) == len(notes_before) + 1 == 35
        for identity in DELETED_IDS:
            tombstone = notes[old[identity]]
            assert REMOVED_TAG in tombstone.tags
            assert tombstone.fields["Question"].startswith(REMOVED_MARK)
            assert tombstone.mod == T2
        live = set(notes) - {old[identity] for identity in DELETED_IDS}
        assert all(REMOVED_TAG not in notes[guid].tags for guid in live)
        assert ANSWER_NEW in notes[old[ANSWER_ID]].fields["Answer"]
        assert QUESTION_NEW in notes[old[QUESTION_ID]].fields["Question"]
        assert "often misread" in notes[old[takeaway_id]].fields["Text"]
        for identity in INSULA_IDS:
            assert "chronic sympathetic arousal" in notes[old[identity]].fields["Context"]
            assert notes[old[identity]].mod == T2
        assert notes[new[NEW_FAQ_ID]].fields["Question"] == NEW_QUESTION
        unchanged = set(old.values()) - edited
        assert all(notes[guid].mod == T1 for guid in unchanged)
        assert all(notes[guid].id == notes_before[guid].id for guid in old.values())

        cards_after = {c.id: c for c in anki.cards()}
        for cid, before in cards_before.items():
            after = cards_after[cid]
            assert (after.note_guid, after.ord) == (before.note_guid, before.ord)
            assert (after.ivl, after.due, after.reps) == (before.ivl, before.due, before.reps)
            assert (after.type, after.queue) == (before.type, before.queue)
        [added_card] = [c for c in cards_after.values() if c.id not in cards_before]
        assert (added_card.note_guid, added_card.reps) == (new[NEW_FAQ_ID], 0)
        assert anki.revlog() == revlog_before
        message, ok = anki.check_database()
        assert ok, message
        guids = [n.guid for n in anki.notes()]
        assert len(guids) == len(set(guids))

        # No source change: the same bytes, and a no-op import. In place, the stamp says the
        # outputs are up to date; to a new path, the package is written again, identically.
        ledger_t2 = LEDGER.read_bytes()
        third = build(T3)
        assert "changes: 0 added, 0 updated, 0 re-identified, 0 removed, 33 unchanged" in (
            third.stdout
        )
        assert PACKAGE.read_bytes() == package_t2.read_bytes()
        assert LEDGER.read_bytes() == ledger_t2
        fresh = Path("build") / "fresh.apkg"
        build(T3, fresh)
        assert fresh.read_bytes() == package_t2.read_bytes()
        assert LEDGER.read_bytes() == ledger_t2
        import_log_all_duplicate(anki.import_apkg(fresh), set(notes))
        assert anki.revlog() == revlog_before

        # --forget-removed: the tombstones leave the package and the ledger.
        build(T4, PACKAGE, "--forget-removed")
        forgotten = {old[identity] for identity in DELETED_IDS}
        in_package = set(package_notes(PACKAGE))
        assert in_package == live
        assert not forgotten & in_package
        entries = ledger_data()["notes"]
        assert {e["guid"] for e in entries} == live
        assert not any(e.get("removed") or e["identity"] in DELETED_IDS for e in entries)
        import_log_all_duplicate(anki.import_apkg(PACKAGE), live)
        package_t4 = keep(PACKAGE, "t4.apkg")

        # Forgetting is for good: the next plain build does not bring the tombstones back.
        build(T5, fresh)
        assert set(package_notes(fresh)) == live
        assert fresh.read_bytes() == package_t4.read_bytes()


def test_tombstones_stay_until_forgotten_and_keep_their_mod(project: Path) -> None:
    """A removed note is re-emitted by every build, with the mod of its removal."""
    build(T1)
    old = ledger_guids()
    edit_source(((DELETED_ROW, ""),))
    build(T2)
    package_t2 = keep(PACKAGE, "t2.apkg")
    later = Path("build") / "later.apkg"
    build(T3, later)
    stored = package_notes(later)
    for identity in DELETED_IDS:
        mod, fields, tags = stored[old[identity]]
        assert mod == T2
        assert fields.startswith(REMOVED_MARK)
        assert REMOVED_TAG in tags.split()
    assert later.read_bytes() == package_t2.read_bytes()


# -- 2. notetype changes -------------------------------------------------------------------


def patch_notetype(monkeypatch: pytest.MonkeyPatch, notetype: Notetype) -> None:
    """Swap the Q&A notetype everywhere docdeck looks it up."""
    notetypes = (notetype, docdeck.notetypes.CLOZE)
    monkeypatch.setattr(docdeck.notetypes, "QA", notetype)  # notetype_for()
    monkeypatch.setattr(docdeck.notetypes, "NOTETYPES", notetypes)
    monkeypatch.setattr(docdeck.ledger, "NOTETYPES", notetypes)
    monkeypatch.setattr(docdeck.apkg, "NOTETYPES", notetypes)
    monkeypatch.setattr(docdeck.project, "NOTETYPES", notetypes)  # up_to_date()


def test_css_and_template_html_change_updates_only_the_notetype(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(T1)
    package_t1 = keep(PACKAGE, "t1.apkg")
    notes_t1 = ledger_data()["notes"]
    qa = docdeck.notetypes.QA
    [template] = qa.templates
    restyled = dataclasses.replace(
        qa,
        css=qa.css + ".question { letter-spacing: 0.01em; }\n",
        templates=(dataclasses.replace(template, front=f"<div class=qa>{template.front}</div>"),),
    )
    assert restyled.schema() == qa.schema()

    with AnkiCollection(project / "anki") as anki:
        anki.import_apkg(package_t1)
        before = anki.notetypes()
        assert before[QA_NAME]["css"] == qa.css
        all_guids = {n.guid for n in anki.notes()}

        patch_notetype(monkeypatch, restyled)
        result = build(T2)
        assert "changes: 0 added, 0 updated, 0 re-identified, 0 removed, 34 unchanged" in (
            result.stdout
        )
        assert "up to date" not in result.stdout
        ledger = ledger_data()
        assert ledger["notes"] == notes_t1
        assert ledger["notetypes"][QA_NAME]["mod"] == T2
        assert ledger["notetypes"][CLOZE_NAME]["mod"] == T1

        log = anki.import_apkg(PACKAGE)
        import_log_all_duplicate(log, all_guids)
        after = anki.notetypes()
        assert after[QA_NAME]["css"] == restyled.css
        assert after[CLOZE_NAME] == before[CLOZE_NAME]
        assert {k: v for k, v in after[QA_NAME].items() if k != "css"} == {
            k: v for k, v in before[QA_NAME].items() if k != "css"
        }
        qa_guids = {n.guid for n in anki.notes() if n.notetype == QA_NAME}
        qa_questions = [c.question_html for c in anki.cards() if c.note_guid in qa_guids]
        assert len(qa_questions) == 21  # 9 FAQs and 12 table cells
        assert all("<div class=qa>" in html for html in qa_questions)
        message, ok = anki.check_database()
        assert ok, message


def renamed_field_notetype() -> Notetype:
    """The Q&A notetype with its Context field renamed: a schema change (rule 4b)."""
    qa = docdeck.notetypes.QA
    return dataclasses.replace(
        qa,
        fields=tuple("Background" if name == "Context" else name for name in qa.fields),
        templates=tuple(
            dataclasses.replace(t, back=t.back.replace("Context", "Background"))
            for t in qa.templates
        ),
    )


def test_schema_change_stops_the_build_and_writes_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(T1)
    before = folder_state(project)

    patch_notetype(monkeypatch, renamed_field_notetype())
    result = run(T2, "build", "-o", PACKAGE)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("Error: ")
    assert f"'{QA_NAME}'" in line
    assert "skip every existing note" in line
    assert "--migrate-notetypes" in line
    assert CLOZE_NAME not in line
    assert folder_state(project) == before

    # The refusal is not a one-off: a retry is refused as well, and `check` says the same.
    again = run(T3, "build", "-o", PACKAGE)
    assert again.exit_code == 2
    checked = run(T3, "check")
    assert (checked.exit_code, checked.stderr) == (2, result.stderr)
    assert folder_state(project) == before


def test_migrate_notetypes_accepts_the_schema_change_and_prints_the_steps(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(T1)
    package_t1 = PACKAGE.read_bytes()

    patch_notetype(monkeypatch, renamed_field_notetype())
    result = run(T2, "build", "-o", PACKAGE, "--migrate-notetypes")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    steps = (
        f"Notetype '{QA_NAME}' changed its schema. Once, in Anki:\n"
        '  1. File › Import build/safety-not-desire.apkg with "Merge note types" ticked'
        " (this asks for a full sync).\n"
        '  2. Import the same file again with "Update notes: Always", then set it back to'
        ' "If newer".\n'
        "Step 2 applies this build's edits, which the merge in step 1 skips.\n"
    )
    assert result.stdout.endswith(steps)
    assert CLOZE_NAME not in result.stdout.split("changes:")[1]
    assert PACKAGE.read_bytes() != package_t1
    ledger = ledger_data()
    assert ledger["notetypes"][QA_NAME]["schema"]["fields"] == [
        "Question",
        "Answer",
        "Background",
        "Source",
    ]
    assert ledger["notetypes"][QA_NAME]["mod"] == T2

    # The migration is recorded: the next build needs no flag and prints no steps.
    later = build(T3)
    assert "changed its schema" not in later.stdout


# -- 3. a lost ledger ----------------------------------------------------------------------


def test_deleting_the_ledger_gives_the_same_guids(project: Path) -> None:
    build(T1)
    package_t1 = keep(PACKAGE, "t1.apkg")
    first = ledger_guids()
    LEDGER.unlink()

    build(T2)
    assert ledger_guids() == first
    assert set(package_notes(PACKAGE)) == set(first.values())

    with AnkiCollection(project / "anki") as anki:
        anki.import_apkg(package_t1)
        log = anki.import_apkg(PACKAGE)
        assert log.new == []
        assert log.conflicting == []
        assert sorted(log.updated + log.duplicate) == sorted(first.values())
        assert len(anki.notes()) == len(first)


# -- 4. a damaged ledger -------------------------------------------------------------------

CORRUPTIONS: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda text: text[: len(text) // 2],
    "empty": lambda text: b"",
    "not-an-object": lambda text: b"[]\n",
    "missing-notes": lambda text: b'{"docdeck_ledger": 1, "namespace": "x"}\n',
    "not-utf8": lambda text: b"\xff\xfe" + text,
    "newer-format": lambda text: text.replace(b'"docdeck_ledger": 2', b'"docdeck_ledger": 99'),
}


@pytest.mark.parametrize("command", ["build", "diff", "check"])
@pytest.mark.parametrize("damage", sorted(CORRUPTIONS))
def test_damaged_ledger_stops_with_one_line_and_is_left_alone(
    project: Path, damage: str, command: str
) -> None:
    build(T1)
    damaged = CORRUPTIONS[damage](LEDGER.read_bytes())
    assert damaged != LEDGER.read_bytes()
    LEDGER.write_bytes(damaged)
    before = folder_state(project)

    result = run(T2, command) if command == "check" else run(T2, command, "-o", PACKAGE)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert re.match(r"Error: decks/safety-not-desire\.ledger\.json(:\d+)?: ", line), line
    assert LEDGER.read_bytes() == damaged
    assert folder_state(project) == before


def test_check_reads_only_the_first_lines_of_a_ledger_the_last_build_wrote(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp holds the hash of the ledger the last build wrote: `check` then takes the
    notetypes from its first lines, and reads any other ledger whole. Either way a deck whose
    sources give no note any more, but whose ledger holds notes, is checked, not refused."""
    build(T1)
    SPEC.write_text(SPEC.read_text("utf-8") + "allow_empty: true\n", encoding="utf-8")
    SOURCE.write_text("A Title\n\nProse with nothing firm in it.\n", encoding="utf-8")

    def whole(*args: Any, **kwargs: Any) -> docdeck.ledger.Ledger:
        raise AssertionError("the ledger the last build wrote was read whole")

    with monkeypatch.context() as patched:
        patched.setattr(docdeck.pipeline, "load_ledger", whole)
        vouched = run(T2, "check")
    assert vouched.exit_code == 0, vouched.output
    for stamp in (project / "build" / ".cache").rglob("outputs.stamp"):
        stamp.unlink()
    unvouched = run(T2, "check")
    assert unvouched.output == vouched.output
    LEDGER.unlink()
    empty = run(T2, "check")
    assert empty.exit_code == 2
    assert empty.stderr == (
        "Error: decks/safety-not-desire.yaml: no notes in any source;"
        " a deck needs at least one note\n"
    )


# -- 5. the ledger file ------------------------------------------------------------------


def test_an_edited_note_changes_one_line_of_the_ledger(project: Path) -> None:
    build(T1)
    before = LEDGER.read_text("utf-8").splitlines()
    edit_source(((TAKEAWAY_OLD, TAKEAWAY_NEW),))
    build(T2)
    after = LEDGER.read_text("utf-8").splitlines()
    assert len(after) == len(before) == 4 + 34 + 1  # header, notes, closing
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert len(changed) == 1
    assert json.loads(changed[0][1].rstrip(","))["mod"] == T2


def test_a_version_1_ledger_is_read_and_rewritten_unchanged(project: Path) -> None:
    build(T1)
    current = LEDGER.read_bytes()
    data = json.loads(current)
    data["docdeck_ledger"] = 1
    LEDGER.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    package = keep(PACKAGE, "first.apkg")
    result = build(T2)
    assert "0 added, 0 updated, 0 re-identified, 0 removed, 34 unchanged" in result.output
    assert LEDGER.read_bytes() == current
    assert PACKAGE.read_bytes() == package.read_bytes()


def test_a_build_reads_fields_only_for_the_notes_that_vanished(project: Path) -> None:
    build(T1)
    full = docdeck.ledger.load_ledger(LEDGER, str(LEDGER), "x")
    wanted = {entry.identity for entry in full.notes[:3]}
    slim = docdeck.ledger.load_ledger(
        LEDGER, str(LEDGER), "x", lambda identity, content: identity in wanted
    )
    assert [e.fields for e in slim.notes[:3]] == [e.fields for e in full.notes[:3]]
    assert all(e.fields == () and e.text == "" for e in slim.notes[3:])
    assert [(e.guid, e.hash, e.mod, e.tags) for e in slim.notes] == [
        (e.guid, e.hash, e.mod, e.tags) for e in full.notes
    ]


def test_a_diff_reads_fields_only_for_the_notes_that_vanished_or_changed(
    project: Path,
) -> None:
    build(T1)
    edit_source(EDITS)
    spec = docdeck.project.load_targets((SPEC,))[0]
    plan = docdeck.pipeline.plan_deck(spec, T2)
    changed = {
        change.old.identity
        for change in plan.assignment.changes
        if change.old is not None and change.change is not docdeck.notes.Change.UNCHANGED
    }
    assert len(changed) == 7  # 3 updated, 2 re-identified, 2 removed
    whole = {entry.identity for entry in plan.old_ledger.notes if entry.fields}
    assert whole == changed
    assert all(entry.text for entry in plan.old_ledger.notes if entry.identity in changed)
