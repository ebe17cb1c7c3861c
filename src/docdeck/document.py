"""The document model both readers produce: sections of blocks, each with its source line.

No I/O. Imports only `errors`-free standard library; readers and extractors import it.
"""

from __future__ import annotations

import enum
import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain

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


# A list of facts by name ("- Launch date: 3 March 2011", "- Cash: 5.5%"): every item a short
# label, a colon and a short value that is no sentence. Read as `**Label:** value` lines are, a
# table with no header. Three items or more; two when both values are figures.
MIN_FACT_ITEMS = 3
MIN_FIGURE_ITEMS = 2
MAX_FACT_LABEL_WORDS = 4
MAX_FACT_VALUE_WORDS = 6
# Where every label is a name of a word or two, a value may be a longer gloss, no sentence still
# ("- Pellets: one egg cup per kilo of body weight per day").
MAX_NAME_WORDS = 2
MAX_NAMED_VALUE_WORDS = 16
# Words that make a label or value a sentence ("Why it matters: it saves time").
_SENTENCE_WORDS = frozenset(
    "is are was were be been am has have had do does did can could will would shall should may"
    " might must it it's they we you i he she there".split()
)


def reads_as_sentence(text: str) -> bool:
    """Whether a word of `text` makes it a sentence (`_SENTENCE_WORDS`), not a name."""
    return any(word.strip(',;()"“”').lower() in _SENTENCE_WORDS for word in text.split())


def _names(label: str) -> bool:
    """Whether a label is a name of a word or two: "Pellets", "Fresh greens"; not a year."""
    return label[:1].isalpha() and len(label.split()) <= MAX_NAME_WORDS


def _fact(item: ListItem, value_words: int = MAX_FACT_VALUE_WORDS) -> tuple[str, str] | None:
    """A list item's label and value, if it is a fact by name; None for any other item."""
    label, colon, value = item.text.partition(": ")
    label, value = label.strip(), value.strip()
    if not colon or not label or not value or item.task or item.under or is_label(label):
        return None
    if (
        len(label.split()) > MAX_FACT_LABEL_WORDS
        or len(value.split()) > value_words
        or value.endswith((".", "!", "?", ";", ":"))
        or not label[0].isalnum()
        or reads_as_sentence(label)
        or reads_as_sentence(value)
        or commands(value)  # "Step 1: preheat the oven"
    ):
        return None
    return label, value


# Label lines: paragraphs that each open with a short name and go on with a sentence about it,
# as a manual lists its warning lights ("Warning light (red): Stop the car at once."). Two in a
# row or more, in body text outside a glossary, are facts by name, a table with no header: a card
# asks for each sentence by its name. (Alone, each gave no card: an instruction is no claim.)
# So are a case brief's parts (`case_part`), whatever their sentences.
MIN_LABEL_LINES = 2
MAX_QUALIFIER_WORDS = 3  # of a label's parenthesised qualifier: "(red)", "(engine off)"
MAX_LABEL_CHARS = 60
MIN_LABEL_VALUE_WORDS = 3
# A value in the first person is someone's words, as a transcript gives them ("Host: We are …").
_SPEAKING = frozenset("i i'm i’m i've i’ve me my we we're we’re our us".split())
_QUALIFIED = lazy(r"(?P<name>[^()]+?)(?:\s+\((?P<qualifier>[^()]+)\))?")


def _label_line(paragraph: Paragraph, brief: bool = False) -> tuple[str, str] | None:
    """A paragraph's name and the sentence it states about it, if it is a label line; in a
    case `brief`, a part of it (`case_part`) and all its sentences."""
    if paragraph.term or paragraph.quoted:
        return None
    return _label_text(paragraph.text, brief)


def _label_item(item: ListItem, brief: bool = False) -> tuple[str, str] | None:
    """A list item's name and sentence, if it is a label line (`_label_line`)."""
    if item.task or item.under:
        return None  # a to-do; an outline's item, labelled by the item it is nested under
    return _label_text(item.text, brief)


