"""Markdown reader: markdown-it-py tokens -> Document (sections, paragraphs, lists, tables, FAQs).

markdown_it and mdit_py_plugins are imported only here; only `document` dataclasses leave it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from markdown_it import MarkdownIt
from markdown_it.parser_block import RuleFuncBlockType
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from docdeck.document import (
    Block,
    BulletList,
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
    section_role,
    strip_answer_prefix,
)
from docdeck.errors import Diagnostic

# `nn` on a line of its own is what an export leaves of a lost "\n\n".
SEPARATOR = "nn"
MAX_QUESTION_CHARS = 250
MAX_PSEUDO_HEADING_CHARS = 80

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.*?)\s*$", re.MULTILINE)
# `Q:`, `Q1.`, `Question 2)`, `3.`; `.` and `)` need a space after them (`Q.E.D.`, `2.5`).
_QUESTION_PREFIX = re.compile(
    r"^(?:Q(?:uestion)?\s*\d*\s*(?::|[.)](?=\s))|\d{1,3}[.)](?=\s))\s*", re.IGNORECASE
)
_BLOCK_PREFIX = re.compile(r"^[\s>]*")


def parse_markdown(text: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a Markdown article into a `Document`; warnings only for content that was lost."""
    tokens = _parser().parse(text)
    first_h1 = next(
        (i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"), None
    )
    title = _title(tokens, first_h1, path)
    builder = _Builder(path, title, text.split("\n"))
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            heading = _render(tokens[index + 1]).text()
            builder.heading(int(token.tag[1:]), heading, _line(token), index == first_h1)
            index += 3
        elif token.type == "paragraph_open":
            block = _render(tokens[index + 1])
            if pseudo := _pseudo_heading(block):
                builder.heading(builder.level_below(), pseudo, _line(token), False)
            else:
                builder.paragraph(block, _line(token))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            end = _closing(tokens, index)
            builder.bullet_list(_list_items(tokens[index + 1 : end]), _line(token))
            index = end + 1
        elif token.type == "table_open":
            end = _closing(tokens, index)
            builder.table(tokens[index : end + 1])
            index = end + 1
        else:
            # Blockquote wrappers are transparent (pull quotes); code, html blocks, rules,
            # and front matter are not text to learn from.
            index += 1
    return builder.document(), builder.diagnostics


# --- markdown-it setup -------------------------------------------------------------------


@functools.cache
def _parser() -> MarkdownIt:
    md = _stock_parser()
    _guard_block_rules(md)
    if md.inline.ruler.get_active_rules() == _INLINE_RULES:
        md.core.ruler.at("inline", _inline)
    return md


def _stock_parser() -> MarkdownIt:
    """The parser as configured, without the shortcuts below (tests compare the two)."""
    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    md.use(front_matter_plugin)
    return md


# markdown-it tries every block rule on every line that starts a block, and the rules that can
# end a paragraph, list or quote on each line inside one; most log and read several fields
# before returning False. Each rule below returns False, changing nothing, unless its line
# starts (after indentation) with one of these characters, so a guard checks that first.
_OPENERS: dict[str, tuple[str, ...]] = {
    "fence": ("~", "`"),
    "blockquote": (">",),
    "hr": ("*", "-", "_"),
    "list": ("*", "-", "+", *"0123456789"),
    "reference": ("[",),
    "html_block": ("<",),
    "heading": ("#",),
}


def _guard_block_rules(md: MarkdownIt) -> None:
    for rule in md.block.ruler.__rules__:
        if rule.name in _OPENERS:
            guarded = _opens_with(rule.fn, _OPENERS[rule.name])
        elif rule.name == "code":
            guarded = _indented(rule.fn)
        elif rule.name == "table":
            guarded = _above_delimiter_row(rule.fn)
        else:
            continue
        md.block.ruler.at(rule.name, guarded, {"alt": rule.alt})


def _opens_with(rule: RuleFuncBlockType, first: tuple[str, ...]) -> RuleFuncBlockType:
    def guarded(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        start = state.bMarks[line] + state.tShift[line]
        return state.src.startswith(first, start) and rule(state, line, end, silent)

    return guarded


def _indented(rule: RuleFuncBlockType) -> RuleFuncBlockType:
    """An indented code block: four spaces past the block's indentation."""

    def guarded(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        return state.sCount[line] - state.blkIndent >= 4 and rule(state, line, end, silent)

    return guarded


def _above_delimiter_row(rule: RuleFuncBlockType) -> RuleFuncBlockType:
    """A table: its second line starts with `|`, `-` or `:`."""

    def guarded(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        if line + 2 > end:
            return False
        start = state.bMarks[line + 1] + state.tShift[line + 1]
        return state.src.startswith(("|", "-", ":"), start) and rule(state, line, end, silent)

    return guarded


# The inline rules `_inline` knows, and every character one of them acts on.
_INLINE_RULES = [
    *("text", "newline", "escape", "backticks", "strikethrough", "emphasis", "link", "image"),
    *("autolink", "html_inline", "entity"),
]
_INLINE_SYNTAX = re.compile(r"[\n\\`~*_\[\]!<&]")


def _inline(state: StateCore) -> None:
    """markdown-it's core inline rule, less the inline parser for text none of the inline rules
    acts on (most headings, cells and plain paragraphs): that text is one text token."""
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        if _INLINE_SYNTAX.search(token.content):
            state.md.inline.parse(token.content, state.md, state.env, token.children)
        elif token.content:
            token.children.append(Token("text", "", 0, content=token.content))


# --- inline text ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rendered:
    """An inline token as plain text, one entry per source line, with its emphasised spans."""

    lines: tuple[str, ...]
    marks: tuple[tuple[int, str], ...]  # (line index where the span starts, its text)
    lead_strong: str | None  # a bold span that opens the block, e.g. `**Why X?**`

    def text(self, start: int = 0) -> str:
        return " ".join(line for line in self.lines[start:] if line)

    def mark_texts(self, start: int = 0, exclude: str | None = None) -> tuple[str, ...]:
        return _unique(text for line, text in self.marks if line >= start and text != exclude)


def _render(inline: Token, *, cell: bool = False) -> _Rendered:
    """Plain text of an inline token: breaks start a line, links keep their text, images
    become references the pipeline embeds (none in table cells)."""
    children = inline.children or ()
    if len(children) == 1 and children[0].type == "text" and "==" not in children[0].content:
        # Most headings, cells and paragraphs: one run of text, nothing marked.
        return _Rendered(
            tuple(_collapse(line) for line in children[0].content.split("\n")), (), None
        )
    raw: list[str] = []
    open_spans: list[tuple[int, bool]] = []  # (index into raw, opens the block)
    marks: list[tuple[int, int, str]] = []  # (index into raw, line, text): sorted by opening
    lead_strong: str | None = None
    for child in children:
        kind = child.type
        if kind == "text" and "==" in child.content:
            # `==highlight==` stays literal text in markdown-it: split it out here.
            position = 0
            for match in _HIGHLIGHT.finditer(child.content):
                raw.append(child.content[position : match.start()])
                line = "".join(raw).count("\n")
                marks.append((len(raw), line, _collapse(match.group(1))))
                raw.append(match.group(1))
                position = match.end()
            raw.append(child.content[position:])
        elif kind in ("text", "text_special", "code_inline"):
            raw.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            raw.append("\n")
        elif kind == "image" and not cell:
            raw.append(f" {image_ref(str(child.attrs.get('src', '')))} ")
        elif kind == "html_inline":
            is_break = _BR.fullmatch(child.content.strip())
            raw.append(("\n" if cell else " ") if is_break else child.content)
        elif kind == "strong_open":
            opens_block = kind == "strong_open" and lead_strong is None and not "".join(raw).strip()
            open_spans.append((len(raw), opens_block))
        elif kind == "strong_close" and open_spans:
            start, opens_block = open_spans.pop()
            span_text = _collapse("".join(raw[start:]))
            if span_text:
                marks.append((start, "".join(raw[:start]).count("\n"), span_text))
                if opens_block:
                    lead_strong = span_text
    lines = tuple(_collapse(line) for line in "".join(raw).split("\n"))
    # Spans close inside out; list them as they open (an outer span before the one it holds).
    opening = sorted(range(len(marks)), key=lambda n: (marks[n][0], -n))
    ordered = tuple(marks[n][1:] for n in opening)
    return _Rendered(lines, ordered, lead_strong)


def _pseudo_heading(block: _Rendered) -> str | None:
    """`**Key Takeaways:**` or `FAQ:` alone on a line: a heading written as a paragraph.

    Only section names docdeck knows count, so a bold sentence stays a sentence."""
    text = block.text()
    if len(block.lines) != 1 or len(text) > MAX_PSEUDO_HEADING_CHARS:
        return None
    bold_only = block.lead_strong is not None and _collapse(block.lead_strong) == text
    if not (bold_only or text.endswith(":")):
        return None
    name = text.rstrip(":").strip()
    return name if section_role(name) is not SectionRole.BODY else None


def _cell_text(inline: Token) -> str:
    return "\n".join(_render(inline, cell=True).lines).strip()


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _unique(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text for text in texts if text))


# --- token helpers -------------------------------------------------------------------------


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1


def _closing(tokens: Sequence[Token], start: int) -> int:
    """Index of the token that closes `tokens[start]`."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _title(tokens: Sequence[Token], first_h1: int | None, path: str) -> str:
    if first_h1 is not None and (heading := _render(tokens[first_h1 + 1]).text()):
        return heading
    if tokens and tokens[0].type == "front_matter":
        match = _FRONT_MATTER_TITLE.search(tokens[0].content)
        if match:
            value = match.group(1)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            # A block scalar, a list or mapping, an anchor, alias, tag or comment is no title.
            if value and value[0] not in "|>[{&*!#":
                return _collapse(value)
    stem = PurePath(path).stem.replace("-", " ").replace("_", " ")
    return _collapse(stem).capitalize()


@dataclass
class _Item:
    line: int
    parts: list[tuple[_Rendered, int]] = field(default_factory=list)


def _list_items(tokens: Sequence[Token]) -> list[_Item]:
    """Every item of a list and its nested lists, parents first; each item's own text only."""
    items: list[_Item] = []
    stack: list[_Item] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "list_item_open":
            stack.append(_Item(_line(token)))
            items.append(stack[-1])
        elif token.type == "list_item_close" and stack:
            stack.pop()
        elif token.type == "table_open":
            index = _closing(tokens, index)
        elif token.type == "inline" and stack:
            stack[-1].parts.append((_render(token), _line(token)))
        index += 1
    return items


# --- building sections ---------------------------------------------------------------------


def _question(text: str) -> str | None:
    """The question a line asks (prefixes like `Q1.` and table pipes stripped), if it is one."""
    text = _QUESTION_PREFIX.sub("", text.strip().strip("|").strip()).strip()
    if not text.endswith("?") or len(text) > MAX_QUESTION_CHARS:
        return None
    return text if any(ch.isalnum() for ch in text) else None


@dataclass(frozen=True, slots=True)
class _Split:
    question: str
    rest: str
    rest_offset: int  # lines from the block's first line to where the rest starts
    rest_marks: tuple[str, ...]


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
    answer: list[Paragraph] = field(default_factory=list)

    def close_question(self) -> None:
        if self.question is not None:
            text, span = self.question
            self.blocks.append(QuestionAnswer(text, tuple(self.answer), span))
        self.question = None
        self.answer = []

    def freeze(self, path: str) -> Section:
        self.close_question()
        span = self.span or SourceSpan(path, 1)
        return Section(self.heading, self.level, self.role, tuple(self.blocks), span)


class _Builder:
    def __init__(self, path: str, title: str, source_lines: list[str]) -> None:
        self.path = path
        self.title = title
        self.source_lines = source_lines
        self.diagnostics: list[Diagnostic] = []
        self.sections: list[Section] = []
        self.current = _OpenSection(title, 1, SectionRole.BODY, None)
        self.in_lead = True
        self.faq_level: int | None = None  # level of the FAQ heading whose questions we read

    def span(self, line: int) -> SourceSpan:
        return SourceSpan(self.path, line)

    def document(self) -> Document:
        self._close_section()
        return Document(self.path, self.title, tuple(self.sections))

    def _close_section(self) -> None:
        section = self.current.freeze(self.path)
        if section.blocks or not self.in_lead:
            self.sections.append(section)

    # Headings.

    def heading(self, level: int, text: str, line: int, is_first_h1: bool) -> None:
        if not text:
            return
        if is_first_h1 and self.in_lead:
            self.current.span = self.span(line)
            return
        in_faq = self.faq_level is not None and level > self.faq_level
        if in_faq and (question := _question(text)):
            self._ask(question, line, asked_in_heading=True)
            return
        self._close_section()
        self.in_lead = False
        role = section_role(text)
        self.current = _OpenSection(text, level, role, self.span(line))
        if role is SectionRole.FAQ:
            self.faq_level = level
        elif not in_faq:
            self.faq_level = None

    def level_below(self) -> int:
        """The level of a heading written as a paragraph: one below the current section."""
        return max(2, self.current.level + 1)

    def _ask(self, question: str, line: int, *, asked_in_heading: bool = False) -> None:
        self.current.close_question()
        self.current.question = (question, self.span(line))
        self.current.asked_in_heading = asked_in_heading

    def _reads_questions(self) -> bool:
        """Under an FAQ heading, unless the open question is a heading (its answer may ask)."""
        return self.faq_level is not None and not (
            self.current.question is not None and self.current.asked_in_heading
        )

    # Blocks.

    def add(self, block: Block, line: int) -> None:
        section = self.current
        if section.span is None:
            section.span = self.span(line)
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
            paragraph = Paragraph(text, paragraph.span, paragraph.marks)
        self.current.answer.append(paragraph)

    def paragraph(self, block: _Rendered, line: int) -> None:
        for piece, piece_line in _split_at_separators(block, line):
            if self._reads_questions() and (split := _split_question(piece)):
                self._ask(split.question, piece_line)
                if split.rest:
                    rest_span = self.span(piece_line + split.rest_offset)
                    self.add(Paragraph(split.rest, rest_span, split.rest_marks), piece_line)
            elif text := piece.text():
                self.add(Paragraph(text, self.span(piece_line), piece.mark_texts()), piece_line)

    def bullet_list(self, items: list[_Item], line: int) -> None:
        plain: list[ListItem] = []
        for item in items:
            text = " ".join(part.text() for part, _ in item.parts if part.text())
            if not text or text == SEPARATOR:
                continue
            marks = _unique(mark for part, _ in item.parts for mark in part.mark_texts())
            split = _split_question(item.parts[0][0]) if self._reads_questions() else None
            if split is None:
                plain.append(ListItem(text, self.span(item.line), marks))
                continue
            if plain:
                self.add(BulletList(tuple(plain), self.span(plain[0].span.line)), line)
                plain = []
            self._ask(split.question, item.line)
            first_line = item.parts[0][1]
            if split.rest:
                rest_span = self.span(first_line + split.rest_offset)
                self.add(Paragraph(split.rest, rest_span, split.rest_marks), item.line)
            for part, part_line in item.parts[1:]:
                if part_text := part.text():
                    self.add(Paragraph(part_text, self.span(part_line), part.mark_texts()), line)
        if plain:
            # Plain items after a question are its answer (`add` turns them into paragraphs).
            self.add(BulletList(tuple(plain), self.span(plain[0].span.line)), line)

    def table(self, tokens: Sequence[Token]) -> None:
        header: tuple[str, ...] = ()
        rows: list[TableRow] = []
        row_line = 0
        cells: list[str] = []
        in_head = False
        for token in tokens:
            if token.type in ("thead_open", "thead_close"):
                in_head = token.type == "thead_open"
            elif token.type == "tr_open":
                row_line, cells = _line(token), []
            elif token.type == "inline":
                cells.append(_cell_text(token))
            elif token.type == "tr_close":
                if in_head:
                    header = tuple(cells)
                elif any(cells):
                    self._check_row(row_line, len(header))
                    rows.append(TableRow(tuple(cells), self.span(row_line)))
        line = _line(tokens[0])
        self.add(Table(header, tuple(rows), self.span(line)), line)

    def _check_row(self, line: int, expected: int) -> None:
        """markdown-it pads short rows and drops extra cells silently: say so."""
        if not 0 < line <= len(self.source_lines):
            return
        source = _BLOCK_PREFIX.sub("", self.source_lines[line - 1]).rstrip()
        cells = re.split(r"(?<!\\)\|", source)
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
    pieces: list[tuple[_Rendered, int]] = []
    start = 0
    for index in range(len(block.lines) + 1):
        if index < len(block.lines) and block.lines[index] != SEPARATOR:
            continue
        if index > start:
            marks = tuple((n - start, t) for n, t in block.marks if start <= n < index)
            lead = block.lead_strong if start == 0 else None
            pieces.append((_Rendered(block.lines[start:index], marks, lead), line + start))
        start = index + 1
    return pieces
