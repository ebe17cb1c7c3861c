"""The ledger (the committed state file) and note identity: GUIDs, mods, tombstones.

Imports `errors`, `atomic` (hashed writes), `notes`, `notetypes`. `assign_identity` is pure:
the clock comes in as `now`. It follows anki-import-rules.md: stable GUIDs (1), mods that
change only with content (2), tombstones for removed notes (9), a frozen notetype schema (5).
"""

from __future__ import annotations

import array
import difflib
import functools
import hashlib
import itertools
import json
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, overload

from docdeck.atomic import write_error, write_hashed
from docdeck.errors import DocdeckError
from docdeck.notes import Change, Note, NoteDraft, NoteKind, normalize_key
from docdeck.notetypes import NOTETYPES, Notetype

LEDGER_VERSION = 2
# Below this word-level similarity an edited item is a different item. Distinct items of one
# section of the sample deck score at most 0.45 against each other; a reworded question or a
# rephrased claim scores 0.7 or more.
SIMILARITY_THRESHOLD = 0.6
# An edited item now under another heading (the heading renamed, the item moved) is the same
# item at this similarity: a figure changed in a dozen words, not a neighbour reworded.
MOVED_SIMILARITY = 0.8
# A table row's key corrected (`Caffiene` -> `Caffeine`: 0.88), not another row (`Nicotine` ->
# `Caffeine`: 0.5), at this share of its letters in order.
ROW_KEY_SIMILARITY = 0.8
REMOVED_TAG = "docdeck::removed"
REMOVED_MARK = "<div class=removed>Removed from source</div>"

# Anki's own base-91 alphabet for GUIDs.
_BASE91 = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"
_BASE91_PAIRS = [high + low for high in _BASE91 for low in _BASE91]
_PAIR_BASE = len(_BASE91_PAIRS)
_NO_STRINGS: Mapping[str, str] = MappingProxyType({})


class LedgerError(DocdeckError):
    """The ledger cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What the last build emitted for one note, and since when its content is unchanged.

    Fields are `stored` for an entry read from the file or removed from the source, and
    rendered from the note's draft for one this build made (see `Note.fields`)."""

    identity: str
    guid: str
    kind: NoteKind
    section: str
    text: str
    hash: str
    mod: int
    stored: tuple[str, ...]
    tags: tuple[str, ...]
    removed: bool = False
    draft: NoteDraft | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return self.stored if self.draft is None else self.draft.all_fields()


@dataclass(frozen=True, slots=True)
class NotetypeEntry:
    id: int
    name: str
    hash: str
    mod: int
    schema: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Ledger:
    namespace: str
    notes: tuple[Entry, ...] = ()
    notetypes: tuple[NotetypeEntry, ...] = ()

    @property
    def timestamp(self) -> int:
        """The package time: the newest mod in the ledger (rule 10)."""
        mods = [e.mod for e in self.notes] + [n.mod for n in self.notetypes]
        return max(mods, default=0)


@dataclass(frozen=True, slots=True)
class NoteChange:
    change: Change
    note: Note
    old: Entry | None = None
    """The ledger entry before this build: what an update or re-identification replaces."""


@dataclass(frozen=True, slots=True)
class Assignment:
    notes: tuple[Note, ...]
    tombstones: tuple[Note, ...]
    changes: tuple[NoteChange, ...]
    """Every change; without `details`, only those other than added and unchanged."""
    entries: tuple[Entry, ...] = field(default=())
    counts: dict[Change, int] = field(default_factory=dict)
    """How many notes each change has (every change counted, `details` or not)."""


def guid_for(namespace: str, identity: str) -> str:
    """The GUID of an identity key: namespaced (Anki looks GUIDs up collection-wide, rule 2b).

    The first 8 bytes of a SHA-256 in base 91, most significant digit first, no leading zeros."""
    digest = hashlib.sha256(f"docdeck:{namespace}:{identity}".encode()).digest()
    return _base91(int.from_bytes(digest[:8], "big"))


