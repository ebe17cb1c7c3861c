"""Find a document's boilerplate: repeated blurbs, pull quotes, calls to action, source notes.

Imports `document`, `notes` (key folding) and `extract.text`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from docdeck.document import (
    BulletList,
    Document,
    Paragraph,
    QuestionAnswer,
    Section,
    SectionRole,
)
from docdeck.extract.text import sentences
from docdeck.notes import normalize_key
from docdeck.patterns import lazy

# A call to action's heading tells the reader to act on an offer: a verb of joining, buying or
# starting with what to act on ("Get Your Free Plan", "Book a Call", "Start Building Better
# Credit Today"), or alone ("Subscribe", "Get Started"). "Call Options" and "Order of Operations"
# open with such a verb but read on as a noun phrase.
_CTA_VERB = (
    r"(?:get|start|begin|book|join|subscribe|sign|download|contact|discover|rebuild|schedule|try"
    r"|claim|grab|reserve|apply|register|enrol+|call|shop|order|buy|visit|follow|share|take|work"
    r"|unlock)"
)
_CTA_HEADING = (  # compiled where used, when first needed (re keeps it); flags inline
    rf"(?i)^(?:{_CTA_VERB}\s+(?:your|our|the|a|an|my|this|it|us|me|with|free|today|now|started|up"
    rf"|in|here|more|\d+)\b|(?:start|begin|try)\s+\w+ing\b|{_CTA_VERB}\W*$"
    r"|ready\s+to\b|let['’]s\s+\w|(?:your\s+)?next\s+steps?\W*$)"
)
# A line that points the reader elsewhere or asks them to share, as articles close with: "Read
# more: …", "Related:", "See also …", "Share this article". Only these openings count, each
# with what marks it as one: an answer may say "Learn more slowly …", "Share this plan with
# your doctor" or "Related conditions include …".
_LABEL_END = r"(?:\s*[:›»→…]|\s+[-–—]\s|\s*$)"  # a dash with spaces: "Related—and" reads on
_CLOSING_LINE = lazy(
    rf"(?:read|see|learn|discover|explore|find\s+out)\s+more(?:{_LABEL_END}"
    r"|\s+(?:about|at|here|on\s+our|in\s+our|from\s+our)\b)"
    r"|(?:continue|keep)\s+reading\b|see\s+also\b"
    r"|(?:related(?:\s+(?:articles?|posts?|reading|stories|content|guides?|questions|topics))?"
    r"|also\s+read|read\s+next|up\s+next|next\s+up|recommended(?:\s+reading)?"
    rf"|you\s+(?:may|might)\s+also\s+(?:like|enjoy|read)){_LABEL_END}"
    r"|share(?:\s+this(?:\s+(?:article|post|page|guide|story))?|\s+(?:on|via)\s+\w+)?"
    r"\s*[:!.]?\s*$|share\s+this\s+(?:article|post|page|guide|story)\b"
    r"|(?:did\s+you\s+)?(?:like|liked|enjoy|enjoyed|love|loved|found)\s+this"
    r"\s+(?:article|post|guide|page|story)\b",
    re.IGNORECASE,
)
# A blog's request to the reader, as a recipe or a post closes: "Did you make this recipe?",
# "Leave a comment below", "Rate this recipe", "Tag me on Instagram", "Pin it for later",
# "Follow me on Pinterest", "Sign up for my newsletter", "Subscribe", "Jump to recipe". Each
# with what marks it as one: an answer may say "Leave the dough covered overnight", "Follow
# the recipe exactly" or "Share the dough between two tins".
_SOCIAL = r"(?:instagram|pinterest|facebook|tiktok|youtube|twitter|x|threads|social(?:\s+media)?)"
_CALL_TO_ACTION = lazy(
    r"(?:did\s+you\s+(?:make|try|bake|cook)|(?:please\s+)?rate|print)\s+this\s+recipe\b"
    r"|if\s+you\s+(?:make|made|try|tried|bake|baked|love|loved|enjoy|enjoyed)\s+this\s+recipe,?"
    r"\s+(?:please\s+)?(?:leave|let\s+me\s+know|tag|rate|share|snap|be\s+sure|don['’]t\s+forget)"
    r"|(?:please\s+)?leave\s+(?:a|me\s+a|your)\s+(?:comment|review|rating|star\s+rating)\b"
    r"|(?:please\s+)?tag\s+(?:me|us)\s+(?:on\s+\w+|@\w|with\s+#|in\s+your\b)"
    r"|pin\s+(?:it|this(?:\s+(?:recipe|post|article|guide))?)\s+(?:for\s+later|now|on\s+pinterest"
    r"|to\s+(?:your|a)\s+(?:pinterest\s+)?board)\b"
    rf"|follow\s+(?:me|us|along)\s+on\s+{_SOCIAL}\b"
    r"|sign\s+up\s+(?:for|to)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,3}(?:newsletter|mailing\s+list"
    r"|emails?)\b"
    r"|subscribe(?:\s+(?:to\s+(?:my|our|the\s+(?:newsletter|blog|channel|podcast))|for\s+(?:more"
    r"|free|updates|new)|now|today|below|here)\b|\W*$)"
    r"|share\s+this\s+recipe\b|jump\s+to\s+(?:the\s+)?recipe\b|print\s+recipe\b",
    re.IGNORECASE,
)
# A disclaimer about the page, as articles close: "Disclaimer: …", "This article is for
# information only", "… is not medical advice", "We may earn a commission …".
_DISCLAIMER = (  # compiled where used, when first needed (re keeps it); flags inline
    r"(?i)^(?:(?:medical|legal|financial)\s+)?disclaimer\b"
    r"|\b(?:earn|receive|make)\s+(?:a\s+)?(?:small\s+)?commission\b|\baffiliate\s+links?\b"
    r"|\bfor\s+(?:general\s+)?information(?:al)?\s+(?:purposes\s+)?only\b"
    r"|\b(?:is|are)\s+not\s+(?:intended\s+(?:as|to\s+be)\s+|a\s+substitute\s+for\s+)?"
    r"(?:medical|legal|financial|investment|tax|professional)\s+advice\b"
)
# A heading over the author's bio, as a post closes: "About the Author", "About me", "Author bio".
_AUTHOR_HEADING = lazy(
    r"(?:about\s+(?:the\s+)?(?:authors?|writers?|contributors?|me)|meet\s+the\s+(?:author|writer)s?"
    r"|(?:the\s+)?(?:author|writer)(?:['’]s)?\s+bio(?:graphy)?)\W*",
    re.IGNORECASE,
)
# An author's bio, as a post's last paragraph gives it: a name, then who writes the page ("Priya
# Natarajan is the home appliances editor at Tested Weekly.", "Tom Whitaker is a freelance
# garden writer based in Leeds."). Looked for only in a document's last paragraphs.
_WRITER = (
    r"(?:writer|editor|journalist|reporter|author|columnist|correspondent|contributor|blogger"
    r"|critic|reviewer)"
)
_BIO = (  # compiled where used, when first needed (re keeps it)
    r"(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+)*\s+(?P<surname>[A-Z][\w'’-]+)"
    rf"\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_WRITER}s?\b"
)
# How far from a document's end its bio may be: a disclaimer or a request may follow it.
BIO_PARAGRAPHS = 3
# A closing line is short: a label and a title, a request, or a disclaimer.
MAX_CLOSING_WORDS = 30
# What a pitch says that `_META_TEXT` may not: an address to go to, signing up, "today".
_PITCH = lazy(
    r"https?://|www\.|\w@\w|\b(?:sign(?:ing)?[\s-]?up|subscri\w*|download\w*|contact|newsletters?"
    r"|inbox|enrol\w*|regist(?:er|ration)\w*|join|today)\b",
    re.IGNORECASE,
)
# Text that speaks about the page or sells something rather than stating a fact.
_META_TEXT = (  # compiled where used, when first needed (re keeps it)
    r"\b(subscribe|sign\s+up|newsletter|book\s+(a|your)\s+\w+|schedule\s+(a|your)\s+\w+"
    r"|free\s+(consultation|trial|guide|download|session)|contact\s+(us|me)|click\s+(here|below)"
    r"|download\s+(our|the|your)|get\s+started|learn\s+more|enrol+\s+(now|today)"
    r"|register\s+(now|today)|our\s+(course|program|programme|workshop|coaching|services)"
    r"|can['’]?t\s+find\s+(your|the|an)\s+answer|still\s+(need|have)\s+(help|questions)"
    r"|our\s+(support\s+)?team\s+(replies|responds|answers|is\s+here)|get\s+in\s+touch"
    r"|(call|email|message)\s+us\b|chat\s+with\s+us"
    r"|(this|the)\s+(article|post|blog|guide|page|newsletter)\b|this\s+(file|changelog|document)\b"
    r"|the\s+following\s+([\w-]+\s+)?(sources|references|studies|citations))"
)
# The same pattern, case-sensitive: its letters are all lower-case, so in `text.lower()` it
# finds what `_META_TEXT` finds in `text` (sre tries an IGNORECASE pattern's alternatives one by
# one at every position: this is about 2.5x faster). Checked over every code point: `lower()`
# keeps each character one character, a word character or a space as it was, and maps it to a
# letter of the pattern exactly when IGNORECASE matches it to one, except İ and ı (to "i") and
# ſ (to "s"): text with those is left to `_META_TEXT`.
_META_LOWER = lazy(_META_TEXT)
_NOT_LOWERED = "\u0130\u0131\u017f"
CLOSING_SECTIONS = 2


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """What must not become a card: keys are `normalize_key` of the text."""

    blurbs: frozenset[str]
    closing_sections: frozenset[int]
    bios: frozenset[str] = frozenset()

    def is_blurb(self, text: str) -> bool:
        return normalize_key(text) in self.blurbs

    def is_bio(self, text: str) -> bool:
        """Whether `text` is the author's bio that closes the document (`_BIO`)."""
        return bool(self.bios) and normalize_key(text) in self.bios

    def is_meta(self, text: str) -> bool:
        return _is_meta(text)


