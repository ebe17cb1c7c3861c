"""What a line of text is, for the readers and the extractors: a date or a dated entry, a
byline or a metadata field, a run-in label, a question's options, a problem and its fix, an
instruction, a transcript's speaker.

Imports `patterns` and `document`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from docdeck.document import Paragraph
from docdeck.patterns import lazy

# Words that make a label or value a sentence ("Why it matters: it saves time").
_SENTENCE_WORDS = frozenset(
    "is are was were be been am has have had do does did can could will would shall should may"
    " might must it it's they we you i he she there".split()
)


def reads_as_sentence(text: str) -> bool:
    """Whether a word of `text` makes it a sentence (`_SENTENCE_WORDS`), not a name."""
    return any(word.strip(',;()"“”').lower() in _SENTENCE_WORDS for word in text.split())


def holds_brief_part(texts: Iterable[str]) -> bool:
    """Whether one of `texts` (a section's paragraphs) opens with a part of a case brief that
    only a brief has (`_CASE_ONLY`: "Held: …", "Ratio decidendi: …"): then its "Issue:",
    "Reasoning:", "Conclusion:" and the like are parts too."""
    labels = (
        text[:end].rstrip(" :.")
        for text in texts
        if text.startswith(_CASE_ONLY_OPENINGS) and (end := case_part(text, lowercase=True))
    )
    return any(" ".join(label.lower().split()) in _CASE_ONLY for label in labels)


# A transcript's speaker label, before what they said: "HELEN OKAFOR:", "HO:", "Sarah Lin:",
# "Interviewer:", "Lucía:". A name in capitals or of two or three capitalised words, or a role,
# or one capitalised word (a first name: `_named`); never a Q/A label (an FAQ's, see
# `plaintext._Reader._paired`). A timestamp may open the turn: "[00:04:11] PRIYA RAMAN:",
# "(12:03) HO:", "00:04:11 Priya Raman:".
_SPEAKER = lazy(
    r"^(?:[\[(]?\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d+)?[\])]?\s+)?"
    r"((?-i:[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2}|[A-Z][a-z'’.-]+(?: [A-Z][a-z'’-]+){1,2})"
    r"|interviewer|host|guest|moderator|presenter|chair|audience\s+member"
    r"|(?-i:[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’-])+)):\s+(?=\S)",
    re.IGNORECASE,
)


_ROLES = frozenset("interviewer host guest moderator presenter chair".split())


_NOT_SPEAKERS = frozenset({"Q", "A", "QUESTION", "ANSWER"})


_TURN_STARTS = frozenset("[(0123456789")  # a timestamp's first character


# A transcript has two speakers or more, each with this many turns or more.
MIN_TURNS = 2


def _one_word(label: str) -> bool:
    """Whether a label is one capitalised word ("Lucía", "Warning"), no role: many labels are
    ("Tip:", "Pros:", "Judges:"), so it is a speaker's only in a dialogue (`_named`)."""
    return " " not in label and not label.isupper() and label.lower() not in _ROLES


# What a reader gives `transcript_speakers` for a block that is no line of text (a heading, a
# list, a table): it ends a run of turns.
NO_TURN = "-"


def _named(run: Counter[str], asked: bool) -> set[str]:
    """The one-word labels of a run of turns (lines that open with one, blank lines between)
    that make it a dialogue: each of `MIN_TURNS` turns or more, when two or more are and a
    turn `asked` a question. Over a whole article, labels of things recur ("**Pros:**" and
    "**Cons:**" under each product), and in a run too ("Input: 3", "Output: 9", …)."""
    turns = {label for label, count in run.items() if count >= MIN_TURNS}
    return turns if len(turns) >= 2 and asked else set()


def transcript_speakers(lines: list[str]) -> frozenset[str]:
    """The speaker labels of a transcript: each that opens `MIN_TURNS` lines or more, when two
    or more do, and any name in capitals the transcript opens with before it shortens it
    ("ALASDAIR REID:" then "AR:"). When `MIN_TURNS` lines or more open with a recording's
    timestamp (in brackets or to the second: "[00:02] Bob Smith:", "00:04:11 PR:"), each label
    after one is a speaker's, however few its turns. A one-word label (`_one_word`) is one
    only in a dialogue (`_named`). None in most articles."""
    counts: Counter[str] = Counter()
    stamped: set[str] = set()
    recorded = 0
    run: Counter[str] = Counter()  # the one-word labels of the run of turns `line` is in
    asked = False  # whether one of them asks a question
    named: set[str] = set()
    for line in lines:
        # A turn's label ends on ": " near the line's start, which most lines lack: told first.
        labelled = ": " in line[:50] and (line[:1].isupper() or line[:1] in _TURN_STARTS)
        if labelled and (turn := _SPEAKER.match(line)):
            counts[turn.group(1)] += 1
            if _one_word(turn.group(1)):
                run[turn.group(1)] += 1
                asked = asked or "?" in line
            # A clock time ("10:30 Race Start:") opens a programme's line, no recording's.
            stamp = line[: turn.start(1)]
            if stamp and (stamp[0] in "[(" or stamp.count(":") == 2):
                stamped.add(turn.group(1))
                recorded += 1
        elif run and line.strip():
            named |= _named(run, asked)
            run.clear()
            asked = False
    named |= _named(run, asked)
    regular = {
        label
        for label, count in counts.items()
        if (count >= MIN_TURNS or (label in stamped and recorded >= MIN_TURNS))
        and label.upper() not in _NOT_SPEAKERS
        and not is_label(label)
        and (label in named or not _one_word(label))
    }
    if len(regular) < 2 and not (regular and recorded >= MIN_TURNS):
        return frozenset()
    return frozenset(regular | {label for label in counts if label.isupper()} - _NOT_SPEAKERS)


def turn_end(text: str, speakers: frozenset[str]) -> int:
    """Where the label of one of a transcript's `speakers` (`transcript_speakers`) that opens
    `text` ends, a timestamp before it included ("[00:02] Bob Smith: "); 0 if none does."""
    turn = _SPEAKER.match(text)
    return turn.end() if turn and turn.group(1) in speakers else 0


# A contract's clause number that opens a source line: "1.2 "Fees" means …", "3.1.4 The …",
# "4.2(b) The …", "(a) the Customer …", "(iv) …". A dotted number before a capital or a quote
# only: "1.5 million people …" opens on a figure.
_CLAUSE_OPENING = lazy(
    r"\d{1,3}(?:\.\d{1,3})+\.?(?:\([a-z\d]{1,4}\))*\s+(?=[A-Z\"“])"
    r"|\((?:[a-zA-Z]|[ivx]{2,5}|\d{1,2})\)\s+(?=\S)"
)


_LINE_CLOSERS = "\"”’')]*_"


def opens_clause(before: str, line: str) -> bool:
    """Whether source `line` opens with a clause number (`_CLAUSE_OPENING`) right after a line
    `before` that ends a sentence: a new clause, a paragraph of its own. Not after a line that
    goes on ("… under\n(a) the Act") or ends on ";" or ":" (a lead-in's items)."""
    if not (line[:1].isdigit() or line[:1] == "("):
        return False  # most lines
    if not before.rstrip().rstrip(_LINE_CLOSERS).endswith((".", "!", "?")):
        return False
    return _CLAUSE_OPENING.match(line) is not None


# A month's name or its abbreviation, and a day of the month (cloze.py finds dates with them).
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


DAY = r"\d{1,2}(?:st|nd|rd|th)?"


# A date written out, its month in any case: "14 July 1789", "July 14, 1789", "July 1789".
WRITTEN_DATE = rf"(?:{DAY}\s+(?i:{MONTH}),?\s+\d{{4}}|(?i:{MONTH})\s+(?:{DAY},?\s+)?\d{{4}})"


_DATE = lazy(
    rf"\b(?:{WRITTEN_DATE}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})\b",
    re.IGNORECASE,
)


# An era after a year ("44 BC") or before it ("AD 410"), in capitals.
_ERA = "(?-i:BCE?|AD|CE)"


# A list entry dated before what happened then, as `_dated` writes a timeline's days: "14 July
# 1789: storming of the Bastille", "July 14, 1789: …", "1763: Treaty of Paris ends the war",
# "1950s – trolleys go", "c. 1200 BC – a first crossing" (a list of short ones is a table,
# `fact_table`). Not a release ("2.0 (2024-03-01): …"). A month (`month`: "July 1789 — The
# Bastille is stormed") only in a timeline (`dated_entry`): elsewhere "March 2024: …" heads a
# newsletter's issue or a report's figures. A spaced dash dates it too ("1440 – Gutenberg …",
# "1476 - …"), but not before a figure: "1914 – 1918: …" is a range, as "1914–1918: …" is no
# date.
_DATED_ENTRY = lazy(
    rf"(?P<date>{DAY}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+{DAY},?\s+\d{{4}}"
    rf"|(?:(?:c\.|ca\.|circa)\s*)?"
    rf"(?:(?:1\d|20)\d\d(?:s|\s+{_ERA})?|\d{{1,4}}\s+{_ERA}|(?-i:AD)\s+\d{{1,4}})"
    rf"|(?P<month>{MONTH}\s+\d{{4}}))"
    r"(?::\s+(?=\S)|\s+[-–—]\s+(?=[^\s\d]))",
    re.IGNORECASE,
)


def dated_entry(text: str, months: bool = False) -> re.Match[str] | None:
    """Where `text` opens with a whole date and a colon or a dash (`_DATED_ENTRY`), its group
    "date"; a month and its year only in a timeline (`months`)."""
    if not (": " in text or " – " in text or " — " in text or " - " in text):  # most text
        return None
    if (entry := _DATED_ENTRY.match(text)) and entry.group("month") and not months:
        return None
    return entry


# A timetable's entry: a time, day or week, then what happens ("10:30 am: walk up to the
# castle", "Day 2 – Sintra", "Week 3 (Jan 27): membranes"). A plan, not a fact.
_SCHEDULED = lazy(
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat"
    r"|satur|sun)(?:day)?|day\s+\d+|week\s+\d+|morning|afternoon|evening|night)"
    r"(?:\s*\([^)]{1,20}\))?\s*(?::|[-–—]\s)",
    re.IGNORECASE,
)


def scheduled(text: str) -> bool:
    """Whether `text` is a timetable's entry (`_SCHEDULED`): a plan, not a fact."""
    if not (":" in text or "- " in text or "– " in text or "— " in text):  # most lines
        return False
    return _SCHEDULED.match(text) is not None


def entry_date(text: str, months: bool = False) -> str | None:
    """The date a dated list entry opens with ("14 July 1789" of "14 July 1789: storming of the
    Bastille"), the answer to its card; None for any other text, and for a step of a plan ("14 July
    2025: visit the castle"). `months`: in a timeline, where a month dates an entry too."""
    if not (entry := dated_entry(text, months)):
        return None
    return None if commands(text[entry.end() :]) else entry.group("date")


_READ_TIME = lazy(r"\b\d+\s*[-–]?\s*(?:min(?:ute)?s?|hours?)\s+read\b", re.IGNORECASE)


# "Updated March 2025", "Published on: 3 Feb 2025": the date right after the word.
_DATELINE = lazy(
    rf"(?:last\s+)?(?:updated|published|posted|modified|reviewed)(?:\s+on)?\s*:?\s*{_DATE.pattern}",
    re.IGNORECASE,
)


# "By Jane Doe", "Medically reviewed by Sam Lee": a name, not a date ("By March 2024 …").
_AUTHOR = lazy(
    r"(?i:(?:(?:written|medically\s+reviewed|reviewed|fact[-\s]checked)\s+)?by)\s+"
    rf"(?!(?i:{MONTH})\s)[A-Z]",
)


_BYLINE_SEPARATOR = lazy(r"\s[|·•—–]\s")


# A writer's post after their name: "By Sarah Whitfield, Local Democracy Reporter", "By Tom
# Lee and Ana Ruiz, BBC News". Not a heading's list ("By Car, Bus or Train").
_STAFF = lazy(
    r",\s.*\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|critic"
    r"|staff|desk|news|press|bureau|producer)s?\b",
    re.IGNORECASE,
)


MAX_BYLINE_WORDS = 20


# The dates an exhibition or an offer runs between: "12 April - 31 August 2025", "3-7 March
# 2025", "April to June 2025"; the first date may leave out what the second gives.
_DATE_RANGE = lazy(
    rf"(?:{DAY}(?:\s+{MONTH})?|{MONTH}(?:\s+{DAY})?)(?:,?\s+\d{{4}})?"
    rf"\s*(?:[-–—]|to|until)\s*{_DATE.pattern}",
    re.IGNORECASE,
)


# What a wiki heads each article with, copied with it: "From Wikipedia, the free encyclopedia".
_WIKI_TAGLINE = lazy(r"\*?From [\w ]{1,30}, the free encyclopa?edia\*?", re.IGNORECASE)


# A forum post's or comment's header: "Posted by u/crumb_and_crust · Mod · 3h ago",
# "u/breadhead99 · 2 hr. ago": it opens on "Posted by", or on a Reddit username that a
# separator or a relative time ("3h ago", "2 yr. ago") follows. Tested with `in` first.
_FORUM_HEADER = lazy(r"(?:Posted\s+by\s+)?u/[\w-]+(?=\s|$)|Posted\s+by\s+\S")


_AGO = lazy(
    r"\b\d+\s*(?:[smhdwy]|mins?|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?)\.?\s+ago\b"
)


def is_byline(text: str) -> bool:
    """A byline or dateline, not a sentence: who wrote the page, when, how long it takes to
    read ("By Jane Doe | 3 February 2025", "Updated March 2025 · 9 min read", "2025-02-03",
    "12 April - 31 August 2025")."""
    text = text.strip()
    if not text or text.endswith((".", "!", "?")) or len(text.split()) > MAX_BYLINE_WORDS:
        return False
    if "ncyclop" in text and _WIKI_TAGLINE.fullmatch(text):
        return True
    # "read" looked for first: the pattern's search from each character is slow on a line with
    # figures, and most lines hold no "read".
    reads = "read" in text.lower() and _READ_TIME.search(text)
    dated = text[-1].isdecimal()  # a line that is a date, or a range of them, ends on a figure
    if reads or (dated and _DATE.fullmatch(text)) or _DATELINE.match(text):
        return True
    if dated and text[:1].isalnum() and _DATE_RANGE.fullmatch(text):
        return True
    if ("u/" in text or "Posted by" in text) and _FORUM_HEADER.match(text):
        return text.startswith("Posted by") or bool(
            _BYLINE_SEPARATOR.search(text) or (" ago" in text and _AGO.search(text))
        )
    return bool(_AUTHOR.match(text)) and bool(
        _DATE.search(text) or _BYLINE_SEPARATOR.search(text) or _STAFF.search(text)
    )


# Labels of the page's own data, not of facts about its subject: who wrote it or teaches it,
# when, how long it takes to read, how it is filed. With a note's label (`is_label`: "Note",
# "Source"), one of these among `**Label:** value` lines at the top of a Markdown section makes
# them metadata.
PAGE_LABELS = frozenset(
    {
        *("author", "authors", "by", "byline", "written by", "writer", "editor", "edited by"),
        *("reviewer", "reviewed by", "medically reviewed by", "fact-checked by"),
        *("fact checked by", "contributor", "contributors", "owner", "maintainer", "credits"),
        *("date", "published", "published on", "publish date", "publication date", "posted"),
        *("posted on", "updated on", "last updated", "modified", "last modified", "created"),
        *("last reviewed", "reading time", "read time", "time to read", "word count"),
        *("tag", "tags", "category", "categories", "filed under", "topics", "keywords"),
        *("date published", "date updated", "date modified", "last edited", "edited"),
        *("photos", "photography", "illustrations", "image credit", "series", "status"),
        # Who teaches the course a handout is for: "**Module:** … **Lecturer:** Dr P. Okonkwo".
        *("lecturer", "lecturers", "instructor", "instructors", "course leader", "module leader"),
        *("course tutor", "module tutor", "course convenor", "module convenor", "prepared by"),
    }
)


def is_page_label(label: str) -> bool:
    """`Author`, `Published`, `Reading time`, `Tags`: a label of page metadata, no fact."""
    return " ".join(label.lower().split()) in PAGE_LABELS or is_label(label)


# Who took part in a meeting, an interview or a talk that a transcript or minutes head
# themselves with: "Speakers: Alice Brown, Bob Smith", "Present: …", "Chair: …".
_WHO_LABEL = (
    r"speakers?|attendees?|present|participants?|panel(?:ists?)?|hosts?|guests?|moderators?"
    r"|interviewers?|interviewees?|chair(?:ed\s+by)?|facilitators?|absent|apologies"
    r"|(?:minute|note)[-\s]?takers?|(?:minutes|notes)\s+taken\s+by|(?:also\s+)?in\s+attendance"
    r"|also\s+present|staff(?:\s+present)?|secretary|clerk|scribe|regrets|observers?"
    r"|judges?|justices|bench|coram"
)


_WHO = lazy(_WHO_LABEL, re.IGNORECASE)


MAX_PERSON_WORDS = 4  # "Lord Lloyd-Jones", "Dr. Maria de Souza"


def names_people(label: str, value: str) -> bool:
    """Whether a `Label: value` line says who sat or took part ("Judges: Lord Atkin, Lord
    Tomlin", "Panel: Eleven justices (Lady Hale, …)", "Speakers: Alice Brown and Bob Smith"): a
    label of `_WHO_LABEL`, a value of two names or more. Metadata, as the page's is: who sat
    on a case is no fact to learn, its court and its decision are. ("Panel: IPS" is a
    monitor's.)"""
    if not _WHO.fullmatch(" ".join(label.split())):
        return False
    names = re.split(r",\s*|;\s*|\s+and\s+|\s+&\s+", value.strip().rstrip("."))
    return len(names) > 1 and all(
        name[:1].isupper() and len(name.split()) <= MAX_PERSON_WORDS for name in names
    )


_PERSON_PLACE_DATE = lazy(rf"{_WHO_LABEL}|location|venue|dates?", re.IGNORECASE)


# The fields a controlled document (an SOP, a policy, a form) or a guide heads itself with:
# its title, number, version, who wrote and approved it, when it takes effect, where it is.
_HEADER_LABEL = lazy(
    r"(?:document\s+|doc\s+)?(?:sub)?title|(?:\w+\s+){0,2}(?:number|no\.?|id|code|ref(?:erence)?)"
    r"|version|revision|rev\.?|issue|edition|(?:document\s+|process\s+)?owner"
    r"|(?:approved|authori[sz]ed|prepared|checked|issued|compiled|owned|signed\s+off|written"
    r"|reviewed)\s+by|(?:effective|review|next\s+review|issue|approval|expiry|revision|release)"
    r"(?:\s+date)?|valid\s+(?:from|until)|supersedes|replaces|department|division|location"
    r"|venue|galler(?:y|ies)|room|site|classification|distribution|dates?"
    rf"|{_WHO_LABEL}",
    re.IGNORECASE,
)


_HEADER_FIELD = lazy(r"([^\W\d_][^:]{0,40}):\s+(\S.*)")


def header_field(line: str) -> tuple[str, str] | None:
    """The label and value of a line of a document's header block ("Title: BCA Assay",
    "SOP number: BIO-017", "Version: 3.2", "Approved by: Dr. L. Fischer"): a label of page
    metadata (`PAGE_LABELS`) or of the document's own, a short value that is no sentence.
    None for any other line ("Tip: use fresh buffer" is a note's, "Title: how it was chosen."
    ends a sentence)."""
    if ":" not in line or not (match := _HEADER_FIELD.fullmatch(line.strip())):
        return None
    label, value = " ".join(match.group(1).split()), match.group(2)
    if len(value.split()) > MAX_BYLINE_WORDS or value.endswith((".", "!", "?")):
        return None
    if not (_HEADER_LABEL.fullmatch(label) or label.lower() in PAGE_LABELS):
        return None
    return label, value


def is_metadata_line(line: str) -> bool:
    """Whether `line` says who wrote or took part, where or when (`header_field`: "Speakers:
    Alice Brown, Bob Smith", "Location: Room 4", "Author: Jane Doe"): metadata, never a
    heading, wherever it stands. A document's other fields may ("Issue: Printer offline",
    "Room: Kitchen" head sections)."""
    if ": " not in line or not (field := header_field(line)):
        return False
    return field[0].lower() in PAGE_LABELS or bool(_PERSON_PLACE_DATE.fullmatch(field[0]))


def is_title_label(label: str) -> bool:
    """Whether a header field's label ("Title", "Document title") names the document."""
    return label.lower().endswith("title") and not label.lower().endswith("subtitle")


# Citation markers after a word or sentence ("power.[1]", "2,300[^b]", "[citation needed]"):
# pointers to notes and sources a card does not carry. So is the link a wiki's heading ends on
# when copied ("Geology[edit]", "History[edit source]").
_CITATION = lazy(
    r"(?<=[^\s\[])\[(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|\^[^\]\s]{1,20}|[a-z]"
    r"|(?i:citation needed|clarification needed|when\?|who\?|by whom\?|edit(?: source)?))\]"
)


# Footnote marks the pattern above misses: superscript figures after a sentence's punctuation, or
# after a lower-case word of four letters or more where a sentence ends ("launch¹."; not "x²",
# "km²", "(a+b)²", "weight / height²,"); daggers after punctuation (not "Risks†", a heading's);
# asterisks after a sentence's end; a bracketed number after a sentence's end and a space
# ("launch. [12]": not "shown in [12]"); "[citation needed]" after a space.
_SUPERSCRIPTS = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u207d\u207e]+"


