"""What a heading makes of its section: its role (summary, FAQ, references, glossary,
troubleshooting), a timeline, a plan, a list of entries; and the sections read by their
heading (notes, answer keys).

Imports `patterns`, `document` and `lines`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from docdeck.document import BulletList, Paragraph, QuestionAnswer, Section, SectionRole
from docdeck.lines import reads_as_sentence
from docdeck.patterns import lazy

# Headings over lists of things to have, not facts: a recipe's ingredients, a project's kit,
# also numbered ("5. Materials") and two at once ("Equipment and Materials").
_ENTRY = r"(?:ingredients|materials|equipment|supplies|tools|reagents|apparatus|kit)"


_ENTRIES = lazy(
    rf"(?:\d+(?:\.\d+)*[.)]?\s+)?(?:the\s+)?(?:{_ENTRY}(?:\s*(?:,|and|&)\s*{_ENTRY})*"
    r"|shopping\s+list|packing\s+list"
    r"|what\s+you(?:['’]ll|\s+will)?\s+need|you(?:['’]ll|\s+will)\s+need)(?:\s+for\s+.{1,40})?",
    re.IGNORECASE,
)


def lists_entries(heading: str) -> bool:
    """Whether a section's heading heads a list of things to have (`_ENTRIES`)."""
    return _ENTRIES.fullmatch(heading.strip().rstrip(":")) is not None


# A study sheet's tips: for an exam or the field, each one a fact to know ("Tail-pumping on the
# ground means Palm Warbler"). Not a blog's "Tips" (a recipe's, a trip's): advice, not facts.
_TIPS = r"(exam|test|study|revision|field)\s+tips"


_SUMMARY = lazy(
    r"((the\s+)?(key|main|core|big|quick)\s+)?(takeaways?|points|insights|lessons|ideas|findings"
    r"|facts|things)(\s+(to\s+(remember|know)|at\s+a\s+glance))?"
    r"|(key|main|core|take[-\s]?home)\s+messages?"
    r"|summary\s+of\s+(the\s+)?(key|main)\s+(points|ideas|findings|messages)"
    r"|((quick|short|brief|executive|article|revision|chapter|lesson|unit|section|module)\s+)?summary"
    r"|in\s+summary|tl;?\s*dr|at\s+a\s+glance|(in\s+)?conclusions?"
    r"|in\s+brief|in\s+short|in\s+a\s+nutshell|recap"
    r"|the\s+short\s+version|(the\s+)?bottom\s+line|what\s+to\s+remember|highlights"
    r"|what\s+you\s+need\s+to\s+know"
    # A revision sheet's: "Remember", "Must know", "Must-know facts".
    r"|remember|must[-\s]know(\s+(facts|points))?"
    rf"|{_TIPS}"
)


_TIPS_HEADING = lazy(_TIPS)


def gives_tips(heading: str) -> bool:
    """Whether a summary's heading names a study sheet's tips (`_TIPS`): some of its items say
    how to study, not what to know."""
    return _TIPS_HEADING.fullmatch(_HEADING_TRIM.sub("", heading.strip().lower())) is not None


# A troubleshooting heading: each problem under it asks for its fix. "Common mistakes" and
# "Common pitfalls" are not: they are prose or lists of claims.
_TROUBLESHOOTING = (
    r"troubleshooting(?:\s+(?:tips|guide))?|common\s+(?:errors|problems|issues|error\s+messages)"
    r"|known\s+(?:issues|problems)"
)


# An FAQ heading may name its subject: "FAQ: Widget A", "Widget A — FAQ", "Widget A FAQs",
# "Frequently asked questions about Widget A".
_FAQ = lazy(
    r"(?:(?P<before>[^:]{1,60}?)(?:\s*[-–—:|]\s*|\s+))?"
    r"(frequently\s+asked\s+questions|faqs?|(common|interview|reader|readers'|customer)\s+questions"
    rf"|questions\s+and\s+answers|q\s*(&|and)\s*a|(?P<trouble>{_TROUBLESHOOTING})"
    r"|your\s+questions(,)?\s+answered"
    r"|people\s+also\s+ask|(review|practice|revision|exam|quiz|self[-\s]?test)\s+questions"
    r"|self[-\s]?test|quiz|check\s+your\s+understanding|test\s+yourself)(\s*\(faqs?\))?"
    r"(?:(?:\s*[-–—:|]\s*|\s+(?:about|on|for|from)\s+)(?P<after>.{1,60}))?"
)


