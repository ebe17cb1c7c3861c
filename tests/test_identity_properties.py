"""Properties of `docdeck.ledger.assign_identity`, the pure GUID/mod assignment.

Drafts are drawn from small alphabets (two sources, two sections, three-letter keys, a handful of
words) so that key collisions across kinds, near-duplicate texts and re-identification happen
often. A history is a sequence of builds: each step drops, keeps, moves, rewords or re-keys the
previous step's items and adds new ones, then is assigned against the ledger the step before
produced (docs/DESIGN.md, "Identity and regeneration").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docdeck.document import SourceSpan
from docdeck.ledger import (
    MOVED_SIMILARITY,
    SIMILARITY_THRESHOLD,
    Assignment,
    Change,
    Entry,
    Ledger,
    assign_identity,
    entry_line,
    load_ledger,
    similarity,
    write_ledger,
)
from docdeck.notes import Note, NoteDraft, NoteKind, Origin

NAMESPACE = "deck"
SLUGS = ("alpha", "beta")
SECTIONS = ("Intro", "Questions")
WORDS = ("safety", "signal", "stress", "brain", "trust", "desire")
START = 1_700_000_000

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@dataclass(frozen=True)
class Item:
    """What a draft is made of; edits replace parts of it."""

    kind: NoteKind
    slug: str
    key: str
    section: str
    words: tuple[str, ...]
    line: int
    tags: tuple[str, ...] = ("t",)

    @property
    def identity(self) -> str:
        return self.draft().identity

    def draft(self) -> NoteDraft:
        text = " ".join(self.words)
        if self.kind.is_cloze:
            fields = (f"{{{{c1::{self.words[0]}}}}} {text}", "", "")
        else:
            fields = (f"{self.key}?", text, "")
        origin = Origin("Title", self.slug, self.section, SourceSpan(f"{self.slug}.txt", self.line))
        return NoteDraft.new(self.kind, self.key, fields, origin, self.tags, text)


keys = st.text(alphabet="abc", min_size=1, max_size=3)
word_lists = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(tuple)
items = st.builds(
    Item,
    kind=st.sampled_from(NoteKind),
    slug=st.sampled_from(SLUGS),
    key=keys,
    section=st.sampled_from(SECTIONS),
    words=word_lists,
    line=st.integers(1, 50),
)
item_lists = st.lists(items, max_size=10, unique_by=lambda item: item.identity)


ACTIONS = ("keep", "keep", "move", "drop", "reword", "rekey", "split", "resection")


@st.composite
def edited(draw: st.DrawFn, previous: Sequence[Item]) -> list[Item]:
    """The next version of a document: each item kept, moved, reworded, re-keyed, split in two,
    moved to the other section under a new key, or dropped; then a few new items."""
    result: list[Item] = []
    for item in previous:
        action = draw(st.sampled_from(ACTIONS))
        if action == "keep":
            result.append(item)
        elif action == "move":
            result.append(replace(item, line=draw(st.integers(1, 50))))
        elif action == "reword":
            result.append(replace(item, words=(*item.words, draw(st.sampled_from(WORDS)))))
        elif action == "rekey":
            words = (
                item.words if draw(st.booleans()) else (*item.words, draw(st.sampled_from(WORDS)))
            )
            result.append(replace(item, key=draw(keys), words=words))
        elif action == "split":
            # Two new keys with the very same text: they tie for the vanished item.
            result += [replace(item, key=draw(keys)), replace(item, key=draw(keys))]
        elif action == "resection":
            # The same text under a new key in the other section: a different item.
            other = SECTIONS[1 - SECTIONS.index(item.section)]
            result.append(replace(item, key=draw(keys), section=other))
    result += draw(st.lists(items, max_size=3))
    unique: dict[str, Item] = {}
    for item in result:
        unique.setdefault(item.identity, item)
    order = draw(st.permutations(list(unique.values())))
    return list(order)


@dataclass(frozen=True)
class Step:
    items: tuple[Item, ...]
    now: int
    forget_removed: bool

    def drafts(self) -> list[NoteDraft]:
        return [item.draft() for item in self.items]


@st.composite
def histories(draw: st.DrawFn, max_steps: int = 5) -> list[Step]:
    """A sequence of builds; the clock never goes back but may stand still."""
    current = draw(item_lists)
    now = START
    steps = [Step(tuple(current), now, False)]
    for _ in range(draw(st.integers(0, max_steps - 1))):
        current = draw(edited(current))
        now += draw(st.sampled_from((0, 1, 60, 86_400)))
        forget = draw(st.booleans()) and draw(st.booleans())
        steps.append(Step(tuple(current), now, forget))
    return steps


def run(step: Step, ledger: Ledger) -> tuple[Assignment, Ledger]:
    assignment = assign_identity(step.drafts(), ledger, step.now, step.forget_removed)
    return assignment, Ledger(NAMESPACE, assignment.entries)


def ledger_before_last(steps: Sequence[Step]) -> Ledger:
    ledger = Ledger(NAMESPACE)
    for step in steps[:-1]:
        _, ledger = run(step, ledger)
    return ledger


def identity_of(note: Note) -> str:
    assert note.draft is not None
    return note.draft.identity


def live(assignment: Assignment) -> dict[str, tuple[str, int]]:
    """Identity -> (GUID, mod) of the live notes."""
    return {identity_of(note): (note.guid, note.mod) for note in assignment.notes}


def summary(assignment: Assignment) -> tuple[object, ...]:
    """Everything of an assignment that must not depend on the order of the drafts."""
    tombstones = sorted((n.guid, n.mod, n.fields, n.tags) for n in assignment.tombstones)
    changes = sorted(
        (c.change.value, c.note.guid, c.note.mod, c.old.identity if c.old else "")
        for c in assignment.changes
    )
    return live(assignment), tombstones, changes, assignment.entries


def check_one_build(
    assignment: Assignment, drafts: Sequence[NoteDraft], before: Ledger, now: int
) -> None:
    """Invariants of a single build against the ledger it was assigned with."""
    notes = assignment.notes + assignment.tombstones
    guids = [note.guid for note in notes]
    assert len(guids) == len(set(guids)), "two notes share a GUID"
    assert [identity_of(note) for note in assignment.notes] == [d.identity for d in drafts]

    entries = assignment.entries
    assert len({e.identity for e in entries}) == len(entries)
    assert len({e.guid for e in entries}) == len(entries), "a GUID maps to two identities"
    assert sorted(e.guid for e in entries) == sorted(guids)
    assert [e.identity for e in entries] == sorted(e.identity for e in entries)
    by_guid = {e.guid: e for e in entries}
    for note in assignment.notes:
        entry = by_guid[note.guid]
        assert (entry.identity, entry.mod, entry.removed) == (identity_of(note), note.mod, False)
    for tombstone in assignment.tombstones:
        assert by_guid[tombstone.guid].removed

    previous = {e.identity: e for e in before.notes}
    previous_guids = {e.guid for e in before.notes}
    olds_used = [c.old.identity for c in assignment.changes if c.old is not None]
    assert len(olds_used) == len(set(olds_used)), "one ledger entry feeds two notes"
    for change in assignment.changes:
        note, old = change.note, change.old
        if change.change is Change.ADDED:
            assert old is None
            assert note.guid not in previous_guids, "a known GUID is handed to a new item"
            assert note.mod == now
            continue
        assert old is not None and note.guid == old.guid
        if change.change is Change.REMOVED:
            assert not old.removed and note.draft is None
            assert note.mod > old.mod, "a tombstone needs a newer mod"
            continue
        draft = note.draft
        assert draft is not None
        if change.change is Change.REIDENTIFIED:
            assert old.identity not in {d.identity for d in drafts}
            assert old.kind is draft.kind
            least = SIMILARITY_THRESHOLD
            if old.section != draft.origin.section:  # under a renamed heading, or moved
                least = MOVED_SIMILARITY
            assert similarity(old.text, draft.text) >= least
        else:
            assert previous[draft.identity] == old
        if old.hash == draft.content_hash() and not old.removed:
            assert note.mod == old.mod, "unchanged content got a new mod"
        else:
            assert note.mod > old.mod, "changed content kept an old mod (IF_NEWER skips it)"
            assert change.change is not Change.UNCHANGED


@PROPERTY_SETTINGS
@given(histories())
def test_assigning_again_changes_nothing(steps: list[Step]) -> None:
    """Idempotent: the same drafts against the ledger they produced, later, are all unchanged."""
    last = steps[-1]
    first, ledger = run(last, ledger_before_last(steps))
    again = assign_identity(last.drafts(), ledger, last.now + 3_600)
    assert live(again) == live(first)
    assert all(change.change is Change.UNCHANGED for change in again.changes)
    assert len(again.changes) == len(last.items)
    assert again.entries == first.entries
    assert sorted((t.guid, t.mod) for t in again.tombstones) == sorted(
        (t.guid, t.mod) for t in first.tombstones
    )


@PROPERTY_SETTINGS
@given(histories(), st.data())
def test_order_of_drafts_does_not_matter(steps: list[Step], data: st.DataObject) -> None:
    last = steps[-1]
    ledger = ledger_before_last(steps)
    drafts = last.drafts()
    shuffled = data.draw(st.permutations(drafts))
    forward = assign_identity(drafts, ledger, last.now, last.forget_removed)
    backward = assign_identity(shuffled, ledger, last.now, last.forget_removed)
    assert summary(forward) == summary(backward)
    assert [identity_of(n) for n in backward.notes] == [d.identity for d in shuffled]


@PROPERTY_SETTINGS
@given(histories())
def test_every_build_gives_each_item_its_own_guid(steps: list[Step]) -> None:
    """No two notes (tombstones included) share a GUID; a GUID is never handed to a new item."""
    ledger = Ledger(NAMESPACE)
    for step in steps:
        assignment, after = run(step, ledger)
        check_one_build(assignment, step.drafts(), ledger, step.now)
        ledger = after


@PROPERTY_SETTINGS
@given(histories(max_steps=6))
def test_guids_survive_edits_elsewhere(steps: list[Step]) -> None:
    """Across edits, an item whose identity is unchanged keeps its GUID; nothing is lost."""
    ledger = Ledger(NAMESPACE)
    first_minted: dict[str, str] = {}  # GUID -> the identity it was minted for
    for step in steps:
        assignment, after = run(step, ledger)
        previous = {e.identity: e for e in ledger.notes}
        for identity, (guid, _) in live(assignment).items():
            if identity in previous:
                assert guid == previous[identity].guid, identity
        emitted = {n.guid for n in assignment.notes + assignment.tombstones}
        if not step.forget_removed:
            # Without --forget-removed every GUID the ledger knew is emitted again.
            assert {e.guid for e in ledger.notes} <= emitted
        else:
            # It drops the tombstones already emitted: a note removed now is still flagged once.
            assert {e.guid for e in ledger.notes if not e.removed} <= emitted
            flagged = {e.guid for e in ledger.notes if e.removed}
            assert not flagged & {note.guid for note in assignment.tombstones}
        for change in assignment.changes:
            if change.change is Change.ADDED:
                identity = identity_of(change.note)
                assert first_minted.setdefault(change.note.guid, identity) == identity
        assert len({e.guid for e in after.notes}) == len(after.notes)
        ledger = after


@PROPERTY_SETTINGS
@given(item_lists, st.integers(START, START + 10**6))
def test_first_build_guids_do_not_depend_on_the_clock(items: list[Item], later: int) -> None:
    """Without a ledger the same input gives the same GUIDs, whenever it is built."""
    drafts = [item.draft() for item in items]
    early = assign_identity(drafts, Ledger(NAMESPACE), START)
    late = assign_identity(drafts, Ledger(NAMESPACE), later)
    assert {k: g for k, (g, _) in live(early).items()} == {k: g for k, (g, _) in live(late).items()}
    assert all(note.mod == later for note in late.notes)
    assert [e.identity for e in early.entries] == sorted(d.identity for d in drafts)


def test_a_kept_note_holds_one_copy_of_its_identity_and_hash(tmp_path: Path) -> None:
    """One copy of each kept note's identity and hash: a rebuild of 250,000 notes against
    their ledger held 45 MB more with a copy from each side. The identity is the draft's
    string, which the ledger read gives its entries; the hash is the old entry's."""
    kept = [Item(NoteKind.FAQ, "alpha", key, "Intro", ("safety",), 1) for key in ("a", "b")]
    edited = Item(NoteKind.FAQ, "alpha", "c", "Intro", ("safety",), 1)
    first = assign_identity([item.draft() for item in [*kept, edited]], Ledger(NAMESPACE), START)
    path = tmp_path / "deck.ledger.json"
    write_ledger(Ledger(NAMESPACE, first.entries), path)
    rebuilt = {d.identity: d for d in [i.draft() for i in [*kept, replace(edited, words=("x",))]]}
    old = load_ledger(path, path.name, NAMESPACE, identities={i: i for i in rebuilt})
    assert len(old.notes) == 3
    assert all(entry.identity is rebuilt[entry.identity].identity for entry in old.notes)
    before = {entry.identity: entry for entry in old.notes}
    again = assign_identity(list(rebuilt.values()), old, START + 60)
    for entry in again.entries:
        assert entry.identity is rebuilt[entry.identity].identity
        assert (entry.hash is before[entry.identity].hash) == (entry.identity != edited.identity)