_NOTE_MARK = (  # compiled where used, when first needed (re keeps it): most text has no mark
    rf"(?<=[.!?,;:\"'\u201d\u2019])(?:{_SUPERSCRIPTS}|[\u2020\u2021]+)(?!\w)"
    rf"|(?<=[a-z]{{4}}){_SUPERSCRIPTS}(?=[.!?]?$|[.!?]\s)"
    r"|(?<=[.!?])\*{1,3}(?!\S)"
    r"|(?<=[.!?]) \[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]"
    r"|(?<=\w) \[(?i:citation needed|clarification needed)\]"
)


_NOTE_MARK_CHARS = lazy(r"[\[*\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u207d\u207e\u2020\u2021]")


def without_citations(text: str) -> str:
    """`text` less its citation markers and footnote marks."""
    if "[" in text:
        text = _CITATION.sub("", text)
    # Looked for first: most text has no mark (much has other characters outside ASCII). All
    # but "[" and "*" are outside ASCII: ASCII text (most) is tested for those two alone.
    if ("[" in text or "*" in text or not text.isascii()) and _NOTE_MARK_CHARS.search(text):
        text = re.sub(_NOTE_MARK, _note_mark, text)
    return text


def _note_mark(match: re.Match[str]) -> str:
    """ "" for a footnote mark; an asterisk kept where the text has another ("*Note.* …" is
    emphasis), a superscript after a word where the text is a formula."""
    mark = match.group()
    if mark[0] == "*":
        return mark if match.string.count("*") > len(mark) else ""
    # A power in a formula: "BMI = weight / height²."
    return mark if match.string[match.start() - 1].isalpha() and "=" in match.string else ""


