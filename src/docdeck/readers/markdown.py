"""Markdown reader: pyromark (pulldown-cmark) events -> Document (sections, paragraphs, lists,
tables, FAQs).

pyromark is imported only here; only `document` dataclasses leave it.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, pairwise, takewhile
from pathlib import PurePath
from typing import Any

import pyromark

from docdeck.document import (
    Block,
    BulletList,
    Code,
    Document,
    ListItem,
    Paragraph,
    QuestionAnswer,
    Section,
    SectionRole,
    SourceSpan,
    Table,
    TableRow,
    image_ref,
    table_questions,
)
from docdeck.errors import Diagnostic
from docdeck.headings import (
    is_glossary_heading,
    is_history_heading,
    is_troubleshooting,
    section_role,
    with_answer_key,
    with_notes_read,
)
from docdeck.layouts import fact_table, outline, with_label_lines
from docdeck.lines import (
    ASKED_LABEL,
    MIN_GLOSSARY_ITEMS,
    NO_TURN,
    abstract_part,
    commands,
    glosses,
    holds_brief_part,
    is_byline,
    is_label,
    is_metadata_line,
    is_page_label,
    multiple_choice,
    names_people,
    opens_clause,
    problem_fix,
    problem_front,
    states_problem,
    strip_answer_prefix,
    transcript_speakers,
    turn_end,
    without_citations,
)
from docdeck.patterns import lazy

# `nn` on a line of its own is what an export leaves of a lost "\n\n".
SEPARATOR = "nn"
MAX_QUESTION_CHARS = 250
MAX_PSEUDO_HEADING_CHARS = 80
# A bold line this short was never a claim (those need 8 words): reading it as a subheading
# loses no card.
MAX_SUBHEADING_WORDS = 7
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", ",")
# After a bold term, what sets off its value: `**Term**: …`, `**Term** — …`, `**Term** - …`.
_TERM_SEPARATOR = lazy(r"\s*(?::|[—–]|-(?=\s))\s*")
MAX_TERM_WORDS = 8  # of a definition list's term
MAX_META_LABEL_WORDS = 3
MAX_META_VALUE_WORDS = 6
MAX_FACT_VALUE_WORDS = 12  # of a line among facts by name (`_is_fact`)
MAX_RUN_IN_WORDS = 4  # of a bold run-in label: "Background.", "Conflicts of interest."

_BR = lazy(r"<br\s*/?>", re.IGNORECASE)
# `<sub>`/`<sup>` around digits and signs (CO<sub>2</sub>, 10<sup>9</sup>): Unicode's own
# subscripts and superscripts, as the card would show them; other text in them stays level,
# a superscript after a caret (x^n).
_SCRIPT_TAG = lazy(r"<(/?)(sub|sup)\s*>", re.IGNORECASE)
# Tags of exported text that only style it (`<kbd>Ctrl</kbd>`, Google Docs' `<span …>`): their
# text shows, without them.
_TEXT_TAG = lazy(r"</?(?:kbd|abbr|small|mark|span|cite|var|samp|u)\b[^<>]*>", re.IGNORECASE)
# A superscript that holds citation markers ("<sup>[2]</sup>", "<sup>[a]</sup>", "<sup>[note
# 3]</sup>", "<sup>[citation needed]</sup>", as Wikipedia exports them): no text, as a bare "[2]".
_SUP_CITATION = lazy(
    r"\s*(?:\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[a-z]|(?:note|nb|n)\s*\d{1,3}"
    r"|citation needed|clarification needed|when\?|who\?|by whom\?)\]\s*)+",
    re.IGNORECASE,
)
_SCRIPTS = {
    "sub": str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"),
    "sup": str.maketrans("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"),
}
# The most letters of a word a mnemonic emphasises: "**D**anger", "**Sh**ock".
MAX_INITIALS = 2
_HIGHLIGHT = lazy(r"==(?=\S)(.+?)(?<=\S)==")
# A site generator's template tags: Hugo shortcodes (`{{< note >}}`, `{{% tip %}}`), Liquid tags
# (`{% include footer.html %}`, `{%- raw -%}`) and output (`{{ page.title }}`, a space inside).
# Not text; what a paired shortcode holds is. `{{Field}}`, `{{c1::x}}` and `{{ and }}` on their
# own read as written. Bounded: a line of unclosed `{{<` is matched in linear time.
_TEMPLATE_TAG = lazy(
    r"\{\{<[^\n]{0,200}?>\}\}|\{\{%[^\n]{0,200}?%\}\}|\{%[^\n]{0,200}?%\}"
    r"|\{\{-?\s(?!\s*c\d+::)[^{}\n]{0,200}?\}\}"
)
_FRONT_MATTER_TITLE = lazy(r"^title\s*[:=]\s*(.*?)\s*$", re.MULTILINE)  # YAML, TOML
# Explicit labels: `Q:` / `Question 1:` and `A:` / `Answer:` (a colon, not `Q.` or `A.`).
_LABELLED_QUESTION = lazy(r"^Q(?:uestion)?\s*\d*\s*:", re.IGNORECASE)
_LABELLED_ANSWER = lazy(r"^A(?:nswer)?\s*\d*\s*:", re.IGNORECASE)
_BLOCK_PREFIX = lazy(r"^[\s>]*")
_CELL_BAR = lazy(r"(?<!\\)\|")  # between a table row's cells
# A link to a script, a local file or data is no link: it reads as written. An image may be
# data of these types.
_BAD_LINK = lazy(r"\s*(?:vbscript|javascript|file|data):", re.IGNORECASE)
_DATA_IMAGE = lazy(r"\s*data:image/(?:gif|png|jpeg|webp);", re.IGNORECASE)

# CommonMark with GFM tables and strikethrough, YAML (`---`) and TOML (`+++`) front matter,
# Obsidian's wikilinks (`[[Page]]`, `[[Page|shown text]]`: their text, as a link's), heading
# attributes (`## FAQ {#faq}`, as Google Docs and Pandoc export them: no text), footnotes
# (`text[^1]`: the marker and the note it points to are no text), definition lists (`Term`
# over `: what it means`, as Pandoc and PHP Markdown Extra write a glossary) and task lists
# (`- [ ] …`, `- [x] …`: the box is no text), and TeX math (`$R^2$`, shown as written; a
# `$$…$$` display is no text; "$5 and $10" stays money).
_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_YAML_STYLE_METADATA_BLOCKS
    | pyromark.Options.ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
    | pyromark.Options.ENABLE_WIKILINKS
    | pyromark.Options.ENABLE_HEADING_ATTRIBUTES
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_DEFINITION_LIST
    | pyromark.Options.ENABLE_TASKLISTS
    | pyromark.Options.ENABLE_MATH
)
# A heading's permalink, as documentation generators write it (`## FAQ[¶](#faq)`).
_PERMALINK = lazy(r"\s*[¶§🔗]$")
_PERMALINK_MARKS = ("¶", "§", "🔗")  # what one ends on
# A forum post's note on its own edits: "EDIT: typo", "Edit 2: added a section", "UPDATE:
# solved". "Update:" alone may open news, so only in capitals or numbered. Tested on the first
# six characters first.
_EDIT_OPENINGS = ("EDIT", "UPDATE")
_EDIT = lazy(r"(?:EDIT|Edit|edit)(?:\s*\d+)?\s*:|UPDATE(?:\s*\d+)?\s*:|Update\s*\d+\s*:")
# An Obsidian callout's first line, `> [!note] Title`: a marker, not text.
_CALLOUT = lazy(r"\[![\w-]+\][+-]?(?:\s.*)?")
# The line that opens an admonition or a tab in MkDocs (`!!! warning "Title"`, `??? note`,
# `=== "Tab"`), its text indented 4 columns below it; and a fence of Docusaurus's or Pandoc's
# (`:::tip Title`, `::: {.note}`, `:::`), its text not indented. Markers, not text.
_ADMONITION = lazy(
    r'([ \t]*)(?:(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+(?:[\w-]+|"[^"]*"))*'
    r'|===[+!]?[ \t]+"[^"]*")[ \t]*'
)
_DIV_FENCE = lazy(r"[ \t]*:{3,}[ \t]*(?:[\w-]+)?(?:[ \t\[{].*)?")
_CODE_FENCE = lazy(r"`{3,}|~{3,}")
# Tags a line ends on, after its last sentence (`… practice. #learning #memory`), or that make
# it up: Obsidian's tags, not text. "#1" and "C#" are no tags.
_TRAILING_TAGS = lazy(r"(?:^|(?<=[.!?:;)\"”’]))(?:\s*#[^\W\d][\w/-]*)+\s*$")

# An event is a one-key dict (`{"Text": "hi"}`, `{"Start": {"Heading": {...}}}`, `{"End":
# "Item"}`) or a bare string (`"SoftBreak"`, `"HardBreak"`, `"Rule"`).
Event = Any
_INLINE_STRINGS = frozenset({"SoftBreak", "HardBreak"})
_INLINE_KINDS = frozenset(
    {"Text", "Code", "InlineHtml", "InlineMath", "FootnoteReference", "TaskListMarker"}
)
_INLINE_TAGS = frozenset(
    {"Emphasis", "Strong", "Strikethrough", "Link", "Image", "Superscript", "Subscript"}
)
# Blocks whose content is not text to learn from. Code is read (an FAQ answer shows it).
_SKIPPED = frozenset({"HtmlBlock", "MetadataBlock", "FootnoteDefinition"})
_BLANK_LINES = lazy(r"^(?:[ \t]*\n)+")
# A collapsible FAQ item, `<details><summary>Question?</summary> answer </details>`: the answer
# is HTML in the same block, or Markdown between the block that opens it and `</details>`.
# Each searched once, from where the last one ended: a block of 20,000 unclosed `<summary>`
# tags took 30 s with one pattern for the whole item.
_SUMMARY_START = lazy(r"<summary\b[^<>]*>", re.IGNORECASE)
_SUMMARY_END = lazy(r"</summary\s*>", re.IGNORECASE)
_DETAILS_END = lazy(r"</details\s*>", re.IGNORECASE)
_TAG = lazy(r"<[^<>]*>")
_HTML_COMMENTS = lazy(r"<!--.*?(?:-->|$)", re.DOTALL)


def parse_markdown(text: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a Markdown article into a `Document`; warnings only for content that was lost."""
    read = _Reader(_without_admonition_fences(text))
    read.blocks = _clause_blocks(read.blocks)
    title = _title(read.first_h1, read.front_matter, path)
    builder = _Builder(path, title, text.split("\n"))
    speakers = transcript_speakers(
        [
            line
            for block in read.blocks
            for line in (
                block.text.lines
                if isinstance(block, _ParagraphBlock) and not block.quoted
                else _turn_lines(block)
                if isinstance(block, _ListBlock)
                else (NO_TURN,)
            )
        ]
    )
    for index, block in enumerate(read.blocks):
        if isinstance(block, _HeadingBlock):
            heading = block.text.text()
            problem = (
                builder.lists_problems(block.level)
                and states_problem(heading, block.quotes)
                and not _has_subheadings(read.blocks, index, block.level)
            )
            builder.heading(block.level, heading, block.line, block.is_first_h1, problem=problem)
        elif isinstance(block, _ParagraphBlock):
            if (untagged := _without_tags(block.text)) is not block.text:
                block = _ParagraphBlock(untagged, block.line, block.quoted)
            if speakers and not block.quoted and (turns := _turns(block.text, speakers)):
                # Speakers' turns, never headings; the card says what, not who ("**Host:** …").
                for turn, offset in turns:
                    builder.paragraph(turn, block.line + offset, False)
                continue
            if block.quoted and block.text.lines and _CALLOUT.fullmatch(block.text.lines[0]):
                lines = len(block.text.lines)
                block = _ParagraphBlock(_lines(block.text, 1, lines), block.line + 1, True)
            elif block.text.lead_strong and (unlabelled := _without_note_label(block.text)):
                below = unlabelled.lines == block.text.lines[1:]  # the label alone on its line
                block = _ParagraphBlock(unlabelled, block.line + below, block.quoted)
            if not block.quoted and is_byline(block.text.text()):
                continue  # page metadata: "Updated March 2025 · 9 min read"
            if len(block.text.lines) > 1 and not block.quoted and is_byline(block.text.lines[0]):
                # A comment under its header line ("u/breadhead99 · 2 hr. ago"): the text only.
                lines = len(block.text.lines)
                block = _ParagraphBlock(_lines(block.text, 1, lines), block.line + 1, False)
            if block.text.lines[0][:6].upper().startswith(_EDIT_OPENINGS) and _EDIT.match(
                block.text.lines[0]
            ):
                continue  # a post's edit note ("EDIT: typo", "Edit 2: …"): no claim
            if len(block.text.lines) > 1 and builder.at_top() and _properties(block.text):
                continue
            if (
                (part := abstract_part(block.text.lines[0]))
                and builder.takes_part(block.quoted)
                and not builder.in_brief(read.blocks, index)
            ):
                # "**Results:** Pain fell …": the label heads a section; the text is what follows.
                name = block.text.lines[0][:part].rstrip(" :.")
                # Its "Conclusions" or "Findings" is prose, no summary (`SectionRole.SUMMARY`).
                level = builder.level_below()
                builder.heading(
                    level, name, block.line, False, written=False, role=SectionRole.BODY
                )
                block = _ParagraphBlock(_without_part(block.text, part), block.line, False)
            pseudo = _pseudo_heading(block.text)
            if pseudo and (pseudo[1] or builder.takes_subheading(block.quoted)):
                builder.heading(builder.level_below(), pseudo[0], block.line, False, written=False)
            elif pair := builder.labelled_question(block.text, read.blocks, index + 1):
                builder.ask_labelled(pair, block.line)
            elif block.text.lead_strong and not block.quoted and builder.bold_lines(block):
                continue
            else:
                builder.paragraph(block.text, block.line, block.quoted)
        elif isinstance(block, _ListBlock):
            if speakers and (said := _listed_turns(block, speakers)):
                # A list of turns (`- **Host:** …`): each turn a paragraph, as when unlisted.
                for turn, turn_line in said:
                    builder.paragraph(turn, turn_line, False)
                continue
            builder.bullet_list(block.items, block.line)
        elif isinstance(block, _DefinitionBlock):
            builder.definition(block)
        elif isinstance(block, _CodeBlock):
            builder.code(block)
        elif isinstance(block, _HtmlBlock):
            builder.html(block)
        elif isinstance(block, _RuleBlock):
            builder.rule()
        else:
            builder.table(block)
    return builder.document(), builder.diagnostics


