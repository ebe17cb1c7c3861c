"""What every extractor shares: the settings, the boilerplate, and how a draft gets its tags.

Imports `document`, `errors`, `notes`, `spec` and the other `extract` helpers.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

from docdeck.document import (
    BulletList,
    Document,
    Paragraph,
    QuestionAnswer,
    Section,
    SourceSpan,
    Table,
)
from docdeck.errors import Diagnostic
from docdeck.extract.boilerplate import Boilerplate
from docdeck.extract.text import QUOTED, SINGULAR_FIRST_PERSON, lower_names, without_labels
from docdeck.extract.topics import Topic, topics_in
from docdeck.extract.words import (
    Vocabulary,
)
from docdeck.notes import (
    NoteDraft,
    NoteKind,
    Origin,
    cloze_markup,
    normalize_key,
    section_slug,
    tag,
)
from docdeck.patterns import lazy
from docdeck.spec import ExtractSettings, Override

# The override fields each notetype has: `docdeck Q&A` (Question, Answer, Context) and
# `docdeck Cloze` (Text, Extra, Context).
_QA_FIELDS = ("question", "answer", "context")
_CLOZE_FIELDS = ("text", "extra", "context")


@dataclass
class Context:
    doc: Document
    settings: ExtractSettings
    source_slug: str
    topics: tuple[Topic, ...]
    boilerplate: Boilerplate
    spec_tags: tuple[str, ...]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    used_overrides: set[int] = field(default_factory=set)
    """The overrides some item matched, whether or not their fields fit its note."""
    # The sorted tags of every draft of a kind in a section, slugged once per document.
    _section_tags: dict[tuple[NoteKind, str], tuple[str, ...]] = field(default_factory=dict)
    # Each distinct tag tuple and tag string once: drafts share them (`cache.share_tags` then
    # copies none).
    _tag_pool: dict[object, object] = field(default_factory=dict)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Every word of the document, to find the terms it repeats."""
        return Vocabulary.of(_texts(self.doc), self.doc.title)

    @cached_property
    def names(self) -> frozenset[str]:
        """Names the document writes in lower case, where a sentence may open (`sentences`)."""
        return lower_names(chain((self.doc.title,), _texts(self.doc, True)), _texts(self.doc))

    @cached_property
    def _cased_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words the document writes in lower case, and those it capitalises inside a
        sentence, after a word or a comma ("Young" in "Thomas Young"); not in a heading, whose
        words a title case capitalises ("Yeast" in "Bread Science: Flour, Yeast and Heat")."""
        lower: set[str] = set()
        inside: set[str] = set()
        headings = {section.heading for section in self.doc.sections}
        for text in _texts(self.doc):
            lower.update(_LOWER_WORD.findall(text))
            if text not in headings:
                inside.update(_INSIDE_CAPITAL.findall(text))
        return frozenset(lower), frozenset(inside)

    def common_noun(self, word: str) -> bool:
        """Whether the document writes `word` in lower case and never capitalises it inside a
        sentence: a thing's name, no person's ("aspirin" in "Low-dose aspirin …"; not "Young",
        "young" as it may be elsewhere, in "Thomas Young showed …")."""
        lower, inside = self._cased_words
        return word.lower() in lower and word not in inside

    @cached_property
    def personal(self) -> bool:
        """Whether the author speaks as one person ("I", "my") anywhere outside quotations.
        Then "we" is the author and company, telling their experience; otherwise it is an
        organisation ("we charge a 15% fee") or people at large ("we forget half of it")."""
        return any(
            SINGULAR_FIRST_PERSON.search(_unquoted(text)) for text in _authors_texts(self.doc)
        )

    @cached_property
    def organisation(self) -> bool:
        """Whether the page speaks for an organisation, whose "we" reports what it did ("We
        reduced operating costs by 12%"): a report's title ("… Annual Report 2025", "ADR 7: …")
        or "our customers", "our revenue" … in the author's text (`_REPORT_HEADING`, `_OURS`).
        See `reports` for a section's heading."""
        return bool(_REPORT_HEADING.search(self.doc.title)) or any(
            _OURS.search(text) for text in _authors_texts(self.doc) if "our " in text.lower()
        )

    @cached_property
    def of_people(self) -> bool:
        """Whether the page speaks of someone as "he" or "she" anywhere: then a name its title
        holds ("Darwin") may be a person's, not a thing's."""
        return any(not _THIRD_PERSON.isdisjoint(text.split()) for text in _texts(self.doc))

    def reports(self, section: Section) -> bool:
        """Whether "we" in `section` is an organisation reporting what it did: the page speaks
        for one (`organisation`) or the section's heading is a report's ("Results", "Decision",
        "Financial highlights"), not a paper's "Methods"."""
        return bool(_REPORT_HEADING.search(section.heading)) or self.organisation

    def override(self, kind: NoteKind, span: SourceSpan, *texts: str) -> Mapping[str, str]:
        """The spec's replacement fields for the item whose text or key is one of `texts`;
        fields its note cannot take are reported at `span` and left out."""
        if not self.settings.overrides:
            return {}
        keys = {normalize_key(text) for text in texts}
        found: Mapping[str, str] = {}
        first: Override | None = None
        for index, override in enumerate(self.settings.overrides):
            if normalize_key(override.match) not in keys:
                continue
            self.used_overrides.add(index)
            if first is None:
                first = override
                found = self._fitting(override, kind, span)
            else:
                self.skip(
                    f"override on spec line {override.line} matches the same note as the one"
                    f" on line {first.line}: ignored",
                    span,
                    "merge the two",
                )
        return found

    def _fitting(self, override: Override, kind: NoteKind, span: SourceSpan) -> dict[str, str]:
        """The fields of `override` a `kind` note takes; the others are reported at `span`."""
        fields = dict(override.fields)
        names = _CLOZE_FIELDS if kind.is_cloze else _QA_FIELDS
        if wrong := [name for name in fields if name not in names]:
            article = "an" if kind is NoteKind.FAQ else "a"
            self.skip(
                f"override on spec line {override.line} sets {' and '.join(wrong)}, which"
                f" {article} {kind.value} note does not have: ignored",
                span,
                "use text: with a {{c1::…}} cloze, extra: or context:"
                if kind.is_cloze
                else "use question:, answer: or context:",
            )
        if "text" in fields and kind.is_cloze and cloze_markup(fields["text"]) is None:
            self.skip(
                f"override on spec line {override.line} sets text with no {{{{c1::…}}}} cloze:"
                f" the {kind.value} keeps its extracted text",
                span,
                "mark the hidden part with {{c1::…}}",
            )
            del fields["text"]
        return {name: value for name, value in fields.items() if name in names}

    def skip(
        self, message: str, span: SourceSpan, hint: str | None = None, level: str = "warning"
    ) -> None:
        self.diagnostics.append(Diagnostic(message, span.path, span.line, hint, level))

    def skipped_by_spec(self, text: str, span: SourceSpan) -> bool:
        """Whether a `skip:` pattern in the spec matches `text`: reported as a note, which
        `--strict` does not refuse (the user asked for it)."""
        if not self.settings.skip:
            return False
        folded = " ".join(text.split()).casefold()
        for pattern, matches in self._skip_patterns:
            if matches(folded):
                self.skip(f"skipped by spec pattern '{pattern}'", span, level="note")
                return True
        return False

    @cached_property
    def _skip_patterns(self) -> tuple[tuple[str, Callable[[str], re.Match[str] | None]], ...]:
        """Each `skip:` pattern with its matcher (`fnmatchcase` on folded spacing and case)."""
        return tuple(
            (pattern, re.compile(fnmatch.translate(" ".join(pattern.split()).casefold())).match)
            for pattern in self.settings.skip
        )

    def draft(
        self,
        kind: NoteKind,
        key: str,
        fields: tuple[str, ...],
        section: Section,
        span: SourceSpan,
        text: str,
    ) -> NoteDraft:
        """A draft tagged by source, kind, section, topics found in `text`, and spec tags."""
        origin = Origin(self.doc.title, self.source_slug, section.heading, span)
        tags = self._section_tags.get((kind, section.heading))
        if tags is None:
            tags = self._section_tags[kind, section.heading] = self._shared(
                f"source::{self.source_slug}",
                f"kind::{kind.value}",
                f"section::{section_slug(section.heading)}",
                *(tag(name) for name in self.spec_tags),
            )
        if self.topics and (found := topics_in(text, self.topics)):
            tags = self._shared(*tags, *(topic.tag for topic in found))
        return NoteDraft.new(kind, key, fields, origin, tags, text)

    def _shared(self, *tags: str) -> tuple[str, ...]:
        """The sorted set of `tags`, as the pool's tuple of the pool's strings."""
        pool = self._tag_pool
        sorted_tags = tuple(sorted(set(tags)))
        shared = pool.get(sorted_tags)
        if shared is None:
            shared = pool[sorted_tags] = tuple(pool.setdefault(name, name) for name in sorted_tags)
        return shared  # type: ignore[return-value]


# Headings of what an organisation reports: an annual or impact report, its results and
# highlights, an architecture decision record's decision and consequences. Not a bare "Report"
# ("Trip report") nor "Decision-making".
_REPORT_HEADING = lazy(
    r"\b(?:(?:annual|impact|sustainability|quarterly|progress|financial|integrated|ESG|"
    r"transparency)\s+report|results|highlights|decision(?![-\s]mak)|consequences|outcomes?"
    r"|year\s+in\s+review|earnings|fiscal\s+year|FY\s?\d{2,4}"
    r"|ADR[\s-]?\d+)\b",
    re.IGNORECASE,
)
# A person spoken of: "He sailed …", "her first paper".
_THIRD_PERSON = frozenset("he she his her him He She His Her Him".split())
# What only an organisation has: "our customers", "our revenue", "our stores".
_OURS = lazy(
    r"\bour\s+(?:company|companies|customers|clients|users|subscribers|employees|staff"
    r"|workforce|shareholders|investors|stores|shops|branches|offices|revenue|revenues|sales"
    r"|profits?|earnings|business|organi[sz]ation|firm|products|services|platform|engineering"
    r"\s+team)\b",
    re.IGNORECASE,
)


# A word in lower case; a capitalised one after a word or a comma, inside its sentence.
_LOWER_WORD = lazy(r"\b[a-z][a-z-]+\b")
_INSIDE_CAPITAL = lazy(r"(?<=[\w,;:)] )[A-Z][\w-]+")


def _texts(doc: Document, openings: bool = False) -> Iterator[str]:
    """Every text of the document; with `openings`, only its headings, paragraphs and answers:
    texts that open in lower case only on a name (list items and cells often do: "- flour")."""
    for section in doc.sections:
        yield section.heading
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield block.text
            elif isinstance(block, QuestionAnswer):
                if not openings:
                    yield block.question
                yield from (paragraph.text for paragraph in block.answer)
            elif openings:
                continue
            elif isinstance(block, BulletList):
                yield from (item.text for item in block.items)
            elif isinstance(block, Table):
                yield from block.header
                yield from (cell for row in block.rows for cell in row.cells)


def _authors_texts(doc: Document) -> Iterator[str]:
    """What the author writes in their own voice: not headings or FAQ questions, which ask
    in the reader's ("Can I return a gift?"), nor quoted paragraphs."""
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and not block.quoted:
                yield block.text
            elif isinstance(block, BulletList):
                yield from (item.text for item in block.items)
            elif isinstance(block, QuestionAnswer):
                yield from (paragraph.text for paragraph in block.answer if not paragraph.quoted)


def _unquoted(text: str) -> str:
    """`text` less its quotations and interface labels: no one's first person."""
    return without_labels(QUOTED.sub("", text) if '"' in text or "“" in text else text)