# "Answer:", "A:", "A1." before an FAQ answer; `.` and `)` need a space after them ("A.I. is…").
_ANSWER_PREFIX = lazy(r"^A(?:nswer)?\s*\d*\s*(?::|[.)](?=\s))\s*", re.IGNORECASE)


def strip_answer_prefix(text: str) -> str:
    """An FAQ answer's first paragraph without its "Answer:" label; a multiple-choice
    question's options keep their first letter ("A. Carotene B. Chlorophyll")."""
    if text[:1] in "Aa" and _OPTIONS.match(text):
        return text
    return _ANSWER_PREFIX.sub("", text)


# A multiple-choice question's option: "a) Carotene", "B. Chlorophyll", "(c) Melanin".
OPTION = lazy(r"\(?[a-hA-H][.)]\s+\S")


# Options on one line, from the first: "a) Carotene b) Chlorophyll c) Melanin".
_OPTIONS = lazy(r"\(?([aA])[.)]\s+\S.*?\s\(?[bB][.)]\s+\S")


# What names the right option after them: "Answer: b", "Correct answer: B. Chlorophyll".
ANSWER_LABEL = lazy(r"(?:(?:correct\s+)?answer|ans\.?)\s*:\s*", re.IGNORECASE)


_ANSWER_LABEL_AFTER = lazy(rf"(?<=\s)(?:{ANSWER_LABEL.pattern})", re.IGNORECASE)


