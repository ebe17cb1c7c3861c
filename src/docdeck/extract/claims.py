"""Cloze notes: key-takeaway bullets, and firm statements in the prose.

Imports `document`, `notes` and the `extract` helpers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from docdeck.document import (
    BulletList,
    Paragraph,
    Section,
    SectionRole,
    SourceSpan,
)
from docdeck.extract.boilerplate import is_closing_line
from docdeck.extract.cloze import (
    Target,
    choose,
    find_mark,
    is_firm,
    recurring,
    repeated,
    restated,
    says_of_subject,
    states_formula,
)
from docdeck.extract.context import Context
from docdeck.extract.quantities import (
    DIGIT,
    QUANTITY,
    frame_end,
    reports_date,
    sizes_a_thing,
    states_quantity,
    tells_time,
)
from docdeck.extract.quotations import quotation_speaker
from docdeck.extract.references import (
    COUNTED,
    DEMONSTRATIVES,
    LISTED_COUNTS,
    NO_NAMES,
    anticipates,
    bare_member,
    counted_list,
    dangling,
    heading_thing,
    leans,
    measure_of_before,
    named_person,
    named_subject,
    names_its_subject,
    one_of_a_kind,
    opening_subject,
    points_to,
    put_for,
    ranks_clipped,
    reader_takes_subject,
    there_counts,
)
from docdeck.extract.statements import (
    MAX_DRUG_FACT_CHARS,
    acts_by_means,
    defined_subject,
    defined_term,
    defines_by_contrast,
    defines_condition,
    drug_fact_span,
    instruction_end,
    is_bare_definition,
    is_plural_definition,
    product_span,
    reversal_span,
    reverses_drug,
    states_composition,
    states_denial,
    states_direction,
    states_duty,
    unit_span,
)
from docdeck.extract.subjects import with_paths
from docdeck.extract.text import (
    FIRST_PERSON,
    GENERIC_SUBJECTS,
    PRONOUNS,
    QUOTED,
    SINGULAR_FIRST_PERSON,
    WE_DID,
    Sentence,
    clip,
    sentences,
    without_labels,
    word_count,
)
from docdeck.extract.words import ARTICLES, NOT_TERM, function_word
from docdeck.headings import (
    gives_tips,
    is_glossary_heading,
    is_timeline_heading,
    lists_entries,
    lists_quotations,
    plans,
)
from docdeck.layouts import short_items, vocabulary
from docdeck.lines import (
    dated_entry,
    entry_date,
    scheduled,
    statement_label,
)
from docdeck.notes import NoteDraft, NoteKind, cloze, cloze_markup, escape, normalize_key
from docdeck.patterns import lazy

MIN_CLAIM_WORDS = 8


# A sentence that states a quantity or an event's date says enough in fewer: "Each tablet
# contains 5 mg of X.", "Valdivia founded Santiago in 1541."
MIN_QUANTITY_CLAIM_WORDS = 5


# A glossary line defines its term in a few words: "RAM: random-access memory."
MIN_DEFINITION_WORDS = 3


# The articles a singular definition has and its plural drops ("A prokaryote is a …").
PLURAL_ARTICLES = 2


# The article a singular definition's noun goes without ("Sciatica is pain along …").
BARE_ARTICLES = 1


# A subject classed by a contrast says it in as few: "Bats are mammals, not birds."
MIN_CONTRAST_DEFINITION_WORDS = 5


# A named thing's means says it in as few: "Warfarin works by blocking vitamin K."
MIN_MEANS_CLAIM_WORDS = 6


# Past this a claim is condensed (asides dropped); past MAX_CLAIM_WORDS it is skipped.
LONG_CLAIM_WORDS = 30


MAX_CLAIM_WORDS = 45


# A claim's context reaches this far either side: the whole of any ordinary paragraph, while a
# paragraph of thousands of sentences costs linear time, not a copy of itself per claim.
CONTEXT_CHARS = 1000


# "Suppose you invest …", "Imagine a town of …", "Let's say …", "Worked example: …", "Example:
# …", "For example: …", "Example 2: …": the set-up of an example. "Consider", "Take" and
# "Picture" set one up only before a case ("the case of", "two savers who", "a household that",
# "you invest"); before a thing they advise ("Consider a fixed-rate mortgage if …", "Take two
# tablets with water …").
_CASE = (
    r"(?:consider|take|picture)\s+(?:the\s+(?:case|example)\s+of"
    r"|(?:this|an?|the\s+following)\s+(?:simple\s+)?(?:example|case|scenario)"
    r"|(?:two|three|four|five|ten)\s+[a-z]+\s+(?:who|whose|that|each|both)"
    r"|(?:an?\s+)?(?:someone|somebody|person|couple|family|saver|investor|borrower|household"
    r"|student|worker|patient|company|firm|business)\s+(?:who|whose|that|earning|aged)"
    r"|you\s+(?:invest|buy|borrow|have|earn|save|put|are))"
)


_HYPOTHETICAL = lazy(
    r"^[\"“(]?(?:(?:now|and|but|so|then|next|instead),?\s+)?(?:suppose|supposing|imagine|picture\s+(?:this|a|an|yourself)|pretend"
    rf"|{_CASE}"
    r"|say\s+(?:you|we|someone|somebody|a|an|your|that)|let[’']s\s+(?:say|assume|suppose|imagine)"
    r"|let\s+us\s+(?:say|assume|suppose|imagine)|assume\s+(?:you|that|we)"
    r"|if\s+you\s+were\s+to|what\s+if)\b|^(?:(?:a\s+)?worked\s+|for\s+)?example(?:\s+\d+)?\s*:",
    re.IGNORECASE,
)


# Whose words a sentence in the first person holds when they are not the author's: a quotation's
# speaker, named after it ("…," said Dr. Smith / "…," Dr. Smith said), before it (Dr. Smith
# said, "…") or as its source (According to the WHO, …).
_SPEECH = (
    r"(?:said|says|told|tells|explained|explains|noted|notes|added|adds|wrote|writes|recalled"
    r"|recalls|argued|argues|warned|warns|observed|observes|stated|states|reported|reports"
    r"|insisted|insists|admitted|admits|remarked|remarks|concluded|concludes)"
)


_SAID_AFTER = (  # compiled where used, when first needed (re keeps it)
    rf"[\"”]\s*(?:{_SPEECH}\s+(?P<after>[^,;:\"“”]+)|(?P<before>[^,;:\"“”]+?)\s+{_SPEECH}\b)"
)


# Compiled where used, when first needed (re keeps it), as `_SAID_AFTER`.
_SAID_BEFORE = rf"^(?P<who>[^,;:\"“”]+?)\s+{_SPEECH}\b[^\"“”]*[\"“]"


_ACCORDING = lazy(r"^(?:according\s+to|in\s+the\s+words\s+of)\s+(?P<who>[^,]+),", re.I)


# A quotation signed after its end: "… a year. — Dr. Jane Smith, Sleep Clinic".
_SIGNED = lazy(r"[.!?…][\"”]?\s+[—–]\s*(?P<by>[^,;]+)")


# A sentence that is nothing but an attribution: "Dr. Smith said." after a quotation.
_ATTRIBUTION = (  # compiled where used, when first needed (re keeps it)
    rf"^(?:(?P<who>[^,;:\"“”]+?)\s+{_SPEECH}|{_SPEECH}\s+(?P<after>.+?))\W*$|^[—–-]\s*(?P<by>[^,;]+)"
)


MAX_SPEAKER_WORDS = 8


# The next sentence names a quotation's speaker in a few words ("Dr. Smith said.") or ends the
# quotation and names them: a longer one is not read for that.
MAX_ATTRIBUTION_CHARS = 300


_NO_NAME = PRONOUNS | {"one", "someone", "somebody"}


# Asides a long claim can lose without losing its point, tried in this order. A dash before a
# figure joins a range ("over 2010 – 2015", "10 am – 4 pm"): dropping it left "rose by 40% over
# the period 2010."
_ASIDES = (
    lazy(r",\s+(?:whose|which|who|where)\b[^,;—–]*,"),
    lazy(r"\s+[—–]\s+(?!\d)[^—–]*$"),
    lazy(r",\s+(?:\w+ing|meaning|as|while|whereas)\b[^,]*(?:,[^,]*)*$"),
)


def extract_takeaways(ctx: Context, seen: dict[str, NoteDraft]) -> list[NoteDraft]:
    """One cloze per bullet under a summary heading, the exact bullet text; and per line of
    one written as a list without bullets (`_summary_lines`)."""
    drafts = []
    for section in ctx.doc.sections:
        if section.role is not SectionRole.SUMMARY:
            continue
        lines = _summary_lines(ctx, section)
        tips = gives_tips(section.heading)
        for index, block in enumerate(section.blocks):
            if isinstance(block, BulletList):
                if _carded_whole(section, index):
                    continue  # one card asks for them all, with their lead-in (`_listing`)
                items = [
                    (item.text, item.span, item.marks, item.label, item.code)
                    for item in block.items
                ]
            elif index in lines:
                items = lines[index]
            else:
                continue
            before = ""  # the takeaway before, as carded
            for item_text, item_span, item_marks, item_label, item_code in items:
                text = without_clause_number(item_text)
                if text.startswith(("It ", "Its ", "They ", "Their ")) and not anticipates(text):
                    # "- It becomes fast above 140 °C" under "- The Maillard reaction is …":
                    # the thing the takeaway before names, as a sentence's (`named_subject`).
                    if not (subject := before and named_subject(text, before, before)):
                        if not ctx.skipped_by_spec(text, item_span):
                            ctx.skip(
                                f"takeaway '{clip(text)}' leans on the one before it", item_span
                            )
                        before = ""
                        continue
                    text = subject
                before = text
                key = normalize_key(text)
                if ctx.skipped_by_spec(text, item_span):
                    continue
                if key in seen:
                    ctx.skip("takeaway repeats an earlier one", item_span)
                    continue
                if is_closing_line(text):  # "See also …", "Read more: …"
                    ctx.skip(f"takeaway '{clip(text)}' points elsewhere", item_span)
                    continue
                if tips and _studying(text):
                    ctx.skip(f"tip '{clip(text)}' says how to study, not what to know", item_span)
                    continue
                # "Mars has two small moons, Phobos and Deimos": the count gives itself away
                # beside its list, so the list is asked for, as a claim's is; unless the writer
                # emphasised what to hide.
                listed = "" if item_marks else counted_list(text)
                draft = _cloze_note(
                    ctx,
                    NoteKind.TAKEAWAY,
                    section,
                    item_span,
                    text,
                    item_marks,
                    "",
                    True,
                    item_label,
                    listed,
                    item_code,
                )
                if draft:
                    seen[key] = draft
                    drafts.append(draft)
    return drafts


# A study tip's opening verb that asks the learner to study ("Learn the call notes; …", "Know
# the order of …"): the card hid the verb or a word of what to study.
_STUDY_VERBS = frozenset(
    "learn know memorize memorise study review revise practise practice remember".split()
)


# A tip about the exam itself: "Essay question will likely be about …", "… the exam tests the
# difference"; or about how it is marked and answered: "Show every step in calculation
# questions; partial credit is given.", "a 6-mark question", "Lose marks for …", "Read the whole
# paper first", "Underline the key words in each answer"; or about how it is written: "Always
# give evidence for your argument.", "Restate the question in your introduction", "Always
# support a point with a date or a named example.", "Back up each point with evidence", "Give a
# named example for each factor". Not a subject's own "credit", "answer" or "question": "A tax
# credit reduces the tax you owe", "The answer is 42"; nor its "point": "a boiling point".
_ABOUT_EXAM = lazy(
    r"\b(?:exams?|essays?|examiners?|markers?|mark\s+schemes?"
    r"|(?:partial|full|extra)\s+(?:credit|marks)|\d+[-\s]marks?"
    r"|(?:lose|lost|losing|drop|dropped|gain|earn|score|get|pick\s+up)\s+(?:\w+\s+)?marks"
    r"|(?:calculation|multiple[-\s]choice|short[-\s]answer|long[-\s]answer|data|source|extended)"
    r"\s+(?:response\s+)?questions?"
    r"|(?:your|each|every)\s+answers?|(?:whole|question|answer|exam)\s+paper|paper\s+\d"
    r"|your\s+(?:arguments?|introductions?|conclusions?|paragraphs?)"
    r"|(?:support|back\s+up|develop|explain|prove)\s+(?:a|each|every|your)\s+points?"
    r"|(?:each|every|your)\s+points?\s+with|(?:named|specific|precise)\s+examples?"
    r"|show\s+(?:your|all|every)\s+(?:working|work|steps?))\b",
    re.IGNORECASE,
)


# The words one of `_ABOUT_EXAM`'s needs: a tip with none is a fact, not read.
_EXAM_WORDS = (
    *("exam", "essay", "mark", "credit", "question", "answer", "paper", "show"),
    *("argument", "introduction", "conclusion", "paragraph", "point", "example"),
)


def _studying(tip: str) -> bool:
    """Whether a study sheet's tip says how to study or what the exam asks, not a fact."""
    words = tip.split(maxsplit=2)
    if words[0].lower() in _STUDY_VERBS and words[1:2] != ["that"]:  # "Remember that …": a fact
        return True
    folded = tip.lower()
    return any(word in folded for word in _EXAM_WORDS) and _ABOUT_EXAM.search(tip) is not None