# --- events to blocks ----------------------------------------------------------------------


def _without_admonition_fences(text: str) -> str:
    """`text` with its admonitions' and tabs' marker lines blank and MkDocs's text under them
    no longer indented: else the text reads as code (lost) or the marker as its first words
    ("!!! warning no-cache does not …"). Lines keep their numbers; code fences stay as they are.
    """
    if "!!!" not in text and "???" not in text and "===" not in text and ":::" not in text:
        return text  # most documents
    lines = text.split("\n")
    fence = ""  # the open code fence's run of backticks or tildes
    for index, line in enumerate(lines):
        start = line.lstrip()[:1]
        if fence:
            if start == fence[0] and not line.strip().removeprefix(fence).strip(fence[0]):
                fence = ""
            continue
        if start in ("`", "~") and (opened := _CODE_FENCE.match(line.lstrip())) is not None:
            fence = opened.group()
            continue
        if start not in ("!", "?", "=", ":"):  # "" too: a blank line
            continue
        if _DIV_FENCE.fullmatch(line):
            lines[index] = ""
        elif (marker := _ADMONITION.fullmatch(line)) is not None:
            lines[index] = ""
            body = len(marker.group(1).expandtabs(4)) + 4  # where its text is indented to
            for below in range(index + 1, len(lines)):
                under = lines[below]
                if not under.strip():
                    continue
                if len(under[: len(under) - len(under.lstrip())].expandtabs(4)) < body:
                    break
                lines[below] = under[1:] if under.startswith("\t") else under[4:]
    return "\n".join(lines)


def _tag(value: Any) -> str:
    """A Start or End event's tag name: `"Item"`, or the key of `{"Heading": {...}}`."""
    return value if isinstance(value, str) else next(iter(value))


@dataclass
class _Item:
    line: int
    task: bool = False  # a task list's item (`- [ ] …`): a to-do, no fact
    ordered: bool = False  # a numbered list's item: a step, no problem (`_Builder._problem`)
    depth: int = 0  # the items it is nested in
    parts: list[tuple[_Rendered, int]] = field(default_factory=list)
    code: list[tuple[int, _CodeBlock]] = field(default_factory=list)
    """Code blocks in the item, each with the number of `parts` before it."""


# The reader's records of a block or a run of text are made for each one and never changed,
# but not frozen: a frozen dataclass sets each field through `object.__setattr__`, 3x slower.
@dataclass(slots=True)
class _HeadingBlock:
    level: int
    text: _Rendered
    line: int
    is_first_h1: bool
    quotes: bool = False  # holds a code span (`` `ENOENT` ``): quotes an error, a command


@dataclass(slots=True)
class _ParagraphBlock:
    text: _Rendered
    line: int
    quoted: bool  # inside a blockquote


@dataclass(frozen=True, slots=True)
class _CodeBlock:
    text: str
    line: int  # of the opening fence, or an indented block's first line


@dataclass(frozen=True, slots=True)
class _ListBlock:
    """Every item of a list and its nested lists, parents first; each item's own text only."""

    items: list[_Item]
    line: int


@dataclass(frozen=True, slots=True)
class _TableBlock:
    header: tuple[str, ...]
    rows: tuple[tuple[tuple[str, ...], int], ...]  # (cells, line) of each row with text
    line: int