def multiple_choice(
    question: str, answer: tuple[Paragraph, ...]
) -> tuple[str, tuple[Paragraph, ...]]:
    """A question whose answer opens with its options (each on a line of its own or all on
    one) before a paragraph or line labelled "Answer:": the question with its options, and
    the answer from that label on, without it. Any other question and answer as they are."""
    if not answer or not OPTION.match(answer[0].text):  # most answers
        return question, answer
    for at, paragraph in enumerate(answer):
        text = paragraph.text
        if at and not OPTION.match(text) and not ANSWER_LABEL.match(text):
            break
        label = ANSWER_LABEL.match(text) if at else None
        if label is None:  # "a) 4 b) 5 Answer: b", one paragraph
            label = _ANSWER_LABEL_AFTER.search(text)
        if label is None or label.end() == len(text):
            continue
        options = " ".join([*(part.text for part in answer[:at]), text[: label.start()].strip()])
        rest = replace(paragraph, text=text[label.end() :], breaks=(), label="")
        return f"{question} {options.strip()}", (rest, *answer[at + 1 :])
    return question, answer


# Labels that open a line or a sentence and are no part of what it says: "Tip: …", "Note: …",
# "Source: Investopedia", "See also: our guide", a study sheet's "Exam tip: …" (no glossary term).
_LABEL = lazy(
    r"(?:(?:pro|quick|top|safety|side|please|exam|study|revision)\s+)?"
    r"(?:tip|hint|note|nb|n\.b\.|warning|caution"
    r"|important|remember|reminder|heads[\s-]up|danger|source|see(?:\s+also)?|(?:last\s+)?updated"
    r"|reviewed|disclaimer|related|read\s+more|example)s?",
    re.IGNORECASE,
)