# A takeaway's text, span, marks, label and code spans.
_Line = tuple[str, SourceSpan, tuple[str, ...], str, tuple[str, ...]]


def _summary_lines(ctx: Context, section: Section) -> dict[int, list[_Line]]:
    """A summary's list written without bullets, one sentence to a line: plain text's lines
    under "Key facts", or a Markdown paragraph's lines. Each line is a takeaway, as a bullet
    is; by the index of its paragraph. Only a run of two lines or more, each one sentence,
    with no blank line between: paragraphs of one sentence each are prose, their firm
    sentences claims."""
    found: dict[int, list[_Line]] = {}
    run: dict[int, list[_Line]] = {}
    for index, block in enumerate((*section.blocks, None)):
        lines = _sentence_lines(ctx, block) if isinstance(block, Paragraph) else None
        last = run[index - 1][-1][1].line if index - 1 in run else None
        if lines and (last is None or lines[0][1].line == last + 1):
            run[index] = lines
            continue
        if sum(map(len, run.values())) >= MIN_SUMMARY_LINES:
            found.update(run)
        run = {index: lines} if lines else {}
    return found


MIN_SUMMARY_LINES = 2


def _sentence_lines(ctx: Context, paragraph: Paragraph) -> list[_Line] | None:
    """Each line of `paragraph` when every line is one whole sentence, else None."""
    if paragraph.term or paragraph.quoted:
        return None
    starts = (0, *paragraph.breaks)
    if [s.start for s in sentences(paragraph.text, ctx.names, paragraph.breaks)] != list(starts):
        return None
    lines = []
    for at, (start, end) in enumerate(
        zip(starts, (*paragraph.breaks, len(paragraph.text)), strict=True)
    ):
        text = paragraph.text[start:end].strip()
        if not text.endswith((".", "!")):
            return None
        span = SourceSpan(paragraph.span.path, paragraph.span.line + at)
        label = paragraph.label if start == 0 else ""
        marks = tuple(m for m in paragraph.marks if m in text)
        lines.append((text, span, marks, label, tuple(c for c in paragraph.code if c in text)))
    return lines


def extract_claims(ctx: Context, seen: dict[str, NoteDraft]) -> list[NoteDraft]:
    """Quantities, contrasts and definitions from body prose; one card per distinct sentence."""
    drafts = []
    for index, (section, path) in enumerate(with_paths(ctx.doc.sections)):
        if section.role is SectionRole.REFERENCES:
            continue
        # "Pros" under "Sony WH-1000XM5": its items name what they are pros of.
        of = _facet_of(ctx, section, path)
        forbids = _forbidding(section.heading)
        entries = lists_entries(section.heading)
        planned = plans(section.heading)
        timeline = is_timeline_heading(section.heading)  # a month dates an entry ("July 1789 — …")
        quotes = lists_quotations(section.heading)  # "Key Quotes"
        if index in ctx.boilerplate.closing_sections:
            if section.blocks and not ctx.skipped_by_spec(section.heading, section.span):
                ctx.skip(f"closing section '{section.heading}' is not carded", section.span)
            continue
        lead = ""  # the lead-in a list's items complete ("Do not take it if you:")
        scope = ""  # the scope a list's items are said in ("In a series circuit,")
        colon = False  # the paragraph before ends in ":": its list's items belong to it
        # A summary's lines written without bullets are its takeaways (`extract_takeaways`).
        listed = _summary_lines(ctx, section) if section.role is SectionRole.SUMMARY else {}
        carded = -1  # the list carded whole with its lead-in (`_listing`)
        for index, block in enumerate(section.blocks):
            if index in listed:
                continue
            if index == carded:
                lead, colon, scope = "", False, ""
                continue
            if quotes and isinstance(block, Paragraph) and (lines := _quotation_lines(block)):
                for text, span in lines:  # "Key Quotes": each asks who says it
                    drafts.extend(_quotation_card(ctx, section, text, span, seen) or [])
                lead, colon, scope = "", False, ""
                continue
            if isinstance(block, Paragraph):
                lead, colon = _lead_in(block.text), block.text.endswith(":")
                scope = _scope(block.text)
                after = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
                paragraph = block
                opener, items = _asked_whole(block.text, lead, after)
                if opener and (items or (lead and _completed(after))):  # carded with its items
                    paragraph = replace(block, text=block.text[: -len(opener) - 1].rstrip())
                if paragraph.text and not _boilerplate(ctx, block):
                    # A timeline's line in plain text ("1440 – Gutenberg develops his press")
                    # is a paragraph of its own: its date the answer, as a list item's is.
                    if not (paragraph.term or paragraph.breaks or planned) and (
                        date := entry_date(paragraph.text, timeline)
                    ):
                        paragraph = replace(paragraph, term=date)
                    drafts.extend(_paragraph_claims(ctx, section, paragraph, seen))
                if items:  # "The main symptoms of flu are: [...]", the items the answer
                    span = SourceSpan(block.span.path, block.line_at(len(block.text) - 1))
                    listing = Paragraph(f"{opener}: {items}", span, label=f"{opener}:", term=items)
                    drafts.extend(_paragraph_claims(ctx, section, listing, seen))
                    carded = index + 1
            elif (
                isinstance(block, BulletList)
                and section.role is not SectionRole.SUMMARY
                and not entries  # "3 ripe bananas, mashed (about 300 g)": an ingredient
            ):
                # A list outside a summary (release notes, steps, tips): each item a claim
                # if it is a firm sentence; a short one is a list entry, not reported. An
                # item in lower case completes the lead-in ("… if you are in the last …"), or
                # is a fragment of the sentence before ("what to bring: - your ID"): no claim.
                terms = vocabulary(block, is_glossary_heading(section.heading))
                # A list whose every item opens with a date is a timeline, whatever its heading.
                months = timeline or all(dated_entry(item.text, True) for item in block.items)
                for number, item in enumerate(block.items):
                    if item.task or scheduled(item.text):  # to-dos and timetables
                        continue
                    if planned and dated_entry(item.text, True):  # "14 July 2025: train to Porto"
                        continue
                    if (
                        quotes
                        and (said := _quotation_card(ctx, section, item.text, item.span, seen))
                        is not None
                    ):
                        drafts.extend(said)
                        continue
                    text = without_clause_number(item.text)
                    length = len(text)  # the item ends the text, whatever comes before it
                    completion = None  # the answer in an item that completes its lead-in
                    if text[:1].islower() and colon:
                        if not lead:
                            continue
                        completion = _completion(lead, text, item.marks)
                        text = f"{lead} {text}"
                    elif scope and not item.label and _scoped(text):
                        text = f"{scope} {text}"
                    text = f"{of}: {text}" if of else text
                    if forbids and not _FORBIDS.match(text):
                        text = f"{forbids}: {text}"
                    # "14 July 1789: storming of the Bastille": a card however short, its date
                    # the answer, as a timeline's day is (`outline`), whatever the other items.
                    # After a label too: an outline's name ("Russia: [...]: Bolsheviks seize
                    # power"); "**14 July 1789:** …" is a label that is the date.
                    date = entry_date(text, months) or ""
                    if not date and item.label and text.startswith(item.label):
                        date = entry_date(text[len(item.label) :].lstrip(), months) or ""
                    label = item.label or (text[: len(scope)] if text.startswith(scope) else "")
                    if completion and not date:  # the words before it label it, as "Tip:" does
                        start, end = (at + len(text) - length for at in completion)
                        date, label = text[start:end], text[:start].rstrip()
                    # "la cocina — the kitchen": a vocabulary item asks for its term.
                    term = date or (terms[number] if terms else "")
                    paragraph = Paragraph(
                        text, item.span, item.marks, label=label, term=term, code=item.code
                    )
                    drafts.extend(_paragraph_claims(ctx, section, paragraph, seen, True))
                lead, colon, scope = "", False, ""
            else:
                lead, colon, scope = "", False, ""
    return drafts


# The scope a list's items are said in, that the paragraph above opens its last sentence on:
# "In a series circuit, components are connected one after another …" or "In a parallel
# circuit:" over "- The current splits between the branches." A kind ("a", "an") of a few
# words: "In 1990, …" or "In the UK, …" is no kind a list's sentences each hold for, nor is
# a manner of speaking: "In a nutshell, …", "In a word:".
_SCOPE = lazy(
    r"In\s+an?\s+(?!(?:nutshell|word|sense|way|manner|moment|hurry|while|bit|minute|few)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:,\s|:$)"
)


# The words a list's sentence opens on that its scope goes before: "The current is …" → "In a
# series circuit: The current is …"; "Ohm's law …" or "Fuses …" are left as they are.
_SCOPED_OPENERS = ("The ", "Each ", "Every ", "All ", "Both ")


def _scope(text: str) -> str:
    """The scope (`_SCOPE`) the last sentence of a paragraph of `text` opens on, as a label
    ("In a series circuit:"); "" for any other paragraph."""
    if "In a" not in text:
        return ""  # most paragraphs: no pattern run
    last = sentences(text)[-1].text
    if not (found := _SCOPE.match(last)):
        return ""
    return f"{found.group().rstrip().rstrip(',:')}:"


def _scoped(text: str) -> bool:
    """Whether a list item's `text` is a sentence said in the scope of the paragraph above it
    (`_scope`), that its card states before it as a label: "In a series circuit: The current is
    the same at every point." """
    return text.startswith(_SCOPED_OPENERS) and text.endswith(".")


