"""A code block in an FAQ answer is part of the answer: shown as written (indentation, markup
and braces as typed) in a `<pre>`, in its place among the answer's paragraphs, never clozed and
never a claim. One that belongs to no answer is reported, not dropped in silence."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ankitools import AnkiCollection, strip_html
from click.testing import CliRunner

from docdeck.cli import main

INSTALL = (
    "python3 -m venv .venv\n"
    "  .venv/bin/pip install docdeck  # {{c1::x}} <script>alert(1)</script> & <b>more</b>\n"
    'echo "\ue000x.png\ue001"'
)
SOURCE = f"""\
# Installing Docdeck

Docdeck turns about 90% of an article's questions and tables into cards.

```sh
docdeck --help  # code in the body: not text to learn from
```

## Frequently Asked Questions

```sh
echo "before any question"
```

### How do I install it?

Run this in a terminal:

```sh
{INSTALL}
```

Then check the version with `docdeck --version`.

### How do I build one article?

- Give the file to the build command:
  ```
  docdeck build article.md
  ```
- Then import the package in Anki.

### How do I see every card?

    docdeck preview article.md
"""
INSTALL_HTML = (
    "python3 -m venv .venv<br>  .venv/bin/pip install docdeck  # &#123;&#123;c1::x&#125;&#125;"
    " &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;<br>"
    'echo "&#57344;x.png\ue001"'
)
ANSWERS = {
    "How do I install it?": (
        f"Run this in a terminal: <pre><code>{INSTALL_HTML}</code></pre>"
        " Then check the version with docdeck --version."
    ),
    "How do I build one article?": (
        "Give the file to the build command: <pre><code>docdeck build article.md</code></pre>"
        " Then import the package in Anki."
    ),
    "How do I see every card?": "<pre><code>docdeck preview article.md</code></pre>",
}


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "install.md").write_text(SOURCE, encoding="utf-8")
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _records(output: str) -> list[dict[str, dict[str, str]]]:
    return [json.loads(line) for line in output.splitlines()]


def test_code_in_an_faq_answer_is_kept_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _records(_run(tmp_path, monkeypatch, "preview", "--json", "install.md"))

    faqs = {r["fields"]["Question"]: r["fields"]["Answer"] for r in records if r["kind"] == "faq"}
    assert faqs == ANSWERS
    assert [r["fields"]["Text"] for r in records if r["kind"] == "claim"] == [
        "Docdeck turns about {{c1::90%}} of an article's questions and tables into cards."
    ]


def test_code_outside_every_answer_is_reported_under_an_faq_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(tmp_path, monkeypatch, "check", "install.md").splitlines() == [
        "install.md:11: warning: code block under 'Frequently Asked Questions' is part of no"
        " answer: not carded; put it under the question it answers",
        "0 errors, 1 warning",
    ]


def test_a_first_paragraph_answer_keeps_the_code_it_introduces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "install.yaml").write_text(
        "deck: Install\nsources: [install.md]\nextract:\n  faqs: {answer: first-paragraph}\n"
    )
    records = _records(_run(tmp_path, monkeypatch, "preview", "--json", "install.yaml"))

    faqs = {r["fields"]["Question"]: r["fields"]["Answer"] for r in records if r["kind"] == "faq"}
    assert (
        faqs["How do I install it?"]
        == f"Run this in a terminal: <pre><code>{INSTALL_HTML}</code></pre>"
    )


class _Pre(HTMLParser):
    """The text of each `<pre>` of a card, `<br>` read as a line break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.tags: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "pre":
            self._inside = True
            self.blocks.append("")
        elif tag == "br" and self._inside:
            self.blocks[-1] += "\n"

    def handle_endtag(self, tag: str) -> None:
        self._inside = self._inside and tag != "pre"

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.blocks[-1] += data


def test_anki_shows_the_code_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(tmp_path, monkeypatch, "build", "install.md", "-o", "install.apkg")
    with AnkiCollection(tmp_path / "anki") as anki:
        log = anki.import_apkg(tmp_path / "install.apkg")
        notes = {note.guid: note for note in anki.notes()}
        cards = anki.cards()

    assert log.conflicting == [] and len(log.new) == len(notes) == len(cards) == 4
    [install] = [
        c for c in cards if notes[c.note_guid].fields.get("Question") == "How do I install it?"
    ]
    answer = install.answer_html.split("<hr id=answer>", 1)[-1]
    pre = _Pre()
    pre.feed(answer)
    assert pre.blocks == [INSTALL]
    assert "script" not in pre.tags and "b" not in pre.tags
    assert "Run this in a terminal:" in strip_html(answer)
    assert "Then check the version with docdeck --version." in strip_html(answer)