_LABEL_OPENING = lazy(rf"(?:{_LABEL.pattern})\s?:\s+", re.IGNORECASE)


def is_label(term: str) -> bool:
    """Whether a glossary line's `term` is a label ("Note", "Source", "See also"), no term."""
    return bool(_LABEL.fullmatch(" ".join(term.split())))


def label_end(text: str) -> int:
    """Where a label that opens `text` ends ("Tip: " of "Tip: use olive oil"), or 0."""
    return label.end() if (label := _LABEL_OPENING.match(text)) else 0


# The parts of a structured abstract (a paper's, a report's), each headed by a run-in label
# ("Background: …", "**Methods.** …"): a section of its own, the label no part of its text.
_ABSTRACT_PARTS = frozenset(
    (
        "background",
        "introduction",
        "context",
        "objective",
        "objectives",
        "aim",
        "aims",
        "purpose",
        "design",
        "setting",
        "participants",
        "interventions",
        "methods",
        "materials and methods",
        "methods and findings",
        "main outcome measures",
        "measurements",
        "results",
        "findings",
        "interpretation",
        "discussion",
        "limitations",
        "conclusion",
        "conclusions",
    )
)


MAX_ABSTRACT_LABEL_CHARS = 22  # "Main outcome measures:"


def abstract_part(text: str) -> int:
    """Where the run-in label of a structured abstract's part that opens `text` ends, space
    included ("Methods: " of "Methods: We assigned …", "Results. " of "Results. Pain fell …"),
    or 0: a label of `_ABSTRACT_PARTS`, a colon or a period, then a sentence."""
    return _run_in_label(text, _ABSTRACT_PARTS, MAX_ABSTRACT_LABEL_CHARS)