def _quotation_lines(paragraph: Paragraph) -> list[tuple[str, SourceSpan]] | None:
    """A paragraph under a heading over quotations (`lists_quotations`) that is quotations with
    their attributions (`quotation_speaker`): the whole of it, or each of its lines (plain
    text's, a Markdown paragraph's). None for any other paragraph."""
    if quotation_speaker(paragraph.text) is not None:
        return [(paragraph.text, paragraph.span)]
    if not paragraph.breaks:
        return None
    starts = (0, *paragraph.breaks)
    ends = (*paragraph.breaks, len(paragraph.text))
    lines = [
        (
            paragraph.text[start:end].strip(),
            SourceSpan(paragraph.span.path, paragraph.line_at(start)),
        )
        for start, end in zip(starts, ends, strict=True)
    ]
    return lines if all(quotation_speaker(text) is not None for text, _ in lines) else None


def _quotation_card(
    ctx: Context, section: Section, text: str, span: SourceSpan, seen: dict[str, NoteDraft]
) -> list[NoteDraft] | None:
    """Under a heading over quotations (`lists_quotations`), the card of a quotation with its
    attribution: the quotation whole, its speaker hidden (`quotation_speaker`), never split
    into sentences nor read as the author's "I"; none when it names no speaker. None for text
    that is no such quotation: it is read as any other."""
    if (speaker := quotation_speaker(text)) is None:
        return None
    if ctx.skipped_by_spec(text, span):
        return []
    if speaker == (0, 0):  # '"So we beat on …" (the last line of the novel)'
        ctx.skip(f"quotation '{clip(text)}' names no speaker", span)
        return []
    if (key := normalize_key(text)) in seen:
        ctx.skip("quotation repeats an earlier one: carded once", span)
        return []
    term = text[speaker[0] : speaker[1]]
    draft = _cloze_note(ctx, NoteKind.CLAIM, section, span, text, (), "", False, "", term)
    if not draft:
        return []
    seen[key] = draft
    return [draft]


# Headings that name a facet of what the heading above them names: "Pros" of a product,
# "Changed" in a release ("## [2.0.0] - 2024-03-01" › "### Changed", as Keep a Changelog has it).
_FACET = lazy(
    r"(?:the\s+)?(?:pros|cons|advantages|disadvantages|strengths|weaknesses|benefits|drawbacks"
    r"|downsides|upsides|good|bad|what\s+we\s+(?:liked|didn['’]t\s+like|loved|disliked)"
    r"|added|changed|fixed|removed|deprecated|security|bug\s+fixes|improvements|new\s+features)",
    re.IGNORECASE,
)


def _facet_of(ctx: Context, section: Section, path: tuple[Section, ...]) -> str:
    """ "Sony WH-1000XM5 — Pros" for a facet heading: under the heading that names what it is a
    facet of, or else the page's title ("Our verdict after three weeks" names no product); ""
    for any other section."""
    if not _FACET.fullmatch(section.heading.strip().rstrip(":")):
        return ""
    subject = path[-2].heading.strip() if len(path) > 1 else ""  # "2.0.0": not numbering
    if not subject or len(subject.split()) > MAX_SUBJECT_WORDS or _NOT_A_SUBJECT.search(subject):
        subject = ctx.doc.title
    return f"{subject} — {section.heading.strip().rstrip(':')}"


# A heading that forbids what its list's items say, as a health page heads them: "Don't", "Do
# not", "Avoid", "What not to do". "take more than 2 tablets in 24 hours" under it was carded
# as if to do it; its items keep the heading ("Don't: take more than …"), unless one says it.
_FORBIDS = lazy(r"(?:do\s+not|don['’]?t|never)\b", re.IGNORECASE)


_FORBIDDING = lazy(
    r"(?:do\s+not|don['’]?ts?|never|avoid|(?:things|what)\s+(?:to\s+avoid|not\s+to\s+do))",
    re.IGNORECASE,
)


def _forbidding(heading: str) -> str:
    """The heading, if it forbids what its items say (`_FORBIDDING`); "" otherwise."""
    heading = heading.strip().rstrip(":").strip()
    return heading if _FORBIDDING.fullmatch(heading) else ""


# A heading that names a product or a choice is short; one that says what follows is not one.
MAX_SUBJECT_WORDS = 4


_NOT_A_SUBJECT = lazy(r"\b(?:pros|cons|verdict|review|summary|our|my)\b", re.IGNORECASE)


def _completed(block: object) -> bool:
    """Whether `block` is a list whose items complete the lead-in before it: one in lower
    case ("- are in the last 3 months of pregnancy")."""
    return isinstance(block, BulletList) and any(
        without_clause_number(item.text)[:1].islower() for item in block.items
    )


# The last word of a lead-in whose items are each a clause or a step of their own, carded
# each with it: "Do not take it if you:", "To bring a fever down you should:", "We found that:".
_CLAUSE_LEADS = frozenset(
    "you we they it he she i should must will can may might need to that if when which who"
    " because".split()
)


MIN_LISTED_ITEMS = 2


def _carded_whole(section: Section, index: int) -> bool:
    """Whether the list at `index` is carded whole with the lead-in above it (`_listing`)."""
    above = section.blocks[index - 1] if index else None
    if not isinstance(above, Paragraph) or not above.text.endswith(":"):
        return False
    return _asked_whole(above.text, _lead_in(above.text), section.blocks[index])[1] is not None


def _asked_whole(text: str, lead: str, block: object) -> tuple[str, str | None]:
    """The lead-in a paragraph of `text` ends on, and the items of the list `block` after it
    that one card asks for (`_listing`). `lead`: `_lead_in(text)`; "Flu has four main
    symptoms:" over four items is a lead-in too, for a list (`_counted_lead`)."""
    opener = lead or _counted_lead(text, block)
    return opener, _listing(opener, block)


def _listing(lead: str, block: object) -> str | None:
    """The items of a list of short entries (`short_items`) that completes `lead` ("The main
    symptoms of flu are:"), as one answer: a card asks for them all, as a labelled list's
    does. None for a list of sentences or steps, or of clauses that each complete the lead-in
    (`_CLAUSE_LEADS`)."""
    if not lead or not isinstance(block, BulletList) or len(block.items) < MIN_LISTED_ITEMS:
        return None  # one item is no list: it completes the lead-in (`_completion`)
    if lead.rsplit(None, 1)[-1].casefold() in _CLAUSE_LEADS:
        return None
    if any(item.text[:1].isupper() and item.text.endswith(".") for item in block.items):
        return None  # sentences: "- Older patients took longer to recover."
    return short_items(block)


# The last word of a lead-in its list's items complete: "Do not take it if you:", "Key
# changes include:". One that is a sentence of its own ("here is what to bring:", "There are
# three reasons for this:") is carded alone, and each item on its own.
MAX_LABEL_WORDS = 3


_UNFINISHED = frozenset(
    "you we they it he she i include includes including are is were was be been should must"
    " will can may might need needs have has had to of for with by from into if when that"
    " which who because such as like than the a an your their its our".split()
)


def _lead_in(text: str) -> str:
    """The sentence a paragraph ends on if it is unfinished and what follows completes it
    ("Do not take X if you:"), less its colon; "" otherwise."""
    if not text.endswith(":"):
        return ""
    lead = sentences(text)[-1].text[:-1].rstrip()
    words = lead.split()
    if words and words[-1].casefold() in _UNFINISHED:
        return lead
    # A label and its gloss, as a leaflet heads its side effects: "Common (may affect up to 1
    # in 10 people):".
    label, gloss, _ = lead.partition(" (")
    return lead if gloss and lead.endswith(")") and len(label.split()) <= MAX_LABEL_WORDS else ""


# The subject a lead-in ends on, whose verb each item opens with: "Do not take it if you:".
_SUBJECTS = frozenset("you we they he she it i".split())


# A completion hides at most this many words, and a third of the claim's: more asks to recite it.
MAX_COMPLETION_WORDS = 5


# A number that points into the document: "(listed in section 6)", "see page 12".
_REFERENCE = lazy(
    r"\b(?:sections?|pages?|p\.|pp\.|chapters?|clauses?|tables?|figures?|fig\.|appendix"
    r"|annex|schedule|paragraphs?|para\.|questions?|steps?|parts?|items?|no\.)\s*$",
    re.IGNORECASE,
)


def _completion(lead: str, item: str, marks: tuple[str, ...]) -> tuple[int, int] | None:
    """Where in a list item that completes its lead-in ("are allergic to paracetamol" after "Do
    not take Paracetamol if you:") its claim's answer is, when the two state no figure or
    contrast (`is_firm`, which finds the target then: "are in the last [3 months] of
    pregnancy", "Common (may affect up to [1 in 10] people) headache"): a figure in the item
    ("drink more than [14] units …"), or else the item less the verb it opens with after a
    subject and what joins it to the next ("are [allergic to paracetamol]"). None for an item
    too long to hide."""
    if is_firm(f"{lead} {item}", marks):
        return None
    choice = choose(item, marks, (), True)
    if (
        choice is not None
        and choice.target is Target.NUMBER
        and not _REFERENCE.search(item, 0, choice.start)
    ):
        return choice.start, choice.end
    start, end = 0, len(item.rstrip(" ,;."))
    for joint in (" or", " and"):  # "have asthma, or"
        end = len(item[:end].removesuffix(joint).rstrip(" ,;"))
    words = lead.rsplit(None, 1)
    if words and words[-1].casefold() in _SUBJECTS and " " in item[:end]:
        start = len(item) - len(item.split(None, 1)[1])
    hidden = word_count(item[start:end])
    if hidden > MAX_COMPLETION_WORDS or 3 * hidden > word_count(lead) + word_count(item):
        return None
    return start, end


# The number a policy or a contract gives a clause: "2.1", "3.2.4", "4.2(b)", "§ 4" before a
# capital ("2.5 days" is a figure, "§ 4 of the Act" the subject); "(a)", "a)", "(iv)", "(1)"
# before anything ("(a) you are pregnant;" completes a lead-in).
_CLAUSE_NUMBER = lazy(
    r"(?:(?:\d{1,3}(?:\.\d{1,3})+\.?|\u00a7{1,2}\s?\d{1,3}(?:\.\d{1,3})*[a-z]?)"
    r"(?:\([a-z\d]{1,4}\))*\s+(?=[A-Z\"\u201c])"
    r"|\(?(?:[a-zA-Z]|[ivx]{2,5}|\d{1,2})\)\s+(?=\S))"
)


# A definition clause: a quoted term, or a capitalised one of a few words, that "means" or
# "shall mean" what follows.
_MEANS = lazy(
    r"(?:[\"“]([^\"”]{1,60})[\"”]|([A-Z][\w-]*(?:\s[\w-]+){0,3}))\s+(?:shall\s+)?means?\s+\w"
)


def without_clause_number(text: str) -> str:
    """`text` less the clause number that opens it ("2.1 Employees may …" → "Employees may
    …"). Not a figure with its unit ("2.5 GHz processors …", "1.5 Million …"); "2.1 A manager
    …" opens on an article."""
    if not (text[:1].isdigit() or text[:1] == "\u00a7" or ")" in text[:7]):
        return text  # most text: no pattern run
    if not (found := _CLAUSE_NUMBER.match(text)):
        return text
    rest = text[found.end() :]
    figure = QUANTITY.match(text) if text[:1].isdigit() else None
    article = rest.startswith("A ") and rest[2:3].islower()
    if figure and figure.end() > len(text.split(None, 1)[0]) and not article:
        return text
    return rest