@dataclass(frozen=True, slots=True)
class _HtmlBlock:
    """An HTML block: not text to learn from, but part of an FAQ answer it interrupts."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class _RuleBlock:
    """A thematic break (`---`) outside lists."""


@dataclass(frozen=True, slots=True)
class _DefinitionBlock:
    """One definition of a definition list's term (`Term` over `: what it means`): its
    paragraphs, each with its line."""

    term: str
    parts: list[tuple[_Rendered, int]]
    line: int  # the term's
    quoted: bool


_ReadBlock = (
    _HeadingBlock
    | _ParagraphBlock
    | _ListBlock
    | _TableBlock
    | _CodeBlock
    | _HtmlBlock
    | _RuleBlock
    | _DefinitionBlock
)


class _Reader:
    """One pass over a document's events: the blocks the builder reads, outside lists, and
    every list whole. Blockquotes are transparent (pull quotes), their paragraphs marked as
    quoted; HTML blocks, rules and front matter are not text to learn from, nor is a table
    inside a list. Code blocks are read whole: the builder keeps those of FAQ answers."""

    def __init__(self, text: str) -> None:
        events = pyromark.events_with_range(text, options=_OPTIONS, merge_text=True)
        # After pyromark, which keeps the text's UTF-8 in it: encoding copies that.
        data = self._data = text.encode()
        # Byte offset where each line starts: a range's start gives its line. (Each line's
        # length and its "\n", summed in C: a generator over the lines cost 5 % of the reading.)
        self._starts = list(accumulate(map((1).__add__, map(len, data.split(b"\n"))), initial=0))
        self.blocks: list[_ReadBlock] = []
        self.first_h1: _Rendered | None = None
        self.front_matter: str | None = None
        self._run: list[Event] | None = None  # the inline events being gathered
        self._run_line = 0
        self._tight = False  # the run is a tight list item's text, in no paragraph
        self._lists = 0  # lists open
        self._ordered: list[bool] = []  # whether each open list is numbered, innermost last
        self._items: list[_Item] = []  # of the outermost open list
        self._open: list[_Item] = []  # items open, innermost last
        self._table: list[tuple[tuple[str, ...], int]] | None = None
        self._header: tuple[str, ...] = ()
        self._list_line = self._table_line = 0
        self._quotes = 0  # blockquotes open
        # A definition list's last term and whether it was read yet with a definition; the
        # paragraphs of the definition being read, and whether its `:` has a space after it.
        self._term: tuple[_Rendered, int] | None = None
        self._term_read = False
        self._definition: list[tuple[_Rendered, int]] | None = None
        self._spaced = False
        # One loop over the events, most handled in it: a method call for each costs more
        # than the rest of the reading of text and cells. The events of a link read as
        # written, a skipped block and a code block are taken from `_events` by their start's
        # handler (`_skip_literal`, `_skip_block`, `_read_code`).
        self._events = iter(events)
        event: Event  # Any: mypy sees no `__class__` test rule a bare string out below
        for event, span in self._events:
            if "Text" in event:  # most events ("Text" is in no bare string)
                if self._run is None:  # text directly in a tight list's item
                    self._run, self._run_line, self._tight = [], self._line(span["start"]), True
                self._run.append(event)
            elif event.__class__ is str:  # SoftBreak, HardBreak, Rule
                if event in _INLINE_STRINGS:
                    self._inline(event, span["start"])
                else:
                    if event == "Rule" and not self._lists:
                        self.blocks.append(_RuleBlock())
                    if self._tight:
                        self._end_tight()
            elif (value := event.get("Start")) is not None:
                tag = value if value.__class__ is str else next(iter(value))
                if tag in _INLINE_TAGS:
                    self._inline_start(event, value, tag, span["start"], span["end"])
                else:
                    if self._tight:
                        self._end_tight()
                    if start := _STARTS.get(tag):
                        start(self, tag, value, span["start"])
            elif (value := event.get("End")) is not None:
                tag = value if value.__class__ is str else next(iter(value))
                if tag in _INLINE_TAGS:
                    self._inline(event, span["start"])
                else:
                    if self._tight:
                        self._end_tight()
                    if end := _ENDS.get(tag):
                        end(self)
            elif next(iter(event)) in _INLINE_KINDS:
                if "TaskListMarker" in event and self._open:
                    self._open[-1].task = True
                self._inline(event, span["start"])
            elif self._tight:
                self._end_tight()

    def _line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    # Inline events: gathered into the run of the paragraph, heading or cell they are in.

    def _inline(self, event: Event, offset: int) -> None:
        if self._run is None:  # text directly in a tight list's item
            self._run, self._run_line, self._tight = [], self._line(offset), True
        self._run.append(event)

    def _inline_start(self, event: Event, value: Any, tag: str, offset: int, end: int) -> None:
        if self._run is None:
            self._run, self._run_line, self._tight = [], self._line(offset), True
        self._add_start(self._run, event, value, tag, offset, end)

    def _add_start(
        self, run: list[Event], event: Event, value: Any, tag: str, offset: int, end: int
    ) -> None:
        """An inline tag's start; a link read as written (`_no_link`) is its source's text."""
        if _no_link(value):
            run.append({"Text": self._data[offset:end].decode()})
            self._skip_literal(tag)
        else:
            run.append(event)

    def _end_tight(self) -> None:
        """A tight item's text ends where a block starts or the item ends."""
        self._tight = False
        self._place(_render(self._take_run()), self._run_line)

    def _read_run(self) -> list[Event]:
        """The inline events of a paragraph, heading, cell or term, read from `_events` to its
        end: the main loop sees none of them (most events are a block's one text)."""
        run: list[Event] = []
        event: Event  # Any, as in `__init__`
        for event, span in self._events:
            if "Text" in event:
                run.append(event)
            elif event.__class__ is str:  # SoftBreak, HardBreak
                if event in _INLINE_STRINGS:
                    run.append(event)
            elif (value := event.get("Start")) is not None:  # an inline tag's: blocks hold none
                tag = value if value.__class__ is str else next(iter(value))
                self._add_start(run, event, value, tag, span["start"], span["end"])
            elif (value := event.get("End")) is not None:
                if value.__class__ is not str or value not in _INLINE_TAGS:
                    return run  # the block's own end
                run.append(event)
            elif next(iter(event)) in _INLINE_KINDS:
                if "TaskListMarker" in event and self._open:
                    self._open[-1].task = True
                run.append(event)
        return run

    # Blocks and links whose events their start's handler reads from `_events`, to their end.

    def _skip_literal(self, tag: str) -> None:
        """A link or image read as written: its events are no text."""
        depth = 1
        for event, _ in self._events:
            value = event.get("Start", event.get("End")) if isinstance(event, dict) else None
            if value is not None and _tag(value) == tag:
                depth += 1 if "Start" in event else -1
                if not depth:
                    return

    def _skip_block(self, tag: str, offset: int) -> None:
        """A block that is no text to learn (`_SKIPPED`, a table in a list), but front matter
        (`front_matter`) and an HTML block outside lists: the builder reports one in an
        answer."""
        html: list[str] | None = [] if tag == "HtmlBlock" and not self._lists else None
        for event, _ in self._events:
            if isinstance(event, dict):
                if "Text" in event and tag == "MetadataBlock":
                    self.front_matter = (self.front_matter or "") + event["Text"]
                elif "Html" in event and html is not None:
                    html.append(event["Html"])
                elif _tag(event.get("End", "")) == tag:
                    if html is not None:
                        self.blocks.append(_HtmlBlock("".join(html), self._line(offset)))
                    return

    def _read_code(self, offset: int) -> None:
        """A code block as written, less blank lines around it: a block, or part of an item."""
        code: list[str] = []
        for event, _ in self._events:
            if isinstance(event, dict) and "Text" in event:
                code.append(event["Text"])
            elif isinstance(event, dict) and "End" in event:
                break
        else:
            return
        text = _BLANK_LINES.sub("", "".join(code)).rstrip()
        if not text:
            return
        block = _CodeBlock(text, self._line(offset))
        if self._lists and self._open:
            item = self._open[-1]
            item.code.append((len(item.parts), block))
        else:
            self.blocks.append(block)

    # Block events (`_STARTS`, `_ENDS`), each with its start's tag, value and offset.

    def _start_skipped(self, tag: str, value: Any, offset: int) -> None:
        self._skip_block(tag, offset)

    def _start_paragraph(self, tag: str, value: Any, offset: int) -> None:
        line = self._line(offset)
        self._place(_render(self._read_run()), line)

    def _read_cell(self) -> str:
        run = self._read_run()  # a cell's text needs no line: its row's is kept
        if len(run) == 1 and "Text" in run[0] and "==" not in run[0]["Text"]:  # most cells
            return _plain_text(run[0]["Text"]).strip()  # as `_render` reads it
        return "\n".join(_render(run, cell=True).lines).strip()

    def _start_title(self, tag: str, value: Any, offset: int) -> None:
        """A definition list's term."""
        line = self._line(offset)
        text = _render(self._read_run())
        if self._lists:
            self._place(text, line)
        else:
            self._term, self._term_read = (text, line), False

    def _start_heading(self, tag: str, value: Any, offset: int) -> None:
        level, line = int(value["Heading"]["level"][1:]), self._line(offset)
        run = self._read_run()
        text = _render(run)
        # The pattern ends the line (no line holds a "\n"): a test of its end, not a search
        # from each character, tells most headings have none.
        if text.lines and text.lines[-1].endswith(_PERMALINK_MARKS):
            text.lines = (*text.lines[:-1], _PERMALINK.sub("", text.lines[-1]))
        first = level == 1 and self.first_h1 is None
        if first:
            self.first_h1 = text
        if self._lists:
            self._open[-1].parts.append((text, line))
        else:
            # Most headings are one text: no code span, and no generator to tell so.
            plain = len(run) == 1 and "Text" in run[0]
            quotes = not plain and any(isinstance(e, dict) and "Code" in e for e in run)
            self.blocks.append(_HeadingBlock(level, text, line, first, quotes))

    def _start_list(self, tag: str, value: Any, offset: int) -> None:
        if not self._lists:
            self._items, self._list_line = [], self._line(offset)
        self._lists += 1
        self._ordered.append(value["List"] is not None)

    def _start_item(self, tag: str, value: Any, offset: int) -> None:
        item = _Item(self._line(offset), ordered=self._ordered[-1], depth=len(self._open))
        self._open.append(item)
        self._items.append(item)

    def _start_table(self, tag: str, value: Any, offset: int) -> None:
        if self._lists:
            self._start_skipped(tag, value, offset)
        else:
            self._table, self._header, self._table_line = [], (), self._line(offset)

    def _start_code(self, tag: str, value: Any, offset: int) -> None:
        self._read_code(offset)

    def _start_quote(self, tag: str, value: Any, offset: int) -> None:
        self._quotes += 1

    def _start_row(self, tag: str, value: Any, offset: int) -> None:
        """A table's head or row, read from `_events` to its end: its cells' text."""
        line, cells = self._line(offset), []
        for event, _ in self._events:
            if "Start" not in event:  # the row's end: it holds cells only
                break
            cells.append(self._read_cell())
        if tag == "TableHead":
            self._header = tuple(cells)
        elif self._table is not None and any(cells):
            self._table.append((tuple(cells), line))

    def _start_definition(self, tag: str, value: Any, offset: int) -> None:
        if not self._lists:
            self._definition = []
            self._spaced = self._data[offset + 1 : offset + 2] in (b" ", b"\t")

    def _end_definition_tag(self) -> None:
        if self._definition is not None:
            self._end_definition()

    def _end_table(self) -> None:
        if self._table is not None:
            rows, self._table = tuple(self._table), None
            self.blocks.append(_TableBlock(self._header, rows, self._table_line))

    def _end_item(self) -> None:
        self._open.pop()

    def _end_quote(self) -> None:
        self._quotes -= 1

    def _end_list(self) -> None:
        self._lists -= 1
        self._ordered.pop()
        if not self._lists:
            self.blocks.append(_ListBlock(self._items, self._list_line))

    def _take_run(self) -> list[Event]:
        run, self._run = self._run or [], None
        return run

    def _place(self, text: _Rendered, line: int) -> None:
        """A paragraph, or a tight item's text: a block, or a part of the open item."""
        if self._lists:
            self._open[-1].parts.append((text, line))
        elif self._definition is not None:
            self._definition.append((text, line))
        else:
            self.blocks.append(_ParagraphBlock(text, line, self._quotes > 0))

    def _end_definition(self) -> None:
        """A term's definition: a block, if the term is one (`_is_term`) and its `:` has a
        space after it; else what CommonMark reads there (a `:wave:` emoji, a sentence over
        `:1`): the term's lines and the definition's first paragraph one paragraph."""
        parts, self._definition = self._definition or [], None
        if not parts or self._term is None:
            return
        (term, term_line), quoted = self._term, self._quotes > 0
        if self._spaced and _is_term(term):
            self.blocks.append(_DefinitionBlock(term.text(), parts, term_line, quoted))
            return
        (first, first_line), marker = parts[0], ": " if self._spaced else ":"
        lines = (f"{marker}{first.lines[0] if first.lines else ''}", *first.lines[1:])
        if self._term_read:
            parts[0] = (_Rendered(lines, first.marks, None, code=first.code), first_line)
        else:
            shifted = tuple((line + len(term.lines), text) for line, text in first.marks)
            merged = _Rendered(
                (*term.lines, *lines),
                term.marks + shifted,
                term.lead_strong,
                code=term.code + first.code,
            )
            parts[0] = (replace(merged, label=term.label), term_line)
        self._term_read = True
        self.blocks.extend(_ParagraphBlock(text, line, quoted) for text, line in parts)


