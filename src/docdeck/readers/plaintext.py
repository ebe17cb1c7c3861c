"""Plain-text article reader: web-article exports with bare-line headings and `nn` separators,
one line per paragraph or hard-wrapped at a fixed width.

Imports `document` and `errors` only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise, takewhile
from pathlib import PurePath

from docdeck.document import (
    Block,
    BulletList,
    Document,
    ListItem,
    Paragraph,
    QuestionAnswer,
    Section,
    SectionRole,
    SourceSpan,
    Table,
    TableRow,
    table_questions,
)
from docdeck.errors import Diagnostic
from docdeck.headings import (
    PART,
    is_glossary_heading,
    is_history_heading,
    is_timeline_heading,
    is_troubleshooting,
    section_role,
    with_answer_key,
    with_notes_read,
)
from docdeck.layouts import fact_table, outline, with_label_lines
from docdeck.lines import (
    ANSWER_LABEL,
    MIN_GLOSSARY_ITEMS,
    OPTION,
    WRITTEN_DATE,
    abstract_part,
    commands,
    dated_entry,
    glosses,
    header_field,
    holds_brief_part,
    is_byline,
    is_label,
    is_metadata_line,
    is_page_label,
    is_title_label,
    multiple_choice,
    names_people,
    opens_clause,
    problem_fix,
    problem_front,
    reads_as_sentence,
    scheduled,
    states_problem,
    strip_answer_prefix,
    transcript_speakers,
    turn_end,
    without_citations,
)
from docdeck.patterns import lazy

# `nn` on a line of its own is what an export leaves of a lost "\n\n".
SEPARATOR = "nn"
MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 16
# A heading in capitals ending on a period ("THE PROBLEM OF LONGITUDE.") is a short name.
MAX_CAPS_WORDS = 8
_ROMAN_NUMBER = lazy(r"\s+[IVXLC]+$")

_BULLET = lazy(r"^(?:[-*•●▪–]|\d{1,2}[.)])\s+(.*)$")
_TABLE_SEPARATOR = lazy(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
# A grid table's border, as pandoc and Emacs write them: "+-----+-----+"; "+=====+=====+" under
# the header; `:` marks a column's alignment.
_GRID_BORDER = lazy(r"^\+(?:[-=:]+\+)+$")
_MD_HEADING = lazy(r"^#{1,6}\s+(.*?)\s*#*$")
_QUESTION_PREFIX = lazy(
    r"^(?:(?:Q(?:uestion)?\s*\d*\s*[:.)]|\d{1,3}\s*[.)])\s*)?(?:\|\s*)?(.*\?)\s*\|?$"
)
# A numbered question: "3.", "3)", "Q3:", "Question 3." ("Q:" alone labels, it does not number).
_NUMBERED = lazy(r"^(?:Q(?:uestion)?\s*\d+\s*[:.)]|\d{1,3}\s*[.)])", re.IGNORECASE)
# A numbered exercise or question: "2. Name the salt formed …", its number and text.
_EXERCISE = lazy(r"(\d{1,3})[.)]\s+(\S.*)")
# A question labelled as one ("Q:", "Q3.", "Question:"): never a heading.
_LABELLED = lazy(r"^Q(?:uestion)?\s*\d*\s*[:.)]", re.IGNORECASE)
# "Q: Dosage for children", "4. Explain why …": a labelled or numbered question when an answer's
# label follows it, its text in group 1.
_LABELLED_QUESTION = lazy(
    r"^(?:Q(?:uestion)?\s*\d*\s*[:.)]|\d{1,3}[.)](?=\s))\s*(\S.*)$", re.IGNORECASE
)
# A quotation set off as in e-mail and Markdown: "> We saw …"; "> 50% of adults" compares.
_WORD = lazy(r"[^\W\d_][\w'\u2019-]*")
_QUOTE = lazy(r"^(?:>\s*)+(?=[^\W\d_]|[\"“‘'(—–])")
# A numbered line that may be a heading: "1. What Widget is", "6) Contents of the pack".
_NUMBERED_LINE = lazy(r"^(\d{1,2})[.)]\s+(\S.*)$")
# A formula's marks ("PED = (% change in Qd) / (% change in P)"): a line with a relation, or more
# operators than letters, is a formula, never a heading.
_RELATIONS = frozenset("=≠≈≤≥")
_OPTION_STARTS = frozenset("(abcdefghABCDEFGH")  # what `OPTION` opens with
# A question's first option over its second: "a) Carotene" over "b) Chlorophyll".
_FIRST_OPTIONS = lazy(r"\(?[aA][.)]\s+\S.*\s\(?[bB][.)]\s+\S")
# Counted by the pattern: a generator over the line's characters cost 5 % of the reading.
_OPERATOR = lazy(r"[=≠≈≤≥<>+−×÷*/^%()]")


# A hard-wrapped article (e-mail, Project Gutenberg, `fold -s`, `fmt`, exported notes) breaks
# its paragraphs at a fixed width, 72-80 columns; no one wraps wider than this, so a longer line
# of prose means the article keeps one line per paragraph.
MAX_WRAP_WIDTH = 100
_SENTENCE_END = (".", "!", "?", "…")
_CLOSERS = "\"”’')]*_"
_OPENERS = "\"“‘'(*_"
_AFTER_SENTENCE = "’'*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"  # `_is_heading`: closers and footnote marks, no ")"
# How many lines must go on mid-sentence before a ragged article's short lines end paragraphs.
MIN_SURE_WRAPS = 3
# A line that starts a block of its own: a list item, a table row or border, a Markdown heading, a
# quotation, a labelled question or answer ("Q:", "Answer:").
_BLOCK_START = lazy(
    r"^(?:[-*•●▪–]|\d{1,2}[.)])\s|^[|#>]|^\+[-=:]+\+|^Q(?:uestion)?\s*\d*\s*[:.)]"
    r"|^A(?:nswer)?\s*\d*\s*(?::|[.)](?=\s))",
    re.IGNORECASE,
)
_QUOTE_MARK = lazy(r"^(?:>\s*)+")
# A line of one repeated mark: a thematic break (`---`, `* * *`) or a heading's underline. It is
# no text, and it ends an FAQ answer: what follows it (a disclaimer) is not part of the answer.
_RULE = lazy(r"^([-*_=~])(?:[ \t]*\1){2,}$")
# A bare byline under the title, a name of two to four words after "By": "By Sarah Whitfield",
# "By J. R. Hartley and Ana Ruiz". Not "By the Numbers"; "By Car" is too short.
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|de|van|von|der|den|la|le|du|da|di|bin|al)"
_NAME = rf"(?!(?:The|A|An|Our|Your|This|These|Those|Their)\s){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_BY = lazy(r"(?i:(?:(?:written|reviewed)\s+)?by\s+)")
_BARE_BYLINE = lazy(rf"{_BY.pattern}{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*")
# A glossary line: a term, then what it means after `:`, `–`, `—`, a spaced `-` ("Wi-Fi - a
# wireless network") or a spaced `--` (a typed dash), with no sentence's end in the term
# ("Node.js" has none).
_ENTRY = lazy(r"^([^\W_](?:[^:–—.!?;]|\.(?=\S)){0,80}?)(?::\s+|\s*[–—]\s*|\s+--?\s+)(\S.*)$")
MAX_TERM_WORDS = 6
# The number of a part of the document, never a term: "PART 3: KEY DATES" after a glossary heads
# the next section.
_PART = lazy(PART, re.IGNORECASE)


# A Project Gutenberg e-book's marks around its text: "*** START OF THE PROJECT GUTENBERG EBOOK
# A SHORT HISTORY ***". Before the start, a notice and the header's fields; after the end, the
# licence.
_EBOOK_MARK = lazy(r"(?:\*{3}\s*)?(START|END) OF (?:THE |THIS )?PROJECT GUTENBERG\b", re.IGNORECASE)
# Fields of an e-book's header (`_header`) no other page's header has ("Language: English").
_EBOOK_LABELS = frozenset(
    {"language", "translator", "illustrator", "character set encoding", "most recently updated"}
)


def parse_plaintext(text: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Parse a plain-text article into a `Document`."""
    lines = [without_citations(line).rstrip() for line in text.split("\n")]
    if "GUTENBERG" in text:  # cheap: most articles are no e-book
        _ebook_text(lines)
    if "\t" in text:  # most articles have none
        lines = _expand_tabs(lines)
    _mark_sub_bullets(lines)
    tables = _aligned_tables(lines)
    wrapped = _unwrap(lines, tables)
    if wrapped is None:  # most articles: one line per paragraph, their tables found already
        return _Reader(path, lines, aligned=tables).run()
    logical, origins, breaks = wrapped
    return _Reader(path, logical, origins, breaks).run()


