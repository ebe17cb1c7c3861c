"""The two frozen notetypes as plain data. Imports `notes` (for NoteKind).

Anki rule 5 (docs: anki-import-rules.md): the model id, field names and order, template names
and count, sort field and cloze/basic kind never change once shipped. Only CSS and template HTML
may change, and the ledger gives such a change a newer model mod.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from docdeck.notes import NoteKind


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    front: str
    back: str


@dataclass(frozen=True, slots=True)
class Notetype:
    id: int
    name: str
    cloze: bool
    fields: tuple[str, ...]
    templates: tuple[Template, ...]
    css: str
    sort_field: int = 0

    def schema(self) -> dict[str, object]:
        """What Anki matches existing notes by: changing any of it orphans them (rule 4b)."""
        return {
            "id": self.id,
            "cloze": self.cloze,
            "fields": list(self.fields),
            "templates": [t.name for t in self.templates],
            "sort_field": self.sort_field,
        }

    def content_hash(self) -> str:
        """Hash of everything Anki stores for the notetype: a change needs a newer mod."""
        payload = [self.name, self.schema(), self.css]
        payload += [[t.name, t.front, t.back] for t in self.templates]
        return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:16]


CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.45;
  text-align: left;
  color: #1d1d1f;
  background-color: #fff;
  max-width: 42em;
  margin: 0 auto;
}
.nightMode.card, .night_mode .card { color: #e8e8e8; background-color: #1e1e1e; }
.question { font-weight: 600; }
.context { margin-top: 1em; font-size: 0.85em; color: #555; }
.nightMode .context, .night_mode .context { color: #aaa; }
.context table.row { border-collapse: collapse; }
.context table.row th, .context table.row td {
  border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; text-align: left;
}
.extra { margin-top: 1em; }
.source { margin-top: 1.5em; font-size: 0.7em; color: #888; }
.cloze { font-weight: bold; color: #0a58ca; }
.nightMode .cloze, .night_mode .cloze { color: #7ab8ff; }
"""

_BACK_TAIL = (
    "{{#Context}}<div class=context>{{Context}}</div>{{/Context}}\n"
    "<div class=source>{{Source}}</div>"
)

QA = Notetype(
    id=1_730_611_200_101,
    name="docdeck Q&A",
    cloze=False,
    fields=("Question", "Answer", "Context", "Source"),
    templates=(
        Template(
            name="Card 1",
            front="<div class=question>{{Question}}</div>",
            back="{{FrontSide}}\n<hr id=answer>\n<div class=answer>{{Answer}}</div>\n" + _BACK_TAIL,
        ),
    ),
    css=CSS,
)

CLOZE = Notetype(
    id=1_730_611_200_102,
    name="docdeck Cloze",
    cloze=True,
    fields=("Text", "Extra", "Context", "Source"),
    templates=(
        Template(
            name="Cloze",
            front="{{cloze:Text}}",
            back="{{cloze:Text}}\n{{#Extra}}<div class=extra>{{Extra}}</div>{{/Extra}}\n"
            + _BACK_TAIL,
        ),
    ),
    css=CSS,
)

NOTETYPES = (QA, CLOZE)


def notetype_for(kind: NoteKind) -> Notetype:
    return CLOZE if kind.is_cloze else QA
