"""FAQ notes: one Q&A note per question under an FAQ heading whose answer is real.

Imports `document`, `notes`, `spec` and the `extract` helpers (`context`, `boilerplate`).
"""

from __future__ import annotations

from collections.abc import Sequence

from docdeck.document import (
    IMAGE_OPEN,
    Code,
    Paragraph,
    QuestionAnswer,
    Section,
    Table,
)
from docdeck.extract.boilerplate import is_closing_line
from docdeck.extract.context import Context
from docdeck.extract.subjects import name_subjects, with_paths
from docdeck.extract.text import clip
from docdeck.notes import NoteDraft, NoteKind, escape, normalize_key
from docdeck.spec import FaqAnswer

# A line a closing label ("Related:", "Read more:") introduces, a link's title, is short.
MAX_LINK_CHARS = 100


def extract_faqs(ctx: Context) -> list[NoteDraft]:
    """Every answered question; boilerplate or missing answers are reported, not carded."""
    drafts = []
    paths: list[tuple[Section, ...]] = []  # of each draft (`subjects.with_paths`)
    for section, path in with_paths(ctx.doc.sections):
        for index, block in enumerate(section.blocks):
            if not isinstance(block, QuestionAnswer):
                continue
            after = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
            if draft := _faq(ctx, section, block, after if isinstance(after, Table) else None):
                drafts.append(draft)
                paths.append(path)
    if len(drafts) > 1:
        name_subjects(ctx, drafts, paths, answers_differ=True)
    return drafts


def _faq(
    ctx: Context, section: Section, qa: QuestionAnswer, table: Table | None
) -> NoteDraft | None:
    """The note of `qa`; `table`: a table right after it, which answers it if nothing else
    does (its rows are cards of their own)."""
    if ctx.skipped_by_spec(qa.question, qa.span):
        return None
    fields = ctx.override(NoteKind.FAQ, qa.span, qa.question)
    question = fields.get("question", qa.question)
    override = "answer" in fields
    parts = [Paragraph(fields["answer"], qa.span)] if override else _answer(ctx, qa)
    if not parts and table is not None and len(table.header) > 1:
        ctx.skip(
            f"FAQ '{qa.question}' is answered by the table on line {table.span.line}: its"
            " rows are the cards",
            qa.span,
            level="note",
        )
        return None
    if not parts:
        ctx.skip(
            f"FAQ '{qa.question}' has no answer",
            qa.span,
            "write the answer below the question, or add an override in the spec",
        )
        return None
    if not override and any(
        isinstance(part, Paragraph) and ctx.boilerplate.is_blurb(part.text) for part in parts
    ):
        ctx.skip(
            f"FAQ '{qa.question}' answers with text repeated elsewhere in the document",
            qa.span,
            "add an override with the real answer to keep it",
        )
        return None
    if ctx.settings.faqs.answer is FaqAnswer.FIRST_PARAGRAPH:
        parts = _first_paragraph(parts)
    with_code = bool(qa.code) and not override  # most answers are prose alone
    answer = _html(parts) if with_code else "<br><br>".join(escape(part.text) for part in parts)
    texts = (escape(question), answer, escape(fields.get("context", "")))
    text = " ".join([question, *(part.text for part in parts)])
    return ctx.draft(NoteKind.FAQ, normalize_key(qa.question), texts, section, qa.span, text)


def _answer(ctx: Context, qa: QuestionAnswer) -> list[Paragraph | Code]:
    """The answer's paragraphs and code blocks in reading order, less a closing tail."""
    paragraphs = qa.answer[: _closing_start(ctx, qa)] if len(qa.answer) > 1 else qa.answer
    if not qa.code:  # most answers
        return [paragraph for paragraph in paragraphs if paragraph.text.strip()]
    parts: list[Paragraph | Code] = []
    placed = 0  # code blocks placed so far (in reading order, so by `after`)
    for index, paragraph in enumerate(paragraphs):
        while placed < len(qa.code) and qa.code[placed].after <= index:
            parts.append(qa.code[placed])
            placed += 1
        if paragraph.text.strip():
            parts.append(paragraph)
    parts.extend(qa.code[placed:])
    return parts


def _closing_start(ctx: Context, qa: QuestionAnswer) -> int:
    """Where the answer's closing lines start ("Read more: …", "Share this"), reported, or
    its length. Never its first paragraph: "Where can I read more?" may answer "Read more at
    …". A closing label ("Related:") takes the short lines after it, its links."""
    answer = qa.answer
    start = len(answer)
    closing_after = True  # the paragraphs after `index` are a closing tail (or none)
    short_after = True  # every paragraph after `index` is short
    first = max(qa.code[-1].after, 1) if qa.code else 1  # code is no closing line's
    for index in range(len(answer) - 1, first - 1, -1):
        text = answer[index].text
        if is_closing_line(text) and (closing_after or (short_after and text.endswith(":"))):
            start = index
        closing_after = index == start
        short_after = short_after and len(text) <= MAX_LINK_CHARS
        if not (closing_after or short_after):  # no earlier line can start the tail
            break
    if start < len(answer):
        ctx.skip(
            f"closing line '{clip(answer[start].text)}' is left out of the answer to"
            f" '{qa.question}'",
            answer[start].span,
            "if it belongs to the answer, write the whole answer in an override",
        )
    return start


def _first_paragraph(parts: Sequence[Paragraph | Code]) -> list[Paragraph | Code]:
    """The first paragraph, with the code blocks it introduces ("Run:")."""
    first = [parts[0]]
    if isinstance(parts[0], Paragraph) and parts[0].text.rstrip().endswith(":"):
        for part in parts[1:]:
            if not isinstance(part, Code):
                break
            first.append(part)
    return first


def _html(parts: Sequence[Paragraph | Code]) -> str:
    """An answer with code: paragraphs a blank line apart, code blocks as written in `<pre>`,
    never clozed (braces are escaped) nor read as an image reference (the pipeline embeds
    those)."""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index:
            # Beside a block, a space: it renders as nothing and reads as a break in text.
            prose = isinstance(part, Paragraph) and isinstance(parts[index - 1], Paragraph)
            pieces.append("<br><br>" if prose else " ")
        if isinstance(part, Paragraph):
            pieces.append(escape(part.text))
        else:
            code = escape(part.text).replace(IMAGE_OPEN, f"&#{ord(IMAGE_OPEN)};")
            pieces.append(f"<pre><code>{code}</code></pre>")
    return "".join(pieces)
