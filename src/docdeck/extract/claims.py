"""Cloze notes: key-takeaway bullets, and firm statements in the prose.

Imports `document`, `notes` and the `extract` helpers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

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
    QUANTITY,
    frame_end,
    reports_date,
    sizes_a_thing,
    states_quantity,
    tells_time,
)
from docdeck.extract.statements import (
    defined_subject,
    defined_term,
    defines_by_contrast,
    is_bare_definition,
    is_plural_definition,
    states_composition,
    states_denial,
    states_direction,
)
from docdeck.extract.subjects import with_paths
from docdeck.extract.text import (
    DEPENDENT_OPENERS,
    FIRST_PERSON,
    GENERIC_SUBJECTS,
    PLACES,
    PRONOUNS,
    QUOTED,
    SINGULAR_FIRST_PERSON,
    WE_DID,
    Sentence,
    clip,
    names_a_kind,
    sentences,
    without_labels,
    word_count,
)
from docdeck.extract.words import (
    APOSTROPHE,
)
from docdeck.headings import (
    is_glossary_heading,
    is_timeline_heading,
    lists_entries,
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
_POINTS_BACK = lazy(
    r"\b(?:of|among|between|all|both|each|either|neither|any)\s+(?:these|those)\b(?!\s+who)"
    r"|\b(?:therefore|thus|hence|consequently)\b",
    re.IGNORECASE,
)
# "Most of it", "All of them", "Much of this": a part of something named before.
_PART_OF = lazy(
    r"^[\"“(]?(?:most|all|some|much|many|none|few|a\s+few|each|one|two|three|four|five|any|both"
    r"|either|neither|half"
    r"|part|several|more|less|the\s+(?:rest|majority|bulk|remainder))\s+of\s+"
    r"(?:it|them|this|that|these|those|its|their)\b",
    re.IGNORECASE,
)
# "It is estimated that …", "It is worth noting …", "It takes 8 hours to …": an "it" that
# stands for the clause after it, not for something named before. A participle needs "that"
# ("It is known to cause …" is about a thing); an adjective also takes "to" or "for … to".
_IT_IS = (
    r"^[\"“]?it(?:[’']s|\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|appears))"
)
_ADVERBS = r"(?:\s+(?:\w+ly|well|now|also|still|often|not|very|much|far|even|always))*"
_ANTICIPATORY = (  # compiled where used, when first needed (re keeps it); flags inline
    rf"(?i){_IT_IS}{_ADVERBS}\s+(?:"
    r"(?:estimated|known|believed|thought|said|reported|assumed|expected|suggested|understood"
    r"|accepted|established|agreed|argued|claimed|recognized|recognised|likely|unlikely|true"
    r"|clear|obvious|evident|apparent|certain|probable|no\s+(?:secret|surprise|coincidence)"
    r"|a\s+(?:myth|fact|common\s+misconception))\s+that"
    r"|(?:important|essential|crucial|vital|necessary|possible|impossible|easy|easier|hard"
    r"|harder|difficult|safe|safer|best|better|wise|advisable|common|rare|normal|unusual|useful"
    r"|helpful|tempting|worthwhile|fair|interesting|surprising|notable)"
    r"\s+(?:that|to|for\s+[^,.;]{1,40}?\s+to)\b"
    r"|worth\s+\w+ing\b)"
    r"|^[\"“]?it\s+(?:takes|took|can\s+take|may\s+take)\s+(?!effect|place|over|up\b|off\b|on\b)"
    r"[^,;]*?\b(?:to|for)\s"
)
# Verbs whose subject is a person, not a thing named before: "It takes 8 hours to recover" (for
# whoever recovers), never "The surgery takes 8 hours to recover".
_PERSON_VERBS = frozenset(
    "recover adjust adapt acclimatise acclimatize relax unwind sleep qualify retire".split()
)
# What ends the clause of a verb that takes no object of its own: "to build and cost …".
_CLAUSE_JOINS = frozenset({"and", "or", "but"})


def _anticipates(text: str) -> re.Match[str] | None:
    """`_ANTICIPATORY`'s match where "it" stands for the clause after it. None where "It takes …
    to" ends on a verb with no object of its own, at the end of its clause or before "and"
    ("It took 4 years to build and cost …", "It took 182 years to complete."): that verb's
    object is the "it", a thing named before. A verb of a person ("to recover") stays."""
    found = re.match(_ANTICIPATORY, text)
    if not found or not found.group().rstrip().lower().endswith(" to"):
        return found
    words = text[found.end() :].split(None, 2)[:2]
    if not words or _word(words[0]) in _PERSON_VERBS:
        return found
    ends = len(words) == 1 or words[0].rstrip("\"'”’)")[-1:] in ".,;:!?"
    return None if ends or _word(words[1]) in _CLAUSE_JOINS else found


# "Suppose you invest …", "Imagine a town of …", "Let's say …", "Worked example: …": the
# set-up of an example. "Consider", "Take" and "Picture" set one up only before a case ("the
# case of", "two savers who", "a household that", "you invest"); before a thing they advise
# ("Consider a fixed-rate mortgage if …", "Take two tablets with water …").
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
    r"|if\s+you\s+were\s+to|what\s+if)\b|^(?:a\s+)?worked\s+example\s*:",
    re.IGNORECASE,
)
_APOSTROPHES = lazy(rf"[{APOSTROPHE}']")
_LINKING_VERBS = frozenset({"is", "are", "was", "were", "means", "explains", "shows", "has"})
# What follows a demonstrative that stands alone for what the sentence before says, not a noun
# it determines: "This usually takes 5 to 7 days", "That can take 3 weeks", "These last about a
# year". A verb only in its number's form: "This cut …" and "These costs …" open on nouns.
_ALONE_AFTER = frozenset(
    "can could may might must will would should usually often also typically generally normally"
    " sometimes always still already alone".split()
)
_SINGULAR_VERBS = frozenset(
    "takes lasts happens occurs costs makes gives leads causes helps allows requires needs"
    " reduces increases adds works applies affects depends varies".split()
)
_PLURAL_VERBS = frozenset(
    "take last happen occur cost make give lead cause help allow require need reduce increase"
    " add work apply affect depend vary".split()
)
_ORDINALS = frozenset({"first", "second", "third", "last", "next", "other", "former", "latter"})
_PREPOSITIONS = frozenset(
    {"for", "in", "on", "at", "by", "with", "after", "during", "over", "under", "from", "among"}
)
# An opening phrase on a demonstrative scopes the claim to something named before: "Below that
# threshold, those with assets under £14,250 pay nothing", "In that year, 30% …", "Under these
# rules, …". Its figure is true only there, so it leans even with one.
_SCOPING = _PREPOSITIONS | frozenset(
    {"below", "above", "beyond", "before", "since", "until", "within", "without", "despite"}
)
# What a demonstrative names that is the page itself, no earlier sentence: "In this section, …".
_THE_PAGE = frozenset(
    "article guide page post chapter book report brief paper section essay tutorial".split()
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


def extract_takeaways(ctx: Context, seen: set[str]) -> list[NoteDraft]:
    """One cloze per bullet under a summary heading, the exact bullet text; and per line of
    one written as a list without bullets (`_summary_lines`)."""
    drafts = []
    for section in ctx.doc.sections:
        if section.role is not SectionRole.SUMMARY:
            continue
        lines = _summary_lines(ctx, section)
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
                if text.startswith(("It ", "Its ", "They ", "Their ")) and not _anticipates(text):
                    # "- It becomes fast above 140 °C" under "- The Maillard reaction is …":
                    # the thing the takeaway before names, as a sentence's (`_named_subject`).
                    if not (subject := before and _named_subject(text, before, before)):
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
                    code=item_code,
                )
                if draft:
                    seen.add(key)
                    drafts.append(draft)
    return drafts


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


def extract_claims(ctx: Context, seen: set[str]) -> list[NoteDraft]:
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
        if index in ctx.boilerplate.closing_sections:
            if section.blocks and not ctx.skipped_by_spec(section.heading, section.span):
                ctx.skip(f"closing section '{section.heading}' is not carded", section.span)
            continue
        lead = ""  # the lead-in a list's items complete ("Do not take it if you:")
        colon = False  # the paragraph before ends in ":": its list's items belong to it
        # A summary's lines written without bullets are its takeaways (`extract_takeaways`).
        listed = _summary_lines(ctx, section) if section.role is SectionRole.SUMMARY else {}
        carded = -1  # the list carded whole with its lead-in (`_listing`)
        for index, block in enumerate(section.blocks):
            if index in listed:
                continue
            if index == carded:
                lead, colon = "", False
                continue
            if isinstance(block, Paragraph):
                lead, colon = _lead_in(block.text), block.text.endswith(":")
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
                    text = without_clause_number(item.text)
                    length = len(text)  # the item ends the text, whatever comes before it
                    completion = None  # the answer in an item that completes its lead-in
                    if text[:1].islower() and colon:
                        if not lead:
                            continue
                        completion = _completion(lead, text, item.marks)
                        text = f"{lead} {text}"
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
                    label = item.label
                    if completion and not date:  # the words before it label it, as "Tip:" does
                        start, end = (at + len(text) - length for at in completion)
                        date, label = text[start:end], text[:start].rstrip()
                    # "la cocina — the kitchen": a vocabulary item asks for its term.
                    term = date or (terms[number] if terms else "")
                    paragraph = Paragraph(
                        text, item.span, item.marks, label=label, term=term, code=item.code
                    )
                    drafts.extend(_paragraph_claims(ctx, section, paragraph, seen, True))
                lead, colon = "", False
            else:
                lead, colon = "", False
    return drafts


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
    ctx: Context, section: Section, paragraph: Paragraph, seen: set[str], item: bool = False
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
    previous = ""  # the sentence before, if its "He" was replaced by a name
    definer = ""  # the sentence that defines the subject put for the one before's "It"
    subject = ""
    example = 0  # the line of a hypothetical example the paragraph has set up, if any
    for index, sentence in enumerate(parts):
        # "2.1 Employees may …": the clause's number is no part of what it states.
        own = without_clause_number(sentence.text) if sentence.start == 0 else sentence.text
        text = _condense(own, marked)
        # Asides it lost are on the back, in the sentence as written; a pronoun replaced by the
        # subject it stands for ("It" → "Amoxicillin") loses nothing to show.
        condensed = text != own
        opened = subject or (parts[index - 1].text if index else "")  # the one before, as carded
        subject = ""  # the sentence with its "It"/"They" replaced by what it stands for
        if index and text.startswith(("It ", "They ", "Its ", "Their ")):
            # "It …" again: the sentence that defined the one before's "It" defines it.
            defining = definer or parts[index - 1].text
            # The names the title and heading hold are things', unless the page speaks of people.
            titles = "" if ctx.of_people else f"{ctx.doc.title}\n{section.heading}"
            subject = _named_subject(text, defining, opened, titles) or ""
            text = subject or text
        elif index and text.startswith(("You ", "Your ")) and " it " in text:
            # "… You take it for 7 days": the same thing "It" would stand for, in its place.
            defining = definer or parts[index - 1].text
            text = _reader_takes_subject(text, defining, opened) or text
        definer = defining if subject else ""
        if (" it" in text or " its " in text) and (at := _dangling(text)) >= 0:
            # "Through binoculars it looks like …": the thing the sentence before opens on, or
            # the one the heading names, that sentence was of as its "it" was ("Find it by …").
            before = parts[index - 1].text if index else ""
            thing = index and (defined_subject(before) or (opened and _opening_subject(opened)))
            if not thing and index and (index == 1 or " it " in f" {before} "):
                thing = _topic(section.heading, parts[0].text)
            if thing:
                text = _put_for(text, at, thing, paragraph.text)
        person = ""  # the sentence with its "He"/"His" replaced by whom it stands for
        if index and text.startswith(_PERSONAL):
            before = previous or parts[index - 1].text  # "He …" again: the name put in it
            earlier = paragraph.text[: parts[index - 1].start]
            person = _named_person(text, before, earlier) or ""
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
        code = tuple(c for c in paragraph.code if c in text) if paragraph.code else ()
        # A glossary line's first sentence defines its term: a card that asks for the term.
        # (A dated entry's date may follow its label: "Russia: 7 November 1917: …".)
        after = text[len(paragraph.label) :].lstrip() if paragraph.label else text
        opens = text.startswith(paragraph.term) or after.startswith(paragraph.term)
        term = (paragraph.term if index == 0 and opens else named) or _named_here(text)
        if not term and not index and " mean" in text and (found := _MEANS.match(text)):
            # A contract's definition clause ('"Services" means the …'): the term it defines,
            # quoted or, under a Definitions heading, not.
            glossary = found.group(2) and is_glossary_heading(section.heading)
            term = found.group(1) or (found.group(2) if glossary else "")
        firm = bool(term) or is_firm(text, marks, code)
        # A count and its things listed after it (the count gives itself away): hide them.
        if (
            not firm
            and (": " in text or ", " in text or text.startswith("The "))
            and (listed := _counted_list(text))
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
            ctx.skip("sentence repeats earlier text (a pull quote): carded once", span)
            continue
        # A short item is an entry, unless a figure with its unit sizes what it states a fact
        # about ("SHA-256 produces a 256-bit digest"), or it is a sentence that measures its
        # subject ("The tank holds 50 litres of fuel."; not "Add 2 cups of water."): a claim
        # as short as a sentence. So does a formula ("Velocity: v = u + at"), which states in
        # symbols what it relates.
        short = not term and word_count(text) < MIN_CLAIM_WORDS
        formula = short and states_formula(text, code)
        if (
            item
            and short
            and not sizes_a_thing(text)
            and not formula
            and not (text.endswith(".") and _states_measure(text) and says_of_subject(text))
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
        if not reason and index and _points_to(text, parts[index - 1].text):
            reason = "leans on the sentence before it"
        if not reason and (" it" in text or " its " in text) and _dangling(text) >= 0:
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
            seen.add(key)
            drafts.append(draft)
    return drafts


# A count and what it counts, before a colon that lists them: "three inventions", "three
# main stages", "2 kinds of cell". Their number, the count's, is 2 to 6.
_COUNTED = lazy(r"\b(two|three|four|five|six|[2-6])(?:\s+[a-z][\w-]*){1,3}$")
_LISTED_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_LIST_JOINT = lazy(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
MAX_LISTED_WORDS = 8  # of each thing listed
MAX_APPOSED_WORDS = 4  # of each thing listed after a comma, not a colon
_COUNT_WORDS = frozenset({*_LISTED_COUNTS, *"23456"})
# A subject that is a count of things, the whole of it before its verb: "The four blood groups",
# "The two main types of diabetes".
_COUNTED_SUBJECT = lazy(r"The (two|three|four|five|six|[2-6])(?:\s+[a-z][\w-]*){1,5}$")
# What a predicate adjective ends on or is: "The two forces are equal and opposite".
_DESCRIBING_ENDINGS = ("al", "ar", "ent", "ant", "ive", "ous", "ible", "able", "ic", "ful", "ly")
_DESCRIBING_WORDS = frozenset("same opposite alike apart together separate".split())
# Words that open a clause or an aside after a comma, not a thing named: ", which took a year".
_NOT_A_THING = frozenset(
    "which who whom whose where when while each both all and but or so yet as than such like"
    " plus including except not".split()
)


def _counted_lead(text: str, block: object) -> str:
    """The sentence a paragraph ends on, less its colon, if it counts the items of the list
    `block` after it ("Flu has four main symptoms:"); "" otherwise, and for a writer's list
    ("Here are three tips:", which leans on what it lists)."""
    if not text.endswith(":") or not isinstance(block, BulletList):
        return ""
    lead = sentences(text)[-1].text[:-1].rstrip()
    if not (found := _COUNTED.search(lead)) or _leans(lead):
        return ""
    count = _LISTED_COUNTS.get(found.group(1)) or int(found.group(1))
    return lead if count == len(block.items) else ""


# Words that make counted things some named before: "three such kingdoms", "two other types".
_COUNTED_BEFORE = PRONOUNS | _DEMONSTRATIVES | {"such", "other", "more", "further"}


def _there_lists(text: str) -> bool:
    """Whether a sentence opening "There are/were" counts things and lists them all after a
    colon ("There are four blood groups: A, B, AB and O."): its "There" points at nothing
    before it. Not "There are three main types." nor "There are three such kinds: …"."""
    words = text.split(": ", 1)[0].split()
    return (
        len(words) > 3
        and words[0] == "There"
        and words[1] in ("are", "were")
        and _COUNTED.match(" ".join(words[2:])) is not None
        and _COUNTED_BEFORE.isdisjoint(_word(word) for word in words[3:])
        and bool(_counted_list(text))
    )


def _counted_list(text: str) -> str:
    """The list a sentence ends on after a count, if it names the things counted, as many as
    the count, each in a few words: after a colon ("His press combined three inventions: [metal
    type cast in a hand mould, an oil-based ink, and a screw press adapted from wine-making]")
    or, as names or short noun phrases, after a comma ("Mars has two small moons, [Phobos and
    Deimos]"). A list in prose, asked for as a lead-in's list is (`_listing`). The count alone
    gave itself away (`choose`). "" otherwise."""
    if ": " in text:
        before, _, listed = text.rpartition(": ")
        apposed = False
    elif text.startswith("The ") and (" are " in text or " were " in text):
        return _counted_subject_list(text)
    else:
        before, _, listed = text.partition(", ")
        # The count is among the last words before the comma: most sentences have none there.
        if not listed or _COUNT_WORDS.isdisjoint(before.rsplit(None, 4)[-4:]):
            return ""
        apposed = True
    listed = listed.rstrip(" .")
    if not (found := _COUNTED.search(before)) or any(mark in listed for mark in ".;:!?"):
        return ""
    count = _LISTED_COUNTS.get(found.group(1)) or int(found.group(1))
    things = _LIST_JOINT.split(listed)
    longest = MAX_APPOSED_WORDS if apposed else MAX_LISTED_WORDS
    if len(things) != count or any(len(thing.split()) > longest for thing in things):
        return ""
    if apposed and (frame_end(text) or not all(map(_names_a_thing, things))):
        return ""  # "In two years, sales and profits doubled", "two sons, aged 4 and 6"
    return listed


def _counted_subject_list(text: str) -> str:
    """The things a sentence whose subject is a count names as its complement, as many as the
    count ("The four blood groups are [A, B, AB and O]", "The two main types of diabetes are
    [type 1 and type 2]"), each a name or a short noun phrase (`_names_a_thing`); not what
    they are like ("The two forces are equal and opposite"). "" otherwise."""
    verb = " are " if " are " in text else " were "
    before, _, listed = text.partition(verb)
    listed = listed.rstrip(" .")
    if not (found := _COUNTED_SUBJECT.match(before)) or any(m in listed for m in ".;:!?"):
        return ""
    count = _LISTED_COUNTS.get(found.group(1)) or int(found.group(1))
    things = _LIST_JOINT.split(listed)
    if (
        len(things) != count
        or any(len(thing.split()) > MAX_APPOSED_WORDS for thing in things)
        or not all(map(_names_a_thing, things))
        or any(_describes(thing) for thing in things)
    ):
        return ""
    return listed


def _describes(thing: str) -> bool:
    """Whether a thing listed is one lowercase word that says what something is like ("equal",
    "similar", "independent"), not what it is ("red", "solid")."""
    return (
        thing.islower()
        and " " not in thing
        and (thing.endswith(_DESCRIBING_ENDINGS) or thing in _DESCRIBING_WORDS)
    )


def _names_a_thing(thing: str) -> bool:
    """Whether a thing listed names one: a name or a noun phrase ("Phobos", "the
    Calvin cycle"), not a participle, a figure or a clause ("aged 4", "6", "which took …")."""
    first = thing.split()[0] if thing.split() else ""
    if first[:1].isupper():
        return True
    return (
        first.isalpha()
        and not (first.endswith("ed") and len(first) > 3)  # "aged 4"; not "red"
        and not (first.endswith("ing") and " " in thing)  # "orbiting Mars"; not "painting"
        and first not in _SCOPING
        and first not in _NOT_A_THING
    )


def _statement_card(
    ctx: Context,
    section: Section,
    paragraph: Paragraph,
    kind: str,
    name: str,
    statement: str,
    seen: set[str],
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
        ctx.skip("sentence repeats earlier text (a pull quote): carded once", paragraph.span)
        return []
    draft = _cloze_note(
        ctx, NoteKind.CLAIM, section, paragraph.span, text, (), context, False, "", term
    )
    if not draft:
        return []
    seen.add(key)
    return [draft]


def _named_subject(text: str, before: str, opened: str = "", titles: str = "") -> str | None:
    """`text` with its subject "It" or "They" replaced by the subject the sentence `before`
    defines ("fastcsv is a CSV parser … It parses files …" → "fastcsv parses files …"), its
    "Its"/"Their" by the subject's possessive ("Amoxicillin's active form …", "Enzymes'
    shape …"). "It"/"Its" also by the thing the sentence before, as carded (`opened`), opens
    on (`_opening_subject`: "The Jurassic Coast runs … It became …" → "The Jurassic Coast
    became …"), or by what the sentence before says it is called; a name `titles` (the
    document's title and the section's heading) hold as a thing's.
    None where neither has such a subject, or none of the pronoun's number ("They"
    after "… are …"), or "It" anticipates a clause ("It is important to …")."""
    pronoun = text.split(None, 1)[0]
    if pronoun == "It" and _anticipates(text):
        return None
    if subject := defined_subject(before):
        plural = before[len(subject) :].split(None, 1)[0] == "are"
    elif called := _called(before):
        # "The streaks … are called legs or tears. They are caused by …": what it is called.
        subject, plural = called
    elif pronoun in ("It", "Its") and opened and (subject := _opening_subject(opened, titles)):
        plural = False
    else:
        return None
    if plural != (pronoun in ("They", "Their")):
        return None
    if pronoun in ("Its", "Their"):
        apostrophe = APOSTROPHE if APOSTROPHE in before + text else "'"
        ending = apostrophe if plural and subject.endswith("s") else f"{apostrophe}s"
        return f"{subject}{ending}{text[len(pronoun) :]}"
    return f"{subject}{text[len(pronoun) :]}"


# A sentence that ends on what its subject is called: "This is called the Personal Allowance."
_CALLED = lazy(
    r"\b(is|are)\s+(?:also\s+|often\s+|usually\s+)?called\s+(?P<name>[\w-]+(?:\s+[\w-]+){0,3})\.$"
)


def _called(sentence: str) -> tuple[str, bool] | None:
    """The name `sentence` ends on as what its subject is called, as a subject ("Legs or tears"
    in "The streaks … are called legs or tears."), and whether "are" calls it; None for no
    such sentence, or an indefinite or generic name ("… is called a sextant", "the first
    stage")."""
    if " called " not in sentence or not (called := _CALLED.search(sentence)):
        return None
    words = called.group("name").split()
    if words[0] in ("a", "an") or any(word.lower() in _NO_NAMES for word in words):
        return None
    name = " ".join(words)
    return name[:1].upper() + name[1:], called.group(1) == "are"


# Words between a subject and its verb: "The study also found …", "Shingrix is now offered".
_BEFORE_VERB = frozenset("also now still later then never already".split())
_MODALS = frozenset("can could will would should may might must".split())
# Verbs whose complement is the subject itself, no second thing "It" may stand for: "The Shard
# was the tallest building in the EU", "The coast became a World Heritage Site".
_BEING = frozenset("is was be been being became becomes remains remained seems seemed".split())
# What opens an object "It" may stand for instead of the subject: "The council approved the
# plan. It will cost …" (the plan does).
_DETERMINERS = frozenset("a an the this that its his her their our your my another one".split())
# Where an object's words end: "… approved the plan {in} May", "the drug {that} …".
_OBJECT_ENDS = frozenset(
    "in on at by for from with without into out off over under after before during within"
    " through across as than because when while until of and or to that which who where".split()
)


def _verb(word: str, after: str) -> bool:
    """Whether `word` (folded) is the verb after a subject: an auxiliary, a past form, or a
    present "-s" form not followed by a verb of its own ("The blood pressure readings rose")."""
    if word in _AUXILIARIES or word in _MODALS or word in _PAST:
        return True
    if word.endswith("ed") and len(word) > 3:
        return True
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 4:
        return False
    return not (after in _AUXILIARIES or after in _PAST or after.endswith("ed"))


def _opening_subject(before: str, titles: str = "") -> str | None:
    """The singular thing the sentence `before` opens on as its subject, which a later "It"
    stands for: a name ("Shingrix", "The Jurassic Coast", "The Bank of England") or a definite
    "The …" of up to four words ("The study"), before its verb. With an appositive name, that
    name ("The vaccine, Shingrix, is …" → "Shingrix"). None for a question, an indefinite or
    plural subject, one opened by a clause ("When …, the …"), a possessive or "of" phrase ("The
    company's founder", "The population of Tokyo") or two things ("A and B"), or where another
    thing in the sentence may be what "It" stands for: a singular object ("The council approved
    the plan."), and after a bare name, which may be a person's, any other name or "the …"
    ("Darwin sailed on HMS Beagle."), unless `titles` hold the name: the page is about it, a
    thing ("Metformin is excreted unchanged in the urine." under "Metformin: Drug Monograph")."""
    if before.rstrip().endswith("?"):
        return None
    raw = before.split(None, 12)
    article = raw[0] == "The"
    if not article and (not raw[0][:1].isupper() or _word(raw[0]) in _NOT_NAME):
        return None
    words = [_word(word) for word in raw]
    at = 1 if article else 0
    subject: list[str] = raw[:at]
    name = ""  # an appositive name
    while at < len(raw) - 1 and len(subject) < 5:
        word, bare = raw[at], raw[at].rstrip(",")
        if len(subject) > int(article) and _verb(words[at], words[at + 1]) and word.islower():
            break
        if words[at] in _BEFORE_VERB or (words[at].endswith("ly") and word.islower()):
            if not _verb(words[at + 1], words[at + 2] if at + 2 < len(words) else ""):
                return None
            at += 1
            continue
        if word[:1] == "(" and word[-1:] == ")" and subject[-1][:1].isupper():
            at += 1  # a name's abbreviation: "The Andromeda Galaxy (M31) is …"
            continue
        if not bare.replace("-", "").isalnum() or (not article and not word[:1].isupper()):
            return None  # a possessive, a bracket, a lower-case word in a bare name
        if words[at] == "of" and not (subject[-1][:1].isupper() and raw[at + 1][:1].isupper()):
            return None
        if words[at] in ("and", "or", "nor", "&"):
            return None
        subject.append(bare)
        at += 1
        if bare != word:  # "The vaccine, Shingrix, is …": the name between the commas
            close = next((i for i in range(at, min(at + 8, len(raw))) if raw[i][-1] == ","), 0)
            inside = raw[at : close + 1]
            if not close or close + 1 >= len(raw) - 1:
                return None
            if all(part[:1].isupper() for part in inside) and len(inside) <= 3:
                name = " ".join(inside).rstrip(",")
            at = close + 1
            if not _verb(words[at], words[at + 1]):
                return None
            break
    else:
        return None
    if len(subject) < (2 if article else 1):
        return None
    verb = words[at]
    if verb in ("are", "were", "have", "do"):
        return None
    singular = verb in ("is", "was", "has", "does") or (
        verb.endswith("s") and verb not in _MODALS and verb not in _PAST
    )
    head = _word(subject[-1])
    if not singular and head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return None
    rest = words[at + 1 :]
    titled = not article and _titled(" ".join(subject), titles)
    if (
        not article
        and not titled
        and any(
            word in _DETERMINERS or raw[at + 1 + i][:1].isupper() for i, word in enumerate(rest)
        )
    ):
        return None  # a name may be a person's: nothing else "It" may stand for
    if verb in _BEING:
        # "The main blocker is the sync library. It corrupts …": a role's "It" is the thing
        # named after it (as `defined_subject` has it); a name's is the name.
        role = article and not name and subject[-1].islower()
        if role and rest and rest[0] in _DETERMINERS:
            return None
        return name or " ".join(subject)
    # The object after the verb and its auxiliaries, singular: "approved the plan", "will replace
    # a ferry", "has bought Arm"; none in "runs for 95 miles", "followed 500 adults".
    skip = 1 if verb in _AUXILIARIES or verb in _MODALS else 0  # "has {bought}"
    while skip < len(rest) - 1 and (
        rest[skip] in _AUXILIARIES
        or rest[skip] in _MODALS
        or rest[skip] in _BEFORE_VERB
        or rest[skip] in ("not", "be", "been", "being")
        or rest[skip].endswith("ly")
    ):
        if rest[skip] in ("be", "been", "being"):  # "can be given as …": passive, no object
            return name or " ".join(subject)
        skip += 1
    opener = raw[at + 1 + skip] if at + 1 + skip < len(raw) else ""
    if opener[:1].isupper():
        return None
    # After a name a bare noun too ("Marie Curie discovered polonium"); after "The …" or the
    # page's own name one is what it makes or does ("The drug reduces blood pressure",
    # "resets every April").
    figure = opener[:1].isdigit() or opener[:1] in "$€£"
    plain = not (article or titled) and _word(opener) not in _OBJECT_ENDS and not figure
    if plain or _word(opener) in _DETERMINERS:
        noun = ""
        for word in rest[skip : skip + 6]:
            if word in _OBJECT_ENDS:
                break
            noun = word
        if not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
            return None
    return name or " ".join(subject)


# Prepositions an opening phrase may open on: "Through binoculars it looks like …".
_OPENING_PREPOSITIONS = _SCOPING | frozenset(
    "through throughout across around into like unlike via near between inside outside".split()
)
# What ends a clause before an "it", whose own thing it may then stand for: "Dry the surface,
# preheat the pan and do not overcrowd it", "Searing adds flavour; it does not …", "The company
# has grown every year since it was founded".
_CLAUSE_OPENERS = frozenset(
    "and or but so which who whom whose that where when while because if than unless since"
    " until till once as after before although though whereas whether".split()
)


def _dangling(text: str) -> int:
    """The index of the first "it" or "its" in `text`, not its first word, that stands for
    nothing named before it in the sentence: one after only its clause's subject and verb
    ("Garry Kasparov made it his main weapon", "Heat it for 3 to 5 minutes"; a verb's object is
    never its own subject), "its" after only a preposition ("At its peak you may see …"), "it"
    after no other thing ("Through binoculars it looks like …"). -1 for one that may stand for
    a thing before it ("… has it topped up", "preheat the pan and do not overcrowd it", "Scotland
    sets its own rates"), for a thing after it ("When it opened in 1998, the bridge …"), or for
    a clause after it ("Most people find it hard to …")."""
    words = text.split()
    at = next((i for i in range(1, len(words)) if _word(words[i]) in ("it", "its")), 0)
    if not at or words[at][:1].isupper():
        return -1
    before = words[:at]
    if any(word[-1] in ",;:" or word in ("—", "–") for word in before):
        return -1
    folded = [_word(word) for word in before]
    if any(word in _CLAUSE_OPENERS for word in folded[1:]):
        return -1
    # "Because it is …", "Through the kidneys it is …": the clause's subject, after no thing
    # but a preposition's ("When the dough rests it rises": the dough's).
    opening = folded[0] in _OPENING_PREPOSITIONS and folded[0] not in _CLAUSE_OPENERS
    if _word(words[at]) == "its":
        if any(word not in _OPENING_PREPOSITIONS for word in folded):
            return -1  # "Scotland sets its own …": the subject's own
    elif not opening and any(word in _DETERMINERS or word[:1].isdigit() for word in folded[1:]):
        return -1  # "A taxpayer who pays £80 into a pension has it …"
    after = [_word(word) for word in words[at + 1 : at + 5]]
    clause = any(word in ("to", "that") for word in after[1:])
    if clause and after[0] not in _PREPOSITIONS and after[0] not in _DETERMINERS:
        return -1  # "find it hard to …": the clause after it
    comma = next((i for i in range(at, len(words)) if words[i].endswith(",")), 0)
    if comma and comma + 1 < len(words):
        subject = words[comma + 1]
        if _word(subject) in _DETERMINERS or (
            subject[:1].isupper() and _word(subject) not in PRONOUNS
        ):
            return -1  # "When it opened in 1998, the bridge …"
    return at


def _put_for(text: str, at: int, thing: str, written: str) -> str:
    """`text` with its word `at`, "it" or "its", replaced by `thing` or its possessive, in
    lower case where it is no name (`_common`) in the paragraph `written`."""
    words = text.split(" ")
    if len(words) != len(text.split()):
        return text
    thing = f"the {thing[4:]}" if thing.startswith("The ") else thing
    if _common(thing, written):
        thing = thing[:1].lower() + thing[1:]
    word = words[at]
    pronoun = "its" if word.lower().startswith("its") else "it"
    if pronoun == "its":
        apostrophe = APOSTROPHE if APOSTROPHE in text else "'"
        thing = (
            f"{thing}{apostrophe}"
            if thing.endswith("s") and thing[-2:] != "ss"
            else f"{thing}{apostrophe}s"
        )
    words[at] = thing + word[len(pronoun) :]
    return " ".join(words)


def _common(thing: str, written: str) -> bool:
    """Whether `thing`, opening a sentence, is a common noun phrase, not a name: a word of its
    after the first is in lower case ("Credit utilization", not "Bank of England"), or
    `written` has it in lower case ("inflation" for "Inflation"). Not an initialism ("DNA
    replication") nor a word with capitals inside ("iPhone")."""
    first, *rest = thing.split()
    if not first[1:].islower():  # "DNA", "iPhone"
        return False
    if any(word.islower() and word not in _NAME_JOINS for word in rest):
        return True
    lowered = first.lower()
    return not rest and any(_word(word) == lowered for word in written.split() if word.islower())


def _topic(heading: str, first: str) -> str:
    """The single thing a section's heading names that its paragraph's `first` sentence opens
    on, as that sentence writes it ("The Andromeda Galaxy" under "The Andromeda Galaxy" or
    "Andromeda Galaxy (M31)"); "" for any other heading."""
    name = heading.split(" (", 1)[0].strip()
    name = name[4:] if name.startswith(("The ", "the ")) else name
    if (
        not name[:1].isupper()
        or len(name.split()) > 5
        or not name.replace(" ", "").replace("-", "").isalnum()
    ):
        return ""
    start = 4 if first.startswith("The ") else 0
    if first[start : start + len(name)].lower() != name.lower():
        return ""
    rest = first[start + len(name) :].split(None, 2)
    if len(rest) < 2 or not (rest[0][0] in "(," or _verb(_word(rest[0]), _word(rest[1]))):
        return ""  # "Dosing errors are …" under "Dosing": not of the heading's thing
    return first[: start + len(name)]


def _titled(name: str, titles: str) -> bool:
    """Whether `titles` hold `name` as a whole word or words ("Metformin" in "Metformin
    Hydrochloride: Drug Monograph", "How Metformin Works"), not after another name's word:
    "Darwin" in "Charles Darwin: A Life" is a surname, a person's."""
    at = titles.find(name)
    while at >= 0:
        end = at + len(name)
        if (not at or not titles[at - 1].isalnum()) and not titles[end : end + 1].isalnum():
            word = (titles[:at].split() or [""])[-1]
            if not (word[:1].isupper() and word[-1].isalnum()) or word.lower() in _TITLE_WORDS:
                return True
        at = titles.find(name, at + 1)
    return False


# A person's pronoun or possessive opening a sentence: whom the sentence before names.
_PERSONAL = ("He ", "She ", "His ", "Her ")
# Lower-case words inside a name: "Ludwig van Beethoven", "Leonardo da Vinci".
_NAME_PARTICLES = frozenset("van von de da del della der di du le la bin ibn".split())
# Lower-case words that join a name's words: "Bank of England", "Trinity and All Saints".
_NAME_JOINS = _NAME_PARTICLES | frozenset("of and the for".split())
# Capitalised openers that are no name's first word: "After Darwin returned …".
_NOT_NAME = (
    _SCOPING
    | DEPENDENT_OPENERS
    | frozenset("the a an later today now once when while if as some most many".split())
)
# Capitalised words a title puts before a thing's name, no first name: "How Metformin Works".
_TITLE_WORDS = _NOT_NAME | frozenset(
    "how why what which who is are does do can should using taking understanding introducing"
    " guide about your our my".split()
)


def _named_person(text: str, before: str, earlier: str) -> str | None:
    """`text` with its opening "He"/"She" replaced by the person the sentence `before` opens on
    as its subject, "His"/"Her" by their possessive ("Hermann Ebbinghaus studied memory … He
    found …" → "Hermann Ebbinghaus found …"). The person is two or more capitalised words, or
    one that ends such a name in `earlier`, the paragraph before `before` ("Ebbinghaus
    repeated …"). None where `before` opens on no name ("The award went to Marie Curie",
    "After Darwin …"), on two people ("Baddeley and Hitch …") or on a possessive ("Newton's
    laws …"): whom the pronoun stands for is not sure."""
    name: list[str] = []
    words = before.split(None, 6)
    for at, word in enumerate(words[:-1]):
        bare = word.rstrip(",")
        if name and bare in _NAME_PARTICLES and words[at + 1][:1].isupper():
            name.append(bare)
            continue
        if not (bare[:1].isupper() and bare.replace("-", "").isalpha()):
            break
        name.append(bare)
        if bare != word:  # "Hermann Ebbinghaus, a German psychologist, studied …"
            break
    else:
        return None
    after = words[len(name)]
    if not name or name[0].lower() in _NOT_NAME or not after[:1].islower():
        return None
    if after in ("and", "or", "nor", "&"):
        return None
    if len(name) == 1 and not re.search(rf"[A-Z][\w-]* {re.escape(name[0])}\b", earlier):
        return None
    who = " ".join(name)
    pronoun, rest = text.split(" ", 1)
    if pronoun in ("His", "Her"):
        apostrophe = APOSTROPHE if APOSTROPHE in before + text else "'"
        return f"{who}{apostrophe}s {rest}"
    return f"{who} {rest}"


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
# Names that name nothing: "This is called a step", "The first is known as the second".
_NO_NAMES = GENERIC_SUBJECTS | frozenset(
    "step stage phase process method technique thing way part one kind type".split()
    + "it this that same".split()
)


def _named_by(text: str, before: str) -> str:
    """The name `text` gives what the sentence `before` describes (`_NAMING`): "autolyse" in
    "This rest is called the autolyse."; "" for a pronoun or a generic word, the same word as
    what it names ("This step is called a step"), or a name `before` already uses."""
    if _NAMING_VERBS.isdisjoint(text.split(None, 6)[2:6]) or not (found := _NAMING.match(text)):
        return ""
    name = found.group("name")
    words = name.lower().split()
    if words[0] in _NO_NAMES or words[-1] in _NO_NAMES or words == (found["what"] or "").split():
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
_NO_NAMERS = PRONOUNS | _DEMONSTRATIVES | {"what", "some", "others", "one", "many", "most"}


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
    if words[0] in _NO_NAMES or words[-1] in _NO_NAMES or name.lower() in what:
        return ""
    return name


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
    """The term a sentence names (`_class_named`) or glosses (`_glossed`) itself; "" if none."""
    if _NAMING_WORDS.isdisjoint(text.split(None, MAX_NAMING_WORDS)[:MAX_NAMING_WORDS]):
        return ""
    return _class_named(text) or _glossed(text)


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
        )
    ):
        return "is too short to stand alone"
    if words > MAX_CLAIM_WORDS:
        return f"has {words} words (more than {MAX_CLAIM_WORDS}): too long for one card"
    if _HYPOTHETICAL.match(text):
        return "sets up a hypothetical example, not a claim"
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
    if _leans(text) and not _names_its_subject(text, marks):
        return "leans on the sentence before it"
    if text.rstrip().endswith("?"):
        return "is a question"
    return None


def _states_measure(text: str) -> bool:
    """Whether a short sentence states a measured quantity ("Each tablet contains 5 mg of X.",
    "Wait about ninety minutes after waking."), not a clock time ("Doors open at 6:30 pm
    sharp." is logistics), or the date of an event in a sentence ("Valdivia founded Santiago in
    1541."; not a caption's or a heading's "Performance to 31 October 2024", nor what did not
    happen then: "The plague did not disappear in 1351.")."""
    if states_quantity(text):
        return not tells_time(text)
    return text.endswith(".") and not _NEGATED.search(text) and reports_date(text)


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
        return "is the author's own experience, not a claim"
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


def _leans(text: str) -> bool:
    """Whether a sentence needs the one before it: "It is …", "The second is …", "Two are …",
    "Done well, it …". A demonstrative opener ("This pattern holds across 26 years") is kept
    when the sentence quotes a figure."""
    words = [_word(word) for word in text.split()[:4]]  # the opener and the three after it
    opener, second = words[0], words[1] if len(words) > 1 else ""
    if opener == "it" and (anticipatory := _anticipates(text)):
        # The clause is the subject: it leans if its own subject does ("… that this …").
        rest = text[anticipatory.end() :].strip()
        if anticipatory.group().rstrip().lower().endswith("that") and rest:
            return _leans(rest)
        return bool(_POINTS_BACK.search(text))
    if _PART_OF.match(text):
        return True
    if opener in PRONOUNS or (opener in _DEMONSTRATIVES and second in _LINKING_VERBS):
        return True
    if opener in _DEMONSTRATIVES and (
        second in _ALONE_AFTER
        or second in (_SINGULAR_VERBS if opener in ("this", "that") else _PLURAL_VERBS)
    ):
        return True
    if opener in _READER:
        # "You pay each rate only on …, not on all of it": the reader at large, who leans only
        # on what the verb after it takes ("You can take it …", "You will notice the difference");
        # with a figure, only on a pronoun ("You usually take it for 7 days": take what?).
        taken = text.split()[1:MAX_READER_WORDS]
        if _takes_back(taken) and (not states_quantity(text) or _takes_pronoun(taken)):
            return True
    elif opener in DEPENDENT_OPENERS and not states_quantity(text) and not _there_lists(text):
        return True
    if (
        opener == "the"
        and _refers_back(words[1:4])
        and not names_a_kind(*text.split()[1:3])
        and not _named_by_of(text)
    ):
        return True
    if opener in _COUNT_OPENERS and (opener != "the" or second in PLACES) and _counts_back(text):
        return True
    if _POINTS_BACK.search(text):
        return True
    page = len(words) > 2 and words[2] in _THE_PAGE
    if opener in _SCOPING and not page and (second in _DEMONSTRATIVES or second == "then"):
        return True  # "Below that threshold, …", "Since then, …"
    frame, comma, rest = text.partition(",")
    if comma and _measured_from_before(frame.split()):  # "Four years later, …"
        return True
    after = _word(rest.split()[0]) if comma and rest.split() else ""
    if comma and len(frame.split()) <= MAX_FRAME_WORDS and after in PRONOUNS | _DEMONSTRATIVES:
        return True
    # "For most runners it falls at …": a pronoun subject behind an opening phrase. One after a
    # name points at it: "In 1905 Einstein published his theory …".
    if opener not in _PREPOSITIONS:
        return False
    for word in frame.split()[1:MAX_FRAME_WORDS]:
        if word[0].isupper():
            return False
        if _word(word) in PRONOUNS:
            return True
    return False


# Nouns a demonstrative takes in a fixed phrase, or that name the page itself: "this year",
# "that day", "these days", "in this section", "at that time", "this article".
_FIXED_AFTER_DEMONSTRATIVE = frozenset(
    "year years month months week weeks day days time times morning evening night season"
    " decade century quarter moment point stage way ways case article section page post guide"
    " chapter book study paper site website video course lesson tutorial list report one".split()
)
# After "that" a noun only where no clause can follow: a preposition's object ("of that share").
_BEFORE_THAT = frozenset({"of", "in", "on", "at", "for", "from", "by", "with", "to", "into"})
# What makes the noun's own words say which it is: "those patients who …", "those over 65".
_POINTS_AHEAD = frozenset(
    "who whom whose which that where with without above below over under aged".split()
)


def _points_to(text: str, before: str) -> bool:
    """Whether a demonstrative after the first word points at a thing the sentence `before`
    names: "Nerve cells spend up to 70% of their energy running these pumps." after "… the pump
    moves 3 sodium ions out …". "these"/"those" and "this" take a noun; "that" only after a
    preposition ("spent half of that share"), never as a conjunction ("show that 40% …") or a
    relative ("the drug that lowers …"). Not a fixed phrase (`_FIXED_AFTER_DEMONSTRATIVE`)."""
    if not (" these " in text or " those " in text or " this " in text or " that " in text):
        return False
    words = [_word(word) for word in text.split()]
    named = {_singular(_word(word)) for word in before.split()}
    for at in range(1, len(words) - 1):
        word, noun = words[at], words[at + 1]
        if word not in _DEMONSTRATIVES or (word == "that" and words[at - 1] not in _BEFORE_THAT):
            continue
        if noun.isalpha() and noun not in _FIXED_AFTER_DEMONSTRATIVE and len(noun) > 2:
            ahead = words[at + 2] if at + 2 < len(words) else ""
            if _singular(noun) in named and ahead not in _POINTS_AHEAD:
                return True
    return False


def _singular(word: str) -> str:
    """A noun folded to its singular, roughly: "pumps" → "pump", "classes" → "class"."""
    if word.endswith("ies") and len(word) > 4:
        return f"{word[:-3]}y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A time measured from an event told before: "Four years later, the population had doubled to
# 1.2 million" (after what?), "Six months on, …", "Ten years earlier, …".
_SINCE_BEFORE = frozenset({"later", "earlier", "afterwards", "afterward"})
_TIME_UNITS = frozenset(
    "day days week weeks month months year years decade decades century centuries".split()
)


def _measured_from_before(frame: list[str]) -> bool:
    """Whether the words before a sentence's first comma tell a time from an earlier event."""
    if not frame or len(frame) > MAX_FRAME_WORDS:
        return False
    last = _word(frame[-1])
    return last in _SINCE_BEFORE or (
        last == "on" and len(frame) > 1 and _word(frame[-2]) in _TIME_UNITS
    )


_READER = frozenset({"you", "your"})
# How far after "You" a pronoun or a generic noun is what its verb takes.
MAX_READER_WORDS = 6


def _takes_back(words: list[str]) -> bool:
    """Whether `words` hold a pronoun, a demonstrative or "the" before a generic noun ("the
    difference"): something named before."""
    folded = [_word(word) for word in words]
    return any(
        word in PRONOUNS
        or word in _DEMONSTRATIVES
        or (word == "the" and index + 1 < len(folded) and folded[index + 1] in GENERIC_SUBJECTS)
        for index, word in enumerate(folded)
    )


def _takes_pronoun(words: list[str]) -> bool:
    """Whether `words` hold "it", "them" or a "this" with no noun after it ("take this for 7
    days"; not "this rate")."""
    folded = [_word(word) for word in words]
    for index, word in enumerate(folded):
        if word in ("it", "them"):
            return True
        if word == "this":
            after = words[index + 1] if index + 1 < len(words) else ""
            if not after or _word(after) in _OBJECT_ENDS or not after[:1].isalpha():
                return True
    return False


def _reader_takes_subject(text: str, before: str, opened: str) -> str | None:
    """`text`, a sentence to the reader, with the "it" its verb takes replaced by the thing the
    sentence before defines or opens on (as `_named_subject` finds it): "Shingrix is given as
    two doses. You get it 2 to 6 months apart." → "You get Shingrix 2 to 6 months apart."; None
    where there is no such "it" or thing."""
    words = text.split(" ")
    at = next((i for i in range(1, MAX_READER_WORDS) if i < len(words) and words[i] == "it"), 0)
    if not at or not (thing := defined_subject(before) or (opened and _opening_subject(opened))):
        return None
    if thing.startswith("The "):
        thing = f"the {thing[4:]}"
    return " ".join((*words[:at], thing, *words[at + 1 :]))


def _names_its_subject(text: str, marks: tuple[str, ...]) -> bool:
    """Whether the sentence opens on a term the author emphasised whose generic word made it
    seem to lean ("The **spacing effect** is …"): a named concept, not "the effect" of the
    sentence before ("The **striking** finding is …" still leans)."""
    subject = text.removeprefix("The ").removeprefix("the ")
    return subject != text and any(
        mark and subject.startswith(mark) and GENERIC_SUBJECTS.intersection(mark.lower().split())
        for mark in marks
    )


# A count or ordinal that stands for things named before: "Two are already fixed", "The third
# needs a migration", "Both were rejected", "The other two took …", "Only one survived". One
# with a noun of its own ("Two patients died", "The third edition added …") names its subject.
_COUNTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve both hundred thousand"
    " million billion dozen".split()
)
# Not a bare "One" ("One can …" is anyone).
_COUNT_OPENERS = frozenset(
    "two three four five six seven eight nine ten eleven twelve both the only all".split()
)
# Between the count and its verb: "Two are already fixed", "Both quickly sold out".
_COUNT_ADVERBS = frozenset(
    "already also still only now never just even since soon later finally eventually"
    " quickly recently more together each".split()
)
_AUXILIARIES = frozenset(
    "is are was were has have had can could will would should may might must do does did"
    " need remain remains seem seems became become".split()
)
_PAST = frozenset(
    "went got made took saw found felt knew began spent ran wrote lost left came kept told said"
    " bought built met gave grew chose fell won held paid sold sent brought caught cut cost led"
    " shut".split()
)
# Plurals without an "-s" ("Two people in ten", "Two percent of"): a noun after a count.
_PLURALS = frozenset(
    "people children men women feet teeth mice staff data media criteria police cattle sheep deer"
    " fish aircraft percent".split()
)
# What follows a verb, not a noun: "needs {a} migration", "took {6} weeks", "cost {$40}",
# "survived {.}". After a past or plain verb also a preposition ("died {in} the crash"), not
# "to" ("The first cost to the patient …"); not after an "-s", as a plural noun takes one
# ("The first days {in} office").
_OBJECTS = frozenset(
    "a an the no its their his her our your my this that these those some any every each all"
    " both more less fewer about around roughly nearly almost only just twice half it them us"
    " you him me one two three four five six seven eight nine ten".split()
)
# "Two of the five bugs", "Two or three", "Two to four cups": no verb, so no bare count.
_JOINS = frozenset({"of", "and", "or", "nor", "per", "to"})
_AFTER_VERB = frozenset(
    "in on at by for from with without into out off down away up over under after before"
    " during within through across back as than because when while until".split()
)


