"""Hostile documents: markup, script and template syntax in a source never become live HTML.

A `.txt` and a `.md` article put `<script>`, `<img onerror>`, `javascript:` links, `<style>`
blocks and Anki template syntax (`{{Question}}`, `{{c1::x}}`, `{{FrontSide}}`) into FAQ
questions and answers, table cells, takeaways and prose claims; the Markdown one adds raw HTML
blocks. Each is built through the CLI from a spec, imported into real Anki, and every rendered
card side is parsed: only the elements and attributes docdeck's notetype templates produce may
exist, the only `<style>` is the notetype CSS at the start, and `javascript:` is visible text.

A spec is YAML loaded safely: Python object tags fail with one error line and run nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ankitools import AnkiCollection, CardView, NoteView, strip_html
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.notetypes import CSS

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[click](javascript:alert(1))"
STYLE = "<style>body{display:none}</style>"
FIELD = "{{Question}}"
CLOZE = "{{c1::x}}"
FRONT = "{{FrontSide}}"
HOSTILE = (SCRIPT, IMG, LINK, STYLE, FIELD, CLOZE, FRONT)
RAW_BLOCK_CLAIM = "A raw block claims that 99% of readers click it."

# What the notetype templates (and Anki's cloze filter) produce, and nothing else.
ALLOWED_ELEMENTS = frozenset({"div", "span", "hr", "br", "table", "tr", "th", "td", "style"})
ALLOWED_ATTRIBUTES = frozenset({"class", "id", "data-cloze", "data-ordinal"})

TITLE = "Hostile Markup in Exported Articles"
LEAD = f"Exported pages carry markup in 40% of cases, such as {SCRIPT} tags."
TAKEAWAYS = (
    f"About 10% of pages hold {SCRIPT} snippets",
    f"Roughly 20% embed {IMG} images",
    f"Nearly 30% link with {LINK} markup",
    f"Some 35% inline {STYLE} rules",
    f"Around 45% mention {FIELD}, {CLOZE} or {FRONT} placeholders",
)
CLAIMS = (
    f"In 70% of samples the text {IMG} survived the export.",
    f"Roughly 80% of the files kept a {LINK} link as it was written.",
    f"Template text like {FIELD} or {FRONT} appeared in 15% of the notes we checked.",
)
HEADER = ("Markup", "Effect", "Risk")
ROWS = (
    (SCRIPT, f"runs code: {SCRIPT}", "high"),
    (IMG, f"runs code on error: {IMG}", "high"),
    (LINK, f"a javascript link: {LINK}", "medium"),
    (STYLE, f"hides the page: {STYLE}", "low"),
    (FIELD, f"a field reference: {FIELD} and {FRONT}", "low"),
    (CLOZE, f"a cloze: {CLOZE}", "low"),
)
FAQS = (
    (f"Does {SCRIPT} run on a card?", f"No, {SCRIPT} is shown as text, and so is {IMG}."),
    (f"Is {LINK} a live link?", f"No, {LINK} stays text and {STYLE} hides nothing."),
    (
        f"Can {CLOZE} or {FRONT} change a card?",
        f"No, {FIELD}, {CLOZE} and {FRONT} stay as written.",
    ),
)


def row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


def txt_source() -> str:
    lines = [TITLE, "nn", LEAD, "Key Takeaways", *(f"- {text}" for text in TAKEAWAYS)]
    lines += ["nn", "How Markup Spreads", "nn"]
    for claim in CLAIMS:
        lines += [claim, "nn"]
    lines += ['<div onclick="alert(1)">', "</div>", "nn"]
    lines += [row(HEADER), "|---|---|---|", *(row(cells) for cells in ROWS), "nn"]
    lines += ["Frequently Asked Questions"]
    for question, answer in FAQS:
        lines += [question, answer]
    return "\n".join(lines) + "\n"


def md_source() -> str:
    lines = [f"# {TITLE}", "", LEAD, "", "## Key Takeaways", ""]
    lines += [f"- {text}" for text in TAKEAWAYS]
    lines += ["", "## How Markup Spreads", ""]
    for claim in CLAIMS:
        lines += [claim, ""]
    # Raw HTML blocks: markup to skip, not text to learn.
    lines += ['<div onclick="alert(1)">', RAW_BLOCK_CLAIM, "</div>", ""]
    lines += [SCRIPT, "", '<a href="javascript:alert(1)">', RAW_BLOCK_CLAIM, "</a>", ""]
    lines += [row(HEADER), "|---|---|---|", *(row(cells) for cells in ROWS), ""]
    lines += ["## Frequently Asked Questions", ""]
    for question, answer in FAQS:
        lines += [f"### {question}", "", answer, ""]
    return "\n".join(lines)


SOURCES = {"txt": txt_source, "md": md_source}


@dataclass(frozen=True)
class Built:
    notes: dict[str, NoteView]
    cards: tuple[CardView, ...]
    check: tuple[str, bool]
    conflicting: list[str]


@pytest.fixture(scope="module", params=sorted(SOURCES))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    suffix = str(request.param)
    root = tmp_path_factory.mktemp(f"hostile-{suffix}")
    (root / "decks" / "sources").mkdir(parents=True)
    (root / "decks" / "hostile.yaml").write_text(
        f"deck: Hostile\nsources: [sources/hostile.{suffix}]\n", encoding="utf-8"
    )
    (root / "decks" / "sources" / f"hostile.{suffix}").write_text(
        SOURCES[suffix](), encoding="utf-8"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(main, ["build", "decks/hostile.yaml"])
    assert result.exit_code == 0, result.output
    with AnkiCollection(root / "anki") as anki:
        log = anki.import_apkg(root / "build" / "hostile.apkg")
        return Built(
            {note.guid: note for note in anki.notes()},
            tuple(anki.cards()),
            anki.check_database(),
            log.conflicting,
        )


class _Markup(HTMLParser):
    """Every element, attribute and piece of visible text of one rendered card side."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.other: list[str] = []
        """Comments, declarations and processing instructions: none may exist."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.other.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.other.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.other.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.other.append(f"<![{data}]>")


def markup(html: str) -> _Markup:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser


def sides(built: Built) -> list[tuple[str, str]]:
    return [
        (f"{card.note_guid}/{card.ord}/{side}", html)
        for card in built.cards
        for side, html in (("front", card.question_html), ("back", card.answer_html))
    ]


def kind_of(note: NoteView) -> str:
    [kind] = [tag.removeprefix("kind::") for tag in note.tags if tag.startswith("kind::")]
    return kind


def test_every_kind_is_built_and_imports_cleanly(built: Built) -> None:
    assert built.check[1], built.check
    assert built.conflicting == []
    kinds = {kind_of(note) for note in built.notes.values()}
    assert kinds == {"faq", "table", "takeaway", "claim"}
    assert len(built.cards) >= len(built.notes) > len(TAKEAWAYS) + len(FAQS)


def test_the_only_elements_are_the_notetype_templates(built: Built) -> None:
    for where, html in sides(built):
        found = markup(html)
        tags = [tag for tag, _ in found.elements]
        assert set(tags) <= ALLOWED_ELEMENTS, (where, html)
        assert tags.count("style") == 1, (where, html)
        assert html.startswith(f"<style>{CSS}</style>"), (where, html[:200])
        assert found.other == [], (where, html)


def test_no_event_handler_link_or_source_attribute(built: Built) -> None:
    for where, html in sides(built):
        for tag, attrs in markup(html).elements:
            names = {name for name, _ in attrs}
            assert not [name for name in names if name.startswith("on")], (where, tag, attrs)
            assert not names & {"href", "src", "style", "action", "formaction"}, (where, attrs)
            assert names <= ALLOWED_ATTRIBUTES, (where, tag, attrs)
            for _, value in attrs:
                assert "javascript:" not in (value or "").lower(), (where, tag, attrs)


def test_javascript_appears_only_as_visible_text(built: Built) -> None:
    shown = 0
    for where, html in sides(built):
        found = markup(html)
        visible = "".join(found.text)
        assert html.lower().count("javascript:") == visible.lower().count("javascript:"), where
        shown += visible.count(LINK)
    assert shown > 0


def test_every_hostile_string_reads_as_written(built: Built) -> None:
    visible = [strip_html(card.answer_html) for card in built.cards]
    for hostile in HOSTILE:
        assert any(hostile in text for text in visible), hostile
    # Cloze syntax in the text makes no second card: one card per cloze note.
    cloze_notes = {g for g, n in built.notes.items() if kind_of(n) in ("takeaway", "claim")}
    cloze_cards = [card for card in built.cards if card.note_guid in cloze_notes]
    assert len(cloze_cards) == len(cloze_notes) > 0


def test_raw_html_blocks_in_markdown_never_become_cards(built: Built) -> None:
    for card in built.cards:
        assert "99%" not in strip_html(card.answer_html)


# --- YAML is loaded safely --------------------------------------------------------------------

SPEC_SOURCE = "sources/h.txt"
PAYLOADS = (
    # (id, spec text with {out} for the file the payload would create, line of the tag, tag)
    (
        "apply-sequence",
        'deck: !!python/object/apply:os.system ["echo hacked > {out}"]\nsources: [{src}]\n',
        1,
        "python/object/apply:os.system",
    ),
    (
        "apply-scalar",
        'deck: !!python/object/apply:os.system "echo hacked > {out}"\nsources: [{src}]\n',
        1,
        "python/object/apply:os.system",
    ),
    (
        "apply-mapping",
        'deck: Hostile\nsources: [{src}]\ntags: !!python/object/apply:os.system {{args: ["echo'
        ' hacked > {out}"]}}\n',
        3,
        "python/object/apply:os.system",
    ),
    (
        "new-in-a-list",
        'deck: Hostile\nsources: [!!python/object/new:os.system ["echo hacked > {out}"]]\n',
        2,
        "python/object/new:os.system",
    ),
    (
        "name-scalar",
        "deck: Hostile\nid: !!python/name:os.system\nsources: [{src}]\n",
        2,
        "python/name:os.system",
    ),
    (
        "subprocess-in-topics",
        "deck: Hostile\nsources: [{src}]\ntopics:\n"
        '  x: !!python/object/apply:subprocess.call [["sh", "-c", "echo hacked > {out}"]]\n',
        4,
        "python/object/apply:subprocess.call",
    ),
    (
        "whole-document",
        '!!python/object/apply:os.system ["echo hacked > {out}"]\n',
        1,
        "python/object/apply:os.system",
    ),
    ("local-tag", "deck: !hacked Hostile\nsources: [{src}]\n", 1, "!hacked"),
)


@pytest.mark.parametrize(
    ("text", "line", "tag"), [p[1:] for p in PAYLOADS], ids=[p[0] for p in PAYLOADS]
)
def test_python_tags_in_a_spec_fail_with_one_line_and_run_nothing(
    text: str, line: int, tag: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pwned"
    (tmp_path / "decks" / "sources").mkdir(parents=True)
    (tmp_path / "decks" / SPEC_SOURCE).write_text(
        "Safe Article\nnn\nFrequently Asked Questions\nIs this safe?\nYes, it is quite safe.\n",
        encoding="utf-8",
    )
    (tmp_path / "decks" / "d.yaml").write_text(text.format(out=out, src=SPEC_SOURCE), "utf-8")
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(main, ["build", "decks/d.yaml"])

    assert not out.exists() and not list(tmp_path.rglob("pwned"))
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2
    assert not (tmp_path / "build").exists()
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    error = lines[0]
    assert error.startswith(f"Error: decks/d.yaml:{line}: "), error
    assert tag in error and "; " in error, error
