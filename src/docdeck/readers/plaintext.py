"""Plain-text article reader: web-article exports with bare-line headings and `nn` separators.

Imports `document` and `errors` only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

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
    section_role,
    strip_answer_prefix,
)
from docdeck.errors import Diagnostic

# `nn` on a line of its own is what an export leaves of a lost "\n\n".
SEPARATOR = "nn"
MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 16

_BULLET = re.compile(r"^(?:[-*•●▪–]|\d{1,2}[.)])\s+(.*)$")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*$")
_QUESTION_PREFIX = re.compile(
    r"^(?:(?:Q(?:uestion)?\s*\d*\s*[:.)]|\d{1,3}\s*[.)])\s*)?(?:\|\s*)?(.*\?)\s*\|?$"
)
# A numbered question: "3.", "3)", "Q3:", "Question 3." ("Q:" alone labels, it does not number).
_NUMBERED = re.compile(r"^(?:Q(?:uestion)?\s*\d+\s*[:.)]|\d{1,3}\s*[.)])", re.IGNORECASE)
# A question labelled as one ("Q:", "Q3.", "Question:"): never a heading.
_LABELLED = re.compile(r"^Q(?:uestion)?\s*\d*\s*[:.)]", re.IGNORECASE)
# A quotation set off as in e-mail and Markdown: "> We saw …"; "> 50% of adults" compares.
_QUOTE = re.compile(r"^(?:>\s*)+(?=[^\W\d_]|[\"“‘'(—–])")


def parse_plaintext(text: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a plain-text article into a `Document`."""
    reader = _Reader(path, [line.rstrip() for line in text.split("\n")])
    return reader.run()


def _is_heading(line: str, in_faq: bool) -> bool:
    if _MD_HEADING.match(line):
        return True
    if len(line) > MAX_HEADING_CHARS or len(line.split()) > MAX_HEADING_WORDS:
        return False
    if _BULLET.match(line) or line.startswith("|") or not line[0].isalnum():
        return False
    if not any(ch.isalpha() for ch in line):
        return False
    if in_faq and line.endswith("?"):
        return False
    if line.endswith(":"):
        return section_role(line) is not SectionRole.BODY
    return not line.endswith((".", ",", ";", "!", "…", '"', "”"))


def _is_title_case(line: str) -> bool:
    """ "Can Trauma Affect the Brain's Response?" but not "Can trauma affect the brain?"."""
    words = [word for word in re.findall(r"[^\W\d_][\w'\u2019-]*", line)[1:] if len(word) >= 4]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def _heading_text(line: str) -> str:
    match = _MD_HEADING.match(line)
    return (match.group(1) if match else line).strip()


def _split_row(line: str) -> tuple[str, ...]:
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    cells = re.split(r"(?<!\\)\|", body)
    return tuple(_cell_text(cell) for cell in cells)


def _cell_text(cell: str) -> str:
    cell = re.sub(r"<br\s*/?>", "\n", cell.replace("\\|", "|"), flags=re.IGNORECASE)
    return "\n".join(" ".join(part.split()) for part in cell.split("\n")).strip()


@dataclass
class _OpenSection:
    heading: str
    level: int
    role: SectionRole
    span: SourceSpan
    blocks: list[Block] = field(default_factory=list)
    question: tuple[str, SourceSpan] | None = None
    answer: list[Paragraph] = field(default_factory=list)

    def question_lines(self) -> list[int]:
        """The indexes of the lines holding this section's questions so far."""
        spans = [block.span for block in self.blocks if isinstance(block, QuestionAnswer)]
        if self.question is not None:
            spans.append(self.question[1])
        return [span.line - 1 for span in spans]

    def close_question(self) -> None:
        if self.question is not None:
            text, span = self.question
            self.blocks.append(QuestionAnswer(text, tuple(self.answer), span))
        self.question = None
        self.answer = []

    def freeze(self) -> Section:
        self.close_question()
        return Section(self.heading, self.level, self.role, tuple(self.blocks), self.span)