def _counts_back(text: str) -> bool:
    """Whether a sentence's subject is a bare count or ordinal (see `_COUNT_OPENERS`)."""
    raw = text.split(None, 8)  # the first eight words, and the rest
    words = [_word(word) for word in raw[:8]]
    at = 0
    if words[0] == "the":  # "The third …", "The other two …"
        if len(words) < 2 or words[1] not in PLACES:
            return False
        at = 2
    elif words[0] in ("only", "all"):  # "Only two survived", "All three were …"
        at = 1
    counted = at < len(words) and words[at] in _COUNTS
    if counted:
        at += 1
        while at < len(words) and words[at] in _COUNTS:  # "two hundred"
            at += 1
    elif at != 2:
        return False
    while at < len(words) and words[at] in _COUNT_ADVERBS:
        at += 1
    if at >= len(words):
        return False
    verb = words[at]
    if verb in _AUXILIARIES:
        return True
    if verb in _OBJECTS or verb in _AFTER_VERB or verb in _JOINS or not verb.isalpha():
        return False
    if raw[at][:1].isupper():  # a name: "Both iOS 17 and …", "Two Americans in five"
        return False
    after = "." if raw[at][-1:] in ".,;:!?" or at + 1 >= len(raw) else _word(raw[at + 1].split()[0])
    past = verb.endswith("ed") or verb in _PAST
    if counted:  # plural: "Two need …", "Both cost …"; not "Two patients", "Two people"
        if verb.endswith("s") or verb in _PLURALS:
            return False
    elif verb.endswith("s") and not verb.endswith(("ss", "us", "is")):  # "The third needs …"
        return _object(after)
    elif not past:  # "The third edition …"
        return False
    elif words[1] in ("former", "latter"):  # "The latter reduced load times by 40%"
        return True
    return _object(after) or after in _AFTER_VERB