texts = st.text(max_size=12)
text_tuples = st.lists(texts, max_size=4).map(tuple)


@PROPERTY_SETTINGS
@given(
    st.builds(
        Entry,
        texts,
        texts,
        st.sampled_from(NoteKind),
        texts,
        texts,
        texts,
        st.integers(-(2**40), 2**40),
        text_tuples,
        text_tuples,
        st.booleans(),
    )
)
def test_a_ledger_line_is_the_json_of_its_entry_with_sorted_keys(entry: Entry) -> None:
    """`entry_line` assembles the line from encoded strings; a JSON encoder writes the same."""
    item = {
        "identity": entry.identity,
        "guid": entry.guid,
        "kind": entry.kind.value,
        "section": entry.section,
        "text": entry.text,
        "hash": entry.hash,
        "mod": entry.mod,
        "fields": entry.fields,
        "tags": entry.tags,
        **({"removed": True} if entry.removed else {}),
    }
    assert entry_line(entry) == json.dumps(item, ensure_ascii=False, sort_keys=True)


@PROPERTY_SETTINGS
@given(st.sampled_from(NoteKind), text_tuples, texts, texts, text_tuples)
def test_a_content_hash_hashes_the_json_of_the_content(
    kind: NoteKind, fields: tuple[str, ...], title: str, section: str, tags: tuple[str, ...]
) -> None:
    """Ledgers hold these hashes: assembling the JSON by hand must not change one."""
    draft = NoteDraft.new(kind, "k", fields, Origin(title, "s", section, SourceSpan("p", 1)), tags)
    payload = [kind.value, *fields, title, section, " ".join(tags)]
    expected = hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()[:16]
    assert draft.content_hash() == expected