def _boilerplate(ctx: Context, paragraph: Paragraph) -> bool:
    """Whether `paragraph` is boilerplate: reported, unless a `skip:` pattern matches it or
    one of its sentences (a blog's footer, skipped on purpose)."""
    if ctx.boilerplate.is_blurb(paragraph.text):
        reason = "paragraph repeated elsewhere in the document (a blurb)"
    elif ctx.boilerplate.is_meta(paragraph.text):
        reason = "paragraph speaks about the page or sells something"
    elif ctx.boilerplate.is_bio(paragraph.text):
        reason = "paragraph introduces the page's author, not its subject"
    else:
        return False
    text, span = paragraph.text, paragraph.span
    if not ctx.settings.skip or not (
        ctx.skipped_by_spec(text, span)
        or any(ctx.skipped_by_spec(part.text, span) for part in sentences(text))
    ):
        ctx.skip(reason, span)
    return True


def _paragraph_claims(
    ctx: Context,
    section: Section,
    paragraph: Paragraph,
    seen: dict[str, NoteDraft],
    item: bool = False,
) -> list[NoteDraft]:
    """The claims of a paragraph, or of a list `item`, whose sentences under MIN_CLAIM_WORDS
    are entries ("2 cups flour"), not reported."""
    if stated := statement_label(paragraph.text):
        kind, name, start = stated
        if kind == "Proof":
            return []  # how a result follows: no claim of its own
        statement = paragraph.text[start:]
        if card := _statement_card(ctx, section, paragraph, kind, name, statement, seen):
            return card
        # An unnamed theorem, or a definition of no term: its statement, as any paragraph.
        breaks = tuple(offset - start for offset in paragraph.breaks if offset > start)
        paragraph = replace(paragraph, text=statement, breaks=breaks, label="", term="")
    drafts = []
    parts = sentences(paragraph.text, ctx.names, paragraph.breaks)
    if paragraph.label and parts and parts[0].text == paragraph.label:
        parts = parts[1:]  # a run-in label ("**Methods.** We …"): no sentence, no context
    marked = _Marks(paragraph.marks)
    scoped = paragraph.label.startswith("In a") and paragraph.label.endswith(":")  # `_scope`
    previous = ""  # the sentence before, if its "He" was replaced by a name
    definer = ""  # the sentence that defines the subject put for the one before's "It"
    subject = ""
    example = 0  # the line of a hypothetical example the paragraph has set up, if any
    held: frozenset[str] = frozenset()  # the marks the sentences before hold
    for index, sentence in enumerate(parts):
        # "2.1 Employees may …": the clause's number is no part of what it states.
        own = without_clause_number(sentence.text) if sentence.start == 0 else sentence.text
        held_before = held
        if paragraph.marks:
            # Whole words only: "independent variable" holds no "dependent variable".
            held |= {mark for mark in marked.within(own) if find_mark(own, mark) >= 0}
        text = _condense(own, marked)
        # Asides it lost are on the back, in the sentence as written; a pronoun replaced by the
        # subject it stands for ("It" → "Amoxicillin") loses nothing to show.
        condensed = text != own
        # The sentence a pronoun stands for a thing of: the one before, past instructions.
        pronoun = " it" in text or text.startswith(("It ", "They ", "Its ", "Their ", "You "))
        back = _before(parts, index) if index and pronoun else index - 1
        opened = subject or (parts[back].text if index else "")  # the one before, as carded
        subject = ""  # the sentence with its "It"/"They" replaced by what it stands for
        if index and text.startswith(("It ", "They ", "Its ", "Their ")):
            # "It …" again: the sentence that defined the one before's "It" defines it.
            defining = definer or parts[back].text
            # The names the title and heading hold are things', unless the page speaks of people.
            titles = "" if ctx.of_people else f"{ctx.doc.title}\n{section.heading}"
            subject = named_subject(text, defining, opened, titles, ctx.common_noun) or ""
            text = subject or text
        elif index and text.startswith(("You ", "Your ")) and " it " in text:
            # "… You take it for 7 days": the same thing "It" would stand for, in its place.
            defining = definer or parts[back].text
            text = reader_takes_subject(text, defining, opened) or text
        definer = defining if subject else ""
        if (" it" in text or " its " in text) and (at := dangling(text)) >= 0:
            # "Through binoculars it looks like …": the thing the sentence before opens on, or
            # the one the heading names, that sentence was of as its "it" was ("Find it by …").
            before = parts[back].text if index else ""
            thing = index and (defined_subject(before) or (opened and opening_subject(opened)))
            if not thing and index and (back == 0 or " it " in f" {before} "):
                thing = heading_thing(section.heading, parts[0].text)
            if thing:
                text = put_for(text, at, thing, paragraph.text, ctx.common_noun)
        person = ""  # the sentence with its "He"/"His" replaced by whom it stands for
        if index and text.startswith(_PERSONAL):
            before = previous or parts[index - 1].text  # "He …" again: the name put in it
            earlier = paragraph.text[: parts[index - 1].start]
            person = named_person(text, before, earlier) or ""
            text = person or text
        previous = person
        # "… leave it for 1 hour. This rest is called the autolyse.": the name of what the
        # sentence before describes, carded with it.
        named = ""
        if (
            index
            and text.startswith(_NAMING_OPENERS)
            and (named := _named_by(text, parts[index - 1].text))
        ):
            text = f"{parts[index - 1].text} {text}"
        marks = marked.within(text)
        if held_before and len(marks) > 1:
            # A mark a sentence before holds is a given here, the sentence's own the point:
            # "The **population** is …. A **sample** is the subset of that population …" asks
            # for "sample" (was "that {{c1::population}}").
            marks = (
                *(mark for mark in marks if mark not in held_before),
                *(mark for mark in marks if mark in held_before),
            )
        code = tuple(c for c in paragraph.code if c in text) if paragraph.code else ()
        # A glossary line's first sentence defines its term: a card that asks for the term.
        # (A dated entry's date may follow its label: "Russia: 7 November 1917: …".)
        after = text[len(paragraph.label) :].lstrip() if paragraph.label else text
        opens = text.startswith(paragraph.term) or after.startswith(paragraph.term)
        term = (
            (paragraph.term if index == 0 and opens else named)
            or _named_here(text)
            or _name_stated(text)
        )
        # "A superficial burn affects only …" beside "A partial-thickness burn damages …":
        # which kind does what, when nothing else in the sentence is firm.
        if (
            not term
            and text.startswith(("A ", "An "))
            and (sort := _kind_opening(text))
            and sort[0] in _section_kinds(section)
            and not is_firm(text, marks, code)
        ):
            term = sort[1]
        if not term and not index and " mean" in text and (found := _MEANS.match(text)):
            # A contract's definition clause ('"Services" means the …'): the term it defines,
            # quoted or, under a Definitions heading, not.
            glossary = found.group(2) and is_glossary_heading(section.heading)
            term = found.group(1) or (found.group(2) if glossary else "")
        # A scope's sentence is as firm as it is alone ("In a series circuit: The current is
        # the same at every point.").
        firm = bool(term) or is_firm(after if scoped and index == 0 else text, marks, code)
        # A count and its things listed after it (the count gives itself away): hide them.
        if (
            not firm
            and (": " in text or ", " in text or text.startswith("The "))
            and (listed := counted_list(text))
        ):
            term, firm = listed, True
        set_up = _HYPOTHETICAL.match(text) is not None
        if not (firm or set_up):
            continue
        key = normalize_key(text)
        span = paragraph.span
        if paragraph.breaks:  # a wrapped paragraph: the line the sentence starts on
            span = SourceSpan(span.path, paragraph.line_at(sentence.start))
        example = example or (span.line if set_up else 0)
        if not firm or ctx.skipped_by_spec(text, span):  # the spec's reason: no warning then
            continue
        if key in seen:
            ctx.skip(_repeats(seen[key]), span)
            continue
        # A short item is an entry, unless a figure with its unit sizes what it states a fact
        # about ("SHA-256 produces a 256-bit digest"), or it is a sentence that measures its
        # subject ("The tank holds 50 litres of fuel."; not "Add 2 cups of water."), or a named
        # thing's means, antidote, target or class ("Warfarin works by blocking vitamin K.",
        # "Statins inhibit HMG-CoA reductase.", "Metformin is a biguanide."): a claim as short
        # as a sentence. So does a formula ("Velocity: v = u + at"), which states in symbols
        # what it relates.
        short = not term and word_count(text) < MIN_CLAIM_WORDS
        formula = short and states_formula(text, code)
        if (
            item
            and short
            and not sizes_a_thing(text)
            and not formula
            and not (text.endswith(".") and _states_measure(text) and says_of_subject(text))
            and not (
                text.endswith(".")
                and (acts_by_means(text) or reversal_span(text) or drug_fact_span(text))
            )
        ):
            continue
        if example and not set_up:  # its figures are the example's, not facts
            ctx.skip(f"claim '{clip(text)}' works through the example on line {example}", span)
            continue
        following = parts[index + 1].text if index + 1 < len(parts) else ""
        least = MIN_DEFINITION_WORDS if term or formula else MIN_CLAIM_WORDS
        # "Bats are mammals, not birds.": what its subject is, asked against what it is not.
        if not term and word_count(text) < least and defines_by_contrast(text):
            least = MIN_CONTRAST_DEFINITION_WORDS
        # "Prokaryotes are single-celled organisms without a nucleus": as long as its singular
        # ("A prokaryote is a …") but for the two articles a plural goes without.
        elif not term and word_count(text) < least and is_plural_definition(text):
            least -= PLURAL_ARTICLES
        # "Sciatica is pain along the sciatic nerve": but for the article its noun goes without.
        elif not term and word_count(text) < least and is_bare_definition(text):
            least -= BARE_ARTICLES
        # "Gingivitis is inflammation of the gums.", "Dehydration is a loss of body water.": a
        # term and the condition it is, or "**Acidity** makes your mouth water.": what the
        # term the writer emphasised does. Each asks for its term.
        if (
            not term
            and word_count(text) < least
            and (defines_condition(text) or _opens_on_mark(text, marks))
        ):
            least = MIN_QUANTITY_CLAIM_WORDS
        # "Warfarin works by blocking vitamin K.": how a named thing does what it does, its
        # means the target (`acts_by_means`), as short as that.
        if not term and word_count(text) < least and acts_by_means(text):
            least = MIN_MEANS_CLAIM_WORDS
        # "Naloxone reverses opioid overdose.": what a named antidote undoes (`reversal_span`),
        # as short as a glossary line; not what a thing the page writes in lower case does
        # ("Sleep reverses fatigue." where "sleep" is a common noun), unless what it undoes
        # is a drug's harm ("Naloxone reverses opioid overdose." beside "give naloxone":
        # `reverses_drug`). "Statins inhibit HMG-CoA
        # reductase.", "Metformin is a biguanide.": what a named drug acts on, changes or
        # causes, or its class (`drug_fact_span`), as short.
        elif (
            not term
            and word_count(text) < least
            and (
                (
                    reversal_span(text)
                    and (not ctx.common_noun(text.split()[0]) or reverses_drug(text))
                )
                or drug_fact_span(text)
            )
        ):
            least = MIN_DEFINITION_WORDS
        # A phrase and its translation is no claim: its "I" or "?" is the phrase's.
        phrase = term.endswith((".", "!", "?"))
        reason = (
            ""
            if phrase
            else _weak(
                text,
                following,
                paragraph.quoted,
                marks,
                lambda: ctx.personal,
                least,
                lambda: ctx.reports(section),
            )
        )
        # "The Sony is the lightest; I wore it for a 9-hour flight": the fact before the
        # author's clause, on its own; the whole sentence on the back.
        if (
            reason == OWN_EXPERIENCE
            and not term
            and (head := _before_own(text, marked))
            and not _weak(head, following, False, marked.within(head), lambda: ctx.personal)
        ):
            text, marks, reason, condensed = head, marked.within(head), "", True
            code = tuple(c for c in code if c in text)
        if (
            not reason
            and index
            and (
                points_to(text, parts[index - 1].text)
                or ranks_clipped(text, parts[index - 1].text)
                or bare_member(text)
                or one_of_a_kind(text, parts[index - 1].text, ctx.vocabulary.count)
                or measure_of_before(text)
            )
        ):
            reason = "leans on the sentence before it"
        if not reason and (" it" in text or " its " in text) and dangling(text) >= 0:
            reason = "leans on the sentence before it"  # "Heat it for 3 to 5 minutes"
        if reason:
            ctx.skip(f"claim '{clip(text)}' {reason}", span)
            continue
        if named:  # the sentence before is on the card: not in its context
            others = (*parts[: index - 1], *parts[index:])
            context = escape(_context(paragraph.text, others, index - 1, False))
        else:
            context = escape(_context(paragraph.text, parts, index, condensed))
        label = paragraph.label if sentence.start == 0 else ""
        draft = _cloze_note(
            ctx, NoteKind.CLAIM, section, span, text, marks, context, False, label, term, code
        )
        if draft:
            seen[key] = draft
            drafts.append(draft)
    return drafts


