"""Markup that exports and documentation generators add is no text: heading attributes
(`{#h.abc123}` from Google Docs, Pandoc), permalinks (`[¶](#faq)`), footnotes (`[^1]` and
their notes), citation markers (`[1]`, `[citation needed]`) and TOML front matter. Each broke
FAQ detection, named the deck, joined sentences or leaked onto a card."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

EXPORT = """\
# Support Guide {#h.abc123}

Tier 1 support closes about 70% of tickets within a day.[^1]

## FAQ {#h.faq1}

### How do I reset the cache?[¶](#how-do-i-reset-the-cache "Permalink to this heading")

Run the reset command; the cache is capped at 500 MB.[^2]

### Can I change the port? {#change-port}

Yes: set the port option before the server starts.

[^1]: Internal figures, 2024.
[^2]: Since version 2.
"""


def _notes(path: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["preview", "--json", str(path)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _texts(notes: list[dict[str, object]]) -> list[str]:
    return ["\x1f".join(note["fields"].values()) for note in notes]  # type: ignore[attr-defined]


def test_heading_attributes_permalinks_and_footnotes_are_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "guide.md").write_text(EXPORT, encoding="utf-8")
    notes = _notes(tmp_path / "guide.md")
    assert notes[0]["deck"] == "Support Guide"
    faqs = [note["fields"] for note in notes if note["kind"] == "faq"]
    assert [faq["Question"] for faq in faqs] == [  # type: ignore[index]
        "How do I reset the cache?",
        "Can I change the port?",
    ]
    assert faqs[0]["Answer"] == "Run the reset command; the cache is capped at 500 MB."  # type: ignore[index]
    assert all(note["tags"] and "section::faq" in note["tags"] for note in notes[1:])  # type: ignore[operator]
    for text in _texts(notes):
        assert not any(mark in text for mark in ("[^", "{#", "¶", "Internal figures", "Since"))


def test_a_toml_front_matter_title_names_the_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(
        '+++\ntitle = "Rebase or Merge"\ndate = 2024-05-01\n+++\n\n'
        "Rebasing rewrites history, while merging keeps 100% of it.\n",
        encoding="utf-8",
    )
    notes = _notes(tmp_path / "post.md")
    assert [note["deck"] for note in notes] == ["Rebase or Merge"]


WIKI = (
    "A transistor amplifies or switches electrical signals in 99% of circuits.[1] It is"
    " one of the basic building blocks of electronics.[2] Apple's M1 Max holds 57 billion"
    " transistors, far more than the 2,300 of 1971.[3][4][citation needed]"
)


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_citation_markers_are_dropped_and_sentences_split_again(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    table = "\n\n| Chip | Transistors |\n|---|---|\n| Intel 4004 | 2,300[^a] |\n"
    code = "\n\nIn code, `cells[1]` stays as written: 100% of it, not a part.\n"
    source = tmp_path / f"wiki.{suffix}"
    title = "# Transistor" if suffix == "md" else "Transistor"
    source.write_text(f"{title}\n\n{WIKI}{table}{code if suffix == 'md' else ''}")
    notes = _notes(source)
    claims = [note["fields"]["Text"] for note in notes if note["kind"] == "claim"]  # type: ignore[index]
    assert claims[:2] == [
        "A transistor amplifies or switches electrical signals in {{c1::99%}} of circuits.",
        "Apple's M1 Max holds {{c1::57 billion}} transistors, far more than the 2,300 of 1971.",
    ]
    cells = [note["fields"]["Answer"] for note in notes if note["kind"] == "table"]  # type: ignore[index]
    assert cells == ["2,300"]
    if suffix == "md":
        assert "cells[1]" in claims[2]
    assert not any("[" in text for text in _texts(notes) if "cells[1]" not in text)


@pytest.mark.parametrize(
    "heading",
    [
        "FAQ: Widget A",
        "Widget A — FAQ",
        "Widget A FAQs",
        "Frequently asked questions about Widget A",
        "Reader questions",
    ],
)
def test_an_faq_heading_may_name_its_subject(
    heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "widget.md"
    source.write_text(
        f"# Widget A\n\n## {heading}\n\n### Is it waterproof?\n\n"
        "Yes, it is rated IP68 to a depth of 2 metres.\n"
    )
    notes = _notes(source)
    assert [(note["kind"], note["fields"]["Question"]) for note in notes] == [  # type: ignore[index]
        ("faq", "Is it waterproof?")
    ]


def test_inline_html_shows_as_its_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tags showed on cards as written (escaped): `CO<sub>2</sub>`, `<kbd>Ctrl</kbd>`."""
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "notes.md"
    source.write_text(
        "# Notes\n\n"
        "Plants fix about 120 billion tonnes of CO<sub>2</sub> every year, not 12 billion.\n\n"
        "Press <kbd>Ctrl</kbd>+<kbd>S</kbd> to save; autosave runs every 30 seconds, not"
        " every minute.\n\n"
        'Water is H<sub>2</sub>O and x<sup>n</sup> grows: 90% of <span class="a">labs</span>'
        " agree.\n"
    )
    backs = [note["fields"]["Extra"] or note["fields"]["Text"] for note in _notes(source)]  # type: ignore[index]
    assert [back.replace("{{c1::", "").replace("}}", "") for back in backs] == [
        "Plants fix about 120 billion tonnes of CO₂ every year, not 12 billion.",
        "Press Ctrl+S to save; autosave runs every 30 seconds, not every minute.",
        "Water is H₂O and x^n grows: 90% of labs agree.",
    ]


@pytest.mark.parametrize(
    "marker",
    ["<sup>[2]</sup>", "<sup>[a]</sup>", "<sup>[note 3]</sup>", "<sup>[citation needed]</sup>"],
)
def test_a_superscript_citation_is_no_text_and_sentences_split_again(
    marker: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`<sup>[2]</sup>`, as a wiki page's citation reads in Markdown, is a citation marker as a
    bare `[2]` is: it joined two sentences into one cloze and showed as "[²]"."""
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "fire.md"
    source.write_text(
        "# Fire\n\n## Aftermath\n\n"
        f"The cost of the damage has been estimated at £10 million.{marker} The City's annual"
        " income was only about £12,000 at the time.\n\n"
        "About 10<sup>9</sup> sparks a minute rose from the fire, 80% of them from timber.\n"
    )
    assert [note["fields"]["Text"] for note in _notes(source)] == [  # type: ignore[index]
        "The cost of the damage has been estimated at {{c1::£10 million}}.",
        "The City's annual income was only about {{c1::£12,000}} at the time.",
        "About 10⁹ sparks a minute rose from the fire, {{c1::80%}} of them from timber.",
    ]