def _base91(number: int) -> str:
    """A number below 2**64 in base 91, most significant digit first, no leading zeros."""
    # Two digits at a time, unrolled: five pairs hold any 8 bytes (8281**5 > 2**64).
    high, fifth = divmod(number, _PAIR_BASE)
    high, fourth = divmod(high, _PAIR_BASE)
    high, third = divmod(high, _PAIR_BASE)
    first, second = divmod(high, _PAIR_BASE)
    pairs = _BASE91_PAIRS
    digits = f"{pairs[first]}{pairs[second]}{pairs[third]}{pairs[fourth]}{pairs[fifth]}"
    return digits.lstrip(_BASE91[0]) or _BASE91[0]


_BASE91_DIGITS = {digit: value for value, digit in enumerate(_BASE91)}


class PackedNumbers(Sequence[str | None]):
    """Strings that each write a 64-bit number, held as the numbers: content hashes in hex,
    GUIDs in base 91. A list of 250,000 of each held 40 MB more at the peak of a 10,000-source
    rebuild. 0 stands for None, a string not known (a hash of 0 is then computed again)."""

    def __init__(self, guids: bool) -> None:
        self._numbers = array.array("Q")
        self._guids = guids

    def append(self, text: str | None) -> None:
        if text is None:
            self._numbers.append(0)
        elif self._guids:
            number = 0
            for digit in text:
                number = number * len(_BASE91) + _BASE91_DIGITS[digit]
            self._numbers.append(number)
        else:
            self._numbers.append(int(text, 16))

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> str | None: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str | None]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str | None] | None:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        number = self._numbers[index]
        if not number:
            return None
        return _base91(number) if self._guids else f"{number:016x}"


def similarity(a: str, b: str) -> float:
    """Word-level similarity of two texts, 0 to 1, blind to case, quotes and dashes."""
    return difflib.SequenceMatcher(None, normalize_key(a).split(), normalize_key(b).split()).ratio()


def next_mod(old: int, now: int) -> int:
    """A mod newer than `old`: Anki's default import updates only on a newer mod (rule 1b)."""
    return max(now, old + 1)


def assign_identity(
    drafts: Sequence[NoteDraft],
    ledger: Ledger,
    now: int,
    forget_removed: bool = False,
    taken: Iterable[str] = (),
    details: bool = True,
    shipped: Mapping[str, tuple[int, str]] | None = None,
    hashes: Sequence[str | None] = (),
    guids: Sequence[str | None] = (),
) -> Assignment:
    """Give each draft its GUID and mod against the ledger; flag what vanished.

    Drafts must have distinct identities. The result does not depend on their order. `taken`:
    GUIDs held by notes outside `ledger` (a spliced build's other sources), never minted again.
    Without `details` (a build), added and unchanged notes are only counted: a first build of
    250,000 notes holds 18 MB less. `shipped`: each note of the last package, by GUID, as its
    mod and `shown_content`, when the ledger is not the one that build wrote (a revert): a
    note that differs from it gets a newer mod, or Anki would keep the one it imported.
    `hashes`: each draft's `content_hash()` where already known (None: not), or none;
    `guids`: each draft's `guid_for(ledger.namespace, identity)` so, or none.
    """
    known = {entry.identity: entry for entry in ledger.notes}
    # Lists by draft, not dicts by identity: 250,000 notes peak 18 MB lower.
    olds = [known.pop(draft.identity, None) for draft in drafts]
    vanished = list(known.values())  # in ledger order
    del known
    identities = [draft.identity for draft in drafts]
    order = sorted(range(len(drafts)), key=identities.__getitem__)
    renamed = _reidentify([drafts[i] for i in order if olds[i] is None], vanished)
    used_guids: set[str] | None = None  # only a new note needs every GUID: built then

    notes: list[Note | None] = [None] * len(drafts)
    changes: list[NoteChange] = []
    counts = {change: 0 for change in Change}
    entries: list[Entry] = []
    for index in order:
        identity, draft = identities[index], drafts[index]
        old = olds[index] or renamed.get(identity)
        content = (hashes[index] if hashes else None) or draft.content_hash()
        if old is None:
            if used_guids is None:
                used_guids = {entry.guid for entry in ledger.notes} | set(taken)
            plain = guids[index] if guids else None
            guid = _mint(ledger.namespace, identity, used_guids, plain)
            used_guids.add(guid)
            last = shipped.get(guid) if shipped else None
            stale = last is not None and last[1] != shown_content(draft.fields, draft.tags)
            mod = next_mod(last[0], now) if last is not None and stale else now
            note = Note.of(draft, guid, mod)
            change = Change.ADDED
        else:
            last = shipped.get(old.guid) if shipped else None
            # Anki holds another version.
            stale = last is not None and last[1] != shown_content(draft.fields, draft.tags)
            if old.hash == content and not old.removed and not stale:
                content = old.hash  # one string for both ledgers
                note = Note.of(draft, old.guid, old.mod)
                change = Change.UNCHANGED if old.identity == identity else Change.REIDENTIFIED
            else:
                newest = max(old.mod, last[0]) if last is not None and stale else old.mod
                note = Note.of(draft, old.guid, next_mod(newest, now))
                change = Change.UPDATED if old.identity == identity else Change.REIDENTIFIED
        notes[index] = note
        counts[change] += 1
        if details or change not in (Change.ADDED, Change.UNCHANGED):
            changes.append(NoteChange(change, note, old))
        entries.append(_entry(identity, draft, note, content))

    reidentified = {entry.identity for entry in renamed.values()}
    tombstones: list[Note] = []
    for entry in vanished:
        # Forgetting drops tombstones already emitted: a note removed now is flagged once.
        if entry.identity in reidentified or (forget_removed and entry.removed):
            continue
        tombstone, stored = _tombstone(entry, now)
        tombstones.append(tombstone)
        entries.append(stored)
        if not entry.removed:
            changes.append(NoteChange(Change.REMOVED, tombstone, entry))
            counts[Change.REMOVED] += 1
    in_order = tuple(note for note in notes if note is not None)
    entries.sort(key=lambda e: e.identity)
    return Assignment(in_order, tuple(tombstones), tuple(changes), tuple(entries), dict(counts))