def _repeats(earlier: NoteDraft) -> str:
    """The warning for a sentence carded already as `earlier`: the takeaway it repeats, named,
    as it may come after it ("A function without a `return` statement returns `None`." on line
    18 and the takeaway on line 72); or else the text before it, a pull quote."""
    if earlier.kind is NoteKind.TAKEAWAY:
        return f"sentence repeats the takeaway on line {earlier.origin.span.line}: carded once"
    return "sentence repeats earlier text (a pull quote): carded once"


def _before(parts: Sequence[Sentence], index: int) -> int:
    """The index of the sentence a pronoun in `parts[index]` may stand for a thing of: the one
    before, past any instructions between ("The Palm Warbler is … Look for a rusty cap. Despite
    its name, it breeds …"), which stand for nothing."""
    back = index - 1
    while back > 0 and instruction_end(parts[back].text):
        back -= 1
    return back


def _counted_lead(text: str, block: object) -> str:
    """The sentence a paragraph ends on, less its colon, if it counts the items of the list
    `block` after it ("Flu has four main symptoms:"); "" otherwise, and for a writer's list
    ("Here are three tips:", which leans on what it lists)."""
    if not text.endswith(":") or not isinstance(block, BulletList):
        return ""
    lead = sentences(text)[-1].text[:-1].rstrip()
    found = COUNTED.search(lead)
    if (not found or leans(lead)) and not (found := there_counts(lead)):
        return ""
    count = LISTED_COUNTS.get(found.group(1)) or int(found.group(1))
    return lead if count == len(block.items) else ""


def _statement_card(
    ctx: Context,
    section: Section,
    paragraph: Paragraph,
    kind: str,
    name: str,
    statement: str,
    seen: dict[str, NoteDraft],
) -> list[NoteDraft] | None:
    """The card of a labelled definition or result (`statement_label`) that has something to
    ask for; None for one that has not. Each asks for what names it, the statement shown: a
    definition hides the term it emphasises ("The {{c1::order}} of a finite group is the
    number of its elements.") or, with none emphasised, the one its subject names
    (`defined_term`), a named result its name ("Theorem ({{c1::Lagrange}}): The
    order of …"). Its number, a place in the course, is on no card."""
    term = paragraph.term if kind == "Definition" else ""
    if kind == "Definition" and not term:
        # No emphasised term (plain text): the subject the first defining sentence names.
        found = (defined_term(part.text) for part in sentences(statement, ctx.names))
        term = next(filter(None, found), "")
    if term and find_mark(statement, term) >= 0:
        parts = sentences(statement, ctx.names)
        index = next(n for n, part in enumerate(parts) if find_mark(part.text, term) >= 0)
        text = parts[index].text
        context = escape(_context(statement, parts, index, False))
    elif name:
        text, term, context = f"{kind} ({name}): {statement}", name, ""
    else:
        return None
    if ctx.skipped_by_spec(text, paragraph.span):
        return []
    if (key := normalize_key(text)) in seen:
        ctx.skip(_repeats(seen[key]), paragraph.span)
        return []
    draft = _cloze_note(
        ctx, NoteKind.CLAIM, section, paragraph.span, text, (), context, False, "", term
    )
    if not draft:
        return []
    seen[key] = draft
    return [draft]


# A person's pronoun or possessive opening a sentence: whom the sentence before names.
_PERSONAL = ("He ", "She ", "His ", "Her ")


# A sentence that names what the one before describes: "This rest is called the autolyse.",
# "The process is known as photosynthesis.", "This is called …", "Such a ship is referred to as
# a clipper.". Looked for only after one of these openers and where one of these verbs is.
_NAMING_OPENERS = ("This ", "That ", "These ", "Those ", "The ", "Such ")


_NAMING_VERBS = frozenset({"called", "known", "termed", "named", "referred"})  # in its first words


# "is called", "were known as", "are referred to as": present or past.
_NAMED = (
    r"(?:is|are|was|were)\s+(?:also\s+|often\s+|usually\s+|commonly\s+|sometimes\s+"
    r"|collectively\s+)?(?:called|known\s+as|termed|named|referred\s+to\s+as)\s+"
)


_NAMING = lazy(
    r"(?:(?:This|That|These|Those|The|Such(?:\s+an?)?)\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    rf"|This|That)\s+{_NAMED}(?:the\s+|an?\s+)?[\"'“‘]?"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,2}?)[\"'”’]?\s*\.?$"
)


def _named_by(text: str, before: str) -> str:
    """The name `text` gives what the sentence `before` describes (`_NAMING`): "autolyse" in
    "This rest is called the autolyse."; "" for a pronoun or a generic word, the same word as
    what it names ("This step is called a step"), or a name `before` already uses."""
    if _NAMING_VERBS.isdisjoint(text.split(None, 6)[2:6]) or not (found := _NAMING.match(text)):
        return ""
    name = found.group("name")
    words = name.lower().split()
    if words[0] in NO_NAMES or words[-1] in NO_NAMES or words == (found["what"] or "").split():
        return ""
    return "" if name.lower() in before.lower() else name


# A sentence that names a class it describes in full: "Animals that eat only plants are called
# herbivores.", "Unisons, fourths, fifths and octaves are called perfect intervals." The name
# ends the sentence or its clause. Looked for only where `_named_here` finds a naming verb.
_CLASS_NAMING = lazy(
    rf"(?P<what>[A-Z][^;:()]*?)\s+{_NAMED}(?:the\s+|an?\s+)?[\"'“‘]?"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,2}?)[\"'”’]?(?=\s*(?:[,;(]|\.?$))"
)


# What follows "is called"/"named" that is no name: "The hook is called on every render",
# "named after him", "The function is called twice."
_NOT_A_NAME = frozenset(
    "after for by in on into up off out upon back to from at with once twice again here there"
    " first later".split()
)


# A subject that names nothing itself: "Some are called …", "What is called …".
_NO_NAMERS = PRONOUNS | DEMONSTRATIVES | {"what", "some", "others", "one", "many", "most"}


def _class_named(text: str) -> str:
    """The name a sentence gives the class its subject describes (`_CLASS_NAMING`): "herbivores"
    in "Animals that eat only plants are called herbivores."; "" for a subject that names
    nothing itself (a pronoun, "Some"), a word that is no name ("called twice", "named after"),
    a generic one, or one the subject already uses."""
    if not (found := _CLASS_NAMING.match(text)):
        return ""
    name, what = found.group("name"), found.group("what").lower()
    words = name.lower().split()
    if what.split()[0] in _NO_NAMERS or words[0] in _NOT_A_NAME or words[-1].endswith("ly"):
        return ""
    if _no_name(name) or name.lower() in what:
        return ""
    return name


def _no_name(name: str) -> bool:
    """Whether a name is a generic word ("a rule", "the process"); not a generic head a
    capitalised word picks out ("the LEGB rule", "the Krebs cycle")."""
    words = name.split()
    if words[0].lower() in NO_NAMES:
        return True
    return words[-1].lower() in NO_NAMES and not any(word[:1].isupper() for word in words[:-1])


# A term a sentence says its subject is and then glosses, the gloss's "it"/"they" its subject:
# "Rabbits are crepuscular, which means they are most active at dawn and dusk.", "Salt is
# hygroscopic, meaning it absorbs water from the air." Not a consequence ("Rent is high, which
# means we save less"). Looked for only where `_named_here` finds "means" or "meaning".
_GLOSSED = lazy(
    r"[A-Z][^,;:()]*?\s+(?:is|are)\s+(?:also\s+|very\s+|highly\s+|mostly\s+|mainly\s+)?"
    r"(?:an?\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,2}),\s+(?:which\s+means|meaning)\s+"
    r"(?:that\s+)?(?:it|they)\s"
)


# Words no glossed term holds: "not addictive", "too hot", "used in children".
_NOT_GLOSSED = frozenset(
    "not no never so too more less in on of by for with to at from and or than".split()
)


def _glossed(text: str) -> str:
    """The term a sentence glosses after saying its subject is it (`_GLOSSED`): "crepuscular"
    in "Rabbits are crepuscular, which means they …"; "" for a phrase with a negation or a
    preposition (`_NOT_GLOSSED`), or one ending in "-ly"."""
    if not (found := _GLOSSED.match(text)):
        return ""
    words = found.group("term").lower().split()
    if words[-1].endswith("ly") or not _NOT_GLOSSED.isdisjoint(words):
        return ""
    return found.group("term")


# The words that name or gloss a term, among a sentence's first `MAX_NAMING_WORDS`: one bounded
# split, no scan of a long sentence, before either pattern is tried.
_NAMING_WORDS = _NAMING_VERBS | {"means", "meaning"}


MAX_NAMING_WORDS = 14


def _named_here(text: str) -> str:
    """The term a sentence names (`_class_named`, `_apposed_name`) or glosses (`_glossed`)
    itself; "" if none."""
    if _NAMING_WORDS.isdisjoint(text.split(None, MAX_NAMING_WORDS)[:MAX_NAMING_WORDS]):
        return _apposed_name(text)
    return _class_named(text) or _glossed(text) or _apposed_name(text)


# A name given in passing to a thing the sentence describes, at its clause's end: "…, a
# behavior called flash-feeding.", "causing a bulge in the lower arm known as the "Popeye
# sign"." Looked for only where one of `_APPOSING` is.
_APPOSED = lazy(
    r"\b(?:a|an|the)\s+[a-z][\w-]*(?:\s+[\w-]+){0,5}?\s+"
    r"(?:called|known\s+as|termed|dubbed)\s+(?:the\s+|an?\s+)?[\"'“‘]?"
    r"(?P<name>[\w-]+(?:\s+[\w-]+){0,2}?)[\"'”’]?(?=\s*(?:[,;(]|\.?$))"
)


_APPOSING = (" called ", " known as ", " termed ", " dubbed ")


def _apposed_name(text: str) -> str:
    """The name a sentence gives in passing (`_APPOSED`): "flash-feeding" in "…, a behavior
    called flash-feeding."; "" for a pronoun, a generic word or no name ("a friend called me",
    "a method called twice"), or one the sentence used before."""
    if not any(word in text for word in _APPOSING) or not (found := _APPOSED.search(text)):
        return ""
    name = found.group("name")
    words = name.lower().split()
    if words[0] in _NOT_A_NAME or words[0] in PRONOUNS or words[-1].endswith("ly"):
        return ""
    if _no_name(name) or name.lower() in text[: found.start()].lower():
        return ""
    return name


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