def _ebook_text(lines: list[str]) -> None:
    """Keep in place only a Project Gutenberg e-book's text and header: the lines before its
    START mark but the header's fields are blanked (line numbers stay), the END mark and all
    after it dropped."""
    start = end = None
    for index, line in enumerate(lines):
        if "GUTENBERG" in line.upper() and (mark := _EBOOK_MARK.match(line.strip())):
            if mark.group(1).upper() == "START" and start is None:
                start = index
            elif mark.group(1).upper() == "END":
                end = index
                break
    if end is not None:
        del lines[end:]
    for index in range(start + 1 if start is not None else 0):
        if not (header_field(lines[index]) or _ebook_field(lines[index])):
            lines[index] = ""


def _ebook_field(line: str) -> tuple[str, str] | None:
    """The label and value of an e-book header's own field ("Language: English")."""
    label, colon, value = line.partition(": ")
    if colon and value.strip() and " ".join(label.lower().split()) in _EBOOK_LABELS:
        return label.strip(), value.strip()
    return None


def _mark_sub_bullets(lines: list[str]) -> None:
    """Mark as bullets in place the items Word and Outlook export, and note-takers type, under
    a list item with an "o": "    o Glycolysis (cytoplasm)" indented under "* Three main
    stages:". Only an indented line right after a list item's: never prose that opens on "o"."""
    previous = ""
    for index, line in enumerate(lines):
        body = line.lstrip()
        if body[:2] == "o " and len(body) < len(line) and _BULLET.match(previous):
            body = "-" + body[1:]  # the same width: the line's columns stay where they were
            lines[index] = line[: len(line) - len(body)] + body
        if body:
            previous = body


def _expand_tabs(lines: list[str]) -> list[str]:
    """`lines` with their tabs expanded, but for a table's rows, as a word processor or a
    spreadsheet exports them: two lines or more in a row with a tab between words, the first
    naming the columns ("Component<tab>Weight<tab>Due"). Those keep their tabs between cells,
    and only them (`_read_tabbed`)."""
    expanded = [line.expandtabs(4) for line in lines]
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and "\t" in lines[end].strip():
            end += 1
        if end - index >= 2 and _reads_as_labels(_tab_cells(lines[index])):
            expanded[index:end] = [line.strip() for line in lines[index:end]]
        index = end + 1
    return expanded


def _tab_cells(row: str, width: int = 0) -> tuple[str, ...]:
    """A tab-separated row's cells: two tabs in a row leave an empty cell between them, unless
    that makes more cells than the header's `width` (tabs that line a column up)."""
    cells = row.strip().split("\t")
    if width and len(cells) > width:
        cells = re.split(r"\t+", row.strip())
    return tuple(" ".join(cell.split()) for cell in cells)


def _wrap_width(lines: list[str], aligned: list[bool]) -> int | None:
    """The width an article is wrapped at (its longest line of prose), or None if it is not."""
    width = 0
    for line, in_table in zip(lines, aligned, strict=True):
        if len(line) > width:
            body = line.lstrip()
            if body.startswith("|") or "\t" in body or in_table:  # a table row is never wrapped
                continue
            if len(line) > MAX_WRAP_WIDTH:
                if " " in body:  # a paragraph on one line: not wrapped
                    return None
                continue  # a URL too long to wrap
            width = len(line)
    return width or None


