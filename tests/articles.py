"""Running the real CLI on one article written into a test's folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main


def run_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, *args: str
) -> str:
    """The output of `docdeck ARGS NAME` on a one-article deck, which must succeed."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, [*args, name])
    assert result.exit_code == 0, result.output
    return result.output


def article_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> list[dict[str, Any]]:
    """Each note's record (kind, deck, section, fields, …), in order, as `preview --json`
    gives them."""
    monkeypatch.chdir(tmp_path)
    return preview_records(name, text)


def preview_records(name: str, text: str) -> list[dict[str, Any]]:
    """`article_records` of an article written into the current folder."""
    Path(name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", name])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]


def article_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> list[dict[str, Any]]:
    """Each note's kind and fields, in order, as `preview --json` gives them."""
    records = article_records(tmp_path, monkeypatch, name, text)
    return [{"kind": record["kind"], **record["fields"]} for record in records]


def article_clozes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> list[str]:
    """The Text field of every cloze note `docdeck preview --json NAME` makes of `text`."""
    records = article_records(tmp_path, monkeypatch, name, text)
    return [record["fields"]["Text"] for record in records if "Text" in record["fields"]]


def cloze_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, title: str, clozes: list[str]
) -> list[str]:
    """The Text field of each note of an article titled `title` whose paragraphs are `clozes`
    without their cloze marks: a test compares it with `clozes`."""
    sentences = [text.replace("{{c1::", "").replace("}}", "") for text in clozes]
    heading = f"# {title}" if name.endswith(".md") else title
    text = f"{heading}\n\n" + "\n\n".join(sentences) + "\n"
    return [
        record["fields"]["Text"] for record in article_records(tmp_path, monkeypatch, name, text)
    ]


# A card every article of `beside_control` gives: what a test sentence adds shows beside it.
CONTROL = "A standard deck has {{c1::52}} cards."


def beside_control(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str) -> list[str]:
    """The Text field of each note of an article of `CONTROL`'s sentence and `sentence`: a test
    of a sentence that gives no card compares it with `[CONTROL]`."""
    text = f"# Counts\n\nA standard deck has 52 cards.\n\n{sentence}\n"
    records = article_records(tmp_path, monkeypatch, "a.md", text)
    return [record["fields"]["Text"] for record in records]


def as_text(markdown: str) -> str:
    """A Markdown excerpt as a plain-text article: bare headings, no bold."""
    lines = (line.lstrip("#").strip() for line in markdown.splitlines())
    return "\n".join(lines).replace("**", "") + "\n"


def written_as(name: str, markdown: str) -> str:
    """A Markdown excerpt as the file `name` holds it: as it is in a .md, `as_text` in a .txt."""
    return markdown if name.endswith(".md") else as_text(markdown)