def find_boilerplate(doc: Document) -> Boilerplate:
    """Find repeated blurbs and closing calls to action."""
    # Each paragraph's key and its sentences' keys, split and folded once.
    keyed = [
        (normalize_key(p.text), [normalize_key(s.text) for s in sentences(p.text)])
        for p in _paragraphs(doc)
    ]
    counts = Counter(key for key, _ in keyed)
    sentence_counts = Counter(part for _, parts in keyed for part in parts)
    blurbs = set()
    for key, parts in keyed:
        repeated_whole = counts[key] > 1 and len(parts) > 1
        all_parts_repeated = len(parts) > 1 and all(sentence_counts[p] > 1 for p in parts)
        if repeated_whole or all_parts_repeated:
            blurbs.add(key)
    last = len(doc.sections)
    closing = {
        index
        for index, section in enumerate(doc.sections)
        if index >= last - CLOSING_SECTIONS and not _is_lead(doc, index) and _is_closing(section)
    }
    return Boilerplate(frozenset(blurbs), frozenset(closing), _bios(doc))


def _bios(doc: Document) -> frozenset[str]:
    """The key of the author's bio, if `doc` ends on one (`_BIO`), only a disclaimer or a
    request after it: a name the rest of the document never mentions ("Jane Austen is the
    author of six novels" closes a page about her)."""
    if not doc.sections:
        return frozenset()
    for block in reversed(doc.sections[-1].blocks[-BIO_PARAGRAPHS:]):
        if not isinstance(block, Paragraph):
            return frozenset()
        if _is_meta(block.text) or is_closing_line(block.text) or _asks_to_act(block.text):
            continue
        if not (bio := re.match(_BIO, block.text)):
            return frozenset()
        surname = re.compile(rf"\b{re.escape(bio.group('surname'))}\b")
        if any(surname.search(p.text) for p in _paragraphs(doc) if p is not block):
            return frozenset()
        return frozenset({normalize_key(block.text)})
    return frozenset()