def _object(word: str) -> bool:
    """Whether `word` (folded; "." for the end of a clause) opens what a verb takes."""
    return word in _OBJECTS or word == "." or word[:1].isdigit() or word[:1] in "$€£"


def _refers_back(words: list[str]) -> bool:
    """After a leading "The": "same …", "second is …", "(striking) finding …"."""
    if not words:
        return False
    if words[0] == "same":
        return True
    if words[0] in _ORDINALS:  # "The second is …", "The first reason is …"
        return len(words) > 1 and (words[1] in _LINKING_VERBS or words[1] in GENERIC_SUBJECTS)
    return any(word in GENERIC_SUBJECTS for word in words[:2])


# What opens an "of" phrase about something named before, not the name of the noun before it:
# "The rest of it", "The result of the vote", "The best of both", "The answer of course".
_NOT_NAMING_OF = (
    PRONOUNS
    | _DEMONSTRATIVES
    | _DETERMINERS
    | frozenset("all both each any either neither such which what whom us them course".split())
)


def _named_by_of(text: str) -> bool:
    """Whether the generic noun after a leading "The" is named by the "of" phrase after it: "The
    rule of thirds", "The problem of evil", "The golden rule of investing". Not a place in an
    order or a superlative ("The first of four", "The best of British": of things named before),
    nor an "of" phrase that opens on a determiner or a pronoun (`_NOT_NAMING_OF`)."""
    raw = text.split(None, 5)[1:5]
    for at, word in enumerate(word.lower() for word in raw[:2]):
        if word in GENERIC_SUBJECTS and at + 2 < len(raw) and raw[at + 1] == "of":
            named = _word(raw[at + 2])
            return (
                word not in PLACES
                and not word.endswith("est")
                and named.isalpha()
                and named not in _NOT_NAMING_OF
            )
    return False


def _word(word: str) -> str:
    """A word folded for the lists above: no quotes or punctuation, no "'s" or "'re"."""
    return _APOSTROPHES.split(word.strip("\u201c\u201d\u2018\"'(),;:."), 1)[0].lower()
