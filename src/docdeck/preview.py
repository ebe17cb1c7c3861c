"""Cards as Anki shows them, without Anki: the notetypes' templates rendered for each note.

Imports `errors`, `notes`, `notetypes`. Understands exactly the template syntax our notetypes use:
`{{Field}}`, `{{#Field}}…{{/Field}}`, `{{FrontSide}}` and `{{cloze:Field}}`.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from docdeck.errors import Diagnostic
from docdeck.notes import Note
from docdeck.notetypes import notetype_for
from docdeck.patterns import lazy

_CLOZE = lazy(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SECTION = lazy(r"\{\{#(\w+)\}\}(.*?)\{\{/\1\}\}", re.DOTALL)
_FIELD = lazy(r"\{\{(cloze:)?(\w+)\}\}")
_BREAK = lazy(r"<br\s*/?>|</(?:div|p|tr|li|td|th)>", re.IGNORECASE)
_TAG = lazy(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Card:
    ord: int
    front: str
    back: str


def cards(note: Note) -> list[Card]:
    """Every card of a note, rendered: one per cloze number, or one for a Q&A note."""
    notetype = notetype_for(note.kind)
    fields = dict(zip(notetype.fields, note.fields, strict=True))
    template = notetype.templates[0]
    if not notetype.cloze:
        front = _render(template.front, fields, None, "")
        return [Card(0, front, _render(template.back, fields, None, front))]
    numbers = sorted({int(n) for n, _, _ in _CLOZE.findall(fields["Text"])}) or [1]
    rendered = []
    for number in numbers:
        front = _render(template.front, fields, (number, False), "")
        back = _render(template.back, fields, (number, True), front)
        rendered.append(Card(number - 1, front, back))
    return rendered


def _render(
    template: str, fields: dict[str, str], cloze: tuple[int, bool] | None, front: str
) -> str:
    def section(match: re.Match[str]) -> str:
        return match.group(2) if fields.get(match.group(1), "").strip() else ""

    def field(match: re.Match[str]) -> str:
        name = match.group(2)
        if name == "FrontSide":
            return front
        value = fields.get(name, "")
        return _cloze(value, *cloze) if match.group(1) and cloze else value

    return _FIELD.sub(field, _SECTION.sub(section, template))


def _cloze(text: str, number: int, revealed: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        if int(match.group(1)) != number:
            return match.group(2)
        if revealed:
            return f'<span class="cloze">{match.group(2)}</span>'
        return f'<span class="cloze">[{match.group(3) or "..."}]</span>'

    return _CLOZE.sub(replace, text)


def plain(field_html: str) -> str:
    """Visible text of a field: tags dropped, entities decoded, breaks as spaces."""
    if "<" in field_html:  # most have no markup, and `check` reads each field two or three times
        field_html = _TAG.sub("", _BREAK.sub(" ", field_html))
    return " ".join(html.unescape(field_html).split())


def note_json(note: Note, deck: str) -> str:
    """One note as one line of JSON: what `preview --json` prints."""
    notetype = notetype_for(note.kind)
    origin = note.draft.origin if note.draft else None
    record = {
        "kind": note.kind.value,
        "guid": note.guid,
        "deck": deck,
        "notetype": notetype.name,
        "tags": list(note.tags),
        "fields": dict(zip(notetype.fields, note.fields, strict=True)),
        "source": origin.span.path if origin else None,
        "line": origin.span.line if origin else None,
        "section": origin.section if origin else None,
        "mod": note.mod,
    }
    return json.dumps(record, ensure_ascii=False)


def html_page(
    title: str,
    deck: str,
    notes: Sequence[Note],
    diagnostics: Sequence[Diagnostic],
    media: Mapping[str, bytes] | None = None,
) -> str:
    """One self-contained page: every card's front and back, grouped by section; the images
    the notes show (`media`, by name) are inlined as data URLs."""
    css = notetype_for(notes[0].kind).css if notes else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{css}\n{_PAGE_CSS}</style></head><body>",
        f"<h1>{html.escape(deck)}</h1>",
        f"<p class=summary>{len(notes)} notes, {sum(len(cards(note)) for note in notes)} cards</p>",
    ]
    if diagnostics:
        items = "".join(f"<li>{html.escape(str(d))}</li>" for d in diagnostics)
        parts.append(f"<section class=diagnostics><h2>Diagnostics</h2><ul>{items}</ul></section>")
    sections: dict[str, list[Note]] = {}
    for note in notes:
        heading = note.draft.origin.section if note.draft else "Removed from source"
        sections.setdefault(heading, []).append(note)
    for heading, members in sections.items():
        parts.append(f"<section class=group><h2>{html.escape(heading)}</h2>")
        for note in members:
            parts.extend(_card_html(note, card) for card in cards(note))
        parts.append("</section>")
    parts.append("</body></html>")
    page = "\n".join(parts) + "\n"
    if not media:
        return page
    return _IMG_SRC.sub(lambda found: f'src="{_data_url(found.group(1), media)}"', page)


# An embedded file's name holds no quote or markup character (`media._stem`, then a hash).
_IMG_SRC = lazy(r'src="([^"]*)"')
_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}


def _data_url(name: str, media: Mapping[str, bytes]) -> str:
    data = media.get(html.unescape(name))
    if data is None:
        return name
    kind = _TYPES.get(PurePosixPath(name).suffix.lower(), "image/webp")
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _card_html(note: Note, card: Card) -> str:
    where = ""
    if note.draft:
        where = f"{note.draft.origin.span.path}:{note.draft.origin.span.line}"
    tags = " ".join(note.tags)
    return (
        f'<article class=preview data-guid="{html.escape(note.guid)}" data-ord="{card.ord}">'
        f"<header>{note.kind.value} · {html.escape(where)} · {html.escape(tags)}</header>"
        f"<div class=sides><div class='side front'><div class=card>{card.front}</div></div>"
        f"<div class='side back'><div class=card>{card.back}</div></div></div></article>"
    )


_PAGE_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; background: #f4f4f6; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; }
.summary { color: #555; }
.diagnostics { background: #fff8e1; border: 1px solid #f0d98c; padding: 0.5em 1em; }
.diagnostics li { font-family: ui-monospace, monospace; font-size: 0.85em; margin: 0.3em 0; }
article.preview { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 1em 0; }
article.preview header { font-size: 0.75em; color: #777; padding: 0.4em 0.8em;
  border-bottom: 1px solid #eee; }
.sides { display: grid; grid-template-columns: 1fr 1fr; }
.side { padding: 0.8em; } .side.front { border-right: 1px solid #eee; }
.side .card { font-size: 16px; max-width: none; }
"""
