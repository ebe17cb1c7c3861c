"""FAQ notes: one Q&A note per question under an FAQ heading whose answer is real.

Imports `document`, `notes`, `spec` and `extract.context`.
"""

from __future__ import annotations

from docdeck.document import QuestionAnswer, Section
from docdeck.extract.context import Context
from docdeck.notes import NoteDraft, NoteKind, escape, normalize_key
from docdeck.spec import FaqAnswer


def extract_faqs(ctx: Context) -> list[NoteDraft]:
    """Every answered question; boilerplate or missing answers are reported, not carded."""
    drafts = []
    for section in ctx.doc.sections:
        for block in section.blocks:
            if isinstance(block, QuestionAnswer) and (draft := _faq(ctx, section, block)):
                drafts.append(draft)
    return drafts


def _faq(ctx: Context, section: Section, qa: QuestionAnswer) -> NoteDraft | None:
    if ctx.skipped_by_spec(qa.question, qa.span):
        return None
    fields = ctx.override(NoteKind.FAQ, qa.span, qa.question)
    question = fields.get("question", qa.question)
    paragraphs = [p.text for p in qa.answer if p.text.strip()]
    if "answer" in fields:
        paragraphs = [fields["answer"]]
    if not paragraphs:
        ctx.skip(
            f"FAQ '{qa.question}' has no answer",
            qa.span,
            "write the answer below the question, or add an override in the spec",
        )
        return None
    if "answer" not in fields and any(ctx.boilerplate.is_blurb(text) for text in paragraphs):
        ctx.skip(
            f"FAQ '{qa.question}' answers with text repeated elsewhere in the document",
            qa.span,
            "add an override with the real answer to keep it",
        )
        return None
    if ctx.settings.faqs.answer is FaqAnswer.FIRST_PARAGRAPH:
        paragraphs = paragraphs[:1]
    answer = "<br><br>".join(escape(text) for text in paragraphs)
    texts = (escape(question), answer, escape(fields.get("context", "")))
    text = " ".join([question, *paragraphs])
    return ctx.draft(NoteKind.FAQ, normalize_key(qa.question), texts, section, qa.span, text)