def _label_text(text: str, brief: bool) -> tuple[str, str] | None:
    """`_label_line` of a paragraph's or a list item's `text`."""
    if brief and (end := case_part(text, lowercase=True)):
        value = text[end:].strip()  # "the appeal was allowed." as the card's answer: capitalized
        return text[:end].rstrip(" :."), value[:1].upper() + value[1:]
    if text.find(": ", 0, MAX_LABEL_CHARS) < 0:
        return None  # most paragraphs
    label, _, value = text.partition(": ")
    found = _QUALIFIED.fullmatch(label)
    if (
        found is None
        or not label[:1].isupper()
        or len(found.group("name").split()) > MAX_FACT_LABEL_WORDS
        or len((found.group("qualifier") or "").split()) > MAX_QUALIFIER_WORDS
        or any(mark in label for mark in '.!?;:"“”')
        or is_label(label)
        or is_page_label(label)
        or _STEP_LABEL.fullmatch(label)
        or reads_as_sentence(found.group("name"))
    ):
        return None
    if (
        not value[:1].isupper()
        or not value.endswith((".", "!"))
        or len(value.split()) < MIN_LABEL_VALUE_WORDS
        or re.search(r"[.!?]\s", value)  # one sentence
        or not (commands(value) or reads_as_sentence(value))
        or any(word.strip(",;").lower() in _SPEAKING for word in value.split())
    ):
        return None
    return label, value