# Past this many marks a paragraph's marks are looked up by word, not tried one by one.
INDEXED_MARKS = 16


# A run of letters and digits: a mark `find_mark` finds starts and ends each of its own runs
# on one of the text's (`[^\W_]` is exactly `str.isalnum`).
_RUN = lazy(r"[^\W_]+")


class _Marks:
    """A paragraph's marks, to find those a sentence holds in time linear in the sentence:
    trying each mark on each sentence of a 400 KB paragraph with 4,600 bold words took 1.2 s."""

    __slots__ = ("by_run", "marks", "unindexed")

    def __init__(self, marks: tuple[str, ...]) -> None:
        self.marks = marks
        if len(marks) <= INDEXED_MARKS:  # most paragraphs
            return
        # Each mark by its first run, with where that run stands in it; marks without one.
        self.by_run: dict[str, list[tuple[int, int]]] = {}
        self.unindexed: list[int] = []
        for index, mark in enumerate(marks):
            if run := _RUN.search(mark):
                self.by_run.setdefault(run.group(), []).append((index, run.start()))
            else:
                self.unindexed.append(index)

    def within(self, text: str) -> tuple[str, ...]:
        """The marks `find_mark` finds in `text`, in order; with few marks, also those only
        inside a word (`find_mark` passes over them wherever it is asked)."""
        if len(self.marks) <= INDEXED_MARKS:  # most paragraphs
            return tuple(mark for mark in self.marks if mark in text)
        found = {index for index in self.unindexed if find_mark(text, self.marks[index]) >= 0}
        for run in _RUN.finditer(text):
            for index, offset in self.by_run.get(run.group(), ()):
                mark = self.marks[index]
                start = run.start() - offset
                end = start + len(mark)
                whole = not (mark[-1].isalnum() and text[end : end + 1].isalnum())
                if start >= 0 and whole and text.startswith(mark, start):
                    found.add(index)
        return tuple(self.marks[index] for index in sorted(found))


def _condense(text: str, marked: _Marks) -> str:
    """Drop asides from a long sentence while it stays firm; the original if that fails."""
    if len(text.split()) <= LONG_CLAIM_WORDS:  # it has no more words than that: most sentences
        return text
    shorter = text
    for aside in _ASIDES:
        if word_count(shorter) <= LONG_CLAIM_WORDS:
            break
        candidate = aside.sub(_outside_brackets, shorter).rstrip(" ,;")
        if candidate != shorter and is_firm(candidate, marked.within(candidate)):
            shorter = candidate if candidate.endswith((".", "!", "?")) else f"{candidate}."
    return shorter


def _outside_brackets(aside: re.Match[str]) -> str:
    """ "" for an aside, or the aside itself when it starts inside brackets: "(signed in 1648 –
    after five years of talks) ended the war" is one phrase, and what follows it the claim."""
    text, start = aside.string, aside.start()
    return aside.group() if text.count("(", 0, start) > text.count(")", 0, start) else ""


# A clock time on a day of the week, a timetable's (a course's office hours, a club's
# meetings): "Office hours are Tuesday 2-4 pm in Room 318.", "Lectures are on Mondays at 10 am",
# "The lab meets every Thursday from 2 pm". Not an event's date: "On Saturday 14 October 1066
# at 9 am, …" names its day of the month.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


_WEEKLY = lazy(
    rf"\b(?:(?:every|each)\s+{_WEEKDAY}|{_WEEKDAY}s|{_WEEKDAY}(?=,?\s+(?:at|from|between)?\s*\d))"
    r"(?:\s+(?:and|or|to|through)\s+\w+days?)?,?\s+(?:(?:at|from|between)\s+)?"
    r"\d{1,2}(?:[:.]\d{2})?\s?(?:(?:[-\u2013]|to|and)\s?\d{1,2}(?:[:.]\d{2})?\s?)?[ap]\.?m\b"
)


def _weak(
    text: str,
    following: str,
    quoted: bool,
    marks: tuple[str, ...] = (),
    personal: Callable[[], bool] = lambda: True,
    least: int = MIN_CLAIM_WORDS,
    organisation: Callable[[], bool] = lambda: False,
) -> str | None:
    """Why a firm-looking sentence still makes a poor card, if it does. `following`: the next
    sentence; `quoted`: the paragraph is a quotation; `marks`: the phrases it emphasises;
    `personal`: whether the author speaks as one person somewhere (`Context.personal`);
    `least`: the fewest words it may have; `organisation`: whether "we" is an organisation
    there (`Context.reports`)."""
    words = word_count(text)
    if words < min(least, MIN_QUANTITY_CLAIM_WORDS) or (
        words < least
        and not (
            _states_measure(text)
            or states_direction(text)
            or states_composition(text)
            or states_denial(text)
            or states_duty(text)
            or product_span(text)
            or unit_span(text)
        )
    ):
        return "is too short to stand alone"
    if words > MAX_CLAIM_WORDS:
        return f"has {words} words (more than {MAX_CLAIM_WORDS}): too long for one card"
    if _HYPOTHETICAL.match(text):
        return "sets up a hypothetical example, not a claim"
    if "day" in text and _WEEKLY.search(text):
        return "is a timetable, not a fact"
    if FIRST_PERSON.search(text):
        # "In our lab test, the QC Ultra cut noise by 32 dB": a fact after the frame that
        # names whose test it was.
        own = without_labels(text)
        own = own[frame_end(own) :] if not quoted else own
        if '"' in own or "“" in own:
            own = _without_glosses(own)
        if FIRST_PERSON.search(own) and (
            quoted or not _speaks_for_many(own, organisation) or personal()
        ):
            return _first_person(text, following, quoted)
        if _WE_INTEND.search(own):
            return "states a plan or a hope, not a fact"
    if (
        not quoted
        and text.startswith(('"', "“"))
        and (whole := QUOTED.match(text))
        and not text[whole.end() :].strip(".!?…")
    ):
        # Someone's words, whose name is in the sentence before or after it if anywhere: a
        # news story's '"Taxpayers deserve to know why a £29 million project …"'.
        who = _quoted_speaker(text, following, [whole])
        return f"quotes {who}, not a claim" if who else "is a quotation, not a claim"
    if leans(text) and not names_its_subject(text, marks):
        return "leans on the sentence before it"
    if text.rstrip().endswith("?"):
        return "is a question"
    return None


# "The position after 5...a6 is the Najdorf.", "The capital of Australia is Canberra.": the name
# of what its subject describes, last; a subject with what qualifies it ("The main line is the
# Open Sicilian." asks "of what?").
# Looked for only in a sentence opening on "The" and ending on a capitalised word.
_NAME_STATED = lazy(
    r"The\s+(?P<what>[^,;:()]*?\s(?:of|after|before|to|in|for|on|between|with)\s[^,;:()]+?)"
    r"\s+(?:is|was)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\."
)


# "The reversal agent for dabigatran is idarucizumab.", "The antidote to paracetamol poisoning
# is acetylcysteine.", "The SI unit of force is the newton.": what fills a role for a thing, a
# name in lower case, last. Only a role's noun, which names one thing for another: not "The
# weather in London is awful.", "The cost of the course is high.", "The name of the game is
# patience." (a name "for" a thing is one: "The name for a baby kangaroo is a joey.").
_ROLE_STATED = lazy(
    r"The\s+(?:[\w-]+\s+){0,2}?(?P<role>agent|antidote|treatment|drug|medicine|medication|cure"
    r"|remedy|vaccine|reagent|catalyst|enzyme|hormone|symbol|unit|currency|capital|term|word"
    r"|name(?=\s+for)|plural|opposite|abbreviation|test)\s+(?:for|of|to|against|in)\s[^,;:()]+?"
    r"\s+(?:is|was)\s+(?P<name>(?:the\s+|an?\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\."
)


# "The largest muscle in the body is the gluteus maximus.", "The longest and strongest bone in
# the body is the femur, or thigh bone.", "The most abundant gas in the atmosphere is
# nitrogen.": what holds a rank in a whole, a name in lower case, last or before an aside or a
# place ("…, or thigh bone", "… in the buttock"). Not a judgement of a part, a way or a thing
# ("The hardest part of the course is the essay.": `GENERIC_SUBJECTS`, `_NO_RANKED`), a rank
# that judges or a whole that is someone's ("The most important date in your calendar …":
# `_JUDGED_RANKS`, `_OWNERS`), a passing rank ("The latest version of …"), nor a word in
# "-est" that is none ("The chest of …", "The interest on …").
_RANK_STATED = lazy(
    r"The\s+(?P<rank>(?:most|least)\s+[a-z][\w-]*|[a-z]{2,}est)"
    r"(?:\s+and\s+(?:(?:most|least)\s+[a-z][\w-]*|[a-z]{2,}est))?"
    r"\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:in|of|on)\s[^,;:()]+?"
    r"\s+(?:is|was)\s+(?P<name>(?:the\s+|an?\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"(?:\.|,\s[^;:]*\.|\s+(?:in|on|at)\s+(?:the|a|an)\s+[a-z][\w\s-]*\.)"
)
_NO_RANKED = frozenset(
    "part thing things way ways time times bit place mistake mistakes tip tips option choice"
    " thing approach reason reasons part parts factor factors".split()
)
_NOT_RANKS = frozenset(
    "interest forest honest modest request test chest guest nest west harvest protest contest"
    " priest quest crest arrest conquest manifest digest suggest latest newest".split()
)
# Ranks that judge, and wholes that are someone's: "The most important date in your calendar is
# the last frost.", "The best tool in my kit is …": advice or an experience, no fact.
_JUDGED_RANKS = frozenset(
    "important useful helpful interesting exciting beautiful best worst greatest favourite"
    " crucial critical essential significant valuable underrated overrated difficult"
    " challenging rewarding enjoyable".split()
)
_OWNERS = frozenset("your my our their his her its".split())


def _rank_stated(text: str) -> str:
    """What holds the rank a sentence's subject names in a whole (`_RANK_STATED`): "the
    gluteus maximus" in "The largest muscle in the body is the gluteus maximus in the
    buttock."; "" for none, a judgement ("The hardest part of …") or a state ("… is
    unknown.")."""
    if not (found := _RANK_STATED.fullmatch(text)):
        return ""
    if found.group("rank").split()[-1] in _NOT_RANKS | _JUDGED_RANKS:
        return ""
    if not _OWNERS.isdisjoint(text[: found.start("name")].lower().split()):
        return ""
    what = found.group("what").split()
    if not GENERIC_SUBJECTS.isdisjoint(what) or not _NO_RANKED.isdisjoint(what):
        return ""
    return _filling_name(found.group("name"))


def _role_stated(text: str) -> str:
    """What fills the role a sentence's subject names (`_ROLE_STATED`): "idarucizumab" in "The
    reversal agent for dabigatran is idarucizumab."; "" for no name ("… is simple.", "… is
    unknown.", "… is being tested.")."""
    if not (found := _ROLE_STATED.fullmatch(text)):
        return ""
    return _filling_name(found.group("name"))