def _is_lead(doc: Document, index: int) -> bool:
    """Whether `doc.sections[index]` is the lead, under the document's title (which may read
    as an instruction: "Start Strength Training After 40")."""
    section = doc.sections[index]
    return index == 0 and section.level == 1 and section.heading == doc.title


def _is_closing(section: Section) -> bool:
    """Whether a body section only sells: all its text does (its lists' too; a table is no
    sale), or its heading calls to action and its text pitches (a first word alone misreads
    "Call Options")."""
    if section.role is not SectionRole.BODY:
        return False
    if _AUTHOR_HEADING.fullmatch(section.heading.strip()):
        return True  # who wrote the page, not what it says
    texts = [b.text for b in section.blocks if isinstance(b, Paragraph)]
    items = [item.text for b in section.blocks if isinstance(b, BulletList) for item in b.items]
    sells = [*texts, *items]  # a list's items too: "I hope this helped." under a dosage list
    prose = all(isinstance(block, (Paragraph, BulletList)) for block in section.blocks)
    if texts and prose and all(_is_meta(text) or _asks_to_act(text) for text in sells):
        return True
    if not (re.match(_CTA_HEADING, section.heading) or _CALL_TO_ACTION.match(section.heading)):
        return False
    return any(_PITCH.search(text) or _is_meta(text) or _asks_to_act(text) for text in sells)


