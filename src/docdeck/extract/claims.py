"""Cloze notes: key-takeaway bullets, and firm statements in the prose.

Imports `document`, `notes` and the `extract` helpers.
"""

from __future__ import annotations

import re

from docdeck.document import BulletList, Paragraph, Section, SectionRole, SourceSpan
from docdeck.extract.cloze import APOSTROPHE, QUANTITY, choose, is_firm
from docdeck.extract.context import Context
from docdeck.extract.text import (
    DEPENDENT_OPENERS,
    FIRST_PERSON,
    GENERIC_SUBJECTS,
    PRONOUNS,
    Sentence,
    sentences,
    word_count,
)
from docdeck.notes import NoteDraft, NoteKind, cloze, cloze_markup, escape, normalize_key

MIN_CLAIM_WORDS = 8
# Past this a claim is condensed (asides dropped); past MAX_CLAIM_WORDS it is skipped.
LONG_CLAIM_WORDS = 30
MAX_CLAIM_WORDS = 45
# An opening phrase before the subject ("Done well, it …") is at most this long.
MAX_FRAME_WORDS = 8
# A claim's context reaches this far either side: the whole of any ordinary paragraph, while a
# paragraph of thousands of sentences costs linear time, not a copy of itself per claim.
CONTEXT_CHARS = 1000
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# "the fastest of these routes", "one of those": a choice among things named before;
# "therefore", "thus": a conclusion from them.
_POINTS_BACK = re.compile(
    r"\b(?:of|among|between|all|both|each|either|neither|any)\s+(?:these|those)\b(?!\s+who)"
    r"|\b(?:therefore|thus|hence|consequently)\b",
    re.IGNORECASE,
)
_APOSTROPHES = re.compile(rf"[{APOSTROPHE}']")
_LINKING_VERBS = frozenset({"is", "are", "was", "were", "means", "explains", "shows", "has"})
_ORDINALS = frozenset({"first", "second", "third", "last", "next", "other", "former", "latter"})
_PREPOSITIONS = frozenset(
    {"for", "in", "on", "at", "by", "with", "after", "during", "over", "under", "from", "among"}
)

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
    parts = sentences(paragraph.text)
    for index, sentence in enumerate(parts):
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
        context = escape(_context(paragraph.text, parts, index, text != sentence.text))
        draft = _cloze_note(ctx, NoteKind.CLAIM, section, span, text, marks, context, False)
        if draft:
            seen.add(key)
            drafts.append(draft)
    return drafts


def _context(text: str, parts: tuple[Sentence, ...], index: int, condensed: bool) -> str:
    """The back shows a claim's surroundings: the other sentences of its paragraph, out to
    `CONTEXT_CHARS` either side, and the claim's own when it was condensed (the asides it lost
    are there)."""
    first = last = index
    size = 0
    while first > 0 and (size := size + len(parts[first - 1].text) + 1) <= CONTEXT_CHARS:
        first -= 1
    size = 0
    while last + 1 < len(parts) and (size := size + len(parts[last + 1].text) + 1) <= CONTEXT_CHARS:
        last += 1
    if condensed:
        end = parts[last + 1].start if last + 1 < len(parts) else len(text)
        return text[parts[first].start : end].strip()
    return " ".join(part.text for part in (*parts[first:index], *parts[index + 1 : last + 1]))


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
    if _leans(text):
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
    fields = ctx.override(kind, span, text)
    written = cloze_markup(fields["text"]) if "text" in fields else None
    if written is None:
        choice = choose(text, marks, ctx.topics, fallback, ctx.vocabulary)
        if choice is None:
            ctx.skip(
                f"{kind.value} '{_clip(text)}' has no clear cloze target",
                span,
                "add a topic term it contains, or an override with {{c1::…}}",
            )
            return None
        written = cloze(text, choice.start, choice.end)
    extra = escape(fields.get("extra", ""))
    context = escape(fields["context"]) if "context" in fields else context
    return ctx.draft(kind, normalize_key(text), (written, extra, context), section, span, text)


def _leans(text: str) -> bool:
    """Whether a sentence needs the one before it: "It is …", "The second is …", "Done well,
    it …". A demonstrative opener ("This pattern holds across 26 years") is kept when the
    sentence quotes a figure."""
    words = [_word(word) for word in text.split()[:4]]  # the opener and the three after it
    opener, second = words[0], words[1] if len(words) > 1 else ""
    if opener in PRONOUNS or (opener in _DEMONSTRATIVES and second in _LINKING_VERBS):
        return True
    if opener in DEPENDENT_OPENERS and not QUANTITY.search(text):
        return True
    if opener == "the" and _refers_back(words[1:4]):
        return True
    if _POINTS_BACK.search(text):
        return True
    frame, comma, rest = text.partition(",")
    after = _word(rest.split()[0]) if comma and rest.split() else ""
    if comma and len(frame.split()) <= MAX_FRAME_WORDS and after in PRONOUNS | _DEMONSTRATIVES:
        return True
    # "For most runners it falls at …": a pronoun subject behind an opening phrase.
    head = frame.split()[:MAX_FRAME_WORDS]
    return opener in _PREPOSITIONS and any(_word(word) in PRONOUNS for word in head[1:])


def _refers_back(words: list[str]) -> bool:
    """After a leading "The": "same …", "second is …", "(striking) finding …"."""
    if not words:
        return False
    if words[0] == "same":
        return True
    if words[0] in _ORDINALS:
        return len(words) > 1 and words[1] in _LINKING_VERBS
    return any(word in GENERIC_SUBJECTS for word in words[:2])


def _word(word: str) -> str:
    """A word folded for the lists above: no quotes or punctuation, no "'s" or "'re"."""
    return _APOSTROPHES.split(word.strip("\u201c\u201d\u2018\"'(),;:."), 1)[0].lower()


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