# "Notes" may be body text: `with_notes_read` decides by what the section holds.
_REFERENCES = lazy(
    r"references|sources|bibliography|works\s+cited|citations|further\s+reading|(?:foot|end)?notes"
    r"|sources\s+and\s+further\s+reading|research\s+cited|studies\s+cited"
)


# A heading over a timeline: its entries dated by a month are events ("Milestones": "March 2024:
# version 2 ships"). Not a page's own history ("Page history": "March 2024: updated the dosage
# table"; boilerplate drops "Revision history").
_TIMELINE = lazy(
    r"\b(?:timelines?|(?<!page\s)histor(?:y|ies)"
    r"|milestones?|chronolog(?:y|ies)|key\s+(?:dates|events))\b",
    re.IGNORECASE,
)


def is_timeline_heading(heading: str) -> bool:
    """Whether a section's heading heads a timeline (`_TIMELINE`)."""
    return _TIMELINE.search(heading) is not None


# A heading over a plan: its dated entries are its days, not events ("Itinerary": "14 July 2025:
# train to Porto").
_PLAN = lazy(
    r"\b(?:itinerar(?:y|ies)|agendas?|timetables?|schedules?|day[-\s]by[-\s]day)\b", re.IGNORECASE
)


def plans(heading: str) -> bool:
    """Whether a section's heading heads a plan (`_PLAN`)."""
    return _PLAN.search(heading) is not None


# Numbering before a heading's words, punctuation after them.
_HEADING_TRIM = lazy(r"^[\d.\s]+|[\s:.\-–—]+$")


# Articles reuse a handful of headings ("Key Takeaways", "FAQ", "References") over and over.
@functools.lru_cache(maxsize=1024)
def section_role(heading: str) -> SectionRole:
    """Classify a heading by its wording alone (case, trailing colon and numbering ignored)."""
    words = _HEADING_TRIM.sub("", heading.strip().lower()).replace("’", "'")
    for role, pattern in (
        (SectionRole.SUMMARY, _SUMMARY),
        (SectionRole.FAQ, _FAQ),
        (SectionRole.REFERENCES, _REFERENCES),
    ):
        if pattern.fullmatch(words):
            return role
    return SectionRole.BODY


# The number of a part of a document: "Part 2", "Unit 3", "Chapter IV".
PART = r"(?:part|unit|section|chapter|lesson|module)\s+\w{1,4}"


# "Core Definitions", "Key Terms", "Basic Vocabulary".
_TERMS_QUALIFIER = r"(?:core|key|basic|important|essential|common|useful|main)"
# A heading over a list of terms and what they mean: each `Term: …` line under it defines one.
_GLOSSARY = lazy(
    rf"(?:\d+[.)]?\s+|{PART}\s*[:.–—-]\s*)?(?:glossary(?:\s+of\s+terms)?"
    rf"|(?:{_TERMS_QUALIFIER}\s+)?(?:definitions|terminology|vocabulary)|{_TERMS_QUALIFIER}\s+terms"
    r"|terms\s+(?:and|&)\s+definitions|jargon(?:\s+buster)?)"
)


def is_glossary_heading(heading: str) -> bool:
    """Whether a heading names a glossary ("Glossary", "Key terms:", "3. Definitions", "Part 2:
    Vocabulary")."""
    return bool(_GLOSSARY.fullmatch(heading.lower().rstrip(" :")))


# A controlled document's record of its own versions: page metadata, no fact about its subject.
_HISTORY = lazy(
    r"(?:document\s+)?(?:revision|version|change|amendment|edit)s?\s+(?:history|log|record)"
    r"|change\s?log|record\s+of\s+(?:changes|revisions|amendments)|document\s+(?:history|control)"
)