def with_label_lines(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """`sections`, each run of label lines (`_label_line`) in body text a table with no header,
    and so each run of labelled lists (`_group_table`) and each list of amounts under a heading
    of entries (`_amount_table`). Not under a glossary heading, whose `Term: …` lines are read
    as definitions."""
    kept = []
    for section in sections:
        blocks = section.blocks
        if section.role is SectionRole.BODY and not is_glossary_heading(section.heading):
            blocks = _label_tables(_group_tables(blocks))
            if lists_entries(section.heading):
                blocks = _amount_tables(blocks)
        kept.append(section if blocks is section.blocks else replace(section, blocks=blocks))
    return sections if all(a is b for a, b in zip(kept, sections, strict=True)) else tuple(kept)


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


_FRACTIONS = "½⅓⅔¼¾⅛"
# An entry's amount: a count or a figure, a fraction or a range, and a unit of a recipe or a
# kit ("500 g", "1 1/2 cups", "½ tsp", "2-3 cloves", "2 cups (250 g)"), before what it is of.
_AMOUNT = lazy(
    rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|\d+/\d+|\d*[{_FRACTIONS}])(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?"
    r"(?:\s?(?:g|kg|mg|ml|cl|dl|l|oz|lbs?|pounds?|grams?|kilos?|kilograms?|lit(?:re|er)s?"
    r"|millilit(?:re|er)s?|cups?|tbsps?|tsps?|tablespoons?|teaspoons?|pinch(?:es)?|dash(?:es)?"
    r"|cloves?|cans?|tins?|slices?|sprigs?|bunch(?:es)?|handfuls?|sticks?|pieces?|m|cm|mm"
    r"|met(?:re|er)s?|sheets?|packs?|packets?)\b\.?)?"
    r"(?:\s?\([^()]{1,20}\))?(?:\s+of)?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
MIN_AMOUNT_ITEMS = 2
MAX_PART_WORDS = 6  # of the line that names a part of the entries: "For the filling:"


def _amount_tables(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """`blocks` of a heading of entries, each list of amounts a table (`_amount_table`)."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if isinstance(block, BulletList):
            above = blocks[index - 1] if index else None
            part = ""  # "for the filling", of "For the filling:" above it
            if (
                isinstance(above, Paragraph)
                and above.text.endswith(":")
                and len(above.text.split()) <= MAX_PART_WORDS
            ):
                part = above.text[:-1].strip()
                part = part[:1].lower() + part[1:] if part[1:2].islower() else part
            block = _amount_table(block, part) or block
        kept.append(block)
    return tuple(kept) if any(a is not b for a, b in zip(kept, blocks, strict=True)) else blocks


def _amount_table(items: BulletList, part: str = "") -> Table | None:
    """A list of amounts ("- 500 g bread flour") as a table with no header, a row per entry:
    what it is (and of which `part`: "flour (for the filling)"), its amount; None for a list of
    entries without them (a shopping list)."""
    rows = []
    for item in items.items:
        text = item.text
        if (
            (text[:1].isdigit() or text[:1] in _FRACTIONS)  # no pattern run on most entries
            and (amount := _AMOUNT.match(text))
            and not item.task
            and not item.under
        ):
            what = text[amount.end() :]
            what = f"{what} ({part})" if part else what
            rows.append(TableRow((what, amount.group().strip().removesuffix(" of")), item.span))
    # Every entry opens with its amount, or all but one of 4 or more ("salt to taste").
    missing = len(items.items) - len(rows)
    if len(rows) < MIN_AMOUNT_ITEMS or missing > (1 if len(items.items) >= 4 else 0):
        return None
    return Table(("", ""), tuple(rows), items.span)


# A labelled list: a label and its gloss on a line of their own, then a list of short items,
# as a leaflet groups its side effects ("**Common** (may affect up to 1 in 10 people):" over
# "- skin rash", "- diarrhoea"). A run of them is a table with no header, a row per group: a
# card asks for the group's items by its label. (Each item completed the label as a claim of
# its own, which asked for the gloss's figure, and the rest were reported as repeats.)
MAX_GROUP_ITEMS = 8
MAX_GROUP_ITEM_WORDS = 12
_ITEM_JOINT = lazy(r"[\s,;]*(?:\b(?:and|or))?[\s,;.]*$")


def _group_tables(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """`blocks`, each run of labelled lists (a label's paragraph, then its list) a table with
    no header, a row per list: its label, its items."""
    if not any(isinstance(block, Paragraph) and block.text.endswith("):") for block in blocks):
        return blocks  # most sections
    kept: list[Block] = []
    rows: list[TableRow] = []
    index = 0
    while index <= len(blocks):
        block = blocks[index] if index < len(blocks) else None
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, Paragraph)
            and isinstance(after, BulletList)
            and (label := _group_label(block))
            and (items := short_items(after))
        ):
            rows.append(TableRow((label, items), block.span))
            index += 2
            continue
        if rows:
            kept.append(Table(("", ""), tuple(rows), rows[0].span))
            rows = []
        if block is not None:
            kept.append(block)
        index += 1
    return tuple(kept) if len(kept) < len(blocks) else blocks


def _group_label(paragraph: Paragraph) -> str | None:
    """The label and gloss a paragraph is, less its colon ("Common (may affect up to 1 in 10
    people)"), if it is that alone: a label of a few words in a capital; None otherwise."""
    text = paragraph.text
    if not text.endswith("):") or paragraph.breaks or paragraph.term or paragraph.quoted:
        return None
    label, _, gloss = text[:-2].partition(" (")
    if (
        not gloss
        or "(" in gloss
        or ")" in gloss
        or not label[:1].isupper()
        or len(label.split()) > MAX_FACT_LABEL_WORDS
        or any(mark in label for mark in ".!?;:")
        or reads_as_sentence(label)
    ):
        return None
    return text[:-1]


def short_items(items: BulletList) -> str | None:
    """A list's items as one answer ("skin rash; feeling sick (nausea); diarrhoea"), if each
    is a short entry, not a sentence; None otherwise. A labelled list's, or a lead-in's."""
    if not items.items or len(items.items) > MAX_GROUP_ITEMS:
        return None
    entries = []
    for item in items.items:
        text = item.text
        if joint := _ITEM_JOINT.search(text, max(0, len(text) - 8)):
            text = text[: joint.start()]
        if (
            not text
            or item.task
            or item.under
            or item.label
            or len(text.split()) > MAX_GROUP_ITEM_WORDS
            or any(mark in text for mark in "!?")
            or ". " in text  # sentences
            or ": " in text  # a fact by name
            or reads_as_sentence(text)
        ):
            return None
        entries.append(text)
    return "; ".join(entries)


def _label_tables(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """`blocks`, each run of label lines (`_label_line`) a table with no header, and so each
    list whose every item is one (`_label_item`)."""
    brief = _brief(blocks)
    if not brief and not any(
        (block if isinstance(block, Paragraph) else block.items[0]).text.find(
            ": ", 0, MAX_LABEL_CHARS
        )
        >= 0
        for block in blocks
        if isinstance(block, Paragraph) or (isinstance(block, BulletList) and block.items)
    ):
        return blocks  # most sections: no paragraph or list opens with a label
    kept: list[Block] = []
    run: list[tuple[tuple[str, str], Paragraph]] = []
    listed = False  # whether a list became a table
    for block in (*blocks, None):
        line = _label_line(block, brief) if isinstance(block, Paragraph) else None
        if line is not None and isinstance(block, Paragraph):
            run.append((line, block))
            continue
        if len(run) >= MIN_LABEL_LINES and not _speakers(blocks, [line for line, _ in run]):
            rows = tuple(TableRow(pair, paragraph.span) for pair, paragraph in run)
            kept.append(Table(("", ""), rows, run[0][1].span))
        else:
            kept.extend(paragraph for _, paragraph in run)
        run = []
        if isinstance(block, BulletList) and (table := _label_list(block, blocks, brief)):
            kept.append(table)
            listed = True
        elif block is not None:
            kept.append(block)
    return tuple(kept) if listed or len(kept) < len(blocks) else blocks


def _label_list(items: BulletList, blocks: tuple[Block, ...], brief: bool) -> Table | None:
    """A list of `MIN_LABEL_LINES` label lines or more, every item one, as a table with no
    header, as the lines are as paragraphs; None for any other list (most)."""
    if len(items.items) < MIN_LABEL_LINES or any(
        item.text.find(": ", 0, MAX_LABEL_CHARS) < 0 for item in items.items
    ):
        return None  # most lists
    lines = [_label_item(item, brief) for item in items.items]
    pairs = [line for line in lines if line is not None]
    if len(pairs) < len(lines) or _speakers(blocks, pairs):
        return None
    rows = tuple(TableRow(pair, item.span) for pair, item in zip(pairs, items.items, strict=True))
    return Table(("", ""), rows, items.span)


def _brief(blocks: tuple[Block, ...]) -> bool:
    """Whether `blocks` hold a part of a case brief that only a brief has (`holds_brief_part`)."""
    return holds_brief_part(block.text for block in blocks if isinstance(block, Paragraph))


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


def _speakers(blocks: tuple[Block, ...], run: list[tuple[str, str]]) -> bool:
    """Whether a label of the `run` opens another paragraph or list item among `blocks` too: a
    speaker's turns, as a transcript gives them ("Host: …", "Guest: …", "Host: …"), no names of
    things."""
    texts = chain.from_iterable(
        (block.text,) if isinstance(block, Paragraph) else (item.text for item in block.items)
        for block in blocks
        if isinstance(block, Paragraph | BulletList)
    )
    labels = [text.partition(": ")[0] for text in texts if text.find(": ", 0, MAX_LABEL_CHARS) >= 0]
    return any(labels.count(label) > 1 for label, _ in run)


# A transcript's speaker label, before what they said: "HELEN OKAFOR:", "HO:", "Sarah Lin:",
# "Interviewer:". A name in capitals or of two or three capitalised words, or a role; never one
# other word ("Fixed:", "Step:"), nor a Q/A label (an FAQ's, see `plaintext._Reader._paired`). A
# timestamp may open the turn: "[00:04:11] PRIYA RAMAN:", "(12:03) HO:", "00:04:11 Priya Raman:".
_SPEAKER = lazy(
    r"^(?:[\[(]?\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d+)?[\])]?\s+)?"
    r"((?-i:[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2}|[A-Z][a-z'’.-]+(?: [A-Z][a-z'’-]+){1,2})"
    r"|interviewer|host|guest|moderator|presenter|chair|audience\s+member):\s+(?=\S)",
    re.IGNORECASE,
)
_NOT_SPEAKERS = frozenset({"Q", "A", "QUESTION", "ANSWER"})
_TURN_STARTS = frozenset("[(0123456789")  # a timestamp's first character
# A transcript has two speakers or more, each with this many turns or more.
MIN_TURNS = 2


def transcript_speakers(lines: list[str]) -> frozenset[str]:
    """The speaker labels of a transcript: each that opens `MIN_TURNS` lines or more, when two
    or more do, and any name in capitals the transcript opens with before it shortens it
    ("ALASDAIR REID:" then "AR:"). When `MIN_TURNS` lines or more open with a recording's
    timestamp (in brackets or to the second: "[00:02] Bob Smith:", "00:04:11 PR:"), each label
    after one is a speaker's, however few its turns. None in most articles."""
    counts: Counter[str] = Counter()
    stamped: set[str] = set()
    recorded = 0
    for line in lines:
        opens = line[:1].isupper() or line[:1] in _TURN_STARTS
        if ": " in line[:50] and opens and (turn := _SPEAKER.match(line)):
            counts[turn.group(1)] += 1
            # A clock time ("10:30 Race Start:") opens a programme's line, no recording's.
            stamp = line[: turn.start(1)]
            if stamp and (stamp[0] in "[(" or stamp.count(":") == 2):
                stamped.add(turn.group(1))
                recorded += 1
    regular = {
        label
        for label, count in counts.items()
        if (count >= MIN_TURNS or (label in stamped and recorded >= MIN_TURNS))
        and label.upper() not in _NOT_SPEAKERS
        and not is_label(label)
    }
    if len(regular) < 2 and not (regular and recorded >= MIN_TURNS):
        return frozenset()
    return frozenset(regular | {label for label in counts if label.isupper()} - _NOT_SPEAKERS)


def turn_end(text: str, speakers: frozenset[str]) -> int:
    """Where the label of one of a transcript's `speakers` (`transcript_speakers`) that opens
    `text` ends, a timestamp before it included ("[00:02] Bob Smith: "); 0 if none does."""
    turn = _SPEAKER.match(text)
    return turn.end() if turn and turn.group(1) in speakers else 0


# An outline's item that names what the items nested under it are about ("- Vitamin D" over
# "- Adults need 600 IU a day"): a few words, no sentence.
MAX_OUTLINE_NAME_WORDS = 5


def _outline_name(text: str) -> str | None:
    """An item's text as such a name ("Vitamin C:" → "Vitamin C"); None for a sentence."""
    name = text.removesuffix(":").strip()
    if (
        not name
        or len(name.split()) > MAX_OUTLINE_NAME_WORDS
        or name.endswith((".", "!", "?", ";", ")"))
        or ": " in name
        or reads_as_sentence(name)
    ):
        return None
    return name


def outline(items: Sequence[tuple[int, ListItem]]) -> list[ListItem]:
    """A list's items, each with its level (an indent, a depth), read as an outline: an item
    that names what the items nested right under it are about (`_outline_name`) is left out,
    and they open with its name as their label ("Vitamin D: Adults need 600 IU a day"). Alone,
    each asked about nothing named ("Adults need [...] a day", for every vitamin), and the name
    was a cloze of its own ("Vitamin [...]")."""
    if all(level == items[0][0] for level, _ in items):  # most lists
        return [item for _, item in items]
    kept: list[ListItem] = []
    open_: list[tuple[int, str]] = []  # the items above this one: their levels and names
    for index, (level, item) in enumerate(items):
        while open_ and open_[-1][0] >= level:
            open_.pop()
        nests = index + 1 < len(items) and items[index + 1][0] > level
        if nests and not item.task and (name := _outline_name(item.text)):
            open_.append((level, name))
            continue
        above = open_[-1][1] if open_ else ""
        open_.append((level, ""))
        if above and not item.label:
            if dated := _dated(above, item.text):
                item = replace(item, text=dated)
            else:
                label = f"{above}:"
                item = replace(item, text=f"{label} {item.text}", label=label, under=above)
        kept.append(item)
    return kept


def fact_table(items: BulletList) -> Table | None:
    """A list of facts by name as a table with no header: a row per item, its label and value;
    None for any other list (of sentences that hold a colon, of fewer items)."""
    if len(items.items) < MIN_FIGURE_ITEMS or any(": " not in item.text for item in items.items):
        return None  # most lists
    facts = [_fact(item) for item in items.items]
    if None in facts and all(_names(item.text.partition(": ")[0]) for item in items.items):
        facts = [_fact(item, MAX_NAMED_VALUE_WORDS) for item in items.items]
    if any(fact is None for fact in facts):
        return None
    pairs = [fact for fact in facts if fact is not None]
    figures = all(any(ch.isdigit() for ch in value) for _, value in pairs)
    if len(pairs) < (MIN_FIGURE_ITEMS if figures else MIN_FACT_ITEMS):
        return None
    rows = tuple(TableRow(pair, item.span) for pair, item in zip(pairs, items.items, strict=True))
    return Table(("", ""), rows, items.span)


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


# A vocabulary list: every item a term, a dash or "=" and what it means ("- la cocina — the
# kitchen", "- el baño - the bathroom", "- ¿Dónde está el baño? — Where is the bathroom?"). Each
# item defines its term, as a glossary line does. A spaced hyphen only: "Wi-Fi" is one word.
_PAIR_SEPARATOR = lazy(r"\s*[—–]\s*|\s+--?\s+|\s+=\s+")
MAX_PAIR_TERM_WORDS = 6
MAX_PAIR_MEANING_WORDS = 12
_SENTENCE_MARKS = (".", "!", "?")


def _pair_term(text: str, glossary: bool) -> str | None:
    """The term a vocabulary item opens with ("la cocina" of "la cocina — the kitchen"); None
    for an item that is no term and meaning: a dated entry ("2019 — the company is founded"), a
    sentence ("Read the manual — it is short."), a step ("Step 1 — preheat the oven"). Under a
    `glossary` heading a meaning may be a clause ("Ribosomes — where proteins are made")."""
    if not ("—" in text or "–" in text or " -" in text or " = " in text):  # most items
        return None
    if not (separator := _PAIR_SEPARATOR.search(text)):
        return None
    term, meaning = text[: separator.start()].strip(), text[separator.end() :].strip()
    if (
        not term
        or not meaning
        or not (term[0].isalpha() or term[0] in "¿¡")
        or len(term.split()) > MAX_PAIR_TERM_WORDS
        or len(meaning.split()) > MAX_PAIR_MEANING_WORDS
        or ": " in term
        or is_label(term)
        or reads_as_sentence(term)
        or commands(term)
        or commands(meaning)
    ):
        return None
    if term.endswith(_SENTENCE_MARKS):  # a phrase means one ending as it does (a translation)
        return term if meaning[-1] == term[-1] else None
    return None if not glossary and reads_as_sentence(meaning) else term


def vocabulary(items: BulletList, glossary: bool) -> tuple[str, ...] | None:
    """The term of each item of a vocabulary list (`_pair_term`), under a `glossary` heading or
    not; None for any other list."""
    if len(items.items) < 2:
        return None
    terms = []
    for item in items.items:
        if item.task or item.under or not (term := _pair_term(item.text, glossary)):
            return None
        terms.append(term)
    return tuple(terms)


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
)
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
# A day of a year's outline: "14 July: storming of the Bastille", "July 14: …" under "1789".
_DAY_OF_YEAR = lazy(
    rf"(?:(?P<day>{DAY})\s+{MONTH}|{MONTH}\s+{DAY}):\s",
    re.IGNORECASE,
)


def _dated(year: str, text: str) -> str | None:
    """An item of a day under its year, with the date whole ("14 July 1789: storming of the
    Bastille", "July 14, 1789: …"): a list of them is a timeline (`fact_table`); None for
    any other item or name."""
    if not (year.isdigit() and 3 <= len(year) <= 4) or not (day := _DAY_OF_YEAR.match(text)):
        return None
    date = day.group()[:-2]  # without its ": "
    joined = f"{date} {year}" if day.group("day") else f"{date}, {year}"
    return f"{joined}: {text[day.end() :]}"


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
    if _READ_TIME.search(text) or _DATE.fullmatch(text) or _DATELINE.match(text):
        return True
    if text[:1].isalnum() and _DATE_RANGE.fullmatch(text):
        return True
    if ("u/" in text or "Posted by" in text) and _FORUM_HEADER.match(text):
        return text.startswith("Posted by") or bool(
            _BYLINE_SEPARATOR.search(text) or (" ago" in text and _AGO.search(text))
        )
    return bool(_AUTHOR.match(text)) and bool(
        _DATE.search(text) or _BYLINE_SEPARATOR.search(text) or _STAFF.search(text)
    )


# Labels of the page's own data, not of facts about its subject: who wrote it, when, how long it
# takes to read, how it is filed. With a note's label (`is_label`: "Note", "Source"), one of
# these among `**Label:** value` lines at the top of a Markdown section makes them metadata.
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
    # Looked for first: most text has no mark (much has other characters outside ASCII).
    if _NOTE_MARK_CHARS.search(text):
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
# A heading over a list of terms and what they mean: each `Term: …` line under it defines one.
_GLOSSARY = lazy(
    rf"(?:\d+[.)]?\s+|{PART}\s*[:.–—-]\s*)?(?:glossary(?:\s+of\s+terms)?|definitions|key\s+terms"
    r"|terms\s+(?:and|&)\s+definitions|terminology|vocabulary|jargon(?:\s+buster)?)"
)


# Labels that open a line or a sentence and are no part of what it says: "Tip: …", "Note: …",
# "Source: Investopedia", "See also: our guide".
_LABEL = lazy(
    r"(?:(?:pro|quick|top|safety|side|please)\s+)?(?:tip|hint|note|nb|n\.b\.|warning|caution"
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
_STEP_LABEL = lazy(
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
    if _STEP_LABEL.fullmatch(problem):
        return None
    if states_problem(problem):
        return problem_front(problem), match.start(2)
    if commands(match.group(2)):
        # A case the fix is for ("Windows", "Paper jam"): alone, "Windows." asks nothing.
        return f"{problem_front(problem).removesuffix('.')}: what do you do?", match.start(2)
    return None


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