class SchemaChangeError(LedgerError):
    """A notetype's schema differs from the one the ledger recorded."""


def assign_notetypes(ledger: Ledger, now: int, migrate: bool = False) -> tuple[NotetypeEntry, ...]:
    """Each notetype's mod: kept while its content is unchanged, newer when CSS or HTML change.

    A schema change would make Anki skip every existing note (rule 4b): refused unless `migrate`.
    """
    recorded = {entry.id: entry for entry in ledger.notetypes}
    entries = []
    for notetype in NOTETYPES:
        old = recorded.get(notetype.id)
        schema = notetype.schema()
        if old is not None and old.schema != schema and not migrate:
            raise SchemaChangeError(
                f"notetype '{notetype.name}' would change its fields, templates, sort field or"
                " kind: Anki would then silently skip every existing note of it",
                hint="keep the schema, or rebuild with --migrate-notetypes for the import steps",
            )
        if old is None:
            mod = now
        elif old.hash == notetype.content_hash() and old.schema == schema:
            mod = old.mod
        else:
            mod = next_mod(old.mod, now)
        entries.append(
            NotetypeEntry(notetype.id, notetype.name, notetype.content_hash(), mod, schema)
        )
    return tuple(entries)


def schema_changes(ledger: Ledger) -> list[Notetype]:
    """The notetypes whose schema differs from the ledger's record."""
    recorded = {entry.id: entry.schema for entry in ledger.notetypes}
    return [nt for nt in NOTETYPES if nt.id in recorded and recorded[nt.id] != nt.schema()]