def _paragraphs(doc: Document) -> Iterator[Paragraph]:
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield block
            elif isinstance(block, QuestionAnswer):
                yield from block.answer


def _asks_to_act(text: str) -> bool:
    """Whether a paragraph only asks the reader to act: each sentence a blog's request ("Leave
    a comment below") or an exclamation ("Happy baking!"), none a statement ("Print this
    recipe. It keeps for 3 months.")."""
    if not _CALL_TO_ACTION.match(text) or len(text.split()) > MAX_CLOSING_WORDS:
        return False
    return all(
        _CALL_TO_ACTION.match(part.text) or part.text.endswith(("!", "?"))
        for part in sentences(text)
    )


def is_closing_line(text: str) -> bool:
    """Whether a paragraph is a closing line: "Read more: …", "Related: …", "Share this", a
    blog's request ("Did you make this recipe? Leave a comment …"), or a disclaimer ("This
    article is for information only")."""
    if len(text.split()) > MAX_CLOSING_WORDS:
        return False
    return bool(_CLOSING_LINE.match(text) or _CALL_TO_ACTION.match(text) or _disclaims(text))


# A word each text `_DISCLAIMER` finds holds, in lower case: most text holds none, and `in` rules
# it out faster than the pattern's search (`_NOT_LOWERED`: the letters `lower()` does not fold
# as IGNORECASE does).
_DISCLAIMER_WORDS = ("disclaimer", "commission", "affiliate", "information", "advice")


def _disclaims(text: str) -> bool:
    if _lowers_as_ignorecase(text):
        lowered = text.lower()
        if not any(word in lowered for word in _DISCLAIMER_WORDS):
            return False
    return bool(re.search(_DISCLAIMER, text))


def _is_meta(text: str) -> bool:
    if not _lowers_as_ignorecase(text):
        return bool(re.search(_META_TEXT, text, re.IGNORECASE))
    return bool(_META_LOWER.search(text.lower()))


def _lowers_as_ignorecase(text: str) -> bool:
    """Whether `text.lower()` folds each letter as IGNORECASE does (`_NOT_LOWERED`): ASCII text
    does, found out without a scan."""
    return text.isascii() or not any(ch in text for ch in _NOT_LOWERED)