# The parts of a case brief, each headed by a run-in label as an abstract's are ("**Held:** The
# House of Lords held …", "Ratio decidendi. A manufacturer …"): facts by name about the case
# (`_label_tables`). The labels of `_CASE_ONLY` name no part of anything but a case; the others
# are parts of a brief only in a section that holds one of those, as are a structured abstract's
# (`abstract_part`: an IRAC brief's "Conclusion:", a "Background:"), which head no part there.
_CASE_ONLY = frozenset(
    "facts|material facts|held|holding|holdings|ratio|ratio decidendi|obiter|obiter dicta"
    "|obiter dictum|judgment|judgement|disposition".split("|")
)


_CASE_PARTS = (
    _CASE_ONLY
    | _ABSTRACT_PARTS
    | frozenset(
        "issue issues question questions decision outcome reasoning rule principle significance"
        " application".split()
    )
)


# How a part only a brief has opens: most paragraphs open otherwise, and are not read further.
_CASE_ONLY_OPENINGS = tuple(
    sorted({opening for label in _CASE_ONLY for opening in (label[:4].title(), label[:4].upper())})
)


MAX_CASE_LABEL_CHARS = MAX_ABSTRACT_LABEL_CHARS  # "Ratio decidendi: ", "Main outcome measures:"


def case_part(text: str, lowercase: bool = False) -> int:
    """Where the run-in label of a case brief's part (`_CASE_PARTS`) that opens `text` ends,
    space included ("Held: " of "Held: The House of Lords held …"), or 0. `lowercase`: a colon
    may be followed by a lowercase word too ("Held: the appeal was allowed.")."""
    return _run_in_label(text, _CASE_PARTS, MAX_CASE_LABEL_CHARS, lowercase)


def _run_in_label(
    text: str, labels: frozenset[str], max_chars: int, lowercase: bool = False
) -> int:
    """Where a run-in label of `labels` that opens `text` ends, space included: the label, a
    colon or a period, then a sentence (after a colon, one opening in lowercase if
    `lowercase`); or 0."""
    head = text[:max_chars]
    stops = [at for at in (head.find(":"), head.find(".")) if at > 0]
    if not stops or not text[:1].isupper():
        return 0
    stop = min(stops)
    if " ".join(head[:stop].lower().split()) not in labels or is_metadata_line(text):
        return 0  # "Participants: Alice Brown and Bob Smith" says who took part
    end = stop + 1
    while text[end : end + 1] == " ":
        end += 1
    first = text[end : end + 1]
    if end == stop + 1 or not (
        first.isupper() or first.isdigit() or (lowercase and first.isalpha() and text[stop] == ":")
    ):
        return 0  # "Results:12" or "Methods: we …": no run-in label then
    return end


