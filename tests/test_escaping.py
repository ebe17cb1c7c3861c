"""HTML and template characters in a source read as written on the card, in real Anki.

Small `.txt` and `.md` articles put `<b>bold</b>`, `a < b && c > d`,
`<script>alert(1)</script>`, `{{c1::x}}`, `{{c2::y}}`, `{{Question}}`, `}}` and `{{` into the
title, takeaways, prose claims, table cells and FAQs. Each is built with the CLI (no spec),
imported, and read back through the cards Anki renders: the visible text (tags dropped, entities
decoded once by `strip_html`) must equal what the author wrote, no `<b>`/`<script>` element may
exist outside the notetype's CSS, and every cloze note has exactly the one card docdeck meant
(an unescaped `{{c2::y}}` would add a second card).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ankitools import AnkiCollection, CardView, ImportLog, NoteView, strip_html
from click.testing import CliRunner

from docdeck.cli import main

BOLD = "<b>bold</b>"
COMPARE = "a < b && c > d"
SCRIPT = "<script>alert(1)</script>"
CLOZE_TEXT = "{{c1::x}}"
SECOND_CLOZE = "{{c2::y}}"
FIELD_REF = "{{Question}}"
HOSTILE = (BOLD, COMPARE, SCRIPT, CLOZE_TEXT, SECOND_CLOZE, FIELD_REF, "}}", "{{")

TITLE = "Escaping <b>Markup</b> & {{Braces}} in Cards"
LEAD: tuple[str, str | None] = (
    "Markup in exported articles shows up in 25% of pages as literal <b>bold</b> tags.",
    "25%",
)
# (text, the number docdeck clozes: a number comes first when choosing a target; None: any)
TAKEAWAYS: tuple[tuple[str, str | None], ...] = (
    ("Tags such as <b>bold</b> stay visible on 10% of cards", "10%"),
    ("Comparisons like a < b && c > d keep 20% of their symbols", "20%"),
    ("Only 5% of readers expect <script>alert(1)</script> to run", "5%"),
    ("Braces such as {{c1::x}} and {{Question}} cover 30% of cases", "30%"),
    ("Stray }} and {{ pairs appear in 40% of templates", "40%"),
    # No number: docdeck picks the target (a contrast) inside the hostile text.
    ("Escaped <b>bold</b> markup, not raw {{Question}} syntax, reaches every card", None),
    ("A }} brace is not a field end — it is {{c1::x}} text that stays visible", None),
    ("Cards show a < b && c > d rather than a broken comparison", None),
)
CLAIMS: tuple[tuple[str, str | None], ...] = (
    ("In 70% of the samples the comparison a < b && c > d survived the export intact.", "70%"),
    ("Roughly 80% of the files held a <script>alert(1)</script> snippet from a web page.", "80%"),
    ("Template syntax like {{c1::x}}, {{c2::y}} or {{Question}} was in 15% of notes.", "15%"),
    ("Unbalanced braces such as }} and {{ appeared in 12% of the remaining exported notes.", "12%"),
    ("Placeholders written as {{50%}} were kept in the final export of every deck.", "50%"),
)
HEADER = ("Markup", "Shown As", "Effect")  # no "Note": a notes column is not carded
ROWS = (
    (BOLD, "the literal text <b>bold</b>", "tags are escaped"),
    (COMPARE, "a < b && c > d as typed", "comparisons survive"),
    (SCRIPT, "inert text", "never executed: <script>alert(1)</script>"),
    (CLOZE_TEXT, "{{c1::x}} as written", "no {{c2::y}} cloze created"),
    (FIELD_REF, "{{Question}} as written", "no field replaced"),
    ("}} and {{", "stray }} then {{", "braces stay single"),
)
FAQS = (
    (
        "Does <b>bold</b> in a question stay visible?",
        "Yes: <b>bold</b> is shown as typed, and a < b && c > d keeps every symbol.",
    ),
    (
        "What happens to <script>alert(1)</script> in an answer?",
        "It is shown as the text <script>alert(1)</script> and never runs.",
    ),
    (
        "Can {{c1::x}} in an answer create a cloze?",
        "No, {{c1::x}}, {{c2::y}} and {{Question}} are shown exactly as written.",
    ),
    ("What about stray }} and {{ braces?", "They are kept as }} and {{ without breaking the card."),
)
QA, CLOZE = "docdeck Q&A", "docdeck Cloze"


def txt_source() -> str:
    lines = [TITLE, "nn", LEAD[0], "Key Takeaways"]
    lines += [f"- {text}" for text, _ in TAKEAWAYS]
    lines += ["nn", "How Markup Behaves", "nn"]
    for text, _ in CLAIMS:
        lines += [text, "nn"]
    lines += [_row(HEADER), "|---|---|---|", *(_row(row) for row in ROWS), "nn"]
    lines += ["Frequently Asked Questions"]
    for question, answer in FAQS:
        lines += [question, answer]
    return "\n".join(lines) + "\n"


def md_source() -> str:
    lines = [f"# {TITLE}", "", LEAD[0], "", "## Key Takeaways", ""]
    lines += [f"- {text}" for text, _ in TAKEAWAYS]
    lines += ["", "## How Markup Behaves", ""]
    for text, _ in CLAIMS:
        lines += [text, ""]
    lines += [_row(HEADER), "|---|---|---|", *(_row(row) for row in ROWS), ""]
    lines += ["## Frequently Asked Questions", ""]
    for question, answer in FAQS:
        lines += [f"### {question}", "", answer, ""]
    return "\n".join(lines)


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


SOURCES: dict[str, Callable[[], str]] = {"txt": txt_source, "md": md_source}


@dataclass(frozen=True)
class Built:
    output: str
    log: ImportLog
    notes: dict[str, NoteView]
    cards: tuple[CardView, ...]
    check: tuple[str, bool]


@pytest.fixture(params=sorted(SOURCES))
def built(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Built:
    suffix = str(request.param)
    source = tmp_path / f"escaping.{suffix}"
    source.write_text(SOURCES[suffix](), encoding="utf-8")
    out = tmp_path / "out" / "escaping.apkg"
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with AnkiCollection(tmp_path / "anki") as anki:
        log = anki.import_apkg(out)
        notes = {n.guid: n for n in anki.notes()}
        cards = tuple(anki.cards())
        check = anki.check_database()
    return Built(result.output, log, notes, cards, check)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def without_css(html: str) -> str:
    """Rendered card HTML minus the notetype's `<style>` block."""
    return re.sub(r"<style>.*?</style>", "", html, flags=re.DOTALL | re.IGNORECASE)