def _filling_name(name: str) -> str:
    """`name`, if it can fill a role or a rank: no function word, "-ing" or "-ly" word, nor a
    judgement or a state at its end (`_ADJECTIVE_ENDINGS`, `_NOT_NAMES`); else ""."""
    words = name.lower().split()
    named = words[1:] if words[0] in ARTICLES else words
    if not named or any(word in NOT_TERM or word.endswith(("ing", "ly")) for word in named):
        return ""
    if _ADJECTIVE_ENDINGS.search(named[-1]) or named[-1] in _NOT_NAMES:
        return ""
    return name


# What no role is filled by: a judgement or a state ("The treatment for a cold is simple.").
_ADJECTIVE_ENDINGS = lazy(r"(?:al|ic|ive|ous|ful|able|ible|less|ed)$")
_NOT_NAMES = frozenset(
    "unknown unclear simple easy hard difficult same different similar obvious clear rest"
    " available expensive cheap new old".split()
)


# "Protamine is the antidote to heparin.", "Idarucizumab is the reversal agent for dabigatran.":
# a named antidote first, what it undoes after; the name the term, as `_role_stated`'s is in
# "The antidote to heparin is protamine." An antidote's role only, "the" or "an" before it, the
# whole sentence: not an aphorism's abstract noun ("Laughter is the antidote to stress.",
# "Knowledge is the antidote to fear.": `_NO_ANTIDOTES`, a word in "-ness", "-tion", …), nor
# "This is the antidote …", "Protamine may be the antidote …". Looked for only where
# " antidote " or " reversal agent " is.
_ANTIDOTE_NAMED = lazy(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}?)\s+is\s+(?:the|an)\s+"
    r"(?:antidote|reversal\s+agent)\s+(?:for|to|of)\s+[^,;:()]+\."
)


_NO_ANTIDOTES = frozenset(
    {
        *("time", "laughter", "exercise", "knowledge", "education", "love", "hope", "humour"),
        *("humor", "sleep", "rest", "work", "action", "truth", "art", "music", "nature", "fun"),
        *("gratitude", "curiosity", "community", "connection", "play", "joy", "silence"),
    }
)
_ABSTRACT_ENDINGS = ("ness", "tion", "sion", "ity", "ment", "ance", "ence", "ism", "ship")


def _antidote_named(text: str) -> str:
    """The antidote a sentence names before its role (`_ANTIDOTE_NAMED`); "" for none."""
    if not (found := _ANTIDOTE_NAMED.fullmatch(text)):
        return ""
    words = found.group("name").lower().split()
    if any(word in NOT_TERM or word.endswith("ly") for word in words):
        return ""
    if words[0] in _NO_ANTIDOTES or words[-1].endswith(_ABSTRACT_ENDINGS):
        return ""
    return found.group("name")


def _name_stated(text: str) -> str:
    """The name a sentence gives what its subject describes (`_NAME_STATED`): "the Najdorf" in
    "The position after 5...a6 is the Najdorf."; "" for a generic subject ("The answer is the
    Board."). A name in lower case only for a role (`_role_stated`); an antidote's before
    its role ("Protamine is the antidote to heparin.": `_antidote_named`)."""
    if not text.startswith("The "):
        # A short sentence's only: a longer one asks for its name as a definition's term.
        if len(text) <= MAX_DRUG_FACT_CHARS and (
            " antidote " in text or " reversal agent " in text
        ):
            return _antidote_named(text)
        return ""
    if not text[text.rfind(" ") + 1 : text.rfind(" ") + 2].isupper():
        if not text.endswith("."):
            return ""
        if " is " in text and (role := _role_stated(text)):
            return role
        return _rank_stated(text) if "est " in text or "ost " in text else ""
    if not (found := _NAME_STATED.fullmatch(text)):
        return ""
    if not GENERIC_SUBJECTS.isdisjoint(found.group("what").lower().split()):
        return ""
    return found.group("name")


# Kinds of one thing set side by side, each by what it does: "A superficial burn affects only
# the outer layer of skin, the epidermis.", "A partial-thickness burn damages the epidermis …",
# "A full-thickness burn destroys both layers …". A sentence that opens on an article, one
# modifier, the thing and a verb in -s.
_KIND_OPENING = lazy(
    r"(?:^|(?<=[.!?]\s))An?\s+(?P<kind>(?P<modifier>[a-z][\w-]*)\s+(?P<noun>[a-z][\w-]*))"
    r"\s+(?P<verb>[a-z]+[^s\W]s)\b"
)


# Modifiers that pick out no kind: "A good burn …", "A new study shows …", "A few people …".
_NO_KIND = frozenset(
    "good bad best great poor new old few little lot single typical recent second common rare"
    " simple quick small large big short long nice".split()
)


def _kind_opening(text: str) -> tuple[str, str] | None:
    """The thing and the kind of it `text` opens on (`_KIND_OPENING`): ("burn", "superficial
    burn") for "A superficial burn affects …"; None for a modifier that picks out no kind."""
    found = _KIND_OPENING.match(text)
    if not found or found.group("modifier") in _NO_KIND or found.group("modifier") in NOT_TERM:
        return None
    if found.group("noun") in NOT_TERM or found.group("verb") in _NOT_A_VERB:
        return None
    return found.group("noun"), found.group("kind")


# Words in -s after a subject that are no verb: "A wide range is …" has "is" (no -s verb).
_NOT_A_VERB = frozenset("this thus its was has does as less".split())


def _section_kinds(section: Section) -> frozenset[str]:
    """The things a section names two kinds or more of, each opening a sentence with what it
    does (`_kind_opening`)."""
    text = " ".join(block.text for block in section.blocks if isinstance(block, Paragraph))
    return _kinds_in(text)


@lru_cache(maxsize=8)
def _kinds_in(text: str) -> frozenset[str]:
    kinds: dict[str, set[str]] = {}
    if "A " in text:
        for found in _KIND_OPENING.finditer(text):
            if opening := _kind_opening(found.group()):
                kinds.setdefault(opening[0], set()).add(opening[1])
    return frozenset(noun for noun, named in kinds.items() if len(named) > 1)


# Words that name nobody and nothing: "**Everything** matters …".
_EVERYONE = frozenset(
    "everything nothing something anything everyone nobody someone anyone everybody".split()
)


# A term emphasised at a sentence's start, then what it does or is: "**Acidity** makes …".
_MARK_VERB = lazy(r"\s+(?:is|are|has|have|[a-z]+s)\s")


def _opens_on_mark(text: str, marks: tuple[str, ...]) -> bool:
    """Whether `text` opens on an emphasised term and says what it does or is ("**Acidity**
    makes your mouth water."); not a pronoun's or a command's ("**This** is …", "**Note**
    that …")."""
    mark = next((mark for mark in marks if text.startswith(mark)), "")
    words = mark.lower().split()
    if not words or words[0] in NOT_TERM | DEMONSTRATIVES | PRONOUNS | _EVERYONE:
        return False
    if words[-1] in NO_NAMES:  # "**The first step** is …", "**The key** is …"
        return False
    return _MARK_VERB.match(text, len(mark)) is not None


def _states_measure(text: str) -> bool:
    """Whether a short sentence states a measured quantity ("Each tablet contains 5 mg of X.",
    "Wait about ninety minutes after waking."), not a clock time ("Doors open at 6:30 pm
    sharp." is logistics), or the date of an event in a sentence ("Valdivia founded Santiago in
    1541."; not a caption's or a heading's "Performance to 31 October 2024", nor what did not
    happen then: "The plague did not disappear in 1351.")."""
    if states_quantity(text):
        return not tells_time(text) or _CUSTOM.match(text) is not None
    return text.endswith(".") and not _NEGATED.search(text) and reports_date(text)


# A clock time a kind of thing keeps by custom, no schedule's: "Dinner rarely starts before 9 pm.",
# "Shops usually close at 2 pm." (not "Doors open at 6:30 pm", "The talk usually starts at 9").
_CUSTOM = lazy(
    r"(?!(?:It|This|That|We|They|You|He|She)\s)[A-Z][a-z]+\s+(?:rarely|seldom|usually"
    r"|typically|traditionally|generally|normally|never)\s"
)


