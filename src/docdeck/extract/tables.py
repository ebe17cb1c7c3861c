"""Table notes: each body row × each non-key column asks for that cell; the back shows the row.

Imports `document`, `notes` and `extract.context`, `extract.subjects`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from docdeck.document import (
    Paragraph,
    Section,
    Table,
    TableRow,
)
from docdeck.extract.context import Context
from docdeck.extract.subjects import name_subjects, with_paths
from docdeck.headings import plans
from docdeck.lines import WRITTEN_DATE
from docdeck.notes import NoteDraft, NoteKind, escape, normalize_key, unnumbered
from docdeck.patterns import lazy

_EMPTY_CELLS = frozenset({"", "-", "—", "–", "n/a", "?"})


def extract_tables(ctx: Context) -> list[NoteDraft]:
    """Two-way facts from every table with a key column and at least one other column. Rows
    that tables under different subjects share (an `id` parameter of each API endpoint) name
    their subject (`subjects.name_subjects`)."""
    drafts: list[NoteDraft] = []
    paths: list[tuple[Section, ...]] = []  # of each draft (`subjects.with_paths`)
    for section, path in with_paths(ctx.doc.sections):
        for index, block in enumerate(section.blocks):
            if isinstance(block, Table):
                above = section.blocks[index - 1] if index else None
                found = _table(ctx, section, block, _caption(above))
                drafts += found
                paths += [path] * len(found)
    if len(drafts) > 1:
        name_subjects(ctx, drafts, paths, answers_differ=False)
    return drafts


def table_of(draft: NoteDraft) -> tuple[str, str, str]:
    """The table a table draft asks about, as far as its draft tells: its source, its section
    and its key column (the first part of its key)."""
    return draft.origin.span.path, draft.origin.section, draft.key.partition("/")[0]


# A table's caption: the line right above it, a title and no sentence ("Cumulative performance
# to 31 October 2024 (%)", "Table 1. Sleep outcomes (mean ± SD)"), less its "Table 1." label.
MAX_CAPTION_WORDS = 12
_CAPTION_LABEL = lazy(r"table\s+\d+[.:]?\s+", re.IGNORECASE)


def _caption(above: object) -> str:
    """The caption of a table the block `above` stands right above, or ""."""
    if not isinstance(above, Paragraph):
        return ""
    text = above.text.strip()
    if label := _CAPTION_LABEL.match(text):
        text = text[label.end() :]
    if (
        not text
        or text.endswith((".", ":", "!", "?", ";"))
        or len(text.split()) > MAX_CAPTION_WORDS
    ):
        return ""
    return text


def _table(ctx: Context, section: Section, table: Table, caption: str = "") -> list[NoteDraft]:
    width = len(table.header)
    key_index = ctx.settings.tables.key_column - 1
    if width < 2:
        ctx.skip("table has one column: nothing to ask", table.span)
        return []
    if key_index >= width:
        ctx.skip(
            f"key_column {key_index + 1} is past the table's {width} columns",
            table.span,
            "the first column is used",
        )
        key_index = 0
    if key_index == 0 and _timeline(table):
        if not any(table.header) and plans(section.heading):
            return []  # a list of a plan's days ("- 14 July 2025: train to Porto"), no events
        key_index = 1  # "Fourth Crusade sacks Constantinople — Year", not "1204 — Event"
    key_name = table.header[key_index] or "Row"
    pair = _pair_column(table, key_index)
    pair_name = (table.header[pair] or f"Column {pair + 1}") if pair is not None else ""
    drafts: list[NoteDraft] = []
    seen: set[str] = set()
    header_html = tuple(escape(name) for name in table.header)
    # Each carded column with its header as questions name it and its part of the keys.
    columns = [
        (column, table.header[column] or f"Column {column + 1}", column_key)
        for column, column_key in _column_keys(ctx, table, key_index).items()
        if column != pair  # part of each row's key: asked by every question
    ]
    if not (columns := _knowledge(ctx, table, key_index, columns)):
        return []
    carded = {column for column, *_ in columns}
    shared = (
        _shared_values(ctx, table, key_index, key_name, carded)
        if ctx.settings.tables.reverse
        else ()
    )
    key_prefix = normalize_key(key_name)
    plain = {column for column, *_ in columns if _no_property(table, column)}
    for row in table.rows:
        row_key = row.cells[key_index]
        if not row_key.strip() or ctx.skipped_by_spec(row_key, row.span):
            if not row_key.strip():
                ctx.skip("table row has an empty key cell", row.span)
            continue
        label = _row_label(key_name, row_key)
        first = folded = row_key
        if pair is not None and (second := row.cells[pair]).strip():
            label = f"{label}, {_row_label(pair_name, second)}"
            row_key = f"{row_key}, {second}"
            # One key of both cells, as the text starts: the ledger takes the row's earlier
            # notes, keyed by its first cell alone, as renamed (`ledger._same_cell`).
            folded = f"{folded} {second}"
        row_key_folded = normalize_key(folded)
        if row_key_folded in seen:
            ctx.skip(f"table row '{row_key}' repeats an earlier row's key", row.span)
            continue
        seen.add(row_key_folded)
        context = _row_html(header_html, row)
        for column, header, column_key in columns:
            cell = row.cells[column]
            if cell.strip().casefold() in _EMPTY_CELLS:
                ctx.skip(f"table cell '{row_key} — {header}' is empty", row.span)
                continue
            key = f"{key_prefix}/{row_key_folded}/{column_key}"
            text = f"{folded} {header} {cell}"
            if column in plain:  # a key/value table: the caption or section says of what
                question = _in(section, label, caption)
            else:  # the caption says which of a section's tables is asked about
                question = f"{caption}: {label} — {header}" if caption else f"{label} — {header}"
            note = (question, cell, context)
            drafts.append(_note(ctx, key, note, section, row, text, f"{row_key} — {header}"))
            if ctx.settings.tables.reverse and (column, normalize_key(cell)) not in shared:
                reverse = (f"{header}: {cell} — which {key_name}?", first, context)
                drafts.append(_note(ctx, f"{key}/reverse", reverse, section, row, text))
    return drafts


def _pair_column(table: Table, key_index: int) -> int | None:
    """The column that keys each row together with the key column, where a key repeats
    ("Power" of "Solid green" and of "Blinking amber" in a table of status lights): the next
    one, if a column is left to ask about."""
    if len(table.header) - key_index < 3:
        return None
    keys = [normalize_key(row.cells[key_index]) for row in table.rows]
    keys = [key for key in keys if key]
    return key_index + 1 if len(set(keys)) < len(keys) else None


# A timeline: its first column dates each row ("Year", "Date", or every cell a year or a date).
# What a learner recalls is when each event happened, so the event is the key, not the date.
_TIME_HEADER = lazy(r"(?:date|year|when|period|era|century|time)s?", re.IGNORECASE)
_YEAR_OR_DATE = lazy(
    rf"(?:(?:c\.|ca\.|circa)\s*)?(?:\d{{1,4}}(?:\s*[–-]\s*\d{{1,4}})?(?:\s*(?:BCE?|AD|CE))?"
    rf"|{WRITTEN_DATE})",
    re.IGNORECASE,
)
_YEAR = lazy(r"(?:1\d|20)\d\d")


def _timeline(table: Table) -> bool:
    """Whether `table` is a timeline whose second column names its events (`_TIME_HEADER`)."""
    if len(table.header) < 2 or not table.rows:
        return False
    firsts = [row.cells[0].strip() for row in table.rows]
    events = [row.cells[1].strip() for row in table.rows]
    if not all(events) or len({normalize_key(event) for event in events}) < len(events):
        return False  # each row's event is its key: none empty, none twice
    if not all(_YEAR_OR_DATE.fullmatch(first) for first in firsts):
        return False
    named = bool(_TIME_HEADER.fullmatch(table.header[0].strip()))
    return named or all(_YEAR.fullmatch(first) or not first.isdigit() for first in firsts)


# A work-tracking table (a postmortem's action items, a status report's workstreams): an owner
# column, a status column whose every cell is one ("Open", "🟢 On track") or a priority column
# of P0–P4. In such a table these columns, and its due dates, tickets, progress and priorities
# ("High"), are bookkeeping: no card asks "… — Owner". A triage table's "High" alone does not
# make one, and a "Date" or "Year" is never one: a timeline's dates are its facts.
_OWNER = frozenset(
    {"owner", "owners", "assignee", "assignees", "assigned to", "responsible", "dri"}
)
_STATUS = frozenset({"status", "done", "complete", "completed", "✓", "✔"})
_PRIORITY = frozenset({"priority", "prio"})
_TRACKING = _OWNER | _STATUS | _PRIORITY | frozenset(
    {
        "due", "due date", "due by", "deadline", "target date", "eta", "by", "by when", "when",
        "ticket", "tickets", "issue", "jira", "pr", "link", "team", "lead", "who", "progress",
        "% complete", "% done", "next milestone", "next step", "next steps", "last updated",
        "updated", "estimate", "effort",
    }
)  # fmt: skip
_STATUS_VALUES = frozenset(
    {
        "open", "closed", "done", "complete", "completed", "in progress", "in review",
        "under review", "to do", "todo", "not started", "started", "blocked", "on hold",
        "pending", "on track", "at risk", "off track", "delayed", "behind", "ahead", "wip",
        "cancelled", "canceled", "merged", "resolved", "fixed", "wont fix", "planned",
        "scheduled", "ongoing", "shipped", "deferred", "backlog", "yes", "no", "x",
    }
)  # fmt: skip
_PRIORITY_VALUE = lazy(r"p[0-4]")
# Free text on a row ("Literally 'of first'"): "la carta — Notes" asks nothing. The back of the
# row's other cards shows it; a key and notes alone are a key/value table (`_no_property`).
_NOTES = lazy(r"(?:(?:usage|additional|other|extra)\s+)?(?:notes?|comments?|remarks?)")


# An example sentence ("今日は天気がいいです。 (The weather is nice today.)") is not recalled
# either, but an example that names a thing is: "ACE inhibitors — Example" → "lisinopril".
_EXAMPLE = lazy(r"(?:(?:examples?|samples?|usage)(?:\s+sentences?)?|sentences?|in\s+a\s+sentence)")
_SENTENCE_END = lazy(r"[.!?。！？][\"'”’)\]]*(?:\s|$)")


def _aside(table: Table, column: int) -> bool:
    """Whether `column` is shown on its row's backs, not asked: notes, or example sentences."""
    name = _header(table, column)
    if _NOTES.fullmatch(name):
        return True
    return bool(_EXAMPLE.fullmatch(name)) and _every_cell(table, column, _sentence)