def elements(html: str) -> list[str]:
    parser = _Tags()
    parser.feed(without_css(html))
    parser.close()
    return parser.tags


def kind_of(note: NoteView) -> str:
    [kind] = [t.removeprefix("kind::") for t in note.tags if t.startswith("kind::")]
    return kind


def cards_of(built: Built, kind: str) -> list[tuple[NoteView, CardView]]:
    return [
        (built.notes[c.note_guid], c)
        for c in built.cards
        if kind_of(built.notes[c.note_guid]) == kind
    ]


_CLOZE_ANSWER = re.compile(r"\{\{c\d+::(.*?)\}\}")


def hidden(text: str, number: str) -> str:
    """What the front of a cloze card shows: `text` with `number` as `[...]`."""
    assert text.count(number) == 1, (text, number)
    return text.replace(number, "[...]")


def test_sources_really_contain_every_hostile_string() -> None:
    for make in SOURCES.values():
        text = make()
        for hostile in HOSTILE:
            assert text.count(hostile) >= (3 if hostile != SECOND_CLOZE else 2), hostile


def test_import_is_clean_and_database_ok(built: Built) -> None:
    assert built.log.conflicting == []
    assert built.log.duplicate == [] and built.log.updated == []
    assert built.log.new == sorted(built.notes)
    message, ok = built.check
    assert ok, message
    assert len(built.cards) == len(built.notes)