def _unwrap(
    lines: list[str], tables: dict[int, tuple[int, tuple[int, ...]]]
) -> tuple[list[str], list[int], list[tuple[int, ...]]] | None:
    """Join the lines a hard-wrapped article broke its paragraphs and list items into.

    Returns the joined lines, the source line each starts on, and where in each joined line
    (its words single-spaced) each source line after the first starts; None when the article is
    not wrapped. Wrapping tools fill a line until the next word does not fit, so a line continues
    on the next when it is full: the next line's first word would have taken it past the width.
    The article is wrapped only if its longest line of prose is at most `MAX_WRAP_WIDTH` and some
    full line ends mid-sentence before a line that starts in lower case; how short of the width
    such lines end (0 for `fold` and `textwrap`, more for `fmt`) is the slack every line gets.
    A table row broken by `fold` continues on the next full lines until it has as many `|` as
    its table's separator row; a header, up to the separator. A table aligned with spaces
    (`tables`, `_aligned_tables`) is never wrapped: its lines are kept as they are.
    A full line still ends its block when the next line starts a block (a list item, a table
    row, a quotation, a `#` heading, `Q:`/`A:`, a clause number after a sentence's end:
    `opens_clause`), is indented deeper (a new paragraph), is a
    section name docdeck knows (`Key Takeaways`, `FAQ`), or is a heading: a full line that is a
    heading in Title Case (numbered or not), or a heading-shaped line that ends its own run (in
    Title Case, or after a sentence's end; the next FAQ question after an answer). A list item
    continues on lines indented under it whether they are full or not.
    """
    size = len(lines)
    aligned = [False] * size
    for start, (end, _) in tables.items():
        aligned[start:end] = [True] * (end - start)
    width = _wrap_width(lines, aligned)
    if width is None:
        return None
    bodies = [_QUOTE_MARK.sub("", line.strip()) for line in lines]
    starts = [
        not body
        or body == SEPARATOR
        or "\t" in body  # a row of a table (`_expand_tabs`)
        or bool(_BLOCK_START.match(body) or _RULE.match(body))
        for body in bodies
    ]
    for index in range(size):
        starts[index] = starts[index] or aligned[index]
        # A contract's next clause ("1.2 "Fees" means …" after "… in Schedule A.").
        starts[index] = starts[index] or (
            index > 0 and opens_clause(bodies[index - 1], bodies[index])
        )
    quoted = [line.lstrip().startswith(">") for line in lines]
    for index in range(1, size):
        if quoted[index] and not quoted[index - 1]:
            starts[index] = True  # a quotation starts; its next lines may continue it

    # `fold` and `fmt` count bytes, not characters: "—" takes three columns there.
    sizes = [len(line.encode()) for line in lines]
    byte_width = max(
        (sizes[index] for index, line in enumerate(lines) if len(line) <= width), default=width
    )

    def shortfall(index: int) -> int:
        """How far short of the width line `index` stops before the next line's first word."""
        word = (bodies[index + 1].split(maxsplit=1) or [""])[0]
        return min(
            width - (len(lines[index]) + 1 + len(word)),
            byte_width - (sizes[index] + 1 + len(word.encode())),
        )

    def joinable(index: int) -> bool:
        """Whether line `index + 1` may continue line `index` at all."""
        if starts[index + 1] or quoted[index + 1] != quoted[index] or not bodies[index]:
            return False
        if aligned[index] or lines[index].lstrip()[:1] in ("|", "#") or _RULE.match(bodies[index]):
            return False
        if "\t" in bodies[index]:  # a row of a table (`_expand_tabs`)
            return False
        return bodies[index] != SEPARATOR

    sure = [
        shortfall(index)
        for index in range(size - 1)
        if joinable(index)
        and bodies[index + 1][0].islower()
        and not bodies[index].rstrip(_CLOSERS).endswith(_SENTENCE_END)
        and shortfall(index) < width // 4
    ]
    if not sure:
        return None
    slack = min(max(max(sure) + 1, 2), width // 6)

    def full(index: int, table: bool = False) -> bool:
        """Whether line `index` is full: the next line's first word would not have fit on it."""
        return index + 1 < size and (table or joinable(index)) and shortfall(index) < slack

    # Ragged lines (`fmt`, wrapped by hand) stop up to `slack` short of the width mid-paragraph,
    # so a paragraph's last line within that reads as full. One that ends a sentence with room
    # for the next line's first word and `tight` columns more, before a line that starts a
    # sentence, ends its paragraph all the same: on fmt and hand-wrapped articles, half the
    # slack misses fewest paragraph ends for fewest false breaks. Only where the wrapping is
    # sure, `MIN_SURE_WRAPS` lines going on mid-sentence (a stanza stays whole); `fold` and
    # `textwrap` leave too little slack for it to matter.
    tight = max(2, slack // 2) if len(sure) >= MIN_SURE_WRAPS else slack

    def ends_paragraph(index: int) -> bool:
        """Whether line `index`, full within `slack`, ends its paragraph all the same."""
        return (
            shortfall(index) >= tight
            and bodies[index].rstrip(_CLOSERS).endswith(_SENTENCE_END)
            and bodies[index + 1].lstrip(_OPENERS)[:1].isupper()
        )

    def indent(index: int) -> int:
        return len(lines[index]) - len(lines[index].lstrip())

    logical: list[str] = []
    origins: list[int] = []
    breaks: list[tuple[int, ...]] = []
    columns = 0  # the `|` of the last table's separator row
    index = 0
    while index < size:
        start = index
        # A table's row keeps its tabs (`_expand_tabs`) or its alignment.
        text = (
            lines[index]
            if aligned[index] or "\t" in lines[index]
            else " ".join(lines[index].split())
        )
        offsets: list[int] = []
        is_item = bool(_BULLET.match(bodies[index]))
        if text[:1] == "+" and _GRID_BORDER.match(text):
            columns = 0  # a grid table: its rows are never broken
        if text.startswith("|"):
            end = _broken_row_end(lines, index, columns, full)
            if _TABLE_SEPARATOR.match(text):
                columns = _pipes(text)
            for following in bodies[index + 1 : end + 1]:
                offsets.append(len(text) + 1)
                text = f"{text} {' '.join(following.split())}"
            index = end
        while index + 1 < size and joinable(index):
            following = bodies[index + 1]
            if is_item and indent(index + 1) > 0:
                pass  # a list item's hanging indent
            elif indent(index + 1) > indent(index) or not full(index):
                break
            elif following[0].islower():
                pass
            elif ends_paragraph(index):
                break
            elif index == start and _is_title_case(text) and _is_heading(_unnumbered(text), False):
                if full(index + 1) or not _is_heading(following, False):
                    break  # a long heading right above its text
                if not all(word[0].isupper() for word in _long_words(following)):
                    break  # ... or the rest of a heading wrapped: "Repay It"
            elif len(following) < MAX_HEADING_CHARS and (
                section_role(following) is not SectionRole.BODY
                or (
                    not full(index + 1)
                    and _is_heading(following, False)
                    and (
                        _is_title_case(following)
                        or bodies[index].rstrip(_CLOSERS).endswith(_SENTENCE_END)
                    )
                )
            ):
                break
            index += 1
            offsets.append(len(text) + 1)
            text = f"{text} {' '.join(following.split())}"
        logical.append(text)
        origins.append(start + 1)
        breaks.append(tuple(offsets))
        index += 1
    return logical, origins, breaks


def _pipes(row: str) -> int:
    return len(re.findall(r"(?<!\\)\|", row))


def _broken_row_end(lines: list[str], index: int, columns: int, full: Callable[..., bool]) -> int:
    """The last line of the table row (or header) `fold` broke that starts on line `index`.

    A header runs to the line before its `|---|` separator when that has its `|`; a row runs over
    `full` lines until it has its separator's `|`."""
    ahead = index + 1
    while ahead < len(lines) and ahead <= index + 3 and lines[ahead].strip():
        if _TABLE_SEPARATOR.match(separator := lines[ahead].strip()):
            header = sum(_pipes(line) for line in lines[index:ahead])
            return ahead - 1 if header == _pipes(separator) else index
        ahead += 1
    end = index
    pipes = _pipes(lines[index])
    while pipes < columns and end + 1 < len(lines):
        following = lines[end + 1].strip()
        if following in ("", SEPARATOR) or following[0] == ">" or _TABLE_SEPARATOR.match(following):
            break
        if not full(end, table=True):
            break
        end += 1
        pipes += _pipes(following)
    return end


# A table whose columns are aligned with spaces, as `column -t`, pandoc's simple tables and
# hand-typed notes lay them out: 3 lines or more, 2 columns or more, each pair of columns apart
# by a gutter of 2 spaces or more on every line.
MIN_ALIGNED_ROWS = 3
# A pandoc simple table's rule under its header: "---------   -------".
_DASHES = lazy(r"^[-=]+(?:\s{2,}[-=]+)+$")
# A timeline's date, the first cell of each of its rows: "1765", "1347-1351", "c. 1450", "490 BC",
# "14 July 1789". Not any number: "22   SSH" is a port.
_WHEN = lazy(
    rf"(?:(?:c\.|ca\.|circa)\s*)?(?:(?:1\d|20)\d\d(?:\s*[–-]\s*\d{{2,4}})?"
    rf"|\d{{1,4}}(?:\s*[–-]\s*\d{{1,4}})?\s*(?:BCE?|AD|CE)|{WRITTEN_DATE})",
    re.IGNORECASE,
)


def _aligned_tables(lines: list[str]) -> dict[int, tuple[int, tuple[int, ...]]]:
    """The tables aligned with spaces among `lines`: each one's first line, the line after its
    last, and where its columns start.

    A table's lines are consecutive, share their indentation and each holds 2 cells or more;
    its columns are apart by gutters, 2 columns or more that are blank on every line, and no
    line has 2 spaces running anywhere else (no cell holds them: prose spaced twice after a
    period does not line up). Its first line is its header: it reads as labels
    (`_reads_as_labels`); a rule of dashes under it is no row. A timeline has no header: each
    line a date and what happened ("1765   Stamp Act"), as a handout lists its key dates.
    """
    tables: dict[int, tuple[int, tuple[int, ...]]] = {}
    size = len(lines)
    index = 0
    while index < size:
        if "  " not in lines[index].strip():  # cheap: most lines hold no gutter
            index += 1
            continue
        end = index + 1
        while end < size and "  " in lines[end].strip():
            end += 1
        # A table's lines are a run of these; odd ones at its ends (a lead-in spaced twice after
        # a period) are trimmed off. A line more only ever takes gutters away: the longest run
        # from `start` that lines up is found by halving.
        start = index
        while end - start >= MIN_ALIGNED_ROWS:
            last = start + MIN_ALIGNED_ROWS
            if (stops := _aligned_columns(lines[start:last])) is None:
                start += 1
                continue
            high = end
            while last < high:
                middle = (last + high + 1) // 2
                if (more := _aligned_columns(lines[start:middle])) is None:
                    high = middle - 1
                else:
                    last, stops = middle, more
            if _reads_as_labels(_aligned_cells(lines[start], stops)) or _is_timeline(
                lines[start:last], stops
            ):
                tables[start] = (last, stops)
            start = last
        index = end
    return tables


def _aligned_columns(lines: list[str]) -> tuple[int, ...] | None:
    """Where the columns of `lines` start, if they line up in 2 or more (`_aligned_tables`)."""
    indent = len(lines[0]) - len(lines[0].lstrip())
    filled = [False] * max(len(line) for line in lines)
    for line in lines:
        if len(line) - len(line.lstrip()) != indent:
            return None
        for column, char in enumerate(line):
            if char != " ":
                filled[column] = True
    stops = [indent]
    blank = 0
    for column in range(indent, len(filled)):
        if not filled[column]:
            blank += 1
            continue
        if blank >= 2:
            stops.append(column)
        blank = 0
    if len(stops) < 2:
        return None
    for line in lines:
        cells = _aligned_cells(line, stops)
        if sum(bool(cell) for cell in cells) < 2 or any("  " in cell for cell in cells):
            return None
    return tuple(stops)


def _is_timeline(lines: list[str], stops: Sequence[int]) -> bool:
    """Whether the aligned `lines` are a timeline: a date (`_WHEN`) and an event on each."""
    rows = [_aligned_cells(line, stops) for line in lines]
    return all(_WHEN.fullmatch(cells[0]) and cells[1] for cells in rows)


def _aligned_cells(line: str, stops: Sequence[int]) -> tuple[str, ...]:
    """The cells of a line of a table aligned with spaces, cut where its columns start."""
    return tuple(line[left:right].strip() for left, right in pairwise([*stops, len(line)]))


def _numbered_headings(lines: list[str]) -> frozenset[int]:
    """The indexes of the numbered lines that are headings, as a leaflet or a policy numbers its
    sections.

    A candidate is a line numbered "1." or "1)" whose text reads as a heading, not right under
    a list's item or its lead-in ("Steps:"), not followed by the next number (a list spaced out)
    or by an answer's label ("Answer:": it asks a question). It is a sure one when it is also no
    question, at most `MAX_HEADING_WORDS` long and alone between blank lines, or over a rule that
    underlines it (a README's "1. OVERVIEW" over "-----------"); one right under
    text (a blank line left out) never is, but may take its place in the run. The sure
    candidates must number upwards from 1, two or more of them: any other numbering (a list
    restarting, a lone item) makes no line a heading. The numbers they skip ("5. What are your
    rights?", "4. How long we keep data" over "4.1 Account data") must be found among the other
    candidates between them, the nearest to the next sure one first, or none is a heading; after
    the last sure one, the candidates that go on numbering it without a break ("9. Contact Us"
    over its address) are headings too.

    When the sure ones make no heading, a guide's labels right over their text ("1. Courtesan
    Reading a Letter, c. 1798" over the paragraph on it) are sure in their place: a candidate
    set apart above, no question, no command (a step: "1. Take it in the morning" over how)
    and at most `MAX_HEADING_WORDS` long, right over a line of text that ends a sentence.
    """
    candidates: list[tuple[int, int, bool]] = []  # each line's index, number, and if sure
    titled: set[int] = set()  # the candidates right over their text that may be sure
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if not line[:1].isdigit() or not (match := _NUMBERED_LINE.match(line)):
            continue
        text = match.group(2)
        if not _is_heading(text, False, words=MAX_HEADING_CHARS):  # any number of words
            continue
        previous = lines[index - 1].strip()
        set_apart = previous in ("", SEPARATOR)
        if not set_apart and (previous.endswith(":") or _BULLET.match(previous)):
            continue  # an item of a list ("Steps:", "1. Open the lid")
        following = index + 1
        under = lines[following].strip()
        if under[:1] in ("-", "=") and _RULE.match(under):
            following += 1  # underlined as a heading ("1. OVERVIEW" over "-----------")
        while following < len(lines) and lines[following].strip() in ("", SEPARATOR):
            following += 1
        if following == len(lines):
            continue
        number = int(match.group(1))
        after = lines[following].strip()
        if (next_item := _NUMBERED_LINE.match(after)) and int(next_item.group(1)) == number + 1:
            continue
        if strip_answer_prefix(after) != after:
            continue
        heading = set_apart and not text.endswith("?") and _is_heading(text, False)
        sure = heading and following > index + 1
        if heading and not sure and _is_text(after) and not commands(text):
            titled.add(index)
        candidates.append((index, number, sure))
    headings = _numbered_run(candidates)
    if headings or not titled:
        return headings
    return _numbered_run([(i, number, sure or i in titled) for i, number, sure in candidates])


def _numbered_run(candidates: list[tuple[int, int, bool]]) -> frozenset[int]:
    """The candidates' lines that are headings: the sure ones numbering upwards from 1 and the
    others that fill their run (`_numbered_headings`)."""
    headings: list[int] = []
    count = 0  # sure ones
    start = 0  # where in `candidates` the ones after the last sure one start
    for at, (index, number, sure) in enumerate(candidates):
        if not sure:
            continue
        skipped = number - len(headings) - 1
        if skipped < 0:
            return frozenset()
        found: list[int] = []
        for other, wanted, _ in reversed(candidates[start:at]):
            if len(found) < skipped and wanted == number - len(found) - 1:
                found.append(other)
        if len(found) < skipped:
            return frozenset()
        headings += [*reversed(found), index]
        count += 1
        start = at + 1
    if count < 2:
        return frozenset()
    for index, number, _ in candidates[start:]:
        if number != len(headings) + 1:
            break
        headings.append(index)
    return frozenset(headings)


def _unnumbered(line: str) -> str:
    """A numbered line's text without its number ("1. Purpose": "Purpose")."""
    return match.group(2) if (match := _NUMBERED_LINE.match(line)) else line


def _is_text(line: str) -> bool:
    """Whether a line is text that ends a sentence, no list item, table row or quotation."""
    if _BLOCK_START.match(line):
        return False
    return line.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _is_heading(line: str, in_faq: bool, words: int = MAX_HEADING_WORDS) -> bool:
    if line[:1] == "#" and _MD_HEADING.match(line):  # most lines open on no "#"
        return True
    if in_faq and line.endswith("?"):  # tested first: every test below only rules a line out
        return False
    if len(line) > MAX_HEADING_CHARS or len(line.split()) > words:
        return False
    if _BULLET.match(line) or line.startswith("|") or not line[0].isalnum():
        return False
    if "__" in line:  # a form's blanks ("Name: ________ Class: ____"): no heading
        return False
    if is_metadata_line(line):  # "Speakers: Alice Brown, Bob Smith"
        return False
    # A letter anywhere; most lines open on one, and run no generator over their characters.
    if not (line[0].isalpha() or any(ch.isalpha() for ch in line)) or _is_formula(line):
        return False
    if line.endswith(":"):
        return section_role(line) is not SectionRole.BODY
    if line.endswith((".", ",", ";", "!", "…", '"', "”")):
        return False
    # A sentence's end under a closing quote or a footnote's mark: "… in the first week.’",
    # "… 12% of adults.*", "… since 2019.¹". "The ‘Big Bang’" is a name.
    return not line.rstrip(_AFTER_SENTENCE).endswith((".", "!", "…"))


# The last words of a title's first line that no title ends on: its second line follows.
_TITLE_BREAKS = frozenset("a an and the of or nor but than vs versus & – — -".split())


def _is_formula(line: str) -> bool:
    """Whether `line` reads as a formula: it states a relation (`=`, `≤`), or its operators
    outnumber its letters (`(a + b) × c`); "C++" and "Q&A" are names."""
    if not _RELATIONS.isdisjoint(line):
        return True
    operators = len(_OPERATOR.findall(line))
    return operators > 2 and operators > sum(ch.isalpha() for ch in line)


def _is_title_case(line: str) -> bool:
    """ "Can Trauma Affect the Brain's Response?" but not "Can trauma affect the brain?"."""
    words = [word for word in _WORD.findall(line)[1:] if len(word) >= 4]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def _long_words(line: str) -> list[str]:
    """The words of four letters or more: the ones Title Case capitalises."""
    return [word for word in _WORD.findall(line) if len(word) >= 4]


def _heading_text(line: str) -> str:
    match = _MD_HEADING.match(line)
    return (match.group(1) if match else line).strip()


# The lines, header and rows, of a table of `|`-separated cells with no `|---|` line
# (`_read_bare_pipes`): fewer may be prose that holds a pipe.
MIN_BARE_PIPE_LINES = 3
_CELL_BAR = lazy(r"(?<!\\)\|")  # between a row's cells
_BR = lazy(r"<br\s*/?>", re.IGNORECASE)


def _split_row(line: str) -> tuple[str, ...]:
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    # Without a backslash no bar is escaped: a plain split, as the pattern's.
    cells = _CELL_BAR.split(body) if "\\" in body else body.split("|")
    return tuple(_cell_text(cell) for cell in cells)


def _cell_text(cell: str) -> str:
    cell = cell.replace("\\|", "|")
    if "<" in cell:
        cell = _BR.sub("\n", cell)
    if "\n" not in cell:  # most cells: one line
        return " ".join(cell.split())
    return "\n".join(" ".join(part.split()) for part in cell.split("\n")).strip()


@dataclass
class _OpenSection:
    heading: str
    level: int
    role: SectionRole
    span: SourceSpan
    blocks: list[Block] = field(default_factory=list)
    question: tuple[str, SourceSpan] | None = None
    answer: list[Paragraph] = field(default_factory=list)
    asked: list[int] = field(default_factory=list)  # the lines holding its questions so far
    glossary: bool = False  # its lines `Term: definition` define their terms
    troubleshooting: bool = False  # its heading-like lines that state a problem ask for fixes
    labelled: bool = False  # asked by a `Q:` line outside an FAQ heading: one answer paragraph
    part: bool = False  # headed by a structured abstract's run-in label (`abstract_part`)

    def question_lines(self) -> list[int]:
        """The indexes of the (joined) lines holding this section's questions so far."""
        return self.asked

    def close_question(self) -> None:
        if self.question is not None:
            text, span = self.question
            text, answer = multiple_choice(text, tuple(self.answer))
            self.blocks.append(QuestionAnswer(text, answer, span))
        self.question = None
        self.answer = []
        self.labelled = False

    def freeze(self) -> Section:
        self.close_question()
        return Section(self.heading, self.level, self.role, tuple(self.blocks), self.span)


class _Reader:
    def __init__(
        self,
        path: str,
        lines: list[str],
        origins: list[int] | None = None,
        breaks: list[tuple[int, ...]] | None = None,
        aligned: dict[int, tuple[int, tuple[int, ...]]] | None = None,
    ) -> None:
        self.path = path
        self.lines = lines  # joined where the article is hard-wrapped
        self.origins = origins  # the source line each starts on, if not its index + 1
        self.breaks = (
            breaks  # where in each (single-spaced) each source line after the first starts
        )
        self.diagnostics: list[Diagnostic] = []
        self.sections: list[Section] = []
        self.aligned = _aligned_tables(lines) if aligned is None else aligned
        self.numbered = _numbered_headings(lines) - {
            row for start, (end, _) in self.aligned.items() for row in range(start, end)
        }
        self.speakers = transcript_speakers(lines)
        self.glossed: set[int] = set()  # the lines of lists that are glossaries (`_glossary_run`)

    def span(self, index: int) -> SourceSpan:
        return SourceSpan(self.path, self.origins[index] if self.origins else index + 1)

    def paragraph(self, text: str, index: int, dropped: int = 0, quoted: bool = False) -> Paragraph:
        """Line `index` as a paragraph of `text`, the line less its first `dropped` characters."""
        breaks = self.breaks[index] if self.breaks else ()
        if breaks and dropped:
            breaks = tuple(offset - dropped for offset in breaks)
        return Paragraph(text, self.span(index), breaks=breaks, quoted=quoted)

    def run(self) -> tuple[Document, list[Diagnostic]]:
        index, named = self._header(0, above_title=True)
        title = PurePath(self.path).stem.replace("-", " ").replace("_", " ").capitalize()
        current = _OpenSection(title, 1, SectionRole.BODY, self.span(min(index, len(self.lines))))
        # Under a `Title:` field, the next heading-shaped line heads a section.
        titled = named is None and index < len(self.lines) and index not in self.aligned
        line = self.lines[index].strip() if titled else ""
        if titled and (wrapped := self._wrapped_title(index)):
            line = wrapped
            current = _OpenSection(line, 1, SectionRole.BODY, self.span(index))
            title, index = line, index + 2
        elif titled and _is_heading(line, False):
            title = _heading_text(line)
            current = _OpenSection(title, 1, SectionRole.BODY, self.span(index))
            index += 1
        index, named_below = self._header(index)
        named = named or named_below
        # A `Title:` field names the document better than a banner over it ("STANDARD OPERATING
        # PROCEDURE"); a `# Title` was marked as the title by its writer.
        if named is not None and not _MD_HEADING.match(line):
            title, at = named
            current = _OpenSection(title, 1, SectionRole.BODY, self.span(at))
        while (index := self._skip_blank(index)) < len(self.lines):
            line = self.lines[index].strip()
            if _RULE.match(line):
                current.close_question()
                index += 1
            elif is_byline(line):  # page metadata, never a heading or text
                index += 1
            elif line[0] == "+" and (grid := self._read_grid(index)):
                blocks, index = grid
                for block in blocks:
                    self._add(current, block)
            elif line.startswith("|") and self._is_table_start(index):
                table, index = self._read_table(index)
                for block in table_questions(table) or (table,):
                    self._add(current, block)
            elif "\t" in line:  # a tab-separated table (`_expand_tabs`)
                table, index = self._read_tabbed(index)
                for block in table_questions(table) or (table,):
                    self._add(current, block)
            elif index in self.aligned:
                table, index = self._read_aligned(index)
                for block in table_questions(table) or (table,):
                    self._add(current, block)
            elif "|" in line and (bare := self._read_bare_pipes(index)):
                table, index = bare
                for block in table_questions(table) or (table,):
                    self._add(current, block)
            elif (
                (current.glossary or self._glossary_run(index, current))
                and index not in self.numbered
                and (entry := self._entry(index))
            ):
                paragraph, index = entry
                self._add(current, paragraph)
            elif current.role is SectionRole.FAQ and (question := self._labelled(index)):
                current.close_question()
                current.question = (question, self.span(index))
                current.asked.append(index)
                index += 1
            elif (
                line[0] in "Qq"
                and current.role is not SectionRole.FAQ
                and (question := self._paired(index))
            ):
                current.close_question()
                current.question = (question, self.span(index))
                current.labelled = True
                current.asked.append(index)
                index += 1
            elif current.troubleshooting and (fix := self._problem_fix(current, index)):
                problem, start = fix
                current.close_question()
                current.question = (problem, self.span(index))
                current.labelled = True  # the rest of the line is the whole answer
                current.asked.append(index)
                text = " ".join(line[start:].split())
                self._add(current, self.paragraph(text[0].upper() + text[1:], index, start))
                index += 1
            elif current.troubleshooting and self._fixes(current, index):
                self._add(current, self.paragraph(" ".join(line.split()), index))
                index += 1
            elif current.troubleshooting and (asked := self._problem(index)):
                current.close_question()
                current.question = (asked, self.span(index))
                current.asked.append(index)
                index += 1
            elif self.speakers and (turn := turn_end(line, self.speakers)):
                # A speaker's turn, never a heading; the card says what, not who ("HO: …").
                text = line[turn:]
                self._add(current, self.paragraph(" ".join(text.split()), index, turn))
                index += 1
            elif (
                (current.role is SectionRole.BODY or current.part)
                and current.question is None
                and not current.glossary
                and (part := abstract_part(line))
                and not self._in_brief(current, index)
            ):
                # "Results: Pain fell …": the label heads a section (a sibling of the part
                # before it); the text is what follows. Its "Conclusions" is prose, no summary.
                self.sections.append(current.freeze())
                level = current.level if current.part else max(2, current.level + 1)
                name = line[:part].rstrip(" :.")
                current = _OpenSection(name, level, SectionRole.BODY, self.span(index), part=True)
                self._add(current, self.paragraph(" ".join(line[part:].split()), index, part))
                index += 1
            elif (
                ": " in line
                and current.role is SectionRole.BODY
                and current.question is None
                and not current.glossary
                and (fact_lines := self._facts(index))
            ):
                table, index = fact_lines
                self._add(current, table)
            elif (
                current.question is not None
                and line[0] in _OPTION_STARTS
                and self._option(current, index)
            ):
                # A multiple-choice question's option ("b) Chlorophyll"), never a heading; its
                # letter is no answer's label ("A. Yes"): kept (`multiple_choice`).
                current.answer.append(self.paragraph(" ".join(line.split()), index))
                index += 1
            elif (
                current.question is not None
                and (  # the label first: most lines under a question hold none
                    (line[0] in "Aa" and strip_answer_prefix(line) != line)
                    or (current.answer and ANSWER_LABEL.match(line))
                )
                and all(OPTION.match(paragraph.text) for paragraph in current.answer)
            ):
                # "Answer: Oxygen" under its question, "Correct answer: B" under its options:
                # never a heading.
                self._add(current, self.paragraph(" ".join(line.split()), index))
                index += 1
            elif current.question is None and is_metadata_line(line):
                index += 1  # "Speakers: Alice Brown, Bob Smith": metadata, no heading or text
            elif current.question is None and (entries := self._entry_lines(index, current)):
                self._add_list(current, entries[0])
                index = entries[1]
            elif (
                _is_heading(line, current.role is SectionRole.FAQ)
                or index in self.numbered
                or self._ends_faq(current, index)
                or self._capitals_heading(index)
            ):
                self.sections.append(current.freeze())
                heading = _heading_text(line)
                if heading.endswith(".") and heading.isupper():  # `_capitals_heading`
                    heading = heading[:-1]
                current = _OpenSection(heading, 2, section_role(heading), self.span(index))
                current.glossary = current.role is SectionRole.BODY and is_glossary_heading(heading)
                # A body section's heading matches no FAQ heading's pattern, a troubleshooting
                # heading's included: none is run on it (most headings) to tell so.
                current.troubleshooting = current.role is not SectionRole.BODY and (
                    is_troubleshooting(heading)
                )
                index += 1
            elif current.role is SectionRole.FAQ and (
                question := _question(line) or self._exercise(current, index)
            ):
                current.close_question()
                current.question = (question, self.span(index))
                current.asked.append(index)
                index += 1
            elif _BULLET.match(line):
                items, index = self._read_list(index, outlined=current.question is None)
                self._add_list(current, items)
            elif line[0] == ">" and (quote := _QUOTE.match(line)):
                text = " ".join(line[quote.end() :].split())
                self._add(current, self.paragraph(text, index, len(line) - len(text), True))
                index += 1
            else:
                self._add(current, self.paragraph(" ".join(line.split()), index))
                index += 1
        self.sections.append(current.freeze())
        sections = tuple(s for s in self.sections if s.blocks or s.level > 1)
        return Document(
            self.path, title, with_label_lines(with_notes_read(with_answer_key(sections)))
        ), self.diagnostics

    def _wrapped_title(self, index: int) -> str | None:
        """The title at line `index` and the next line joined, when the first breaks off where
        no title ends ("… Water Fluoridation and" over "What the Newest Studies Say") or on a
        colon over a capitalised line ("Sleep:" over "Why It Matters")."""
        if index + 1 >= len(self.lines) or index + 1 in self.aligned:
            return None
        first, second = self.lines[index].strip(), self.lines[index + 1].strip()
        if not second:
            return None
        colon = first.endswith(":")
        head = first[:-1] if colon else first
        words = head.split()
        if colon:
            if not second[0].isupper():
                return None
        elif len(words) < 2 or words[-1].casefold() not in _TITLE_BREAKS:
            return None
        joined = f"{first} {second}"
        if len(joined) > MAX_HEADING_CHARS or len(joined.split()) > MAX_HEADING_WORDS:
            return None
        if _MD_HEADING.match(first) or not (
            _is_heading(head, False) and _is_heading(second, False)
        ):
            return None
        return joined

    def _header(self, index: int, above_title: bool = False) -> tuple[int, tuple[str, int] | None]:
        """The line after the header block that starts at line `index`, and the title its
        `Title:` field gives, with that field's line.

        A header block is page metadata, no heading or text: fields (`header_field`: "SOP
        number: BIO-017", "Version: 3.2", "Approved by: …"), bylines and datelines
        (`is_byline`: "12 April - 31 August 2025"), and below the title the lines shaped as
        headings that head nothing but these ("Exhibition Guide", "Gallery 4 and 5, East Wing"
        over the exhibition's dates).
        """
        named: tuple[str, int] | None = None
        while (index := self._skip_blank(index)) < len(self.lines):
            line = self.lines[index].strip()
            if not above_title and ": " in line and self._infobox(index):
                break
            if field := header_field(line) or (named and _ebook_field(line)):
                if named is None and is_title_label(field[0]):
                    named = (field[1], index)
            elif is_byline(line) or (not above_title and self._bare_byline(line)):
                pass
            elif above_title or not self._heads_header(index):
                break
            index += 1
        return index, named

    def _infobox(self, index: int) -> bool:
        """Whether the `Label: value` lines at line `index`, under the title, are facts about
        the subject (an encyclopedia's "Elevation: 5,895 m" over "Location: Tanzania"), not its
        header block: facts (`_facts`), not all of them the header's fields."""
        facts = self._facts(index)
        if facts is None:
            return False
        end = facts[1]
        return not all(header_field(self.lines[at]) for at in range(index, end))

    def _facts(self, index: int) -> tuple[Table, int] | None:
        """The block of `Label: value` lines at line `index` (a recipe's "Prep time: 15
        minutes" over "Serves: 10") as facts by name, a table with no header (`fact_table`), and
        the line after it; None for any other block, and for page metadata ("Author: …"). Who
        sat or took part (`names_people`: "Panel: Eleven justices (…)") is left out."""
        end, items = index, []
        while end < len(self.lines) and ": " in (line := self.lines[end].strip()):
            if end in self.numbered or end in self.aligned or _BULLET.match(line):
                return None
            if not names_people(*line.split(": ", 1)):
                items.append(ListItem(" ".join(line.split()), self.span(end)))
            end += 1
        if not items:
            return None
        if end < len(self.lines) and self.lines[end].strip() not in ("", SEPARATOR):
            return None  # lines of a paragraph or a list after a labelled one
        table = fact_table(BulletList(tuple(items), self.span(index)), end - index - len(items))
        if table is None or any(is_page_label(row.cells[0]) for row in table.rows):
            return None
        return table, end

    def _bare_byline(self, line: str) -> bool:
        """Whether `line`, in the header block under the title, is a bare byline ("By Sarah
        Whitfield"): shaped as one, where no other line of the article opens on "By" ("By
        Car", "By Public Transport" head a guide's sections)."""
        if not _BARE_BYLINE.fullmatch(line):
            return False
        return sum(bool(_BY.match(text.lstrip())) for text in self.lines) == 1

    def _heads_header(self, index: int) -> bool:
        """Whether line `index` and the heading-shaped lines after it head no text but page
        metadata (`_header`): a subtitle or a venue over a date, not a section."""
        ahead = index
        while ahead < len(self.lines):
            line = self.lines[ahead].strip()
            if header_field(line) or is_byline(line):
                return ahead > index
            if ahead in self.numbered or ahead in self.aligned or _MD_HEADING.match(line):
                return False
            if not _is_heading(line, False) or section_role(line) is not SectionRole.BODY:
                return False
            ahead = self._skip_blank(ahead + 1)
        return False

    def _capitals_heading(self, index: int) -> bool:
        """Whether line `index` is a heading in capitals ending on a period, as a book sets its
        chapters' ("CHAPTER III.", "THE PROBLEM OF LONGITUDE."): alone between blank lines, a
        name, no sentence ("THIS MEDICINE CAN MAKE YOU SLEEPY.") nor command ("KEEP OUT OF
        REACH OF CHILDREN.")."""
        line = self.lines[index].strip()
        if line[-1] != "." or line.endswith("..") or not line.isupper():
            return False
        if not index or self.lines[index - 1].strip() not in ("", SEPARATOR):
            return False
        text = line[:-1]
        if "." in text or not self._followed_by_blank(index):  # "U.S.A." abbreviates
            return False
        if not _is_heading(text, False, MAX_CAPS_WORDS):
            return False
        name = _ROMAN_NUMBER.sub("", text)  # "CHAPTER I": no "I" that reads as a sentence
        return not (reads_as_sentence(name) or commands(name) or _warns(name))

    def _ends_faq(self, section: _OpenSection, index: int) -> bool:
        """Whether a question line under an FAQ heading is the next section's heading instead.

        It is when it breaks the pattern every earlier question followed: Title Case after
        sentence case, unnumbered after numbered ones, set apart by a blank or `nn` line after
        questions that ran straight into their answers. Only a heading's case is sure: on
        numbering or spacing alone, a question and its answer may become a section that yields
        no card, so that is reported. It never is when nothing but a heading or the end of the
        document follows: that is a question without an answer, reported.
        """
        line = self.lines[index].strip()
        earlier = section.question_lines()
        if section.role is not SectionRole.FAQ or not earlier or not line.endswith("?"):
            return False
        # How it breaks the pattern, told first: most questions break none, and then neither
        # their shape nor what follows them need be read.
        questions = [self.lines[i].strip() for i in earlier]
        cased = _is_title_case(line) and not any(_is_title_case(q) for q in questions)
        if cased:
            hint = ""
        elif all(_NUMBERED.match(q) for q in questions) and not _NUMBERED.match(line):
            hint = "if it is a question, number it as the ones before it"
        elif self._followed_by_blank(index) and not any(
            self._followed_by_blank(i) for i in earlier
        ):
            hint = "if it is a question, put its answer on the next line, as the ones before it"
        else:
            return False
        if _LABELLED.match(line) or not _is_heading(line, False):
            return False
        following = self._skip_blank(index + 1)
        if following == len(self.lines) or _is_heading(self.lines[following].strip(), True):
            return False
        if cased:
            return True
        self.diagnostics.append(
            Diagnostic(
                f"question '{line}' ends the FAQ: read as the heading of a new section",
                self.path,
                self.span(index).line,
                hint,
            )
        )
        return True

    def _option(self, section: _OpenSection, index: int) -> bool:
        """Whether line `index`, under a question, is one of its options: "a) …" over "b) …",
        or any lettered line after them ("A. Yes" alone labels an answer)."""
        if not (line := self.lines[index].strip()) or not OPTION.match(line):
            return False
        if section.answer:
            return all(OPTION.match(paragraph.text) for paragraph in section.answer)
        following = self.lines[index + 1].strip() if index + 1 < len(self.lines) else ""
        return _FIRST_OPTIONS.match(f"{line} {following}") is not None

    def _labelled(self, index: int) -> str | None:
        """The question of a `Q:` or numbered line without a question mark ("Q: Dosage for
        children", "4. Explain why …") when an `A:` or `Answer:` line answers it; a question
        mark makes any line under an FAQ heading one."""
        line = self.lines[index].strip()
        if not (line[0] in "Qq" or line[0].isdigit()) or line[-1] == "?":
            return None
        if not (match := _LABELLED_QUESTION.match(line)):
            return None
        return self._answered(index, match)

    def _paired(self, index: int) -> str | None:
        """Outside an FAQ heading, the question of a `Q:` line that an `A:` or `Answer:` line
        answers, as an interview prints them: an FAQ pair all the same, as in Markdown. Its
        question was carded as a claim ("Q: You said in 2022 that prices would fall by 15%")
        or read as a heading."""
        line = self.lines[index].strip()
        if not _LABELLED.match(line) or not (match := _LABELLED_QUESTION.match(line)):
            return None
        return self._answered(index, match)

    def _answered(self, index: int, match: re.Match[str]) -> str | None:
        """The question `match` found on line `index`, if an `A:` or `Answer:` line answers it."""
        following = self._skip_blank(index + 1)
        if following == len(self.lines):
            return None
        answer = self.lines[following].strip()
        if strip_answer_prefix(answer) == answer:
            return None
        return " ".join(match.group(1).strip("*_| ").split()) or None

    def _glossary_run(self, index: int, current: _OpenSection) -> bool:
        """Whether line `index` is an item of a list that is a glossary outside a glossary
        heading: MIN_GLOSSARY_ITEMS items or more in a row, each "- Term: what it means"
        (`glosses`), "- Ransomware: malware that encrypts your files …"."""
        if index in self.glossed:
            return True
        line = self.lines[index]
        if not line.startswith(("- ", "* ", "• ")) or ": " not in line:
            return False  # most lines: no bulleted term
        if current.role is not SectionRole.BODY or current.question is not None:
            return False
        if index and _BULLET.match(self.lines[index - 1].strip()):
            return False  # the list's first item judges it
        end = index
        while end < len(self.lines) and (bullet := _BULLET.match(self.lines[end].strip())):
            term, colon, meaning = bullet.group(1).partition(": ")
            if not colon or not glosses(term.strip(), meaning.strip()):
                return False
            end += 1
        if end - index < MIN_GLOSSARY_ITEMS:
            return False
        self.glossed.update(range(index, end))
        return True

    def _entry(self, index: int) -> tuple[Paragraph, int] | None:
        """The glossary entry `Term: definition` (or a list item of one) on line `index`, as a
        paragraph defining its term, and the line after it; None if the line is none. It runs
        on over the next lines up to a blank one, another entry or a block's start, when they
        go on in lower case or it has not ended its sentence (a wrapped line)."""
        line = self.lines[index].strip()
        body = (bullet.group(1) if (bullet := _BULLET.match(line)) else line).strip()
        match = _ENTRY.match(body)
        if match is None or _MD_HEADING.match(line) or section_role(line) is not SectionRole.BODY:
            return None
        term = " ".join(match.group(1).split())
        if len(term.split()) > MAX_TERM_WORDS or is_label(term):  # "Note: …" is text
            return None
        if _PART.fullmatch(term):
            return None
        text = " ".join(body.split())
        # A wrapped article's lines are single-spaced: its breaks move by the bullet's length.
        breaks = (
            [offset - len(line) + len(body) for offset in self.breaks[index]] if self.breaks else []
        )
        end = index + 1
        while end < len(self.lines) and (following := self.lines[end].strip()):
            if following == SEPARATOR or _BLOCK_START.match(following) or _RULE.match(following):
                break
            wraps = following[0].islower() or not (
                text.endswith(_SENTENCE_END) or _is_heading(following, False)
            )
            if not wraps or _ENTRY.match(following):
                break
            start = len(text) + 1
            breaks.append(start)
            if self.breaks:
                breaks += (start + offset for offset in self.breaks[end])
            text = f"{text} {' '.join(following.split())}"
            end += 1
        return Paragraph(text, self.span(index), breaks=tuple(breaks), term=term), end

    def _problem(self, index: int) -> str | None:
        """Under a troubleshooting heading, the problem a heading-like line states ("The app
        won't start") as the front of a card whose answer follows; None for a heading (a
        category, the next section) or a line with no answer after it."""
        line = self.lines[index].strip()
        if index in self.numbered or not _is_heading(line, True) or not states_problem(line):
            return None
        following = self._skip_blank(index + 1)
        if following == len(self.lines):
            return None
        after = self.lines[following].strip()
        if _is_heading(after, True) and not (following == index + 1 and commands(after)):
            return None  # a heading-like line right under it that commands is its fix
        return problem_front(_heading_text(line))

    def _problem_fix(self, section: _OpenSection, index: int) -> tuple[str, int] | None:
        """Under a troubleshooting heading, the problem a `Problem: fix` line states, as a
        card's front, and where its fix starts; None for a line whose label states no problem
        and whose text commands nothing ("Note: …", "Battery life: about 10 hours"), and for
        the answer of a problem above ("You are outside the environment: activate it")."""
        if section.question is not None and not section.answer:
            return None
        line = self.lines[index].strip()
        bullet = _BULLET.match(line)
        at = bullet.start(1) if bullet else 0  # "- Slow Wi-Fi: move …" is one too
        return None if index in self.numbered else problem_fix(line, at)

    def _fixes(self, section: _OpenSection, index: int) -> bool:
        """Under a troubleshooting section's problem, whether line `index` is a step of its fix
        shaped as a heading ("Restart the router"): a line that commands, right under the
        problem or a step of its fix (no blank line between). Under a step, a problem line with
        its answer under it is the next problem."""
        if section.question is None or self.lines[index - 1].strip() in ("", SEPARATOR):
            return False
        if not commands(self.lines[index].strip()):
            return False
        return not section.answer or self._problem(index) is None

    def _followed_by_blank(self, index: int) -> bool:
        return index + 1 < len(self.lines) and self.lines[index + 1].strip() in ("", SEPARATOR)

    def _in_brief(self, section: _OpenSection, index: int) -> bool:
        """Whether the `section` that line `index` is in holds a part only a case brief has
        (`holds_brief_part`), before it or after it up to the next heading-like line: there an
        abstract's part ("Conclusion: …") is a part of the brief, no section."""
        after = takewhile(
            lambda line: not line or not _is_heading(line, False),
            (line.strip() for line in self.lines[index + 1 :]),
        )
        return holds_brief_part(
            chain((block.text for block in section.blocks if isinstance(block, Paragraph)), after)
        )

    def _skip_blank(self, index: int) -> int:
        while index < len(self.lines) and self.lines[index].strip() in ("", SEPARATOR):
            index += 1
        return index

    def _add(self, section: _OpenSection, block: Block) -> None:
        if section.level > 1 and is_history_heading(section.heading):
            return  # page metadata: "Version 3.1 | 2023-06-22 | Added a section" is no fact
        if section.labelled and section.answer and not section.answer[-1].text.endswith(":"):
            section.close_question()  # a labelled answer is one paragraph, or introduces more
        if section.question is None:
            section.blocks.append(block)
            return
        # Inside an FAQ answer: lists and stray tables are read as answer text.
        if isinstance(block, Paragraph):
            text = block.text
            if not section.answer:
                text = strip_answer_prefix(text)
            breaks = block.breaks
            if breaks and len(text) < len(block.text):
                breaks = tuple(offset - len(block.text) + len(text) for offset in breaks)
            section.answer.append(Paragraph(text, block.span, breaks=breaks))
        elif isinstance(block, BulletList):
            section.answer.extend(Paragraph(item.text, item.span) for item in block.items)
        else:
            section.close_question()
            section.blocks.append(block)

    def _is_table_start(self, index: int) -> bool:
        return index + 1 < len(self.lines) and bool(
            _TABLE_SEPARATOR.match(self.lines[index + 1].strip())
        )

    def _read_table(self, index: int) -> tuple[Table, int]:
        start = index
        header = _split_row(self.lines[index])
        index += 2
        rows: list[TableRow] = []
        while index < len(self.lines) and self.lines[index].strip().startswith("|"):
            self._add_row(rows, _split_row(self.lines[index]), len(header), index)
            index += 1
        return Table(header, tuple(rows), self.span(start)), index

    def _read_bare_pipes(self, index: int) -> tuple[Table, int] | None:
        """The table written as `|`-separated lines with no `|---|` line under its header that
        starts on line `index`, and the line after it: 3 lines or more in a row, each of the same
        2 cells or more, none empty, the first of labels (`_reads_as_labels`): "Functional group
        | Test | Positive result" over "Alkene | Bromine water | Orange to colourless". None for a
        line of prose with a pipe in it, or lines whose cells differ in number."""
        header = _split_row(self.lines[index])
        if len(header) < 2 or not all(header) or not _reads_as_labels(header):
            return None
        rows: list[TableRow] = []
        end = index + 1
        while end < len(self.lines) and "|" in self.lines[end]:
            cells = _split_row(self.lines[end])
            if len(cells) != len(header) or not all(cells):
                break
            rows.append(TableRow(cells, self.span(end)))
            end += 1
        if end - index < MIN_BARE_PIPE_LINES:
            return None
        return Table(header, tuple(rows), self.span(index)), end

    def _read_tabbed(self, index: int) -> tuple[Table, int]:
        """The tab-separated table that starts on line `index`, its first row the header, and
        the line after it. A row with more or fewer cells than the header is reported."""
        start = index
        header = _tab_cells(self.lines[index])
        rows: list[TableRow] = []
        index += 1
        while index < len(self.lines) and "\t" in self.lines[index]:
            self._add_row(rows, _tab_cells(self.lines[index], len(header)), len(header), index)
            index += 1
        return Table(header, tuple(rows), self.span(start)), index

    def _add_row(
        self, rows: list[TableRow], cells: tuple[str, ...], width: int, index: int
    ) -> None:
        """Add the row on line `index` to `rows`, fitted to the header's `width` (a misfit is
        reported); an empty row is left out."""
        if len(cells) != width:
            self.diagnostics.append(
                Diagnostic(
                    f"table row has {len(cells)} cells, the header has {width}",
                    self.path,
                    self.span(index).line,
                    "missing cells are left empty, extra cells dropped",
                )
            )
            cells = (cells + ("",) * width)[:width]
        if any(cells):
            rows.append(TableRow(cells, self.span(index)))

    def _read_aligned(self, index: int) -> tuple[Table, int]:
        """The table aligned with spaces (`_aligned_tables`) whose header is line `index`, and
        the line after it; a timeline's has no header, its first line is a row."""
        end, stops = self.aligned[index]
        header = _aligned_cells(self.lines[index], stops)
        first = index + 1
        if not _reads_as_labels(header):  # a timeline (`_is_timeline`)
            header, first = ("",) * len(stops), index
        rows = tuple(
            TableRow(cells, self.span(row))
            for row in range(first, end)
            if not (row == index + 1 and _DASHES.match(self.lines[row].strip()))
            and any(cells := _aligned_cells(self.lines[row], stops))
        )
        return Table(header, rows, self.span(index)), end

    def _read_grid(self, index: int) -> tuple[list[Block], int] | None:
        """The grid table whose top border is line `index`, and the line after it; None if none.

        A cell may run over several lines: they are joined, a blank line in it breaks it in two.
        The rows above a `+===+` border are the header; without one, the first row is when it
        reads as labels (`_reads_as_labels`) over one row or more. A table of one column is a box
        around text: its cells are paragraphs. A table without a header is not carded (reported).
        """
        border = self.lines[index].strip()
        if index + 1 == len(self.lines) or not self.lines[index + 1].lstrip().startswith("|"):
            return None
        if not _GRID_BORDER.match(border):
            return None
        width = border.count("+") - 1
        stops = [column for column, char in enumerate(border) if char == "+"]
        rows: list[tuple[list[list[str]], int]] = []  # each row's cells as lines, its first line
        header = 0  # how many rows the header has
        cells: list[list[str]] | None = None
        end = index + 1
        while end < len(self.lines):
            line = self.lines[end].strip()
            if line[:1] == "+" and _GRID_BORDER.match(line):
                if cells is not None:
                    rows.append((cells, end - len(cells[0])))
                    cells = None
                if "=" in line and not header:
                    header = len(rows)
            elif line[:1] == "|":
                if cells is None:
                    cells = [[] for _ in range(width)]
                parts = _grid_parts(line, stops, width)
                for column, part in enumerate(parts):
                    cells[column].append(part)
            else:
                break
            end += 1
        if cells is not None:
            rows.append((cells, end - len(cells[0])))
        texts = [(tuple(_grid_cell(lines) for lines in row), line) for row, line in rows]
        if width == 1:
            return [
                Paragraph(paragraph, self.span(line))
                for (text,), line in texts
                for paragraph in text.split("\n")
                if paragraph
            ], end
        if not header and len(texts) > 1 and _reads_as_labels(texts[0][0]):
            header = 1  # no `+===+` under it, but the first row names the columns
        if not header:
            self.diagnostics.append(
                Diagnostic(
                    "grid table has no header row: not carded",
                    self.path,
                    self.span(index).line,
                    "mark the header's bottom border with = (+=====+=====+)",
                )
            )
            return [], end
        names = tuple(
            " ".join(cell for row, _ in texts[:header] if (cell := row[column]))
            for column in range(width)
        )
        body = tuple(TableRow(row, self.span(line)) for row, line in texts[header:] if any(row))
        table = Table(names, body, self.span(index))
        return list(table_questions(table) or (table,)), end

    def _add_list(self, current: _OpenSection, items: BulletList) -> None:
        facts = None
        if current.role is SectionRole.BODY and current.question is None and not current.glossary:
            facts = fact_table(items)  # "- Launch date: 3 May 2016": a row each
        self._add(current, facts or items)

    def _entry_lines(self, index: int, current: _OpenSection) -> tuple[BulletList, int] | None:
        """Two or more lines in a row that each open with a date ("1883 - The bridge opens",
        "1909: A second deck is added") or each with a time, day or week ("Week 3: 2 x 6 km
        easy"): a timeline or a timetable written without bullets, read as a list, never as
        headings; and the line after it."""
        first = self.lines[index].strip()
        if not (dated_entry(first, months=True) or scheduled(first)):  # most lines
            return None
        months = is_timeline_heading(current.heading)
        for entry in (lambda line: dated_entry(line, months), scheduled):
            end = index
            while end < len(self.lines) and entry(self.lines[end].strip()):
                end += 1
            if end - index >= 2:
                lines = range(index, end)
                items = [ListItem(" ".join(self.lines[i].split()), self.span(i)) for i in lines]
                return BulletList(tuple(items), self.span(index)), end
        return None

    def _exercise(self, current: _OpenSection, index: int) -> str | None:
        """The text of a numbered line that is the next exercise after an FAQ's numbered
        question nothing answers yet ("1. What is the pH of water?" over "2. Name the salt
        formed …"), not its answer; left unanswered, both are reported. An answer's steps
        start again at 1."""
        line = self.lines[index]
        if not line[0].isdecimal() or current.question is None or current.answer:
            return None  # most lines
        this = _EXERCISE.match(line)
        if this is None or not current.asked:
            return None
        asked = _EXERCISE.match(self.lines[current.asked[-1]].lstrip())
        if asked is None or int(this[1]) != int(asked[1]) + 1:
            return None
        return " ".join(this[2].split())

    def _read_list(self, index: int, outlined: bool) -> tuple[BulletList, int]:
        """The list at line `index` and the line after it; `outlined` (outside an answer), its
        items read as an outline by their indents (`outline`)."""
        start = index
        items: list[tuple[int, ListItem]] = []  # each with its indent
        while index < len(self.lines):
            line = self.lines[index]
            match = _BULLET.match(line.strip())
            if not match:
                break
            if text := " ".join(match.group(1).split()):
                items.append((len(line) - len(line.lstrip()), ListItem(text, self.span(index))))
            index += 1
        listed = outline(items) if outlined else [item for _, item in items]
        return BulletList(tuple(listed), self.span(start)), index


# What a warning in capitals says that no name does ("NOT FOR INJECTION", "SEEK ADVICE IF
# SYMPTOMS PERSIST"): a negation or a condition; "FOR EXTERNAL USE ONLY" restricts.
_WARNING_WORDS = frozenset("not never don't cannot if unless until".split())
# A label's instructions open on a verb (`commands` knows a fix's verbs), then a word that
# follows a verb, no noun ("KEEP OUT", "STORE BELOW", "SHAKE WELL"): "STORE CUPBOARD
# ESSENTIALS" and "WEAR AND TEAR" are names.
_LABEL_VERBS = frozenset(
    "keep store take shake protect seek swallow discard dispose consult tell inform refrigerate"
    " dilute wear handle wash".split()
)
_AFTER_LABEL_VERB = frozenset(
    "out away in at below above under from with before after on off up well".split()
)


def _warns(name: str) -> bool:
    """Whether a line in capitals is a label's warning or instruction, no heading: "KEEP OUT OF
    REACH OF CHILDREN", "STORE BELOW 25°C", "NOT FOR INJECTION", "FOR EXTERNAL USE ONLY"."""
    words = name.lower().replace("\u2019", "'").split()
    if not _WARNING_WORDS.isdisjoint(words) or (len(words) > 1 and words[-1] == "only"):
        return True
    return len(words) > 1 and words[0] in _LABEL_VERBS and words[1] in _AFTER_LABEL_VERB


def _grid_parts(line: str, stops: list[int], width: int) -> list[str]:
    """The `width` cells of a grid table's line: between the columns of its border's `+`, or
    between its `|` when they are elsewhere (wide characters, a spanned cell)."""
    if len(line) == stops[-1] + 1 and all(line[stop] == "|" for stop in stops):
        parts = [line[left + 1 : right] for left, right in pairwise(stops)]
    else:
        parts = list(re.split(r"(?<!\\)\|", line.strip()[1:].removesuffix("|")))
    parts = (parts + [""] * width)[:width]
    return [" ".join(part.split()) for part in parts]


# A column's label is a name of a few words ("Usual dose"), never a sentence or a figure.
MAX_LABEL_WORDS = 5


def _reads_as_labels(cells: tuple[str, ...]) -> bool:
    """Whether a grid table's first row names its columns: each cell one short line that opens
    with a capital and ends no sentence ("Tablet", "Usual dose"; not "5 mg", "perro" or "Can
    cause swelling."); the first may be empty, over a key column."""
    for column, cell in enumerate(cells):
        if not cell and column == 0:
            continue
        if not cell[:1].isupper() or "\n" in cell or len(cell.split()) > MAX_LABEL_WORDS:
            return False
        if cell.rstrip(_CLOSERS).endswith((*_SENTENCE_END, ":", ";", ",")):
            return False
    return True


def _grid_cell(lines: list[str]) -> str:
    """A grid table cell's text from its lines: joined, a blank line a paragraph break."""
    paragraphs = (" ".join(part.split()) for part in "\n".join(lines).split("\n\n"))
    return "\n".join(paragraph for paragraph in paragraphs if paragraph)


def _question(line: str) -> str | None:
    if not line.endswith("?") and not line.rstrip("|").rstrip().endswith("?"):
        return None
    match = _QUESTION_PREFIX.match(line)
    if not match:
        return None
    return " ".join(match.group(1).strip("*_ ").split())