def _sentence(cell: str) -> bool:
    return "。" in cell or (len(cell.split()) >= 4 and bool(_SENTENCE_END.search(cell)))


def _every_cell(table: Table, column: int, test: Callable[[str], bool]) -> bool:
    cells = [cell for row in table.rows if (cell := row.cells[column].strip())]
    return bool(cells) and all(map(test, cells))


def _header(table: Table, column: int) -> str:
    return " ".join(table.header[column].casefold().replace("*", "").split()).rstrip(":?")


def _all_cells(table: Table, column: int, test: Callable[[str], object]) -> bool:
    """Whether every non-empty cell of `column`, lower-cased less its marks and emoji ("🟢 On
    track"), passes `test`; a cell of marks alone ("✅") passes."""
    cells = [row.cells[column] for row in table.rows if row.cells[column].strip()]
    for cell in cells:
        words = " ".join("".join(ch if ch.isalnum() else " " for ch in cell.casefold()).split())
        if words and not test(words):
            return False
    return bool(cells)


def _tracks_work(table: Table, column: int) -> bool:
    """Whether `column` alone makes its table a work-tracking one."""
    name = _header(table, column)
    if name in _OWNER:
        return True
    if name in _STATUS:
        return _all_cells(table, column, _STATUS_VALUES.__contains__)
    return name in _PRIORITY and _all_cells(table, column, _PRIORITY_VALUE.fullmatch)


