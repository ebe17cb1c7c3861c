"""Cloze notes: key-takeaway bullets, and firm statements in the prose.

Imports `document`, `notes` and the `extract` helpers.
"""

from __future__ import annotations

import re

from docdeck.document import BulletList, Paragraph, Section, SectionRole, SourceSpan
from docdeck.extract.cloze import QUANTITY, choose, is_firm
from docdeck.extract.context import Context
from docdeck.extract.text import DEPENDENT_OPENERS, FIRST_PERSON, sentences, word_count
from docdeck.notes import NoteDraft, NoteKind, cloze, cloze_markup, escape, normalize_key

MIN_CLAIM_WORDS = 8
# Past this a claim is condensed (asides dropped); past MAX_CLAIM_WORDS it is skipped.
LONG_CLAIM_WORDS = 30
MAX_CLAIM_WORDS = 45

# Asides a long claim can lose without losing its point, tried in this order.
_ASIDES = (
    re.compile(r",\s+(?:whose|which|who|where)\b[^,;—–]*,"),
    re.compile(r"\s+[—–]\s+[^—–]*$"),
    re.compile(r",\s+(?:\w+ing|meaning|as|while|whereas)\b[^,]*(?:,[^,]*)*$"),
)


def extract_takeaways(ctx: Context, seen: set[str]) -> list[NoteDraft]:
    """One cloze per bullet under a summary heading, the exact bullet text."""
    drafts = []
    for section in ctx.doc.sections:
        if section.role is not SectionRole.SUMMARY:
            continue
        for block in section.blocks:
            if not isinstance(block, BulletList):
                continue
            for item in block.items:
                key = normalize_key(item.text)
                if key in seen:
                    ctx.skip("takeaway repeats an earlier one", item.span)
                    continue
                if ctx.skipped_by_spec(item.text, item.span):
                    continue
                draft = _cloze_note(
                    ctx, NoteKind.TAKEAWAY, section, item.span, item.text, item.marks, "", True
                )
                if draft:
                    seen.add(key)
                    drafts.append(draft)
    return drafts


def extract_claims(ctx: Context, seen: set[str]) -> list[NoteDraft]:
    """Quantities, contrasts and definitions from body prose; one card per distinct sentence."""
    drafts = []
    for index, section in enumerate(ctx.doc.sections):
        if section.role not in (SectionRole.BODY, SectionRole.SUMMARY):
            continue
        if index in ctx.boilerplate.closing_sections:
            if section.blocks:
                ctx.skip(f"closing section '{section.heading}' is not carded", section.span)
            continue
        for block in section.blocks:
            if isinstance(block, Paragraph) and not _boilerplate(ctx, block):
                drafts.extend(_paragraph_claims(ctx, section, block, seen))
    return drafts


def _boilerplate(ctx: Context, paragraph: Paragraph) -> bool:
    if ctx.boilerplate.is_blurb(paragraph.text):
        ctx.skip("paragraph repeated elsewhere in the document (a blurb)", paragraph.span)
        return True
    if ctx.boilerplate.is_meta(paragraph.text):
        ctx.skip("paragraph speaks about the page or sells something", paragraph.span)
        return True
    return False


def _paragraph_claims(
    ctx: Context, section: Section, paragraph: Paragraph, seen: set[str]
) -> list[NoteDraft]:
    drafts = []
    context = escape(paragraph.text)
    for sentence in sentences(paragraph.text):
        text = _condense(sentence.text, paragraph.marks)
        marks = tuple(mark for mark in paragraph.marks if mark in text)
        if not is_firm(text, marks):
            continue
        key = normalize_key(text)
        span = paragraph.span
        if key in seen:
            ctx.skip("sentence repeats earlier text (a pull quote): carded once", span)
            continue
        reason = _weak(text)
        if reason:
            ctx.skip(f"claim '{_clip(text)}' {reason}", span)
            continue
        if ctx.skipped_by_spec(text, span):
            continue
        draft = _cloze_note(ctx, NoteKind.CLAIM, section, span, text, marks, context, False)
        if draft:
            seen.add(key)
            drafts.append(draft)
    return drafts


def _condense(text: str, marks: tuple[str, ...]) -> str:
    """Drop asides from a long sentence while it stays firm; the original if that fails."""
    shorter = text
    for aside in _ASIDES:
        if word_count(shorter) <= LONG_CLAIM_WORDS:
            break
        candidate = aside.sub("", shorter).rstrip(" ,;")
        if candidate != shorter and is_firm(candidate, marks):
            shorter = candidate if candidate.endswith((".", "!", "?")) else f"{candidate}."
    return shorter


def _weak(text: str) -> str | None:
    """Why a firm-looking sentence still makes a poor card, if it does."""
    words = word_count(text)
    if words < MIN_CLAIM_WORDS:
        return "is too short to stand alone"
    if words > MAX_CLAIM_WORDS:
        return f"has {words} words (more than {MAX_CLAIM_WORDS}): too long for one card"
    if FIRST_PERSON.search(text):
        return "is the author's own experience, not a claim"
    opener = re.split(r"[’']", text.split()[0].strip("“\"‘'("))[0].lower()
    if opener in DEPENDENT_OPENERS and not QUANTITY.search(text):
        return "leans on the sentence before it"
    if text.rstrip().endswith("?"):
        return "is a question"
    return None


def _cloze_note(
    ctx: Context,
    kind: NoteKind,
    section: Section,
    span: SourceSpan,
    text: str,
    marks: tuple[str, ...],
    context: str,
    fallback: bool,
) -> NoteDraft | None:
    override = ctx.override(text)
    written = cloze_markup(override["text"]) if "text" in override else None
    if written is None:
        choice = choose(text, marks, ctx.topics, fallback)
        if choice is None:
            ctx.skip(
                f"{kind.value} '{_clip(text)}' has no clear cloze target",
                span,
                "add a topic term it contains, or an override with {{c1::…}}",
            )
            return None
        written = cloze(text, choice.start, choice.end)
    extra = escape(override.get("extra", ""))
    context = escape(override["context"]) if "context" in override else context
    return ctx.draft(kind, normalize_key(text), (written, extra, context), section, span, text)


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
