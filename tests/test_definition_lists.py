"""Markdown definition lists (`Term` over `: what it means`, as Pandoc and PHP Markdown Extra
write a glossary): each definition is a card asking for its term, as a `**Term**: …` line under
a glossary heading is. They were read as one claim "Term : …", or dropped. A line that only
looks like one (an emoji shortcode, a sentence over `:1`) reads as before."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from docdeck.cli import main


def _texts(tmp_path: Path, text: str) -> list[tuple[str, int]]:
    """Each card's cloze text or question, and its line."""
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "page.md")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["fields"].get("Text") or r["fields"]["Question"], r["line"]) for r in records]


def _check(tmp_path: Path) -> str:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "page.md")])
    return result.output.splitlines()[-1]


GLOSSARY = """\
# Running a Web Service

## Glossary

Latency
: the time between a request and its response, often 200 ms.

**Throughput**
: the number of requests a service completes per second.
: also called the request rate of a service under load.

Jitter

: the variation in latency between consecutive requests.

  Jitter matters most for calls, where 30 ms of jitter is audible.

## Caching

Time to live (TTL)
: how long a cached copy is served before it is fetched again.
"""


def test_each_definition_asks_for_its_term(tmp_path: Path) -> None:
    assert _texts(tmp_path, GLOSSARY) == [
        ("{{c1::Latency}}: the time between a request and its response, often 200 ms.", 5),
        ("{{c1::Throughput}}: the number of requests a service completes per second.", 8),
        ("{{c1::Throughput}}: also called the request rate of a service under load.", 8),
        ("{{c1::Jitter}}: the variation in latency between consecutive requests.", 12),
        ("Jitter matters most for calls, where {{c1::30 ms}} of jitter is audible.", 16),
        (
            "{{c1::Time to live (TTL)}}: how long a cached copy is served before it is fetched"
            " again.",
            20,
        ),
    ]
    assert _check(tmp_path) == "0 errors, 0 warnings"


def test_a_definition_in_an_faq_answer_is_part_of_it(tmp_path: Path) -> None:
    text = (
        "# Web Service\n\n## FAQ\n\n### What do the status codes mean?\n\n"
        "The two you will see most:\n\n"
        "503\n: the service is overloaded; retry later.\n"
    )
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "page.md")])
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["fields"]["Answer"] == (
        "The two you will see most:<br><br>503: the service is overloaded; retry later."
    )


LOOKALIKES = """\
# Running a Web Service

## Operations

Back up your data before every upgrade of the cluster.
:warning: This deletes every object older than 30 days, not 90 days.

The mix of reads and writes in a typical week
: 3 to 1, measured over 30 days of traffic at peak hours.

- A list item keeps its text
  : even with a colon line, 40% of the time.
"""


def test_lines_that_only_look_like_definitions_read_as_before(tmp_path: Path) -> None:
    assert _texts(tmp_path, LOOKALIKES) == [
        (
            "Back up your data before every upgrade of the cluster. :warning: This deletes"
            " every object older than {{c1::30 days}}, not 90 days.",
            5,
        ),
        (
            "The mix of reads and writes in a typical week : 3 to 1, measured over"
            " {{c1::30 days}} of traffic at peak hours.",
            8,
        ),
        ("A list item keeps its text even with a colon line, {{c1::40%}} of the time.", 11),
    ]
