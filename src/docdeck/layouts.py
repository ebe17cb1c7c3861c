"""Runs of blocks that are tables with no header: facts by name, label lines, amounts,
labelled groups, vocabulary lists; and lists read as outlines.

Imports `patterns`, `document`, `lines` and `headings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain

from docdeck.document import (
    Block,
    BulletList,
    ListItem,
    Paragraph,
    Section,
    SectionRole,
    Table,
    TableRow,
)
from docdeck.headings import is_glossary_heading, lists_entries
from docdeck.lines import (
    DAY,
    MONTH,
    STEP_LABEL,
    WRITTEN_DATE,
    case_part,
    commands,
    holds_brief_part,
    is_label,
    is_page_label,
    reads_as_sentence,
)
from docdeck.patterns import lazy

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
        or reads_as_sentence(_WRITTEN_DATE.sub("", value) if "May" in value else value)
        or commands(value)  # "Step 1: preheat the oven"
    ):
        return None
    return label, value


# A date's "May" is no modal verb: "Decided: 26 May 1932" is a fact, no sentence.
_WRITTEN_DATE = lazy(WRITTEN_DATE)


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


def _label_line(
    paragraph: Paragraph, brief: bool = False, several: bool = False
) -> tuple[str, str] | None:
    """A paragraph's name and the sentence it states about it, if it is a label line; in a
    case `brief`, a part of it (`case_part`) and all its sentences. `several`: any sentences,
    as a run's other lines may say ("**Pitch 2 (5b, 30 m):** The crux. Climb …")."""
    if paragraph.term or paragraph.quoted:
        return None
    return _label_text(paragraph.text, brief, several)


def _label_item(
    item: ListItem, brief: bool = False, several: bool = False
) -> tuple[str, str] | None:
    """A list item's name and sentence, if it is a label line (`_label_line`)."""
    if item.task or item.under:
        return None  # a to-do; an outline's item, labelled by the item it is nested under
    return _label_text(item.text, brief, several)


def _label_text(text: str, brief: bool, several: bool = False) -> tuple[str, str] | None:
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
        or STEP_LABEL.fullmatch(label)
        or reads_as_sentence(found.group("name"))
    ):
        return None
    if (
        not value[:1].isupper()
        or not value.endswith((".", "!"))
        or len(value.split()) < MIN_LABEL_VALUE_WORDS
        or any(word.strip(",;").lower() in _SPEAKING for word in value.split())
        or not (several or _states(value))
    ):
        return None
    return label, value


def _states(value: str) -> bool:
    """Whether a label line's value is one sentence, stating or commanding."""
    return not re.search(r"[.!?]\s", value) and (commands(value) or reads_as_sentence(value))


def _single(text: str, value: str, brief: bool) -> bool:
    """Whether a label line (`text`, its `value`) is one by itself: it states one sentence or
    is a case `brief`'s part."""
    return (brief and case_part(text, lowercase=True) > 0) or _states(value)


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
    single = 0  # the run's lines of one sentence
    listed = False  # whether a list became a table
    for block in (*blocks, None):
        line = _label_line(block, brief, several=True) if isinstance(block, Paragraph) else None
        if line is not None and isinstance(block, Paragraph):
            run.append((line, block))
            single += _single(block.text, line[1], brief)
            continue
        # A run of label lines that state a sentence each takes in the lines beside them that
        # say more or less, each a row alike: a route's pitches, the crux's four sentences and
        # "Traverse … Loose and dirty but easy." too. Without two such lines, text still.
        if single >= MIN_LABEL_LINES and not _speakers(blocks, [line for line, _ in run]):
            pairs = _qualified([line for line, _ in run])
            rows = tuple(
                TableRow(pair, para.span) for pair, (_, para) in zip(pairs, run, strict=True)
            )
            kept.append(Table(("", ""), rows, run[0][1].span))
        else:
            kept.extend(paragraph for _, paragraph in run)
        run, single = [], 0
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
    lines = [_label_item(item, brief, several=True) for item in items.items]
    pairs = [line for line in lines if line is not None]
    if len(pairs) < len(lines) or _speakers(blocks, pairs):
        return None
    singles = zip(items.items, pairs, strict=True)
    if sum(_single(item.text, value, brief) for item, (_, value) in singles) < MIN_LABEL_LINES:
        return None  # as a run of paragraphs (`_label_tables`)
    pairs = _qualified(pairs)
    rows = tuple(TableRow(pair, item.span) for pair, item in zip(pairs, items.items, strict=True))
    return Table(("", ""), rows, items.span)


def _qualified(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A run's label lines as rows: where each name is another without its qualifier ("Pitch
    3 (4b, 25 m)"), the qualifier opens the value, a fact about it that no question gives
    away; where names repeat ("Warning light (red)", "(amber)"), the qualifier tells them apart."""
    if not any(label.endswith(")") for label, _ in pairs):
        return pairs  # most runs
    found = [_QUALIFIED.fullmatch(label) for label, _ in pairs]
    names = [
        match.group("name").casefold() if match else label
        for match, (label, _) in zip(found, pairs, strict=True)
    ]
    if len(set(names)) < len(names):
        return pairs
    return [
        (match.group("name"), f"({match.group('qualifier')}) {value}")
        if match and match.group("qualifier")
        else (label, value)
        for match, (label, value) in zip(found, pairs, strict=True)
    ]


def _brief(blocks: tuple[Block, ...]) -> bool:
    """Whether `blocks` hold a part of a case brief that only a brief has (`holds_brief_part`)."""
    return holds_brief_part(block.text for block in blocks if isinstance(block, Paragraph))


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


def fact_table(items: BulletList, left_out: int = 0) -> Table | None:
    """A list of facts by name as a table with no header: a row per item, its label and value;
    None for any other list (of sentences that hold a colon, of fewer items). `left_out`: the
    block's lines that are none of `items` (who took part) but count toward its minimum."""
    if len(items.items) + left_out < MIN_FIGURE_ITEMS or any(
        ": " not in item.text for item in items.items
    ):
        return None  # most lists
    facts = [_fact(item) for item in items.items]
    if None in facts and all(_names(item.text.partition(": ")[0]) for item in items.items):
        facts = [_fact(item, MAX_NAMED_VALUE_WORDS) for item in items.items]
    if any(fact is None for fact in facts):
        return None
    pairs = [fact for fact in facts if fact is not None]
    figures = all(any(ch.isdigit() for ch in value) for _, value in pairs)
    if not pairs or len(pairs) + left_out < (MIN_FIGURE_ITEMS if figures else MIN_FACT_ITEMS):
        return None
    rows = tuple(TableRow(pair, item.span) for pair, item in zip(pairs, items.items, strict=True))
    return Table(("", ""), rows, items.span)


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