@functools.lru_cache(maxsize=1024)
def is_history_heading(heading: str) -> bool:
    """Whether a heading names the document's own history ("11. Revision History", "Change
    log", "Document control"): what is under it is page metadata, as a byline is."""
    return bool(_HISTORY.fullmatch(_HEADING_TRIM.sub("", heading.strip().lower())))


@functools.lru_cache(maxsize=1024)
def is_troubleshooting(heading: str) -> bool:
    """Whether an FAQ heading lists problems ("Troubleshooting", "Common errors", "Known
    issues"), which ask for their fixes when stated, not asked."""
    words = _HEADING_TRIM.sub("", heading.strip().lower()).replace("’", "'")
    match = _FAQ.fullmatch(words)
    return match is not None and match.group("trouble") is not None


def heading_subject(heading: str) -> str:
    """What a heading names: "Widget A" for "FAQ: Widget A" or "Widget A FAQs", nothing for a
    bare FAQ heading, the heading itself (less numbering) for any other."""
    text = _HEADING_TRIM.sub("", heading.strip())
    words = text.lower().replace("’", "'")
    match = _FAQ.fullmatch(words)
    # Offsets in `words` are offsets in `text` unless lower() changed the length ("İ").
    if match is None or len(words) != len(text):
        return text
    group = "before" if match.group("before") else "after"
    return text[match.start(group) : match.end(group)].strip() if match.group(group) else ""


# A heading over the answers to the questions before it, in their order: a textbook's
# "Answers", "Answer key", "Answers to review questions", "Solutions".
_ANSWER_KEY = lazy(
    r"(?:suggested\s+|model\s+)?(?:answers?(?:\s+key)?|solutions?|answer\s+key)"
    r"(?:\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:questions|exercises|problems|quiz(?:zes)?))?"
)


# A heading over notes: footnotes and citations in an article, the main text in lecture notes
# (`with_notes_read`).
_NOTES = lazy(r"(?:foot|end)?notes")


# What marks a note as a citation or a footnote, anywhere in it: "Ibid.", "op. cit.", a link,
# a DOI, "Retrieved from"; or opening it: a footnote's mark ("[^1]", "*", "†", "¹", the "^ " a
# copied encyclopedia note opens on), an author's name before initials or a year ("Smith, J.
# …", "Smith and Jones (2019)", "Smith et al. 2019"), "See"/"Cf." before a name.
_CITES = (  # compiled where used, when first needed (re keeps it): only a Notes section's
    r"(?i:\b(?:ibid|op\.\s?cit|doi|retrieved\s+from)\b|https?://|\bwww\.)"
    r"|^\s*(?:\[\^?\w{1,4}\]|\^[\d\s]|[*†‡¹²³⁴⁵⁶⁷⁸⁹]|(?:See|Cf\.)\s+[A-Z]"
    r"|[A-Z][\w'’-]+(?:,\s+[A-Z]\.|(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?"
    r"(?:,\s+\(?|\s+\()\d{4}\b))"
)


# A page pointer ("p. 23", "pp. 4–7"): a citation in a short note ("Campbell, p. 23").
_PAGES = lazy(r"\bpp?\.\s?\d")


# A note this short that names a work is a reference when the notes close the document
# ("Campbell Biology, 11th ed.", `_names_work`); lecture notes state things.
MAX_REFERENCE_WORDS = 12