# A block's start and end events, by tag; other tags (`DefinitionList`) need nothing. A
# paragraph, heading, table row or term reads its events to its end at its start (`_read_run`).
_STARTS: dict[str, Callable[[_Reader, str, Any, int], None]] = {
    "Paragraph": _Reader._start_paragraph,
    "DefinitionListTitle": _Reader._start_title,
    "Heading": _Reader._start_heading,
    "List": _Reader._start_list,
    "Item": _Reader._start_item,
    "Table": _Reader._start_table,
    "TableHead": _Reader._start_row,
    "TableRow": _Reader._start_row,
    "CodeBlock": _Reader._start_code,
    "BlockQuote": _Reader._start_quote,
    "DefinitionListDefinition": _Reader._start_definition,
    **dict.fromkeys(_SKIPPED, _Reader._start_skipped),
}
_ENDS: dict[str, Callable[[_Reader], None]] = {
    "DefinitionListDefinition": _Reader._end_definition_tag,
    "Table": _Reader._end_table,
    "Item": _Reader._end_item,
    "BlockQuote": _Reader._end_quote,
    "List": _Reader._end_list,
}


def _no_link(value: Any) -> bool:
    """A link or image to a script, a local file or data (but a data image)."""
    if not isinstance(value, dict) or not ("Link" in value or "Image" in value):
        return False
    url = (value.get("Link") or value["Image"])["dest_url"]
    return bool(_BAD_LINK.match(url)) and not ("Image" in value and _DATA_IMAGE.match(url))


# --- inline text ---------------------------------------------------------------------------


@dataclass(slots=True)  # not frozen, as the blocks above
class _Rendered:
    """Inline text as plain text, one entry per source line, with its emphasised spans."""

    lines: tuple[str, ...]
    marks: tuple[tuple[int, str], ...]  # (line index where the span starts, its text)
    lead_strong: str | None  # a bold span that opens the block, e.g. `**Why X?**`
    label: str = ""  # the text of a label that opens the block, colon included: "Tip:"
    term: str = ""  # a code span that opens the block and is defined, or the italic term a
    # definition's label heads: `Paragraph.term`
    code: tuple[str, ...] = ()  # the text of each code span: `Paragraph.code`

    def text(self, start: int = 0) -> str:
        if not start and len(self.lines) == 1:  # most blocks: their one line
            return self.lines[0]
        return " ".join(filter(None, self.lines[start:]))

    def breaks(self) -> tuple[int, ...]:
        """Where in `text()` each line after the first starts (a line with no text: where the
        next text does): `Paragraph.breaks`."""
        if len(self.lines) < 2:  # most paragraphs
            return ()
        starts = []
        end = 0  # where the next line's text starts
        for index, line in enumerate(self.lines):
            if index:
                starts.append(end)
            if line:
                end += len(line) + 1
        return tuple(starts)

    def mark_texts(self, start: int = 0, exclude: str | None = None) -> tuple[str, ...]:
        if not self.marks:  # most text
            return ()
        return _unique(text for line, text in self.marks if line >= start and text != exclude)


def _render(events: Sequence[Event], *, cell: bool = False) -> _Rendered:
    """Plain text of inline events: breaks start a line, links keep their text, images
    become references the pipeline embeds (none in table cells), their alt text dropped."""
    if len(events) == 1 and "Text" in events[0] and "==" not in events[0]["Text"]:
        # Most headings, cells and paragraphs: one run of text, nothing marked.
        return _Rendered((_plain_text(events[0]["Text"]),), (), None)
    raw: list[str] = []
    open_spans: list[tuple[int, bool]] = []  # (index into raw, opens the block)
    marks: list[tuple[int, str]] = []  # (index into raw, text), in the order they close
    started = False  # the block has text: no span opens it now
    lead_strong: str | None = None
    lead_mark = lead_end = 0  # the opening bold span's index in `marks`, and where it ends
    in_image = 0  # images open: their content is alt text
    script = ""  # "sub" or "sup" while one is open
    script_start = 0  # where in `raw` the open one's text starts
    script_text: str | None = ""  # its text as written; None once it holds a bold span
    shortcode = False  # `{{` and a tag were a shortcode (`{{<note>}}`): drop the `}}` after
    term = ""  # a defined code span that opens the block
    code: list[str] = []  # each code span's text
    italics: list[tuple[int, int]] = []  # (start, end) in `raw` of each italic span; end -1 open
    for position, event in enumerate(events):
        if isinstance(event, str):  # SoftBreak, HardBreak
            if not in_image:
                raw.append("\n")
            continue
        ((kind, value),) = event.items()
        if shortcode and kind == "Text":
            shortcode, value = False, value.removeprefix("}}")
        if in_image:
            if kind in ("Start", "End") and _tag(value) == "Image":
                in_image += 1 if kind == "Start" else -1
        elif kind == "Text" and "==" in value:
            # `==highlight==` stays literal text in CommonMark: split it out here.
            position = 0
            for match in _HIGHLIGHT.finditer(value):
                raw.append(value[position : match.start()])
                marks.append((len(raw), _collapse(match.group(1))))
                raw.append(match.group(1))
                position = match.end()
            raw.append(value[position:])
        elif kind == "Text" and script:
            if script_text is not None:
                script_text += value
            shifted = value.translate(_SCRIPTS[script])
            whole = not any(ch.isalnum() and ch.isascii() for ch in shifted)
            raw.append(shifted if whole else f"^{value}" if script == "sup" else value)
        elif kind == "Text":
            raw.append(without_citations(_without_templates(value)))
        elif kind == "InlineMath":
            raw.append(
                f"${value}$"
            )  # as written: `math_spans` in extract/cloze.py keeps clozes out
        elif kind == "Code":
            if _defines_code(raw, events[position + 1 : position + 2]):
                marks.append((len(raw), value))
                term = term or ("" if "".join(raw).strip() else value)
            code.append(_collapse(value))
            raw.append(value)
        elif kind == "InlineHtml":
            if _BR.fullmatch(value.strip()):
                raw.append("\n" if cell else " ")
            elif raw and raw[-1].endswith("{{") and value.startswith("<"):
                raw[-1], shortcode = raw[-1][:-2], True  # `{{<note>}}`: read as a tag
            elif shift := _SCRIPT_TAG.fullmatch(value.strip()):
                if not shift.group(1):
                    script, script_start, script_text = shift.group(2).lower(), len(raw), ""
                else:
                    if script == "sup" and script_text and _SUP_CITATION.fullmatch(script_text):
                        del raw[script_start:]  # a citation marker: no text
                    script = ""
            elif not _TEXT_TAG.fullmatch(value.strip()):
                raw.append(value)  # shown as written, escaped: `<b>` is no markup on a card
        elif kind == "Start":
            tag = _tag(value)
            if tag == "Emphasis":
                italics.append((len(raw), -1))
            elif tag == "Strong":
                script_text = None  # its span's place in `raw` stays
                started = started or bool("".join(raw).strip())
                open_spans.append((len(raw), not started))
            elif tag == "Image":
                in_image = 1
                if not cell:
                    raw.append(f" {image_ref(value['Image']['dest_url'])} ")
        elif kind == "End" and value == "Emphasis" and italics:
            # Closed: its end, once its place in `raw` is final (`_defines` reads after it).
            closed = next(n for n in range(len(italics) - 1, -1, -1) if italics[n][1] < 0)
            italics[closed] = (italics[closed][0], len(raw))
        elif kind == "End" and value == "Strong" and open_spans:
            start, opens_block = open_spans.pop()
            span_text = _collapse("".join(raw[start:]))
            if len(span_text) <= MAX_INITIALS and span_text.isalpha():
                # A mnemonic's bold letter ("**D**anger – check …"): the word it opens is marked.
                following = events[position + 1] if position + 1 < len(events) else None
                if isinstance(following, dict) and "Text" in following:
                    span_text += "".join(takewhile(str.islower, following["Text"]))
            if span_text:
                if opens_block:
                    lead_strong, lead_mark, lead_end = span_text, len(marks), len(raw)
                marks.append((start, span_text))
    # A label that opens the block ("**Tip:** …", "**Note**: …", "**The correct way to
    # scale:** …", whatever its length) emphasises no term: hiding it tests nothing, and it
    # makes no sentence worth a card.
    # So does a run-in label that ends in a period, as a paper heads its abstract's parts
    # ("**Background.** Insomnia …", "**Table 1.** Sleep outcomes"): it is no sentence.
    label = ""
    if lead_strong is not None:
        after = "".join(raw[lead_end:]).lstrip()
        if lead_strong.endswith(":") or after.startswith(":"):
            label = lead_strong if lead_strong.endswith(":") else f"{lead_strong}:"
        elif _runs_in(lead_strong, after):
            label = lead_strong if lead_strong.endswith(".") else f"{lead_strong}."
        if label:
            del marks[lead_mark]
    for start, end in italics:
        text = _collapse("".join(raw[start:end])) if end > start else ""
        if text and _defines(text, "".join(raw[:start]), "".join(raw[end:])):
            marks.append((start, text))
    lines = tuple(_collapse(line) for line in "".join(raw).split("\n"))
    if not term and lines[0].startswith("Definition"):
        # "**Definition 4.2.** The *order* of a group is …": its first italic span after the
        # label is what it defines.
        spans = [
            (start, end) for start, end in italics if end > start and "".join(raw[:start]).strip()
        ]
        if spans:
            term = _collapse("".join(raw[spans[0][0] : spans[0][1]]))
    # Line breaks before each piece of `raw`: counted once, not once for each span.
    breaks = list(accumulate((piece.count("\n") for piece in raw), initial=0)) if marks else []
    # Spans close inside out; list them as they open (an outer span before the one it holds).
    opening = sorted(range(len(marks)), key=lambda n: (marks[n][0], -n))
    ordered = tuple((breaks[marks[n][0]], marks[n][1]) for n in opening)
    return _Rendered(lines, ordered, lead_strong, label, term, _unique(code) if code else ())


# What a code span that opens a sentence is defined by: "`origin` is the default name …",
# "`.gitignore` lists files …". "is"/"are" only before an article ("`x` is useful" is no
# definition).
_CODE_DEFINITION = lazy(
    r"\s+(?:(?:is|are)\s+(?:a|an|the)|lists|holds|stores|returns|sets|names|points\s+to"
    r"|means|refers\s+to|contains|defines|specifies)\s"
)


def _defines_code(raw: list[str], after: Sequence[Event]) -> bool:
    """Whether a code span, after `raw` and before the event in `after`, opens a sentence that
    defines it: then it is the card's term, emphasised as a bold span is (the sentence is firm,
    the span its cloze target)."""
    before = "".join(raw).rstrip()
    if before and before[-1] not in ".!?:":
        return False
    # The next event is text, not a bare tag ("SoftBreak") or the paragraph's end.
    text = after[0].get("Text", "") if after and isinstance(after[0], dict) else ""
    return _CODE_DEFINITION.match(text) is not None


