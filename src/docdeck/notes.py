"""Notes before and after identity: `NoteDraft` (content, tags, key) and `Note` (+ guid, mod).

Owns field rendering: HTML escaping, cloze markup, keys and tag slugs. Imports `document` for
types only.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import html
import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docdeck.patterns import lazy

if TYPE_CHECKING:  # loaded only where a source is read: a no-op rebuild reads none
    from docdeck.document import SourceSpan

# How `json.dumps(..., ensure_ascii=False)` writes a string (the C encoder where Python has it).
_STRING: Callable[[str], str] = json.encoder.encode_basestring


class NoteKind(enum.Enum):
    FAQ = "faq"
    TABLE = "table"
    TAKEAWAY = "takeaway"
    CLAIM = "claim"

    @property
    def is_cloze(self) -> bool:
        return self in (NoteKind.TAKEAWAY, NoteKind.CLAIM)


class Change(enum.Enum):
    """What a build does to a note, against the ledger of the last."""

    ADDED = "added"
    UPDATED = "updated"
    REIDENTIFIED = "re-identified"
    REMOVED = "removed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a note comes from: shown in its Source field, used for its tags."""

    title: str
    source_slug: str
    section: str
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """A note's content without identity. `fields` excludes Source, which `origin` renders.

    Cloze text carries `{{c1::…}}` markup already; every other character is escaped.
    """

    kind: NoteKind
    identity: str
    """`source-slug:kind:key`, stable across edits elsewhere in the document. Held, not
    computed: a build's ledger entries share the string (250,000 notes hold 26 MB less)."""
    fields: tuple[str, ...]
    origin: Origin
    tags: tuple[str, ...]
    text: str = ""
    """The item's plain text: what re-identification compares after an edit."""

    @classmethod
    def new(
        cls,
        kind: NoteKind,
        key: str,
        fields: tuple[str, ...],
        origin: Origin,
        tags: tuple[str, ...],
        text: str = "",
    ) -> NoteDraft:
        """The draft of the item `key` of its source and kind."""
        return cls(kind, f"{origin.source_slug}:{kind.value}:{key}", fields, origin, tags, text)

    @property
    def key(self) -> str:
        """The identity within its source and kind (slugs and kinds hold no colon)."""
        return self.identity.split(":", 2)[2]

    def all_fields(self) -> tuple[str, ...]:
        return (*self.fields, render_source(self.origin))

    def content_hash(self) -> str:
        """Hash what Anki stores, less the source line (moving text is not an edit)."""
        payload = (self.kind.value, *self.fields, self.origin.title, self.origin.section)
        # The JSON list of `payload` and the tags joined, as `json.dumps` would write it.
        text = f"[{', '.join(map(_STRING, payload))}, {_STRING(' '.join(self.tags))}]"
        return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Note:
    """A note with its identity, as the `.apkg` writer receives it.

    A note's fields are rendered from its draft when asked for (the Source field is not kept
    for each of a deck's notes); `draft` is None for a tombstone, a note removed from the
    source and re-emitted flagged, whose fields are `stored`.
    """

    guid: str
    mod: int
    kind: NoteKind
    stored: tuple[str, ...]
    tags: tuple[str, ...]
    draft: NoteDraft | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return self.stored if self.draft is None else self.draft.all_fields()

    @classmethod
    def of(cls, draft: NoteDraft, guid: str, mod: int) -> Note:
        return cls(guid, mod, draft.kind, (), draft.tags, draft)


@dataclass(frozen=True, slots=True)
class DeckOut:
    """One Anki deck of a package: its full name and its notes in reading order."""

    name: str
    notes: tuple[Note, ...]
    description: str = ""


_CONTROL = lazy(r"[\x00-\x08\x0b-\x1f\x7f]")
# What `escape` changes: control characters, line breaks, `&`, `<`, `>` and braces (not tabs).
_TO_ESCAPE = lazy(r"[\x00-\x08\n-\x1f\x7f&<>{}]")


def escape(text: str) -> str:
    """Escape text for an Anki field: HTML-inert, and braces that cannot open a cloze."""
    # Most text has nothing to escape: one scan finds that out.
    if not _TO_ESCAPE.search(text):
        return text
    # \x1f separates fields inside Anki's database: no control character reaches a field.
    text = _CONTROL.sub(" ", text)
    escaped = html.escape(text, quote=False)
    escaped = escaped.replace("{", "&#123;").replace("}", "&#125;")
    return escaped.replace("\n", "<br>")