# What a mathematical text's run-in label heads ("**Definition 4.1.** A *group* is …",
# "Theorem 4.3 (Lagrange). The order …", "*Proof.* …"): its kind, an optional number and an
# optional name in brackets, then a period.
STATEMENT_KINDS = (
    "Definition",
    "Theorem",
    "Lemma",
    "Proposition",
    "Corollary",
    "Remark",
    "Example",
    "Axiom",
    "Conjecture",
    "Proof",
)


_STATEMENT_LABEL = lazy(
    rf"({'|'.join(STATEMENT_KINDS)})(?:\s+\d+(?:\.\d+)*[a-z]?)?(?:\s*\(([^()]{{1,80}})\))?\.\s+(?=\S)"
)


def statement_label(text: str) -> tuple[str, str, int] | None:
    """The kind ("Theorem") and name ("Lagrange", or "") of the label of a definition, theorem,
    proof or the like that opens `text`, and where the statement after it starts; None if no
    such label opens it."""
    if not text.startswith(STATEMENT_KINDS) or not (found := _STATEMENT_LABEL.match(text)):
        return None
    return found.group(1), (found.group(2) or "").strip(), found.end()


# A question's label or number: `Q:`, `Q1.`, `Question 2)`, `3.`; `.` and `)` need a space
# after them (`Q.E.D.`, `2.5`).
ASKED_LABEL = lazy(
    r"^(?:Q(?:uestion)?\s*\d*\s*(?::|[.)](?=\s))|\d{1,3}[.)](?=\s))\s*", re.IGNORECASE
)


MAX_PROBLEM_CHARS = 250


# Under a troubleshooting heading (`is_troubleshooting`) a sub-heading that states a problem
# asks for its fix, with or without a final period: one that quotes an error (a code span or
# quotes), one of two words or more that says something fails ("Build fails", "Python not
# found"), or one of four words or more that opens with no step or fix ("Check the logs"). A
# short name ("Windows", "Installation issues") or a heading with sub-headings is a category.
# Compiled where used, when first needed (re keeps it).
_QUOTED = r"[\"“«„][^\"“”«»„]{2,}[\"”»]"


_PROBLEM_WORD = (  # compiled where used, when first needed (re keeps it); flags inline
    r"(?i)\b(?:not|no|never|cannot|unable|fail(?:s|ed|ing|ure)?|crash(?:es|ed|ing)?|hang(?:s|ing)?"
    r"|freezes|froze|broke|breaks|broken|stuck|denied|missing|slow|wrong|times?\s+out"
    r"|timed\s+out|offline|leak(?:s|ing)?|noisy|noise|loud|weak|flicker(?:s|ing)?"
    r"|overheat(?:s|ing)?|beep(?:s|ing)|blinking|flashing|jammed|clogged|blocked|dead"
    r"|disconnect(?:s|ed)|too\s+\w+)\b|n['’]t\b"
)


_FIX_OPENING = lazy(
    r"(?:step\s+\d|check|make\s+sure|ensure|verify|try|run|reinstall|restart|update|upgrade"
    r"|install|delete|remove|clear|reset|use|enable|disable|set|open|contact|ask|report|read"
    r"|see|get|before|after|how\s+to)\b",
    re.IGNORECASE,
)


MIN_PROBLEM_WORDS = 4


MIN_FAILURE_WORDS = 2


def states_problem(text: str, quotes: bool = False) -> bool:
    """Whether a heading (or a heading-like line of plain text) under a troubleshooting
    heading states a problem; `quotes`: it holds a code span."""
    text = ASKED_LABEL.sub("", text)
    if len(text) > MAX_PROBLEM_CHARS or text.endswith(("?", ":")):
        return False
    if quotes or re.search(_QUOTED, text):
        return True
    words = len(text.split())
    if words >= MIN_FAILURE_WORDS and re.search(_PROBLEM_WORD, text):
        return True
    return words >= MIN_PROBLEM_WORDS and not _FIX_OPENING.match(text)


# A step of a fix, written as a command: "Restart the router", "Do not unplug it while it
# updates", "Refill the tank". A verb that fixes opens it, or any word but a determiner or a
# verb's -s ("Coffee tastes", "Shows a") before an object ("the", "your", "it"). A second word
# that says what fails ("Update fails", "Reset doesn't help", "Sync is slow") makes it a problem.
_NEGATIVE_COMMAND = lazy(r"(?:please\s+)?(?:do\s+not|don['’]t|never|always)\b", re.IGNORECASE)


_COMMAND_VERB = (  # compiled where used, when first needed (re keeps it); flags inline
    r"(?i)(?:please\s+)?(?:restart|reboot|reset|reinstall|uninstall|install|update|upgrade|downgrade"
    r"|check|verify|ensure|make\s+sure|try|run|re-?run|delete|remove|clear|use|enable|disable"
    r"|turn|switch|unplug|plug|connect|reconnect|disconnect|move|replace|swap|charge|press|hold"
    r"|wait|log|sign|close|quit|open|reopen|launch|relaunch|change|add|allow|grant|free|increase"
    r"|reduce|lower|raise|rename|edit|enter|re-?enter|select|choose|click|tap|go|download"
    r"|reload|refresh|flush|clean|tighten|reseat|re-?seat|insert|restore|roll|revert|sync|pair"
    r"|re-?pair|forget|adjust|set|contact|call|apply|configure|kill|force|power|shut|save"
    r"|repair|empty|drain|descale|rinse|wipe|let|avoid|follow|see|read|ask|get|print|type"
    r"|test|format)(?=\s|$)"
)