# An italic word a sentence defines, as a textbook sets it: the subject of "is", "are" or "means"
# ("The *order* of a finite group is …"), the complement of "is called" or "is known as" ("…
# is called *trivial*"), or of "is" before a condition ("A group is *abelian* when …"). Then
# it is a mark, as a bold span is; italic for stress ("This is *not* optional") is none.
_DEFINED_SUBJECT = lazy(
    r"\s+(?:(?:of|in|on|between|for)\s+[^,;:!?]{1,60}?\s+)?(?:is|are|means|refers\s+to|denotes)\s",
    re.IGNORECASE,
)
# Italic quantities of things are stressed, never defined: "A *lot* of people are …".
_QUANTIFIERS = frozenset("lot lots few couple bit little number majority handful deal".split())
_NAMED_COMPLEMENT = lazy(
    r"(?!(?:it|this|that|these|those|there|he|she|they|we|you|i|what|which|my|our|your|his|her"
    r"|their|its)\s)\w[^,;:]{0,60}?\s"
    r"(?:(?:is|are)\s+(?:called|known\s+as|termed|referred\s+to\s+as|defined\s+as)"
    r"|(?P<conditional>is|are))\s+(?:an?\s+)?",
    re.IGNORECASE,
)
_CONDITION = lazy(r"\s+(?:when|whenever|if|iff)\s", re.IGNORECASE)
_SENTENCE_BREAK = lazy(r".*[.!?:;]\s", re.DOTALL)


def _defines(italic: str, before: str, after: str) -> bool:
    """Whether the sentence `before` and `after` an italic span defines it (`_DEFINED_SUBJECT`,
    `_NAMED_COMPLEMENT`)."""
    if italic.lower() in _QUANTIFIERS:
        return False
    before = before[end.end() :] if (end := _SENTENCE_BREAK.match(before)) else before
    before = before.lstrip()
    if before.lower() in ("", "a ", "an ", "the "):
        return _DEFINED_SUBJECT.match(after) is not None
    if not (complement := _NAMED_COMPLEMENT.fullmatch(before)):
        return False
    return not complement.group("conditional") or _CONDITION.match(after) is not None


def _runs_in(bold: str, after: str) -> bool:
    """Whether a bold span that opens a block, with `after` it, is a run-in label: a few words
    from a capital to a period ("Methods.", "Table 1.", "**Methods**. We …"), then a sentence."""
    if bold.endswith("."):
        rest = after
    elif after.startswith(". "):
        rest, bold = after[2:], f"{bold}."
    else:
        return False
    return (
        bold[:1].isupper()
        and not bold.endswith("..")
        and len(bold.split()) <= MAX_RUN_IN_WORDS
        and not commands(bold[:-1])  # "**Always wear gloves.** Bleach burns …": a rule
        and (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in '"“‘(')
    )


def _plain_text(text: str) -> str:
    """A run of text alone, as `_render` reads it: no template tags, no citation markers,
    spacing collapsed. (One call: most headings, cells and paragraphs are such a run.)"""
    if "{" in text:
        text = _TEMPLATE_TAG.sub("", text)
    return _collapse(without_citations(text))


def _without_templates(text: str) -> str:
    """`text` less its template tags (`_TEMPLATE_TAG`)."""
    return _TEMPLATE_TAG.sub("", text) if "{" in text else text


def _pseudo_heading(block: _Rendered) -> tuple[str, bool] | None:
    """A heading written as a paragraph, and whether it names a section docdeck knows:
    `**Key Takeaways:**` or `FAQ:` alone on a line; or a subheading, a line of a few words
    that is all one bold span (`**Storage**`, as Google Docs exports one), where
    `_Builder.takes_subheading` allows it.

    A bold sentence, a bold question (an FAQ's) and a bold lead-in (`**You will need:**`)
    stay text: a subheading ends in none of `.!?:`."""
    text = block.text()
    if len(block.lines) != 1 or len(text) > MAX_PSEUDO_HEADING_CHARS:
        return None
    bold_only = block.lead_strong is not None and _collapse(block.lead_strong) == text
    if not (bold_only or text.endswith(":")):
        return None
    name = text.rstrip(":").strip()
    if section_role(name) is not SectionRole.BODY:
        return name, True
    if (
        bold_only
        and not text.endswith(_SENTENCE_ENDS)
        and len(text.split()) <= MAX_SUBHEADING_WORDS
        and not _COMMAND.match(text)
        and not is_metadata_line(text)  # "**Speakers: Alice Brown, Bob Smith**"
    ):
        return name, False
    return None


# A bold line that commands is a rule, not a subheading: "**Never mix bleach and ammonia**".
_COMMAND = lazy(
    r"(?:never|always|do\s+not|don['’]t|avoid|stop|keep|make\s+sure|remember\s+to)\b", re.IGNORECASE
)


def _is_term(block: _Rendered) -> bool:
    """Whether a definition list's term is one: a line of a few words, no sentence."""
    text = block.text()
    return (
        len(block.lines) == 1
        and len(text.split()) <= MAX_TERM_WORDS
        and not text.endswith(_SENTENCE_ENDS)
        and any(ch.isalnum() for ch in text)
    )


def _bold_entries(block: _Rendered) -> list[tuple[str, str, int, int]] | None:
    """The block as lines that each open with a bold term or label and its value
    (`**Owner:** Jane`, `**Latency**: the time …`, `**Latency** — the time …`): each one's
    term, value, and first and end line; a line with no bold term continues the value before.
    None unless the first line opens with one."""
    entries: list[tuple[str, str, int, int]] = []
    opening: dict[int, str] = {}  # each line's mark that opens it: marks are read once
    for at, mark in block.marks:
        if at not in opening and block.lines[at].startswith(mark):
            opening[at] = mark
    for index, line in enumerate(block.lines):
        bold = opening.get(index) if index else block.lead_strong
        entry = _bold_entry(line, bold) if bold and line.startswith(bold) else None
        if entry is not None:
            entries.append((*entry, index, index + 1))
        elif entries and line:
            term, value, start, _ = entries[-1]
            entries[-1] = (term, f"{value} {line}", start, index + 1)
        elif not entries:
            return None
    return entries


def _bold_entry(line: str, bold: str) -> tuple[str, str] | None:
    if bold.endswith(":"):
        term, value = bold[:-1].rstrip(), line[len(bold) :].strip()
    elif separator := _TERM_SEPARATOR.match(line, len(bold)):
        term, value = bold, line[separator.end() :]
    else:
        return None
    return (term, value) if term and value else None


def _is_metadata(label: str, value: str) -> bool:
    """`**Status:** Draft`, `**Reading time:** 5 min`: a short label and a short value that is
    no sentence. Either way a line this short makes no card (a claim needs 8 words)."""
    return (
        len(label.split()) <= MAX_META_LABEL_WORDS
        and len(value.split()) <= MAX_META_VALUE_WORDS
        and not value.endswith((".", "!", "?"))
    )


def _properties(block: _Rendered) -> bool:
    """Whether a block is a page's properties in plain `Label: value` lines, one of a page
    label, as Notion exports them under the title ("Created: January 14, 2024 9:12 AM",
    "Tags: Course Notes, PM", "Status: In progress"): metadata, as bold ones are
    (`_Builder.bold_lines`). They were one run-on claim."""
    entries = [line.partition(":") for line in block.lines]
    return all(
        colon and label[:1].isupper() and _is_metadata(label, value.strip())
        for label, colon, value in entries
    ) and any(is_page_label(label) for label, *_ in entries)


def _is_fact(label: str, value: str) -> bool:
    """`**First ascent:** 6 October 1889 by Hans Meyer and Ludwig Purtscheller`: a short label
    and a value that is no sentence, longer than metadata's. Lines of them, read as one
    paragraph, made one run-on claim ("Elevation: 5,895 m Location: Tanzania First …")."""
    return (
        len(label.split()) <= MAX_META_LABEL_WORDS
        and len(value.split()) <= MAX_FACT_VALUE_WORDS
        and not value.endswith(_SENTENCE_ENDS)
    )


def _collapse(text: str) -> str:
    # Printable text holds no whitespace but " " (checked over every code point): most text,
    # with no double, leading or trailing space, is collapsed already and need not be split.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _unique(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(filter(None, texts)))


# --- title ---------------------------------------------------------------------------------


def _title(first_h1: _Rendered | None, front_matter: str | None, path: str) -> str:
    if first_h1 is not None and (heading := first_h1.text()):
        return heading
    if front_matter is not None and (match := _FRONT_MATTER_TITLE.search(front_matter)):
        value = match.group(1)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        # A block scalar, a list or mapping, an anchor, alias, tag or comment is no title.
        if value and value[0] not in "|>[{&*!#":
            return _collapse(value)
    stem = PurePath(path).stem.replace("-", " ").replace("_", " ")
    return _collapse(stem).capitalize()


# --- building sections ---------------------------------------------------------------------


