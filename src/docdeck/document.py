"""The document model both readers produce: sections of blocks, each with its source line.

No I/O. Imports only `patterns`. What a line, a heading or a run of blocks is read as lives in
`lines`, `headings` and `layouts`.
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from dataclasses import dataclass

from docdeck.patterns import lazy

# An image inside text: its source as written, between two private-use characters. The pipeline
# replaces it with an <img> of the embedded file, or drops it (anki-import-rules.md, 7).
IMAGE_OPEN, IMAGE_CLOSE = "\ue000", "\ue001"


IMAGE_REF = lazy(f"{IMAGE_OPEN}([^{IMAGE_CLOSE}]*){IMAGE_CLOSE}")


def image_ref(src: str) -> str:
    return f"{IMAGE_OPEN}{src.replace(IMAGE_CLOSE, '')}{IMAGE_CLOSE}"


@dataclass(frozen=True, slots=True)
class SourceSpan:
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text. `marks` are phrases the author emphasised (cloze hints). `breaks`: in a
    paragraph wrapped over several source lines, where in `text` each line after the first
    starts. `quoted`: set off as a quotation (a blockquote): its "I" is not the author's.
    `label`: the label `text` opens with ("**Tip:** …"), never a cloze target. `term`: the
    term a glossary line opens with and defines ("**Latency**: the time …"), or the date a dated
    list entry opens with (`entry_date`), or the emphasised term a numbered definition defines
    ("**Definition 4.2.** The *order* of a group is …", `statement_label`): what its card asks
    for. `code`: the text of each code span in it (`timeout = 30`): code, no formula."""

    text: str
    span: SourceSpan
    marks: tuple[str, ...] = ()
    breaks: tuple[int, ...] = ()
    quoted: bool = False
    label: str = ""
    term: str = ""
    code: tuple[str, ...] = ()

    def line_at(self, offset: int) -> int:
        """The source line of the character at `offset` in `text`."""
        return self.span.line + bisect_right(self.breaks, offset)


@dataclass(frozen=True, slots=True)
class Code:
    """A code block of an FAQ answer, shown as written after answer paragraph `after`."""

    text: str
    span: SourceSpan
    after: int


@dataclass(frozen=True, slots=True)
class ListItem:
    text: str
    span: SourceSpan
    marks: tuple[str, ...] = ()
    label: str = ""  # as `Paragraph.label`
    task: bool = False  # a task list's item (`- [ ] Email finance by Friday`): a to-do
    under: str = ""  # the outline item it is nested under (`outline`), which its text opens with
    code: tuple[str, ...] = ()  # as `Paragraph.code`


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[ListItem, ...]
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class TableRow:
    cells: tuple[str, ...]
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class Table:
    """A pipe table. Cells are plain text; a line break inside a cell is `\\n`."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class QuestionAnswer:
    """A question under an FAQ heading and its answer paragraphs (possibly none). The answer's
    code blocks are apart in `code`: what reads prose (blurbs, terms, claims) never sees them."""

    question: str
    answer: tuple[Paragraph, ...]
    span: SourceSpan
    code: tuple[Code, ...] = ()


Block = Paragraph | BulletList | Table | QuestionAnswer


def table_questions(table: Table) -> tuple[QuestionAnswer, ...] | None:
    """An FAQ written as a table: two columns, each row a question and its answer
    ("Question | Answer"). None for any other table."""
    if len(table.header) != 2 or not table.rows:
        return None
    pairs = []
    for row in table.rows:
        question, answer = (cell.strip() for cell in (*row.cells, "", "")[:2])
        if not question.endswith("?") or not answer:
            return None
        lines = (" ".join(line.split()) for line in answer.split("\n"))
        paragraphs = tuple(Paragraph(line, row.span) for line in lines if line)
        pairs.append(QuestionAnswer(" ".join(question.split()), paragraphs, row.span))
    return tuple(pairs)


class SectionRole(enum.Enum):
    BODY = "body"
    SUMMARY = "summary"
    FAQ = "faq"
    REFERENCES = "references"


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it. The lead before the first heading has level 1."""

    heading: str
    level: int
    role: SectionRole
    blocks: tuple[Block, ...]
    span: SourceSpan


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    title: str
    sections: tuple[Section, ...]