def _knowledge(
    ctx: Context, table: Table, key_index: int, columns: list[tuple[int, str, str]]
) -> list[tuple[int, str, str]]:
    """The `columns` worth a card: in a work-tracking table, not its tracking columns (the
    table is reported if none is left); a notes column only where no other one is left. A
    table keyed by its owners ("| Owner | Action | Due |") says who does what: none."""
    if _header(table, key_index) in _OWNER:
        name = table.header[key_index]
        ctx.skip(f"table tracks work (by '{name}'): nothing to learn", table.span, level="note")
        return []
    kept = [entry for entry in columns if not _aside(table, entry[0])]
    if not any(_tracks_work(table, column) for column, *_ in columns):
        return kept or columns
    tracking = [entry for entry in columns if _header(table, entry[0]) in _TRACKING]
    names = ", ".join(f"'{header}'" for _, header, _ in tracking)
    if kept := [entry for entry in kept if entry not in tracking]:
        ctx.skip(f"table columns {names} track work: not carded", table.span, level="note")
    else:
        ctx.skip(f"table tracks work ({names}): nothing to learn", table.span, level="note")
    return kept


def _column_keys(ctx: Context, table: Table, key_index: int) -> dict[int, str]:
    """Each carded column's part of its notes' keys: its folded header. Of two headers that fold
    alike ("Voltra City", "Voltra City+") the later keeps its symbols, where every cell of its
    column used to be dropped as a repeat; a header written twice is not carded."""
    keys: dict[int, str] = {}
    for column, name in enumerate(table.header):
        if column == key_index:
            continue
        key = normalize_key(name or f"Column {column + 1}")
        if key in keys.values():
            key = " ".join(name.casefold().replace("/", " ").split())
        if key in keys.values():
            ctx.skip(
                f"table column '{name}' has the header of an earlier column: not carded",
                table.span,
                "give each column its own header",
            )
            continue
        keys[column] = key
    return keys