def _reidentify(fresh: Sequence[NoteDraft], vanished: Sequence[Entry]) -> dict[str, Entry]:
    """Pair new drafts with vanished entries they closely resemble: best pair first, 1:1. An
    entry of another section must resemble the draft more (MOVED_SIMILARITY)."""
    if not vanished:  # a first build, or nothing removed
        return {}
    pairs = []
    old_words = [normalize_key(entry.text).split() for entry in vanished]
    matcher = difflib.SequenceMatcher(None)
    for draft in fresh:
        words: list[str] | None = None  # the draft's, indexed once it meets an entry of its kind
        for entry, other in zip(vanished, old_words, strict=True):
            if entry.kind is not draft.kind:
                continue
            if draft.kind is NoteKind.TABLE and not _same_cell(draft, entry):
                continue
            least = SIMILARITY_THRESHOLD
            if entry.section != draft.origin.section:
                least = MOVED_SIMILARITY
            if words is None:
                words = normalize_key(draft.text).split()
                matcher.set_seq2(words)
            # The ratio is 2M/(a+b), and M <= the shorter: most pairs end here.
            if 2 * min(len(words), len(other)) < least * (len(words) + len(other)):
                continue
            matcher.set_seq1(other)
            score = matcher.ratio()
            if score >= least:
                pairs.append((-score, draft.identity, entry.identity, entry))
    pairs.sort(key=lambda p: p[:3])
    renamed: dict[str, Entry] = {}
    taken: set[str] = set()
    for _, identity, old_identity, entry in pairs:
        if identity not in renamed and old_identity not in taken:
            renamed[identity] = entry
            taken.add(old_identity)
    return renamed


def shown_content(fields: Sequence[str], tags: Iterable[str]) -> str:
    """What of a note Anki shows and a package holds, its Source field aside: `shipped`
    content, from a draft's fields or a package's row less its last field."""
    return "\x1f".join((*fields, " ".join(tags)))


def _same_cell(draft: NoteDraft, entry: Entry) -> bool:
    """Whether a table note and a vanished one (identities `slug:table:key column/row key/
    column[/reverse]`) can be one cell: the same cell of a renamed source, the key column or
    the column renamed, or the row key renamed with the cell as it was, or corrected (at
    least 80 % of its letters in order), one at a time. Every row of a column shares its
    words, so the words of their texts alone would pair any two rows."""
    parts = draft.identity.split(":", 2)[2].split("/")
    old = entry.identity.split(":", 2)[2].split("/")
    if len(parts) != len(old):  # one is a reverse note
        return False
    differ = [index for index, (a, b) in enumerate(zip(parts, old, strict=True)) if a != b]
    if not differ:  # the same cell of a renamed source
        return True
    if len(differ) != 1:
        return False
    if differ != [1]:
        return True
    key, old_key = parts[1], old[1]
    text, old_text = normalize_key(draft.text), normalize_key(entry.text)
    rest, old_rest = text.removeprefix(key), old_text.removeprefix(old_key)
    if rest == old_rest and rest != text and old_rest != old_text:  # column and cell kept
        return True
    return difflib.SequenceMatcher(None, key, old_key).ratio() >= ROW_KEY_SIMILARITY


def _mint(namespace: str, identity: str, used: set[str], plain: str | None = None) -> str:
    """A GUID for a new identity; salted if a re-identified note already holds the plain one
    (`plain`, if known)."""
    guid = plain or guid_for(namespace, identity)
    salt = 1
    while guid in used:
        salt += 1
        guid = guid_for(namespace, f"{identity}#{salt}")
    return guid


def _entry(identity: str, draft: NoteDraft, note: Note, content: str) -> Entry:
    # Arguments in field order, not by keyword: a build makes one per note, 15 % faster so.
    return Entry(
        identity,  # identity
        note.guid,  # guid
        draft.kind,  # kind
        draft.origin.section,  # section
        draft.text,  # text
        content,  # hash
        note.mod,  # mod
        (),  # stored
        note.tags,  # tags
        False,  # removed
        draft,  # draft
    )


def _tombstone(entry: Entry, now: int) -> tuple[Note, Entry]:
    """The removed note, re-emitted marked and tagged so the user can find it (rule 9)."""
    if entry.removed:
        stored = entry
    else:
        fields = (REMOVED_MARK + entry.fields[0], *entry.fields[1:])
        tags = tuple(sorted({*entry.tags, REMOVED_TAG}))
        stored = replace(
            entry,
            stored=fields,
            draft=None,
            tags=tags,
            mod=next_mod(entry.mod, now),
            removed=True,
            hash=_hash(fields, tags),
        )
    return Note(stored.guid, stored.mod, stored.kind, stored.fields, stored.tags), stored