class _Reader:
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.diagnostics: list[Diagnostic] = []
        self.sections: list[Section] = []

    def span(self, index: int) -> SourceSpan:
        return SourceSpan(self.path, index + 1)

    def run(self) -> tuple[Document, list[Diagnostic]]:
        index = self._skip_blank(0)
        title = PurePath(self.path).stem.replace("-", " ").replace("_", " ").capitalize()
        current = _OpenSection(title, 1, SectionRole.BODY, self.span(min(index, len(self.lines))))
        if index < len(self.lines) and _is_heading(self.lines[index].strip(), False):
            title = _heading_text(self.lines[index].strip())
            current = _OpenSection(title, 1, SectionRole.BODY, self.span(index))
            index += 1
        while (index := self._skip_blank(index)) < len(self.lines):
            line = self.lines[index].strip()
            if line.startswith("|") and self._is_table_start(index):
                table, index = self._read_table(index)
                self._add(current, table)
            elif _is_heading(line, current.role is SectionRole.FAQ) or self._ends_faq(
                current, index
            ):
                self.sections.append(current.freeze())
                heading = _heading_text(line)
                current = _OpenSection(heading, 2, section_role(heading), self.span(index))
                index += 1
            elif current.role is SectionRole.FAQ and (question := _question(line)):
                current.close_question()
                current.question = (question, self.span(index))
                index += 1
            elif _BULLET.match(line):
                items, index = self._read_list(index)
                self._add(current, items)
            elif line[0] == ">" and (quote := _QUOTE.match(line)):
                text = " ".join(line[quote.end() :].split())
                self._add(current, Paragraph(text, self.span(index), quoted=True))
                index += 1
            else:
                self._add(current, Paragraph(" ".join(line.split()), self.span(index)))
                index += 1
        self.sections.append(current.freeze())
        sections = tuple(s for s in self.sections if s.blocks or s.level > 1)
        return Document(self.path, title, sections), self.diagnostics

    def _ends_faq(self, section: _OpenSection, index: int) -> bool:
        """Whether a question line under an FAQ heading is the next section's heading instead.

        It is when it breaks the pattern every earlier question followed: Title Case after
        sentence case, unnumbered after numbered ones, set apart by a blank or `nn` line after
        questions that ran straight into their answers. Only a heading's case is sure: on
        numbering or spacing alone, a question and its answer may become a section that yields
        no card, so that is reported. It never is when nothing but a heading or the end of the
        document follows: that is a question without an answer, reported.
        """
        line = self.lines[index].strip()
        earlier = section.question_lines()
        if section.role is not SectionRole.FAQ or not earlier or not line.endswith("?"):
            return False
        if _LABELLED.match(line) or not _is_heading(line, False):
            return False
        following = self._skip_blank(index + 1)
        if following == len(self.lines) or _is_heading(self.lines[following].strip(), True):
            return False
        questions = [self.lines[i].strip() for i in earlier]
        if _is_title_case(line) and not any(_is_title_case(q) for q in questions):
            return True
        if all(_NUMBERED.match(q) for q in questions) and not _NUMBERED.match(line):
            hint = "if it is a question, number it as the ones before it"
        elif self._followed_by_blank(index) and not any(
            self._followed_by_blank(i) for i in earlier
        ):
            hint = "if it is a question, put its answer on the next line, as the ones before it"
        else:
            return False
        self.diagnostics.append(
            Diagnostic(
                f"question '{line}' ends the FAQ: read as the heading of a new section",
                self.path,
                index + 1,
                hint,
            )
        )
        return True

    def _followed_by_blank(self, index: int) -> bool:
        return index + 1 < len(self.lines) and self.lines[index + 1].strip() in ("", SEPARATOR)

    def _skip_blank(self, index: int) -> int:
        while index < len(self.lines) and self.lines[index].strip() in ("", SEPARATOR):
            index += 1
        return index

    def _add(self, section: _OpenSection, block: Block) -> None:
        if section.question is None:
            section.blocks.append(block)
            return
        # Inside an FAQ answer: lists and stray tables are read as answer text.
        if isinstance(block, Paragraph):
            text = block.text
            if not section.answer:
                text = strip_answer_prefix(text)
            section.answer.append(Paragraph(text, block.span))
        elif isinstance(block, BulletList):
            section.answer.extend(Paragraph(item.text, item.span) for item in block.items)
        else:
            section.close_question()
            section.blocks.append(block)

    def _is_table_start(self, index: int) -> bool:
        return index + 1 < len(self.lines) and bool(
            _TABLE_SEPARATOR.match(self.lines[index + 1].strip())
        )

    def _read_table(self, index: int) -> tuple[Table, int]:
        start = index
        header = _split_row(self.lines[index])
        index += 2
        rows: list[TableRow] = []
        while index < len(self.lines) and self.lines[index].strip().startswith("|"):
            cells = _split_row(self.lines[index])
            if len(cells) != len(header):
                self.diagnostics.append(
                    Diagnostic(
                        f"table row has {len(cells)} cells, the header has {len(header)}",
                        self.path,
                        index + 1,
                        "missing cells are left empty, extra cells dropped",
                    )
                )
                cells = (cells + ("",) * len(header))[: len(header)]
            if any(cells):
                rows.append(TableRow(cells, self.span(index)))
            index += 1
        return Table(header, tuple(rows), self.span(start)), index

    def _read_list(self, index: int) -> tuple[BulletList, int]:
        start = index
        items: list[ListItem] = []
        while index < len(self.lines):
            match = _BULLET.match(self.lines[index].strip())
            if not match:
                break
            if text := " ".join(match.group(1).split()):
                items.append(ListItem(text, self.span(index)))
            index += 1
        return BulletList(tuple(items), self.span(start)), index


def _question(line: str) -> str | None:
    if not line.endswith("?") and not line.rstrip("|").rstrip().endswith("?"):
        return None
    match = _QUESTION_PREFIX.match(line)
    if not match:
        return None
    return " ".join(match.group(1).strip("*_ ").split())