def test_no_markup_element_in_any_rendered_card(built: Built) -> None:
    for card in built.cards:
        for html in (card.question_html, card.answer_html):
            rest = without_css(html).lower()
            assert "<script" not in rest, html
            assert "<b>" not in rest, html
            tags = elements(html)
            assert "script" not in tags and "b" not in tags, tags


def test_title_reads_as_written_in_every_source_field(built: Built) -> None:
    for card in built.cards:
        assert TITLE in strip_html(card.answer_html)
    for note in built.notes.values():
        assert strip_html(note.fields["Source"]).startswith(TITLE)


def test_faq_cards_read_as_written(built: Built) -> None:
    cards = cards_of(built, "faq")
    got = {strip_html(card.question_html): strip_html(card.answer_html) for _, card in cards}
    assert sorted(got) == sorted(question for question, _ in FAQS)
    for question, answer in FAQS:
        assert answer in got[question], got[question]
        assert got[question].startswith(f"{question} {answer}")
    assert all(note.notetype == QA for note, _ in cards)


def test_table_cards_read_as_written(built: Built) -> None:
    cards = cards_of(built, "table")
    got = {strip_html(card.question_html): strip_html(card.answer_html) for _, card in cards}
    expected = {f"{row[0]} — {HEADER[col]}": row[col] for row in ROWS for col in (1, 2)}
    assert sorted(got) == sorted(expected)
    for question, cell in expected.items():
        assert got[question].startswith(f"{question} {cell}"), got[question]
    # The back shows the whole row, every cell as written.
    for row in ROWS:
        answer = got[f"{row[0]} — {HEADER[1]}"]
        for name, cell in zip(HEADER, row, strict=True):
            assert f"{name} {cell}" in answer, (name, cell, answer)


@pytest.mark.parametrize(("kind", "items"), [("takeaway", TAKEAWAYS), ("claim", (LEAD, *CLAIMS))])
def test_cloze_cards_read_as_written(
    built: Built, kind: str, items: tuple[tuple[str, str | None], ...]
) -> None:
    cards = cards_of(built, kind)
    assert len(cards) == len(items)
    for text, number in items:
        matching = [
            (note, card) for note, card in cards if strip_html(card.answer_html).startswith(text)
        ]
        assert len(matching) == 1, (text, [strip_html(c.answer_html) for _, c in cards])
        [(note, card)] = matching
        assert note.notetype == CLOZE
        front = strip_html(card.question_html)
        [answer] = [strip_html(m) for m in _CLOZE_ANSWER.findall(note.fields["Text"])]
        assert front.count("[...]") == 1, front
        assert front.replace("[...]", answer) == text
        if number is not None:
            assert front == hidden(text, number)


def test_each_cloze_note_has_exactly_its_one_card(built: Built) -> None:
    cloze_notes = [n for n in built.notes.values() if n.notetype == CLOZE]
    assert len(cloze_notes) == len(TAKEAWAYS) + len(CLAIMS) + 1
    for note in cloze_notes:
        assert re.findall(r"\{\{c(\d+)::", note.fields["Text"]) == ["1"], note.fields["Text"]
        assert [c.ord for c in built.cards if c.note_guid == note.guid] == [0]


def test_control_characters_never_split_a_field(tmp_path: Path) -> None:
    """\\x1f is Anki's field separator: one in a source must not add a field."""
    source = tmp_path / "controls.txt"
    source.write_bytes(
        b"Coffee\nCoffee \x1f0\ncoffee\x07 is 30% of all the coffee \x1f that adults drink daily.\n"
    )
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "c.apkg")])
    assert result.exit_code == 0, result.output
    with AnkiCollection(tmp_path / "anki") as anki:
        log = anki.import_apkg(tmp_path / "c.apkg")
        assert len(log.new) == 1
        [note] = anki.notes()
        assert list(note.fields) == ["Text", "Extra", "Context", "Source"]
        assert "\x1f" not in "".join(note.fields.values())
        assert anki.check_database()[1]