def with_notes_read(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """`sections`, each under a notes heading ("Notes", "Footnotes", "Endnotes": references
    while reading) body text when its notes are prose, as lecture notes are: fewer than half of
    them citations or footnotes (`_cites`) and, in the last section, not all short names of
    works (`_names_work`)."""
    kept = list(sections)
    for at, section in enumerate(sections):
        if section.role is not SectionRole.REFERENCES or not _NOTES.fullmatch(
            _HEADING_TRIM.sub("", section.heading.strip().lower())
        ):
            continue
        notes = [block.text for block in section.blocks if isinstance(block, Paragraph)]
        notes += (
            item.text
            for block in section.blocks
            if isinstance(block, BulletList)
            for item in block.items
        )
        cites = sum(_cites(note) for note in notes)
        if not notes or 2 * cites >= len(notes):
            continue
        if at == len(sections) - 1 and all(_names_work(note) for note in notes):
            continue
        kept[at] = replace(section, role=SectionRole.BODY)
    return tuple(kept) if kept != list(sections) else sections


def _names_work(note: str) -> bool:
    """Whether a note is short and names a work, as a title does: more than half its long words
    capitalised ("Campbell Biology, 11th edition", "Raven, Biology of Plants"), no sentence."""
    words = note.split()
    long = [word for word in words if len(word) > 3]
    return (
        len(words) <= MAX_REFERENCE_WORDS
        and 2 * sum(word[0].isupper() or word[0].isdigit() for word in long) > len(long)
        and not reads_as_sentence(note)
    )


def _cites(note: str) -> bool:
    """Whether a note is a citation or a footnote (`_CITES`), or a short one points to a page."""
    return bool(re.search(_CITES, note)) or (
        len(note.split()) <= MAX_REFERENCE_WORDS and bool(_PAGES.search(note))
    )


def with_answer_key(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """`sections`, where a section of questions with no answers is followed by an answer key
    (`_ANSWER_KEY`) with one list item or paragraph for each of them: the questions answered by
    the key's items in order, and the key left out (its text is in the answers). Questions and
    key as they were when their numbers differ."""
    kept = list(sections[:1])
    for key in sections[1:]:
        heading = key.heading.lower()
        if ("answer" in heading or "solution" in heading) and (  # few headings
            answered := _answered(kept[-1], key, heading)
        ):
            kept[-1] = answered
        else:
            kept.append(key)
    return tuple(kept) if len(kept) < len(sections) else sections


def _answered(asked: Section, key: Section, heading: str) -> Section | None:
    """`asked`, its questions answered by the answer key `key` (`with_answer_key`), or None."""
    if not _ANSWER_KEY.fullmatch(_HEADING_TRIM.sub("", heading.strip()).replace("’", "'")):
        return None
    if not asked.blocks or not all(
        isinstance(block, QuestionAnswer) and not (block.answer or block.code)
        for block in asked.blocks
    ):
        return None
    answers: list[Paragraph] = []
    for block in key.blocks:
        if isinstance(block, BulletList):
            answers += (Paragraph(item.text, item.span, item.marks) for item in block.items)
        elif isinstance(block, Paragraph):
            answers.append(block)
        else:
            return None
    if len(answers) != len(asked.blocks):
        return None
    questions = [block for block in asked.blocks if isinstance(block, QuestionAnswer)]
    blocks = tuple(
        QuestionAnswer(qa.question, (answer,), qa.span)
        for qa, answer in zip(questions, answers, strict=True)
    )
    return Section(asked.heading, asked.level, asked.role, blocks, asked.span)


# A study guide's heading over quotations to learn, each a speaker's words: "Key Quotes",
# "Important Quotations", "Quotes to Learn", "Famous Quotes", "Key Quotes: Act 1". Not a
# price's ("Get a Quote", "Comparing Insurance Quotes") nor a shop's testimonials.
_QUOTATIONS = lazy(
    r"(?:(?:key|important|famous|notable|memorable|significant|essential|useful|main|major"
    r"|best|favou?rite|selected|top|great|more|other|further)\s+)?(?:quotes|quotations)"
    r"(?:\s+(?:to\s+(?:learn|know|remember)|(?:and|&)\s+(?:analysis|their\s+meanings?)"
    r"|explained|analy[sz]ed|(?:by|from|for|in|on)\s+.{1,60}))?(?:\s*[:–—-]\s*.{1,60})?"
)


@functools.lru_cache(maxsize=1024)
def lists_quotations(heading: str) -> bool:
    """Whether a section's heading heads quotations to learn (`_QUOTATIONS`)."""
    words = heading.lower()
    return "quot" in words and bool(
        _QUOTATIONS.fullmatch(_HEADING_TRIM.sub("", words.strip()).replace("’", "'"))
    )