def cloze(
    text: str, start: int, end: int, number: int = 1, also: Sequence[tuple[int, int]] = ()
) -> str:
    """Escape `text` with `text[start:end]` as cloze `number`, and the spans `also` (other
    standings of the same words: "put {{c1::$7,000}} in a Roth and another {{c1::$7,000}}"),
    each showing its own text when revealed ("{{c1::Prediction}}" in another case)."""
    pieces, position = [], 0
    for first, last in sorted({(start, end), *also}):
        if first >= position:  # overlapping spans are hidden once
            target = escape(text[first:last]).replace(":", "&#58;")
            pieces.append(f"{escape(text[position:first])}{{{{c{number}::{target}}}}}")
            position = last
    return "".join(pieces) + escape(text[position:])


_CLOZE_MARKUP = lazy(r"\{\{c(\d+)::(.+?)\}\}")


def cloze_markup(text: str) -> str | None:
    """Escape text an author wrote with `{{c1::…}}` markers, keeping the markers; None if none."""
    parts: list[str] = []
    position = 0
    for match in _CLOZE_MARKUP.finditer(text):
        target = escape(match.group(2)).replace(":", "&#58;")
        parts.append(f"{escape(text[position : match.start()])}{{{{c{match.group(1)}::{target}}}}}")
        position = match.end()
    if not parts:
        return None
    return "".join(parts) + escape(text[position:])


def render_source(origin: Origin) -> str:
    return (
        f"{_source_head(origin.title, origin.section, origin.span.path)}{origin.span.line})</span>"
    )


# A section's notes share all of their Source field but the line: rendered once per section.
@functools.lru_cache(maxsize=4096)
def _source_head(title: str, section: str, path: str) -> str:
    parts = [title]
    if section and section != title:
        parts.append(section)
    name = escape(path.rsplit("/", 1)[-1])
    return f"{escape(' › '.join(parts))} <span class=line>({name}:"


# Extraction asks for the key of the same paragraph, sentence or header many times over.
@functools.lru_cache(maxsize=8192)
def normalize_key(text: str) -> str:
    """Fold case, quotes, dashes and spacing so cosmetic edits keep the same key."""
    # NFKC and the quote/dash fold change nothing in ASCII text.
    if text.isascii():
        # What the substitution below does, 3-4x faster: the table lower-cases letters and
        # blanks every ASCII character that is neither `\w` nor `%` (whitespace too); `split`
        # drops the runs and the ends. (`bytes.translate` indexes a table; `str.translate`
        # looks each character up in a dict.)
        return " ".join(text.encode("ascii").translate(_ASCII_KEY).decode("ascii").split())
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    # Whitespace is not `\w`: after the substitution only single spaces separate words.
    return _NOT_KEY.sub(" ", text).strip(" ")


_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_NOT_KEY = lazy(r"[^\w%]+")
_ASCII_KEY = bytes(
    ord(" ") if _NOT_KEY.match(chr(c)) else ord(chr(c).lower()) if c < 128 else c
    for c in range(256)
)
_APOSTROPHES = lazy(r"[’']")
_NOT_SLUG = lazy(r"[^\w]+")


# A draft's tags slug its section heading and the spec's tags: the same few strings.
@functools.lru_cache(maxsize=1024)
def slug(text: str) -> str:
    """A lower-case tag or file component: letters, digits and single hyphens."""
    text = text.translate(_FOLD)
    if text.isascii():  # most text: no accents to take off
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text).casefold()
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text)
    return _NOT_SLUG.sub("-", text).strip("-_") or "untitled"


# A heading's clause number ("2. TERM", "4.1 Fees", "3) Scope"): its place in the document,
# in no tag. "2024 in review" and "3 Ways to …" have none.
_HEADING_NUMBER = lazy(r"\d{1,3}(?:(?:\.\d{1,3})+\.?|[.)])\s+(?=\S)")


def unnumbered(heading: str) -> str:
    """A heading less a clause number that opens it ("2. TERM" → "TERM"), in a Markdown
    heading ("## 2. Term") as in plain text."""
    if heading[:1].isdigit() and (found := _HEADING_NUMBER.match(heading)):
        return heading[found.end() :]
    return heading


def section_slug(heading: str) -> str:
    """A section's `section::` tag: its heading's slug, less its clause number."""
    return slug(unnumbered(heading))


def tag(text: str) -> str:
    """A tag component: slug of each `::` part, so hierarchies survive."""
    return "::".join(slug(part) for part in text.split("::") if part.strip())