def _html_text(markup: str) -> str:
    """The text of an HTML fragment, tags dropped, entities read, spacing collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


# A blog's request to the reader asks nothing to learn: "**Did you make this recipe?** Leave a
# comment …" at the end of an FAQ is part of the last answer, where it is a closing line.
_ASKS_TO_ACT = lazy(r"did\s+you\s+(?:make|try|bake|cook)\s+this\s+recipe\W*", re.IGNORECASE)


def _question(text: str) -> str | None:
    """The question a line asks (prefixes like `Q1.` and table pipes stripped), if it is one."""
    text = ASKED_LABEL.sub("", text.strip().strip("|").strip()).strip()
    if not text.endswith("?") or len(text) > MAX_QUESTION_CHARS or _ASKS_TO_ACT.fullmatch(text):
        return None
    return text if any(ch.isalnum() for ch in text) else None


# "It says it can't reach the server.": a problem stated as a sentence, under an FAQ or
# Troubleshooting heading, asks for its fix as a question does. A category heading ("Billing")
# is no sentence.
MIN_SYMPTOM_WORDS = 3


def _symptom(text: str) -> str | None:
    """The problem a heading states as a sentence (ending in `.` or `!`), if it does."""
    text = text.strip()
    if not text.endswith((".", "!")) or len(text) > MAX_QUESTION_CHARS:
        return None
    return text if len(text.split()) >= MIN_SYMPTOM_WORDS else None


def _has_subheadings(blocks: Sequence[_ReadBlock], index: int, level: int) -> bool:
    """Whether the next heading after the one of `level` at `index` is below it."""
    for at in range(index + 1, len(blocks)):
        block = blocks[at]
        if isinstance(block, _HeadingBlock):
            return block.level > level
    return False


@dataclass(frozen=True, slots=True)
class _Split:
    question: str
    rest: str
    rest_offset: int  # lines from the block's first line to where the rest starts
    rest_marks: tuple[str, ...]
    labelled: bool = False  # a problem and its fix on one line: the fix is the whole answer


def _split_question(block: _Rendered) -> _Split | None:
    """A block that opens with a question: `**Why?** rest`, or `Why?` on its first line."""
    if block.lead_strong and (question := _question(block.lead_strong)):
        full = block.text()
        rest = full[len(block.lead_strong) :].strip() if full.startswith(block.lead_strong) else ""
        # The rest starts on the last line whose text onwards still holds all of it.
        offset = max(n for n in range(len(block.lines)) if len(block.text(n)) >= len(rest))
        return _Split(question, rest, offset, block.mark_texts(offset, block.lead_strong))
    if block.lines and (question := _question(block.lines[0])):
        return _Split(question, block.text(1), 1, block.mark_texts(1))
    return None


@dataclass
class _OpenSection:
    heading: str
    level: int
    role: SectionRole
    span: SourceSpan | None
    blocks: list[Block] = field(default_factory=list)
    question: tuple[str, SourceSpan] | None = None
    asked_in_heading: bool = False
    labelled: bool = False  # asked by a `Q:` label outside an FAQ heading: one answer paragraph
    answer: list[Paragraph] = field(default_factory=list)
    code: list[Code] = field(default_factory=list)

    def close_question(self) -> None:
        if self.question is not None:
            text, span = self.question
            answer = tuple(self.answer)
            if not self.code:  # a code block's place is counted in paragraphs of the answer
                text, answer = multiple_choice(text, answer)
            self.blocks.append(QuestionAnswer(text, answer, span, tuple(self.code)))
        self.question = None
        self.answer = []
        self.code = []

    def freeze(self, path: str) -> Section:
        self.close_question()
        span = self.span or SourceSpan(path, 1)
        return Section(self.heading, self.level, self.role, tuple(self.blocks), span)


@dataclass(frozen=True, slots=True)
class _Facts:
    """`**Label:** value` lines read as facts by name: the section they are in, the block they
    became (a table, a line's paragraph, or None for a line left out at the top), their rows
    and where they start. A paragraph of more such lines right after them joins them."""

    section: _OpenSection
    block: Block | None
    rows: tuple[TableRow, ...]
    span: SourceSpan


class _Builder:
    def __init__(self, path: str, title: str, source_lines: list[str]) -> None:
        self.path = path
        self.title = title
        self.source_lines = source_lines
        self.diagnostics: list[Diagnostic] = []
        self.sections: list[Section] = []
        self.current = _OpenSection(title, 1, SectionRole.BODY, None)
        self.in_lead = True
        self.written_level = 1  # of the last `#` heading that opened a section; the lead's 1
        self.faq_level: int | None = None  # level of the FAQ heading whose questions we read
        # That heading as an open section's text, level, role and span: its questions return to
        # it from beside a topic heading under it.
        self.faq: tuple[str, int, SectionRole, SourceSpan | None] | None = None
        self.troubleshooting = False  # that heading lists problems: `states_problem`
        self._facts: _Facts | None = None  # the `**Label:** value` lines read last

    def span(self, line: int) -> SourceSpan:
        return SourceSpan(self.path, line)

    def document(self) -> Document:
        self._close_section()
        return Document(
            self.path,
            self.title,
            with_label_lines(with_notes_read(with_answer_key(tuple(self.sections)))),
        )

    def _close_section(self) -> None:
        section = self.current.freeze(self.path)
        if section.blocks or not self.in_lead:
            self.sections.append(section)

    # Headings.

    def heading(
        self,
        level: int,
        text: str,
        line: int,
        is_first_h1: bool,
        *,
        written: bool = True,
        problem: bool = False,
        role: SectionRole | None = None,
    ) -> None:
        """Open a section at a heading: a `#` heading (`written`) or one written as a
        paragraph; under an FAQ heading, ask a question a heading asks, or a `problem` it
        states (`lists_problems`). `role`: the section's, if not its heading's (`section_role`)."""
        if not text:
            return
        if is_first_h1 and self.in_lead:
            self.current.span = self.span(line)
            return
        in_faq = self.faq_level is not None and level > self.faq_level
        if in_faq and (
            question := _question(text)
            or _symptom(text)
            or (problem_front(text) if problem else None)
        ):
            if self.current.level >= level and self.faq is not None:
                # Beside a topic heading ("### Return window"), not under it: the FAQ's own.
                self._close_section()
                self.current = _OpenSection(*self.faq)
            self._ask(question, line, asked_in_heading=True)
            return
        self._close_section()
        self.in_lead = False
        role = role or section_role(text)
        self.current = _OpenSection(text, level, role, self.span(line))
        if written:
            self.written_level = level
        if role is SectionRole.FAQ:
            self.faq_level = level
            self.faq = (text, level, role, self.current.span)
            self.troubleshooting = is_troubleshooting(text)
        elif not in_faq:
            self.faq_level = None
            self.faq = None
            self.troubleshooting = False

    def lists_problems(self, level: int) -> bool:
        """Whether a `#` heading of `level` here is under a troubleshooting heading."""
        return self.troubleshooting and self.faq_level is not None and level > self.faq_level

    def _problem(self, block: _Rendered) -> _Split | None:
        """Under a troubleshooting heading, a block that opens with a problem and its fix
        (`**No internet light:** check the cable`, `Slow Wi-Fi: move the router`): the problem
        as a question, the fix (capitalized) as its answer. None elsewhere, and for the answer
        of a problem above ("You are outside the environment: activate it")."""
        if not self.troubleshooting or self.faq_level is None:
            return None
        if self.current.question is not None and not self.current.answer:
            return None
        text = block.text()
        if not (found := problem_fix(text)):
            return None
        problem, start = found
        rest = text[start].upper() + text[start + 1 :]
        # The fix starts on the last line whose text onwards still holds all of it.
        offset = max(n for n in range(len(block.lines)) if len(block.text(n)) >= len(rest))
        marks = tuple(mark for mark in block.mark_texts(offset) if mark in rest)
        return _Split(problem, rest, offset, marks, labelled=True)

    def level_below(self) -> int:
        """The level of a heading written as a paragraph: one below the last `#` heading's
        section, so that bold subheadings in a row are siblings."""
        return max(2, self.written_level + 1)

    def takes_subheading(self, quoted: bool) -> bool:
        """Whether a short bold line here is a subheading: in body text, outside quotes and
        FAQ answers (`**Windows**` in an answer introduces part of it). In a summary or a
        reference list it stays text: a body section under it would lose their roles."""
        return (
            not quoted and self.current.role is SectionRole.BODY and self.current.question is None
        )

    def takes_part(self, quoted: bool) -> bool:
        """Whether a structured abstract's part (`abstract_part`) here heads a section: where a
        subheading would, and outside a glossary ("Design: the …" defines a term there)."""
        return self.takes_subheading(quoted) and not self._in_glossary()

    def in_brief(self, blocks: list[_ReadBlock], index: int) -> bool:
        """Whether the section that block `index` of `blocks` is in holds a part only a case
        brief has (`holds_brief_part`), before it or after it up to the next heading: there an
        abstract's part ("**Conclusion:** …") is a part of the brief, no section."""
        after = takewhile(lambda block: not isinstance(block, _HeadingBlock), blocks[index + 1 :])
        return holds_brief_part(
            chain(
                (block.text for block in self.current.blocks if isinstance(block, Paragraph)),
                (block.text.lines[0] for block in after if isinstance(block, _ParagraphBlock)),
            )
        )

    def _ask(
        self, question: str, line: int, *, asked_in_heading: bool = False, labelled: bool = False
    ) -> None:
        self.current.close_question()
        self.current.question = (question, self.span(line))
        self.current.asked_in_heading = asked_in_heading
        self.current.labelled = labelled

    def bold_lines(self, block: _ParagraphBlock) -> bool:
        """Read a paragraph of `**Label:** value` lines (`_bold_entries`), if it is one in body
        text: under a glossary heading, one definition per line (`Paragraph.term`); with short
        values, at the top of a section the page's metadata (`**Owner:** Jane Smith`,
        `is_page_label`), left out as a byline is, and otherwise facts by name: two lines or
        more, in one paragraph or one each, a table. False for any other paragraph."""
        section = self.current
        if section.role is not SectionRole.BODY or section.question is not None:
            return False
        entries = _bold_entries(block.text)
        if entries is None or self._problem(_lines(block.text, 0, 1)):
            return False  # `**Slow Wi-Fi:** restart the router`: a problem and its fix
        if self._in_glossary():
            for term, _, start, end in entries:
                # Its lines only: the block's marks are no cloze target of a definition.
                lines = _Rendered(block.text.lines[start:end], (), None)
                self._define(term, lines, block.line + start)
            return True
        if not all(_is_metadata(*entry[:2]) for entry in entries) and not (
            len(entries) > 1 and all(_is_fact(*entry[:2]) for entry in entries)
        ):
            return False
        page = any(is_page_label(label) for label, *_ in entries)
        if page and not section.blocks:
            return True
        # Who sat or took part (`names_people`: "**Judges:** Lord Atkin, …") is left out, as
        # metadata is; a case's court and its outcome beside it are facts.
        people = [entry for entry in entries if names_people(*entry[:2])]
        if people:
            if len(people) == len(entries):
                return True
            entries = [entry for entry in entries if entry not in people]
        # Facts by name (a spec sheet's "**Weight:** 250 g", a recipe's "**Serves:** 10"): a
        # table with no header, each line a row, whether the lines share a paragraph or not.
        rows = tuple(
            TableRow((label, value), self.span(block.line + start))
            for label, value, start, _ in entries
        )
        span = self.span(block.line)
        facts, self._facts = self._facts, None
        if not page and facts is not None and facts.section is section:
            last = section.blocks[-1] if section.blocks else None
            if last is facts.block:  # the line before, in a paragraph of its own
                rows, span = facts.rows + rows, facts.span
                if last is not None:
                    section.blocks.pop()
        if len(rows) > 1 or people:  # one row the rest of its lines: no paragraph of them
            table = Table(("", ""), rows, span)
            self.add(table, block.line)
            self._facts = None if page else _Facts(section, table, rows, span)
            return True
        # One line: left out at the top of a section, as metadata is, text further down; a row
        # if the next paragraph is another.
        added: Block | None = None
        if section.blocks:
            count = len(section.blocks)
            self.paragraph(block.text, block.line, block.quoted)
            if len(section.blocks) == count + 1:
                added = section.blocks[-1]
            else:
                return True
        if not page:
            self._facts = _Facts(section, added, rows, span)
        return True

    def at_top(self) -> bool:
        """Whether nothing was read yet in the section being read."""
        return not self.current.blocks

    def _takes_facts(self) -> bool:
        """Whether facts by name here make a table: in body text, outside a glossary and an FAQ
        answer."""
        section = self.current
        return (
            section.role is SectionRole.BODY
            and section.question is None
            and not self._in_glossary()
        )

    def _in_glossary(self) -> bool:
        return is_glossary_heading(self.current.heading)

    def _define(self, term: str, text: _Rendered, line: int) -> None:
        """A glossary entry: a paragraph defining `term`; a label's line ("**Note:** …") is
        text."""
        term = "" if is_label(term) else term
        paragraph = Paragraph(text.text(), self.span(line), breaks=text.breaks(), term=term)
        self.add(paragraph, line)

    def definition(self, block: _DefinitionBlock) -> None:
        """A definition list's entry: in body text, a glossary entry (`_define`) of its first
        paragraph, "Term: what it means"; elsewhere (an FAQ answer) that paragraph as text.
        Its further paragraphs are text."""
        (first, line), *rest = block.parts
        lines = (f"{block.term}: {first.lines[0] if first.lines else ''}", *first.lines[1:])
        section = self.current
        if not block.quoted and section.role is SectionRole.BODY and section.question is None:
            self._define(block.term, _Rendered(lines, (), None), block.line)
        else:
            self.paragraph(_Rendered(lines, first.marks, None, code=first.code), line, block.quoted)
        for part, part_line in rest:
            self.paragraph(part, part_line, block.quoted)

    def labelled_question(
        self, block: _Rendered, blocks: list[_ReadBlock], following: int
    ) -> _Split | None:
        """Outside an FAQ heading, a question labelled `Q:` whose answer is labelled `A:` (in
        the same paragraph or the next, `blocks[following]`): an FAQ pair all the same."""
        if not block.lines or not _LABELLED_QUESTION.match(block.lines[0]):  # most paragraphs
            return None
        if self._reads_questions():
            return None
        split = _split_question(block)
        if split is None:
            return None
        if split.rest:
            return split if _LABELLED_ANSWER.match(split.rest) else None
        after = blocks[following] if following < len(blocks) else None
        paired = isinstance(after, _ParagraphBlock) and _LABELLED_ANSWER.match(after.text.text())
        return split if paired else None

    def ask_labelled(self, split: _Split, line: int) -> None:
        self._ask(split.question, line, labelled=True)
        if split.rest:
            rest_span = self.span(line + split.rest_offset)
            self.add(Paragraph(split.rest, rest_span, split.rest_marks), line)

    def _reads_questions(self) -> bool:
        """Under an FAQ heading, unless the open question is a heading (its answer may ask)."""
        return self.faq_level is not None and not (
            self.current.question is not None and self.current.asked_in_heading
        )

    # Blocks.

    def add(self, block: Block, line: int) -> None:
        section = self.current
        if section.level > 1 and is_history_heading(section.heading):
            return  # page metadata: "Version 3.1 | 2023-06-22 | Added a section" is no fact
        if section.span is None:
            section.span = self.span(line)
        if section.labelled and section.answer and not section.answer[-1].text.endswith(":"):
            section.close_question()  # a labelled answer is one paragraph, or introduces more
        if section.question is None:
            section.blocks.append(block)
        elif isinstance(block, Paragraph):
            self._answer(block)
        elif isinstance(block, BulletList):
            for item in block.items:
                self._answer(Paragraph(item.text, item.span, item.marks))
        else:
            section.close_question()
            section.blocks.append(block)

    def _answer(self, paragraph: Paragraph) -> None:
        if not self.current.answer:
            text = strip_answer_prefix(paragraph.text)
            if not text:
                return
            # It keeps its text, span and marks only. Most have no label to strip and nothing
            # more to drop: they are kept as they are (a frozen dataclass is slow to make).
            more = paragraph.breaks or paragraph.quoted or paragraph.label or paragraph.term
            if more or text != paragraph.text:
                paragraph = Paragraph(text, paragraph.span, paragraph.marks)
        self.current.answer.append(paragraph)

    def code(self, block: _CodeBlock) -> None:
        """Keep a code block in the FAQ answer it is part of; report one under an FAQ heading
        that belongs to no answer. Elsewhere code is not text to learn from."""
        section = self.current
        if section.question is not None:
            section.code.append(Code(block.text, self.span(block.line), len(section.answer)))
        elif section.role is SectionRole.FAQ:
            self.diagnostics.append(
                Diagnostic(
                    f"code block under '{section.heading}' is part of no answer: not carded",
                    self.path,
                    block.line,
                    "put it under the question it answers",
                )
            )

    def rule(self) -> None:
        """A thematic break ends an open question's answer: what follows it (a disclaimer, a
        closing note) is not part of that answer."""
        self.current.close_question()

    def html(self, block: _HtmlBlock) -> None:
        """A `<details>` item whose summary asks a question is an FAQ pair; `</details>` ends
        its answer. Report any other HTML block in an FAQ answer: its text is not carded (a
        comment is none)."""
        text = _HTML_COMMENTS.sub("", block.text)
        summary = _SUMMARY_START.search(text)
        closed = summary and _SUMMARY_END.search(text, summary.end())
        if summary and closed and (asked := self._summary_question(text, summary, closed)):
            line = block.line + text.count("\n", 0, summary.start())
            self._ask(asked, line)
            rest = text[closed.end() :]
            end = _DETAILS_END.search(rest)
            if answer := _html_text(rest[: end.start()] if end else rest):
                answered = line + rest.count("\n", 0, len(rest) - len(rest.lstrip()))
                self.add(Paragraph(answer, self.span(answered)), answered)
            if end:
                self.current.close_question()
            return
        question = self.current.question
        if question is not None and _DETAILS_END.fullmatch(text.strip()):
            self.current.close_question()
            return
        if question is None or not text.strip():
            return
        self.diagnostics.append(
            Diagnostic(
                f"HTML block in the answer to '{question[0]}' is left out of it",
                self.path,
                block.line,
                "write that part of the answer as Markdown, or add an override in the spec",
            )
        )

    def _summary_question(self, text: str, start: re.Match[str], end: re.Match[str]) -> str | None:
        """The question the `<summary>` between `start` and `end` asks; under an FAQ heading,
        a problem it states too."""
        asked = _html_text(text[start.end() : end.start()])
        return _question(asked) or (_symptom(asked) if self.faq_level is not None else None)

    def paragraph(self, block: _Rendered, line: int, quoted: bool) -> None:
        for piece, piece_line in _split_at_separators(block, line):
            if not self._reads_questions():
                self._text(piece, piece_line, quoted)
                continue
            for part, part_line in self._split_at_problems(piece, piece_line):
                if split := _split_question(part) or self._problem(part):
                    self._ask(split.question, part_line, labelled=split.labelled)
                    if split.rest:
                        rest_span = self.span(part_line + split.rest_offset)
                        self.add(Paragraph(split.rest, rest_span, split.rest_marks), part_line)
                else:
                    self._text(part, part_line, quoted)

    def _split_at_problems(self, block: _Rendered, line: int) -> list[tuple[_Rendered, int]]:
        """`_split_at_questions`, and under a troubleshooting heading before each line that
        opens with a problem and its fix (`_problem`)."""
        parts = _split_at_questions(block, line)
        if not self.troubleshooting or len(block.lines) < 2:  # most paragraphs
            return parts
        split: list[tuple[_Rendered, int]] = []
        for part, part_line in parts:
            starts = [0]
            starts += [n for n in range(1, len(part.lines)) if problem_fix(part.lines[n])]
            bounds = pairwise([*starts, len(part.lines)])
            split += [(_lines(part, start, end), part_line + start) for start, end in bounds]
        return split

    def _text(self, block: _Rendered, line: int, quoted: bool) -> None:
        if text := block.text():
            paragraph = Paragraph(
                text,
                self.span(line),
                block.mark_texts(),
                block.breaks(),
                quoted,
                block.label,
                block.term,
                block.code,
            )
            self.add(paragraph, line)

    def bullet_list(self, items: list[_Item], line: int) -> None:
        plain: list[tuple[int, ListItem]] = []  # each with its depth
        glossary: bool | None = None  # judged at the first bold item: most lists have none
        asked_at = -1  # the depth of the last numbered item that asked a question, if any
        for item in items:
            item.parts = [(_without_tags(part), part_line) for part, part_line in item.parts]
            single = len(item.parts) == 1  # most items: a line of text
            if single:
                text = item.parts[0][0].text()
            else:
                text = " ".join(filter(None, (part.text() for part, _ in item.parts)))
            split = None
            if text and text != SEPARATOR and self._reads_questions():
                split = _split_question(item.parts[0][0])
                if split is None and not item.ordered:  # a numbered item is a step
                    split = self._problem(item.parts[0][0])
            if split is None and item.depth == asked_at and self._exercise(item, text, plain):
                # "1. What is the pH of water?" over "2. Name the salt formed …": the next
                # number is the next exercise, no answer; left unanswered, both are reported.
                self._ask(text, item.line)
                continue
            if split is None:
                part = item.parts[0][0] if len(item.parts) == 1 and not item.code else None
                if part and part.lead_strong and glossary is None:
                    glossary = self._in_glossary() or _bold_glossary(items)
                if part and part.lead_strong and glossary:
                    entries = _bold_entries(part)
                    if entries and len(entries) == 1:  # `- **Latency**: the time …`
                        if plain:
                            self.add(self._bullets(plain), line)
                            plain = []
                        self._define(entries[0][0], part, item.parts[0][1])
                        continue
                if text and text != SEPARATOR:
                    marks = (
                        item.parts[0][0].mark_texts()  # unique already
                        if single
                        else _unique(mark for part, _ in item.parts for mark in part.mark_texts())
                    )
                    label = item.parts[0][0].label if item.parts else ""
                    spans = (
                        item.parts[0][0].code
                        if single
                        else _unique(span for part, _ in item.parts for span in part.code)
                    )
                    listed = ListItem(
                        text, self.span(item.line), marks, label, item.task, code=spans
                    )
                    plain.append((item.depth, listed))
                if item.code and plain and self.current.question is not None:
                    # The item is answer text: its code follows it.
                    self.add(self._bullets(plain), line)
                    plain = []
                for _, code in item.code:
                    self.code(code)
                continue
            if plain:
                self.add(self._bullets(plain), line)
                plain = []
            self._ask(split.question, item.line)
            asked_at = item.depth if item.ordered else -1
            first_line = item.parts[0][1]
            if split.rest:
                rest_span = self.span(first_line + split.rest_offset)
                self.add(Paragraph(split.rest, rest_span, split.rest_marks), item.line)
            # The item's further paragraphs and code blocks, in the order they were written.
            placed = 0
            for index, (part, part_line) in enumerate(item.parts):
                while placed < len(item.code) and item.code[placed][0] <= index:
                    self.code(item.code[placed][1])
                    placed += 1
                if index and (part_text := part.text()):
                    self.add(Paragraph(part_text, self.span(part_line), part.mark_texts()), line)
            for _, code in item.code[placed:]:
                self.code(code)
            if split.labelled:
                self.current.close_question()  # the item is its fix, whole
        if plain:
            # Plain items after a question are its answer (`add` turns them into paragraphs).
            made = self._bullets(plain)
            block: Block = made
            if len(plain) == len(items) and self._takes_facts():
                block = fact_table(made) or made  # "- Launch date: 3 May 2016", a row each
            self.add(block, line)

    def _exercise(self, item: _Item, text: str, plain: list[tuple[int, ListItem]]) -> bool:
        """Whether a numbered item of one text is an exercise of its own: it is next to a
        numbered question of its list (`asked_at`) that nothing answers yet. An answer's steps
        are numbered in a list of their own, under the question."""
        return (
            item.ordered
            and not plain
            and not item.code
            and len(item.parts) == 1
            and bool(text)
            and self.current.question is not None
            and not self.current.answer
        )

    def _bullets(self, plain: list[tuple[int, ListItem]]) -> BulletList:
        """Items as a list; outside an answer, read as an outline (`outline`)."""
        if self.current.question is None:
            items = tuple(outline(plain))
        else:  # answer text, as written
            items = tuple(item for _, item in plain)
        return BulletList(items, self.span(plain[0][1].span.line))

    def table(self, table: _TableBlock) -> None:
        rows: list[TableRow] = []
        for cells, line in table.rows:
            self._check_row(line, len(table.header))
            rows.append(TableRow(cells, self.span(line)))
        made = Table(table.header, tuple(rows), self.span(table.line))
        for block in table_questions(made) or (made,):
            self.add(block, table.line)

    def _check_row(self, line: int, expected: int) -> None:
        """The parser pads short rows and drops extra cells silently: say so."""
        if not 0 < line <= len(self.source_lines):
            return
        source = _BLOCK_PREFIX.sub("", self.source_lines[line - 1]).rstrip()
        # Without a backslash no bar is escaped: a plain split, 8x faster than the pattern's.
        cells = _CELL_BAR.split(source) if "\\" in source else source.split("|")
        if cells and cells[0] == "":
            cells.pop(0)
        if cells and cells[-1] == "":
            cells.pop()
        if len(cells) != expected:
            self.diagnostics.append(
                Diagnostic(
                    f"table row has {len(cells)} cells, the header has {expected}",
                    self.path,
                    line,
                    "missing cells are left empty, extra cells dropped",
                )
            )


def _split_at_separators(block: _Rendered, line: int) -> list[tuple[_Rendered, int]]:
    """Split a paragraph at `nn` lines (lost blank lines); drop the separators themselves."""
    if SEPARATOR not in block.lines:  # most paragraphs: the block is the one piece
        return [(block, line)]
    pieces: list[tuple[_Rendered, int]] = []
    start = 0
    for index in range(len(block.lines) + 1):
        if index < len(block.lines) and block.lines[index] != SEPARATOR:
            continue
        if index > start:
            pieces.append((_lines(block, start, index), line + start))
        start = index + 1
    return pieces


def _split_at_questions(block: _Rendered, line: int) -> list[tuple[_Rendered, int]]:
    """Split an FAQ paragraph before each line that asks a question of its own: one among the
    questions that open the block, or one marked as a question (bold throughout, `Q:`). A
    line of an answer that ends in "?" may be a wrapped sentence: it asks nothing."""
    if len(block.lines) < 2:  # most paragraphs
        return [(block, line)]
    starts = [0]
    asking = _question(block.lines[0]) is not None
    for index in range(1, len(block.lines)):
        text = block.lines[index]
        asking = _question(text) is not None and (
            asking or (index, text) in block.marks or bool(ASKED_LABEL.match(text))
        )
        if asking:
            starts.append(index)
    if len(starts) == 1:
        return [(block, line)]
    bounds = pairwise([*starts, len(block.lines)])
    return [(_lines(block, start, end), line + start) for start, end in bounds]


# A list of bold terms, each with what it means, is a glossary wherever it stands (`glosses`):
# "- **Ransomware**: malware that encrypts your files …" under "Common attacks".
def _bold_glossary(items: list[_Item]) -> bool:
    """Whether `items` are a glossary outside a glossary heading: MIN_GLOSSARY_ITEMS or more,
    each a bold term and what it means (`glosses`)."""
    if len(items) < MIN_GLOSSARY_ITEMS or not all(
        len(item.parts) == 1 and item.parts[0][0].lead_strong for item in items
    ):
        return False  # most lists: no bold term opens every item
    for item in items:
        if item.task or item.ordered or item.code:
            return False
        entries = _bold_entries(item.parts[0][0])
        if not entries or len(entries) != 1:
            return False
        if not glosses(*entries[0][:2]):
            return False
    return True


def _without_tags(block: _Rendered) -> _Rendered:
    """The block without the tags its last line ends on (`_TRAILING_TAGS`)."""
    last = block.lines[-1] if block.lines else ""
    if "#" not in last or not (found := _TRAILING_TAGS.search(last)):
        return block
    return replace(block, lines=(*block.lines[:-1], last[: found.start()].rstrip()))


def _without_note_label(block: _Rendered) -> _Rendered | None:
    """The block less the bold note label that opens it with no colon, as GitHub writes an
    admonition (`> **Warning**` over its text, or `**Tip** Run …` on one line): None where no
    such label opens it. ("**Tip:** …" keeps its label: `_Rendered.label`.)"""
    bold = block.lead_strong
    first = block.lines[0] if block.lines else ""
    if bold is None or block.label or not is_label(bold) or not first.startswith(bold):
        return None
    rest = first[len(bold) :].lstrip()
    if not rest:  # the label alone on its line: the text is the lines after it
        return _lines(block, 1, len(block.lines)) if len(block.lines) > 1 else None
    if not (rest[:1].isupper() or rest[:1].isdigit()):
        return None  # "**Note** that …": the label is a word of the sentence
    marks = tuple((n, text) for n, text in block.marks if (n, text) != (0, bold))
    return _Rendered((rest, *block.lines[1:]), marks, None, code=block.code)


def _without_part(block: _Rendered, end: int) -> _Rendered:
    """The block less the first `end` characters of its first line: an abstract part's label
    (`abstract_part`), bold or not."""
    label = block.lines[0][:end]
    marks = tuple((n, text) for n, text in block.marks if n or text not in label)
    return _Rendered((block.lines[0][end:], *block.lines[1:]), marks, None, code=block.code)


_CLAUSE_FIRST = "0123456789("  # how a clause number opens: most lines open otherwise


def _clause_blocks(blocks: list[_ReadBlock]) -> list[_ReadBlock]:
    """`blocks`, each paragraph split before each line that opens a new clause (`opens_clause`):
    a contract's "1.1 … Schedule A." and "1.2 "Fees" means …" on lines in a row are two
    clauses, as in plain text, not one paragraph whose sentences run together."""
    kept: list[_ReadBlock] = []
    for block in blocks:
        lines = block.text.lines if isinstance(block, _ParagraphBlock) else ()
        if len(lines) < 2 or not any(line[:1] in _CLAUSE_FIRST for line in lines[1:]):
            kept.append(block)  # most blocks
            continue
        starts = [n for n in range(1, len(lines)) if opens_clause(lines[n - 1], lines[n])]
        if not starts or not isinstance(block, _ParagraphBlock):
            kept.append(block)
            continue
        for start, end in pairwise([0, *starts, len(lines)]):
            part = _lines(block.text, start, end)
            kept.append(_ParagraphBlock(part, block.line + start, block.quoted))
    return kept if len(kept) > len(blocks) else blocks


def _turns(block: _Rendered, speakers: frozenset[str]) -> list[tuple[_Rendered, int]] | None:
    """A paragraph of a transcript's turns, each line that opens with a speaker's label
    (`turn_end`) starting one: each turn without its label (nor the label's bold), and the line
    of the paragraph it starts on. None for a paragraph that opens with no turn."""
    if not turn_end(block.lines[0], speakers):
        return None
    starts = [n for n, line in enumerate(block.lines) if turn_end(line, speakers)]
    # Each line's marks, found once: `_lines` for each turn went through the whole paragraph's.
    marked: dict[int, list[str]] = {}
    for n, text in block.marks:
        marked.setdefault(n, []).append(text)
    turns = []
    for start, end in pairwise([*starts, len(block.lines)]):
        said = block.lines[start][turn_end(block.lines[start], speakers) :]
        marks = tuple(
            (n - start, text)
            for n in range(start, end)
            for text in marked.get(n, ())
            if n > start or text in said
        )
        lines = (said, *block.lines[start + 1 : end])
        turns.append((_Rendered(lines, marks, None, code=block.code), start))
    return turns


def _turn_lines(block: _ListBlock) -> list[str] | tuple[str]:
    """The first line of each item of a list that is a transcript's turns on its own, for
    `transcript_speakers`; else `NO_TURN`. Spec lists repeat their labels under each product
    ("- **Battery Life:** …"), and a list is read as turns whenever the article has speakers."""
    lines = [item.parts[0][0].lines[0] for item in block.items if item.parts]
    return lines if transcript_speakers(lines) else (NO_TURN,)


def _listed_turns(
    block: _ListBlock, speakers: frozenset[str]
) -> list[tuple[_Rendered, int]] | None:
    """What each item of a list of a transcript's turns says (`_turns`), and each of the
    item's paragraphs after its first, each with its line; None unless every item is a turn
    and no item is nested, a to-do or holds code (most lists)."""
    if any(item.depth or item.task or item.code or not item.parts for item in block.items):
        return None
    said = []
    for item in block.items:
        (first, line), *rest = item.parts
        if not (turns := _turns(first, speakers)):
            return None
        said += [(turn, line + offset) for turn, offset in turns]
        said += rest
    return said


def _lines(block: _Rendered, start: int, end: int) -> _Rendered:
    """Lines `start` to `end` of a block, with the marks that start on them."""
    marks = tuple((n - start, text) for n, text in block.marks if start <= n < end)
    if start:
        return _Rendered(block.lines[start:end], marks, None, code=block.code)
    return _Rendered(block.lines[start:end], marks, block.lead_strong, block.label, code=block.code)
