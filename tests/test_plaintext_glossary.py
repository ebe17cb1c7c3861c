"""A plain-text glossary: under a heading such as "Glossary" or "Key terms" each `Term: meaning`
line (or `Term – meaning`, `Term - meaning`) defines its term, and its card asks for the term,
as a Markdown glossary's `**Term**: meaning` lines do. The same line elsewhere is text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.document import Paragraph
from docdeck.readers.markdown import parse_markdown
from docdeck.readers.plaintext import parse_plaintext

GLOSSARY = """\
Running a Web Service

A web service answers about 80% of requests from its cache in normal operation.

Note: the server restarts every night, and a restart takes about 90 seconds.

Glossary

Latency: the time between a request and its response, often 200 ms.
Throughput – the number of requests a service completes per second.
RAM - random-access memory
Shard: a horizontal partition of one database,
kept on its own server.
- Wi-Fi - a family of wireless network protocols.

Key Terms

Node.js: a JavaScript runtime built on the V8 engine.

History

Jo Smith has run web services for 12 years.
"""


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _run(command: str, text: str) -> list[str]:
    Path("service.txt").write_text(text)
    args = ["preview", "--json"] if command == "preview" else [command]
    result = CliRunner().invoke(main, [*args, "service.txt"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def _cards(text: str) -> list[tuple[str, int]]:
    records = [json.loads(line) for line in _run("preview", text)]
    return [(r["fields"]["Text"], r["line"]) for r in records]


def test_glossary_lines_are_definitions_asking_for_their_term() -> None:
    assert _cards(GLOSSARY) == [
        (
            "A web service answers about {{c1::80%}} of requests from its cache in normal"
            " operation.",
            3,
        ),
        ("Note: the server restarts every night, and a restart takes about {{c1::90 seconds}}.", 5),
        ("{{c1::Latency}}: the time between a request and its response, often 200 ms.", 9),
        ("{{c1::Throughput}} – the number of requests a service completes per second.", 10),
        ("{{c1::RAM}} - random-access memory", 11),
        ("{{c1::Shard}}: a horizontal partition of one database, kept on its own server.", 12),
        ("{{c1::Wi-Fi}} - a family of wireless network protocols.", 14),
        ("{{c1::Node.js}}: a JavaScript runtime built on the V8 engine.", 18),
        ("Jo Smith has run web services for {{c1::12 years}}.", 22),
    ]
    assert _run("check", GLOSSARY) == ["0 errors, 0 warnings"]


def test_both_readers_read_a_glossary_as_the_same_definitions() -> None:
    markdown = GLOSSARY.replace("Glossary\n", "## Glossary\n").replace(
        "Key Terms\n", "## Key Terms\n"
    )
    for term in ("Latency", "Throughput", "RAM", "Shard", "Node.js"):
        markdown = markdown.replace(f"\n{term}", f"\n**{term}**")
    markdown = markdown.replace("- Wi-Fi", "- **Wi-Fi**").replace("About the", "## About the")
    markdown = markdown.replace("Running a", "# Running a")

    def definitions(document_sections: object) -> list[tuple[str, str]]:
        return [
            (block.text, block.term)
            for section in document_sections  # type: ignore[attr-defined]
            for block in section.blocks
            if isinstance(block, Paragraph) and block.term
        ]

    plain = definitions(parse_plaintext(GLOSSARY, "service.txt")[0].sections)
    marked = definitions(parse_markdown(markdown, "service.md")[0].sections)
    assert plain == marked
    assert len(plain) == 6


def test_term_lines_outside_a_glossary_are_text() -> None:
    text = GLOSSARY.replace("Glossary\n", "Operations\n").replace("Key Terms\n", "Details\n")

    document, _ = parse_plaintext(text, "service.txt")

    blocks = [block for section in document.sections for block in section.blocks]
    assert not any(isinstance(block, Paragraph) and block.term for block in blocks)
    assert [card for card, _ in _cards(text)][2:] == [
        "Latency: the time between a request and its response, often {{c1::200 ms}}.",
        "Jo Smith has run web services for {{c1::12 years}}.",
    ]


TERMS = """\
Acme Terms of Service

1. Definitions

Account: the record we keep of your use of the service.
Service - the website and apps that Acme Ltd runs.

2. Payment – fees and refunds

Refunds are paid within 14 days of a cancellation.
"""


def test_a_numbered_heading_after_a_glossary_is_a_heading() -> None:
    records = [json.loads(line) for line in _run("preview", TERMS)]

    assert [(r["fields"]["Text"], r["section"]) for r in records] == [
        ("{{c1::Account}}: the record we keep of your use of the service.", "1. Definitions"),
        ("{{c1::Service}} - the website and apps that Acme Ltd runs.", "1. Definitions"),
        (
            "Refunds are paid within {{c1::14 days}} of a cancellation.",
            "2. Payment – fees and refunds",
        ),
    ]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_glossarys_note_and_source_lines_are_no_terms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """ "Note: these terms are simplified" was carded as a definition of "Note"."""
    monkeypatch.chdir(tmp_path)
    bold = "**" if suffix == ".md" else ""
    lines = [
        f"{bold}Note:{bold} these terms are simplified for beginners and for 2025 rules.",
        f"{bold}Source:{bold} Investopedia, accessed in May 2025 for this 3-part list.",
        f"{bold}Bond{bold}: a loan you make to a government or company.",
    ]
    heading = "## Glossary" if suffix == ".md" else "Glossary"
    title = "# Investing Words" if suffix == ".md" else "Investing Words"
    text = f"{title}\n\n{heading}\n\n" + "\n\n".join(lines) + "\n"
    Path(f"g{suffix}").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", f"g{suffix}"])
    texts = [json.loads(line)["fields"]["Text"] for line in result.stdout.splitlines()]
    assert texts == ["{{c1::Bond}}: a loan you make to a government or company."]


QUALIFIED = """\
# Statistics Cheat Sheet

## {heading}

**p-value**: the probability of a result at least as extreme as the one observed, assuming
the null hypothesis is true.

**Type I error**: rejecting a true null hypothesis (a false positive).
"""


@pytest.mark.parametrize("heading", ["Core Definitions", "Basic Vocabulary", "Important Terms"])
def test_a_qualified_glossary_heading_defines_its_terms(heading: str) -> None:
    """ "Core Definitions" is a glossary as "Definitions" is: each line asks for its term."""
    Path("stats.md").write_text(QUALIFIED.format(heading=heading))
    result = CliRunner().invoke(main, ["preview", "--json", "stats.md"])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["fields"]["Text"] for line in result.output.splitlines()]
    assert [text.split("}}")[0] + "}}" for text in texts] == [
        "{{c1::p-value}}",
        "{{c1::Type I error}}",
    ]