def _hash(fields: Iterable[str], tags: Iterable[str]) -> str:
    payload = json.dumps([list(fields), list(tags)], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


# The file format (version 2): valid JSON with one note per line, sorted by identity, so a
# changed note is a one-line diff and the file is written and read a line at a time. Version 1
# (indented) is still read.


def ledger_lines(ledger: Ledger) -> Iterator[str]:
    """The ledger file, line by line: header, notetypes, then one note per line."""
    notetypes = {
        nt.name: {"id": nt.id, "hash": nt.hash, "mod": nt.mod, "schema": nt.schema}
        for nt in sorted(ledger.notetypes, key=lambda n: n.id)
    }
    yield f'{{"docdeck_ledger": {LEDGER_VERSION},\n'
    yield f'"namespace": {_json(ledger.namespace)},\n'
    yield f'"notetypes": {_json(notetypes)},\n'
    yield NOTES_START
    entries = sorted(ledger.notes, key=lambda e: e.identity)
    for index, e in enumerate(entries):
        yield entry_line(e) + (",\n" if index < len(entries) - 1 else "\n")
    yield LEDGER_END


NOTES_START = '"notes": [\n'
LEDGER_END = "]}\n"


def entry_line(e: Entry) -> str:
    """One note's line of the ledger file, without its separator: the JSON object
    `_json` would write for its keys, sorted, assembled from encoded strings (2.5 times
    faster than building the dict and encoding it)."""
    string = _string
    return "".join(
        (
            '{"fields": [',
            ", ".join(map(string, e.fields)),
            '], "guid": ',
            string(e.guid),
            ', "hash": ',
            string(e.hash),
            ', "identity": ',
            string(e.identity),
            ', "kind": "',
            e.kind.value,
            '", "mod": ',
            str(e.mod),
            ', "removed": true, "section": ' if e.removed else ', "section": ',
            string(e.section),
            ', "tags": [',
            ", ".join(map(string, e.tags)),
            '], "text": ',
            string(e.text),
            "}",
        )
    )


# One encoder for every line: `json.dumps` with options builds a new one per call.
_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
# How `_json` writes a string (the C encoder where Python has it).
_string: Callable[[str], str] = json.encoder.encode_basestring


def write_ledger(ledger: Ledger, path: Path) -> str:
    """Write the ledger file to `path`, `BATCH_LINES` lines at a time; return its SHA-256."""
    lines = ledger_lines(ledger)
    batches = iter(lambda: "".join(itertools.islice(lines, BATCH_LINES)), "")
    return write_hashed(path, (batch.encode() for batch in batches))


# Lines encoded, hashed and written at once: one at a time, the calls took 15 % of the time.
BATCH_LINES = 256


def load_ledger(
    path: Path,
    display: str,
    namespace: str,
    needs: Callable[[str, str], bool] | None = None,
    identities: Mapping[str, str] = _NO_STRINGS,
) -> Ledger:
    """Read the ledger; an absent file is an empty ledger, a damaged one is refused.

    With `needs`, only the entries whose identity and hash it accepts keep their text and
    fields (a build needs them for the notes that vanished, `diff` for those that changed too;
    a deck of 250,000 notes holds 200 MB less). An entry whose identity is a key of
    `identities` holds its value instead, the equal string the drafts hold (26 MB less).
    """
    load = functools.partial(
        _load_entry, keep=needs or (lambda identity, content: True), identities=identities
    )
    try:
        with open(path, encoding="utf-8") as handle:
            return _parse_lines(handle, namespace, load)
    except FileNotFoundError:
        return Ledger(namespace)
    except NotADirectoryError as exc:  # a file where its folder should be
        raise LedgerError(f"cannot read ledger: {write_error(path, exc)}", display) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"cannot read ledger: {exc}", display) from None
    except (ValueError, KeyError, TypeError, AttributeError):
        pass  # not one note per line (version 1, or reformatted by hand): read it whole
    try:
        return _parse(json.loads(path.read_text(encoding="utf-8")), display, namespace, load)
    except json.JSONDecodeError as exc:
        raise LedgerError(
            f"ledger is not valid JSON ({exc.msg})",
            display,
            exc.lineno,
            "restore it from version control; docdeck will not overwrite it",
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise LedgerError(
            "ledger is damaged (missing or malformed entries)",
            display,
            hint="restore it from version control; docdeck will not overwrite it",
        ) from None


def parse_header(text: str, namespace: str = "") -> Ledger:
    """The ledger of a version 2 file's header (the text before its notes), without notes;
    ValueError for another version (`load_ledger` then reads the file whole)."""
    header = json.loads(text + '"notes": []}')
    if header["docdeck_ledger"] != LEDGER_VERSION:
        raise ValueError("version")
    return _parse(header, "", namespace, _load_entry, ())


def read_header(path: Path, namespace: str) -> tuple[Ledger, bool] | None:
    """A version 2 file's ledger without notes, and whether it holds any, from its first lines
    alone; None if the file cannot be read so (`load_ledger` then reads it whole)."""
    try:
        with open(path, encoding="utf-8") as handle:
            header = _read_head(handle, namespace)
            return header, next(handle, LEDGER_END) != LEDGER_END
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None


def parse_entry_line(line: str | bytes) -> Entry:
    """One note's line of a version 2 file (its separator removed), whole."""
    return _load_entry(json.loads(line), {})


def _read_head(lines: Iterator[str], namespace: str) -> Ledger:
    """The header of a version 2 file, read from `lines` up to the first note's line."""
    head: list[str] = []
    for line in lines:
        if line == NOTES_START:
            return parse_header("".join(head), namespace)
        head.append(line)
    raise ValueError("no notes")


# How an entry is read: `_load_entry`, maybe with some of its keywords given.
_Load = Callable[[dict[str, Any], dict[Any, Any]], Entry]


def _parse_lines(lines: Iterator[str], namespace: str, load: _Load) -> Ledger:
    """The version 2 layout, read a line at a time: the file's text is never held whole."""
    header = _read_head(lines, namespace)
    intern: dict[object, object] = {}
    notes: list[Entry] = []
    for line in lines:
        if line == LEDGER_END:
            if next(lines, None) is not None:
                raise ValueError("text after the notes")
            return replace(header, notes=tuple(notes))
        notes.append(load(json.loads(line.rstrip().removesuffix(",")), intern))
    raise ValueError("no end of the notes")


def _parse(
    data: dict[str, Any],
    display: str,
    namespace: str,
    load: _Load,
    notes: tuple[Entry, ...] | None = None,
) -> Ledger:
    version = data["docdeck_ledger"]
    if not isinstance(version, int):
        raise TypeError("version")
    if version > LEDGER_VERSION:
        raise LedgerError(
            f"ledger was written by a newer docdeck (format {version})",
            display,
            hint="upgrade docdeck; the ledger is left as it is",
        )
    if notes is None:
        intern: dict[object, object] = {}
        notes = tuple(load(item, intern) for item in data["notes"])
    notetypes = tuple(
        NotetypeEntry(int(v["id"]), name, str(v["hash"]), int(v["mod"]), dict(v["schema"]))
        for name, v in data["notetypes"].items()
    )
    return Ledger(str(data.get("namespace", namespace)), notes, notetypes)


def _load_entry(
    item: dict[str, Any],
    intern: dict[Any, Any],
    keep: Callable[[str, str], bool] = lambda identity, content: True,
    identities: Mapping[str, str] = _NO_STRINGS,
) -> Entry:
    """One note's entry; sections, tag tuples and mods repeat across notes and are shared.
    `keep` and `identities` are `load_ledger`'s `needs` and `identities`."""
    tags = tuple(str(t) for t in item["tags"])
    if tags not in intern:  # its strings too: 250,000 notes hold 8 MB less
        tags = tuple([intern.setdefault(t, t) for t in tags])
    section = str(item["section"])
    mod = int(item["mod"])
    content = str(item["hash"])
    identity = str(item["identity"])
    whole = keep(identity, content)
    return Entry(
        identity=identities.get(identity, identity),
        guid=str(item["guid"]),
        kind=NoteKind(item["kind"]),
        section=intern.setdefault(section, section),
        text=str(item["text"]) if whole else "",
        hash=content,
        mod=intern.setdefault(mod, mod),
        stored=tuple(str(f) for f in item["fields"]) if whole else (),
        tags=intern.setdefault(tags, tags),
        removed=bool(item.get("removed", False)),
    )