_STATING = frozenset({"is", "are", "was", "were", "keeps", "takes", "stops", "shows", "says"})


_OBJECT = frozenset(
    "the a an your its their my our all any this that these those each every some it them".split()
)


_NO_VERB = frozenset(
    "the a an your its their my our this that these those each every some all any no one it"
    " he she they we you i".split()
)


def commands(text: str) -> bool:
    """Whether a short line commands, as a step of a fix does ("Restart the router")."""
    if _NEGATIVE_COMMAND.match(text):
        return True
    if verb := re.match(_COMMAND_VERB, text):
        after = (text[verb.end() :].split(maxsplit=1) or [""])[0]
        return after.lower() not in _STATING and not re.search(_PROBLEM_WORD, after)
    first, second = [*text.lower().split(maxsplit=2), "", ""][:2]
    if not first.isalpha() or first in _NO_VERB:
        return False
    if first.endswith("s") and not first.endswith(("ss", "us")):  # "Battery drains", not "Press"
        return False
    return second in _OBJECT


def problem_front(text: str) -> str:
    """A problem heading as a card's front: a statement, with its final period."""
    text = ASKED_LABEL.sub("", text).strip()
    return text if text.endswith((".", "!", "…")) else f"{text}."


# Under a troubleshooting heading, a problem and its fix on one line ("Slow Wi-Fi: move the
# router away from microwaves"): the problem in group 1, the fix in group 2.
_PROBLEM_FIX = lazy(r"([^\W_][^:.!?;]{1,80}?):\s+(\S.*)$")


MAX_PROBLEM_LABEL_WORDS = 8


# Labels that name a step or a part of an answer, never a problem: "Step 2: unplug it".
STEP_LABEL = lazy(
    r"(?:step|stage|option|method|fix|solution|workaround|resolution|remedy|cause|reason"
    r"|symptom|problem|issue|answer|action|result)s?(?:\s*\d+)?",
    re.IGNORECASE,
)


def problem_fix(line: str, at: int = 0) -> tuple[str, int] | None:
    """Under a troubleshooting heading, the problem a `Problem: fix` line (from `at`) states,
    as a card's front, and where its fix starts; None for a line whose label states no problem
    and whose text commands nothing ("Note: …", "Battery life: about 10 hours")."""
    if ":" not in line or not (match := _PROBLEM_FIX.match(line, at)):
        return None
    problem = match.group(1).strip()
    if len(problem.split()) > MAX_PROBLEM_LABEL_WORDS or is_label(problem):
        return None
    if STEP_LABEL.fullmatch(problem):
        return None
    if states_problem(problem):
        return problem_front(problem), match.start(2)
    if commands(match.group(2)):
        # A case the fix is for ("Windows", "Paper jam"): alone, "Windows." asks nothing.
        return f"{problem_front(problem).removesuffix('.')}: what do you do?", match.start(2)
    return None


# A list of terms, each with what it means, is a glossary wherever it stands: "- **Phishing**:
# an email or message that pretends to come from …", "- **Ransomware**: malware that encrypts
# your files …" under "Common attacks" each define their term, as under "Glossary". Each
# meaning opens as a noun phrase does: on an article, or on a noun and a clause that says what
# it is ("malware that …"). Not bold labels over instructions ("**Passwords**: use a manager",
# "**Updates**: make sure that …") nor over opinions ("**Verdict**: a great phone, I think").
MIN_GLOSSARY_ITEMS = 3


MAX_GLOSSARY_TERM_WORDS = 4


_GLOSS_OPENING = lazy(
    r"(?:an?|the)\s+(?!(?:best|worst|only|same)\b)"
    r"|(?!(?:ensure|check|make|remember|note|know|say|see|think|believe|ask|tell|show)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:that|which|who|whose|where|used)\s"
)


# Words of a writer's view or a reader's instruction: a meaning with one is no definition.
_NOT_GLOSS_WORDS = frozenset(
    "i my me we our us great best worst favourite favorite love excellent terrible amazing"
    " nice recommend recommended should must always never".split()
)


def glosses(term: str, meaning: str) -> bool:
    """Whether a list item's `term` and `meaning` define it as a glossary's entry does: a term of
    up to MAX_GLOSSARY_TERM_WORDS words, no label, its meaning a noun phrase (`_GLOSS_OPENING`)
    with no word of an opinion or an instruction (`_NOT_GLOSS_WORDS`)."""
    return (
        len(term.split()) <= MAX_GLOSSARY_TERM_WORDS
        and not is_label(term)
        and _GLOSS_OPENING.match(meaning) is not None
        and _NOT_GLOSS_WORDS.isdisjoint(meaning.lower().replace(",", " ").split())
    )