def _shared_values(
    ctx: Context, table: Table, key_index: int, key_name: str, carded: set[int]
) -> set[tuple[int, str]]:
    """The (column, folded value) pairs of cells of the `carded` columns that rows with different
    keys share, each reported once at its first row: a reverse card asking which row has one
    has no one answer."""
    keys: dict[tuple[int, str], set[str]] = {}
    first: dict[tuple[int, str], tuple[str, TableRow]] = {}
    for row in table.rows:
        row_key = normalize_key(row.cells[key_index])
        if not row_key:
            continue
        for column, cell in enumerate(row.cells):
            if column not in carded or cell.strip().casefold() in _EMPTY_CELLS:
                continue
            value = (column, normalize_key(cell))
            keys.setdefault(value, set()).add(row_key)
            first.setdefault(value, (cell, row))
    shared = {value for value, holders in keys.items() if len(holders) > 1}
    for value, (cell, row) in first.items():
        if value in shared:
            header = table.header[value[0]] or f"Column {value[0] + 1}"
            ctx.skip(
                f"table column '{header}' has '{cell}' in {len(keys[value])} rows:"
                f" no reverse card asks which {key_name} has it",
                row.span,
            )
    return shared


def _note(
    ctx: Context,
    key: str,
    note: tuple[str, str, str],
    section: Section,
    row: TableRow,
    text: str,
    *aliases: str,
) -> NoteDraft:
    """A table note from its plain question and answer and its context's HTML, with what a
    spec override matching the question (or one of its `aliases`) replaces."""
    question, answer, context = note
    fields = ctx.override(NoteKind.TABLE, row.span, question, *aliases)
    texts = (
        escape(fields.get("question", question)),
        escape(fields.get("answer", answer)),
        escape(fields["context"]) if "context" in fields else context,
    )
    return ctx.draft(NoteKind.TABLE, key, texts, section, row.span, text)


# A value column's header that names no property: "Capital — Detail" asks no more than
# "Capital" does.
_NO_PROPERTY = frozenset({"detail", "details", "value", "values", "info", "information", "data"})


def _no_property(table: Table, column: int) -> bool:
    """Whether `column` holds a key/value table's values: its header is empty, or names no
    property (`_NO_PROPERTY`, notes) in a table of two columns, where no other column asks the
    same."""
    name = table.header[column].strip().casefold()
    if len(table.header) == 2 and _NOTES.fullmatch(name):
        return True  # "Settings: timeout", not "timeout — Notes"
    return not name or (len(table.header) == 2 and name in _NO_PROPERTY)


def _in(section: Section, label: str, caption: str = "") -> str:
    """A row's question under its caption or its section's heading, less its clause number
    ("Lisbon at a Glance: Currency"; "4. Side effects" asks "Side effects: Common")."""
    heading = caption or unnumbered(section.heading)
    return f"{heading}: {label}" if heading else label


def _row_label(key_name: str, row_key: str) -> str:
    """A row as a question names it: a key of no letters ("1.0", "2019") says nothing on its
    own, so its column's header goes first ("Power (W): 1.0")."""
    if any(ch.isalpha() for ch in row_key):
        return row_key
    return f"{key_name}: {row_key}"


def _row_html(header_html: tuple[str, ...], row: TableRow) -> str:
    cells = "".join(
        f"<tr><th>{name}</th><td>{escape(value)}</td></tr>"
        for name, value in zip(header_html, row.cells, strict=True)
    )
    return f"<table class=row>{cells}</table>"