_NEGATED = lazy(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


# What puts a quotation as a translation, not someone's words: 'j'ai mangé means "I ate"',
# 'je suis = "I am"', 'elle est allée ("she went")'; "or" joins a second one.
_GLOSS_LEAD = lazy(r"(?:\b(?:means|mean|meaning|is|translates\s+(?:as|to)|literally)|[=(])\s*$")


_GLOSS_JOIN = lazy(r"\s*(?:,|or|,\s*or)\s*$")


def _without_glosses(text: str) -> str:
    """`text` without the quotations that gloss a word (`_GLOSS_LEAD`): a translation's "I"
    is nobody speaking."""
    kept, at, glossed = [], 0, False
    for quotation in QUOTED.finditer(text):
        before = text[at : quotation.start()]
        glossed = bool(_GLOSS_LEAD.search(before) or (glossed and _GLOSS_JOIN.fullmatch(before)))
        kept.append(before if glossed else text[at : quotation.end()])
        at = quotation.end()
    return "".join(kept) + text[at:]


# "We" planning or hoping: "We plan to cut costs by 10% in 2026.", "We hope to open 20 more
# stores by 2027.", "Our team aims to …", "We will review it next year.". Not "we expect you
# to pay" nor "we will refund you within 14 days", a company's terms.
_WE_INTEND = lazy(
    r"\b(?:we|our\s+\w+)\s+(?:(?:also|still|now|eventually)\s+)?(?:plan|plans|hope|hopes|aim"
    r"|aims|intend|intends|want|wants|would\s+like|are\s+(?:planning|hoping|aiming))\s+to\b"
    r"|\bwe\s+will\b.*?\b(?:next\s+(?:year|month|quarter|week|spring|summer|autumn|fall"
    r"|winter)|later\s+this\s+year|(?:in|by)\s+20\d\d)\b",
    re.IGNORECASE,
)


def _speaks_for_many(sentence: str, organisation: Callable[[], bool]) -> bool:
    """Whether a sentence's "we" is a company stating what it does ("we charge a 15% fee",
    "after we receive the item") or people at large, not someone telling what happened:
    no singular first person, no quotation, no "we tried", "our team tested"; or an
    organisation reporting a result (`_reports_result`)."""
    if SINGULAR_FIRST_PERSON.search(sentence) or QUOTED.search(sentence):
        return False
    did = list(WE_DID.finditer(sentence))
    return not did or _reports_result(sentence, did, organisation)


# Verbs of what an organisation did that a result measures: "We reduced operating costs by
# 12%", "Our revenue grew to $4.2 billion", "We migrated 40 million rows". Not those of an
# outing or a trial ("we went", "we drove", "we tried", "our lab tested").
_RESULT_VERBS = frozenset(
    "reduced cut lowered trimmed halved grew grown increased raised rose risen fell fallen"
    " dropped declined doubled tripled boosted improved expanded opened closed launched shipped"
    " released hired recruited trained added acquired returned invested spent saved migrated"
    " retired replaced upgraded installed served processed delivered supplied produced"
    " generated earned reached exceeded achieved recorded posted sold signed secured welcomed"
    " onboarded handled resolved eliminated completed deployed paid donated built won".split()
)


def _reports_result(
    sentence: str, did: list[re.Match[str]], organisation: Callable[[], bool]
) -> bool:
    """Whether "we" doing `did` (the `WE_DID` matches) is an organisation reporting a measured
    result: each a result verb ("we've" one before it: "We've cut costs by 22%"), a figure
    measuring it, where "we" is an organisation (`Context.reports`). "We reduced operating
    costs by 12% in 2025." in an annual report; not "We drove 1,200 km" nor "We tried …, and
    cut …"."""
    for found in did:
        verb = found.group().rsplit(None, 1)[-1].lower()
        if verb.startswith(("we'", "we’")):  # "we've" or "we'd": the verb is the word after it
            after = sentence[found.end() :].split(None, 1)
            verb = after[0].lower() if after and verb.endswith("ve") else ""
        if verb not in _RESULT_VERBS:
            return False
    return bool(states_quantity(sentence)) and organisation()


OWN_EXPERIENCE = "is the author's own experience, not a claim"


def _before_own(text: str, marked: _Marks) -> str:
    """The clause before the one a sentence first speaks as the author in, after "; " or ", and "
    ("The Sony is the lightest; I wore it …", "… at 385 g they are heavy, and my neck
    noticed …"), as a sentence, if it is firm without it; "" otherwise."""
    if not (first := FIRST_PERSON.search(text)):
        return ""
    cut = max(text.rfind("; ", 0, first.start()), text.rfind(", and ", 0, first.start()))
    if cut <= 0:
        return ""
    head = f"{text[:cut].rstrip()}."
    words = [word.strip(",").lower() for word in head.split()]
    pronoun = next((at for at, word in enumerate(words) if word in PRONOUNS), len(words))
    if pronoun < len(words) and _STATING_VERBS.isdisjoint(words[:pronoun]):
        return (
            ""  # "Above about 23 degrees Celsius they start to suffer": whom the one before names
        )
    return head if is_firm(head, marked.within(head)) else ""


# Verbs after which a clause's pronoun may stand for its own subject: "The AirPods Max are
# beautifully made …, but at 385 g they are heavy".
_STATING_VERBS = frozenset("is are was were has have had".split())


def _first_person(sentence: str, following: str, quoted: bool) -> str:
    """Whose experience a sentence in the first person tells: the author's, unless it quotes
    someone (in quotation marks, a blockquote, or "According to …")."""
    if (according := _ACCORDING.match(sentence)) and (who := _speaker(according.group("who"))):
        return f"quotes {who} in the first person, not a claim"
    quotations = list(QUOTED.finditer(sentence))
    spans = [(q.start(), q.end()) for q in quotations]
    if not quoted and not all(
        any(start <= word.start() < end for start, end in spans)
        for word in FIRST_PERSON.finditer(sentence)
    ):
        return OWN_EXPERIENCE
    who = _quoted_speaker(sentence, following, quotations)
    if who is None:
        return "is a quotation in the first person, not a claim"
    return f"quotes {who} in the first person, not a claim"


def _quoted_speaker(sentence: str, following: str, quotations: list[re.Match[str]]) -> str | None:
    """The name of whoever speaks the `quotations` of a sentence, if it or the next names them."""
    said = (
        re.search(_SAID_AFTER, sentence)
        or re.match(_SAID_BEFORE, sentence)
        or _SIGNED.search(sentence)
    )
    if said is None and len(following) <= MAX_ATTRIBUTION_CHARS:
        # The speaker named after the quotation: on its own ("Dr. Smith said.", "— Dr. Smith"),
        # or after its rest when it runs on into the next sentence.
        runs_on = bool(quotations) and quotations[-1].group()[-1] not in '"”'
        said = re.match(_ATTRIBUTION, following) or (
            re.search(_SAID_AFTER, following) if runs_on else None
        )
    return _speaker(next(filter(None, said.groups()), "")) if said else None


def _speaker(words: str) -> str | None:
    """A speaker's name from an attribution, or None for a pronoun, the author or a clause."""
    who = words.strip().rstrip(".!?…").strip()
    if not who or len(who.split()) > MAX_SPEAKER_WORDS or FIRST_PERSON.search(who):
        return None
    if who.lower() in _NO_NAME:
        return None
    return who


# A comparison between two things of the same figure: the figure is a given on both sides, the
# comparison the fact ("a $1,000 credit is worth {{c1::more}} than a $1,000 deduction"; was
# "a {{c1::$1,000}} credit is worth more than a {{c1::$1,000}} deduction"), up to two words
# before its "than" ("A 5 km run burns {{c1::fewer}} calories than a 5 km swim").
_COMPARED = lazy(
    r"\b(?:more|less|fewer|greater|smaller|higher|lower|larger|bigger|better|worse|cheaper"
    r"|dearer|faster|slower|longer|shorter|stronger|weaker|heavier|lighter)"
    r"(?=(?:\s+[a-z]+){0,2}\s+than\s)"
)


def _compared(
    text: str, figure: tuple[int, int], repeat: tuple[int, int]
) -> tuple[int, int] | None:
    """The comparative (`_COMPARED`) between a figure and its repeat, if any; not a bound on the
    repeat ("need 7 hours …, and teenagers need more than 7 hours": a figure to hide)."""
    first, second = sorted((figure, repeat))
    found = _COMPARED.search(text, first[1], second[0])
    if not found or text.find(" than ", found.end()) + len(" than ") == second[0]:
        return None
    return found.span()


# A condition that opens a worked example: "If a business buys a van for £20,000 in cash, …".
_CONDITION = ("If ", "When ", "Suppose ")


def _given_in_condition(text: str, start: int, also: list[tuple[int, int]]) -> bool:
    """Whether a figure stated twice or more is first the given of the condition that opens
    the sentence and then repeated after it: "If a business buys a van for £20,000 in cash,
    the Vehicles account is debited £20,000 …" asks for no fact when the figure is hidden."""
    if not text.startswith(_CONDITION):
        return False
    comma = text.find(", ")
    return 0 < start < comma and all(at > comma for at, _end in also)


# What a worked example's result follows: "is depreciated by £5,000", "is £5,000", "= £5,000".
_RESULT_BEFORE = lazy(r"(?:\b(?:by|is|are)|=)\s+$")


def _worked_result(
    text: str, figure: tuple[int, int], other: tuple[int, int]
) -> tuple[int, int] | None:
    """The later of a figure stated twice with another figure between, when the later is a
    result ("by £5,000"): "a residual value of £5,000 and a useful life of 9 years is
    depreciated by {{c1::£5,000}} a year", not the given residual value hidden with it. None
    for a figure restated with no other between ("put {{c1::$7,000}} … another {{c1::$7,000}}")."""
    first, last = sorted((figure, other))
    between = text[first[1] : last[0]]
    if not DIGIT.search(between) or not _RESULT_BEFORE.search(text, max(0, last[0] - 12), last[0]):
        return None
    return last


# What a figure measures in: its text without its digits and sign ("30-year" → "year", "$1,000"
# → "$", "5 km" → "km"); "" for a bare count.
_DIGITS = str.maketrans("", "", "0123456789.,- \u2212")


def _rival(text: str, figure: tuple[int, int]) -> tuple[int, int] | None:
    """The comparative (`_compared`) between a figure and another of its unit on the other side:
    both are givens, the comparison the fact ("A 30-year mortgage costs {{c1::more}} in interest
    than a 15-year mortgage"; was "than a {{c1::15-year}} mortgage"). Both name the things
    compared, after "a", "an" or "the": not a property's value ("The Nile is about 6,650 km
    long, longer than the Amazon at 6,400 km", a figure to hide), nor a bare count, whose kind
    is unknown. Of two units, each modifies its thing's noun right after it ("A 10 km run takes
    {{c1::longer}} than a 30-minute swim"; was "A {{c1::10 km}} run …")."""
    unit = text[figure[0] : figure[1]].translate(_DIGITS)
    if not unit or not _names_thing(text, figure[0]):
        return None
    for other in QUANTITY.finditer(text):
        if other.span() == figure or not _names_thing(text, other.start()):
            continue
        other_unit = other.group().translate(_DIGITS)
        if other_unit != unit and not (
            other_unit and _before_noun(text, figure[1]) and _before_noun(text, other.end())
        ):
            continue
        if compared := _compared(text, figure, other.span()):
            return compared
    return None


# Words after a figure that make it a value, not a modifier of a noun: "a 6 foot tall man", "a
# 2 m long board" say how tall or long, the figure the fact.
_MEASURE_WORDS = frozenset({"long", "tall", "high", "wide", "deep", "thick", "old", "heavy"})


def _before_noun(text: str, end: int) -> bool:
    """Whether a noun follows the figure ending at `end` ("a 10 km {run}", "a 30-minute {swim}"):
    a word in lower case, no function word, adverb or measure word (`_MEASURE_WORDS`)."""
    if text[end : end + 1] != " ":
        return False
    word = text[end + 1 :].split(None, 1)[:1]
    return bool(
        word
        and word[0].isalpha()
        and word[0].islower()
        and not function_word(word[0])
        and word[0] not in _MEASURE_WORDS
    )


def _names_thing(text: str, start: int) -> bool:
    """Whether the figure at `start` follows an article: it describes a thing ("a 30-year
    mortgage")."""
    before = text[max(0, start - 5) : start].split()
    return start > 0 and text[start - 1] == " " and bool(before) and before[-1].lower() in ARTICLES


def _cloze_note(
    ctx: Context,
    kind: NoteKind,
    section: Section,
    span: SourceSpan,
    text: str,
    marks: tuple[str, ...],
    context: str,
    fallback: bool,
    label: str = "",
    term: str = "",
    code: tuple[str, ...] = (),
) -> NoteDraft | None:
    fields = ctx.override(kind, span, text)
    written = cloze_markup(fields["text"]) if "text" in fields else None
    # The cloze is chosen after the label that opens the text ("**Tip:** …").
    skip = len(label) if label and text.startswith(label) else 0
    skip += len(text[skip:]) - len(text[skip:].lstrip()) if skip else 0
    if written is None and term:  # a glossary line asks for the term it defines
        start = 0 if text.startswith(term) else skip  # a dated entry's date after its label
        if not text.startswith(term, start):  # a definition's term inside it ("The *order* of")
            start = find_mark(text, term)
        end = start + len(term)
        written = cloze(text, start, end, also=recurring(text, start, end))
    if written is None:
        choice = choose(text[skip:], marks, ctx.topics, fallback, ctx.vocabulary, code)
        if choice is None:
            ctx.skip(
                f"{kind.value} '{clip(text)}' has no clear cloze target",
                span,
                "add a topic term it contains, or an override with {{c1::…}}",
            )
            return None
        start, end = skip + choice.start, skip + choice.end
        # A figure or a term stated twice is hidden twice.
        if choice.target is Target.NUMBER:
            also = repeated(text, start, end)
            if also and _given_in_condition(text, start, also):
                ctx.skip(
                    f"{kind.value} '{clip(text)}' has no clear cloze target",
                    span,
                    "its figure is the condition's, a given: add an override with {{c1::…}}",
                )
                return None
            if len(also) == 1 and (result := _worked_result(text, (start, end), also[0])):
                start, end, also = *result, []  # the same figure a given first, then the result
            elif also and " than " in text and (compared := _compared(text, (start, end), also[0])):
                start, end, also = *compared, []  # the figure is a given on both sides
            elif not also and " than " in text and (compared := _rival(text, (start, end))):
                start, end = compared  # two figures of one unit compared: both givens
        elif choice.target is Target.TOPIC:
            also = restated(text, start, end, ctx.topics)
        elif choice.target is Target.DIRECTION:
            also = []  # "Lower rates [lower] the cost": the cause's "Lower" is no answer
        else:
            also = recurring(text, start, end)
        written = cloze(text, start, end, also=also)
    extra = escape(fields.get("extra", ""))
    context = escape(fields["context"]) if "context" in fields else context
    return ctx.draft(kind, normalize_key(text), (written, extra, context), section, span, text)
