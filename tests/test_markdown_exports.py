"""How Markdown exports (Google Docs, Notion, Hugo, Jekyll, newsletters) write what an article's
structure is: bold lines as subheadings, `**Label:** value` metadata, `**Term**: definition`
glossary lines and a site generator's template tags. Each was misread: text sectioned under the
wrong heading, metadata carded, definitions dropped, tags on cards."""

from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner

from docdeck.cli import main
from docdeck.document import BulletList, Paragraph, QuestionAnswer
from docdeck.readers.markdown import parse_markdown


def _notes(tmp_path: Path, text: str) -> list[dict[str, object]]:
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", "--json", str(tmp_path / "page.md")])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _check(tmp_path: Path) -> list[str]:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "page.md")])
    return result.output.splitlines()


def _section(note: dict[str, object]) -> str:
    tags: list[str] = note["tags"]  # type: ignore[assignment]
    return next(tag.removeprefix("section::") for tag in tags if tag.startswith("section::"))


def _text(note: dict[str, object]) -> str:
    fields: dict[str, str] = note["fields"]  # type: ignore[assignment]
    return fields.get("Text") or fields["Question"]


def _asked(note: dict[str, object]) -> tuple[str, str]:
    fields: dict[str, str] = note["fields"]  # type: ignore[assignment]
    return fields["Question"], fields["Answer"]


# --- template tags -------------------------------------------------------------------------

TEMPLATES = """\
# Running a Web Service

{{< note >}}
Backups run every 6 hours and are kept for 30 days.
{{< /note >}}

{{% tip %}}Restores take about 20 minutes for a typical database.{{% /tip %}}

{{<warning>}}A restore replaces about 5 GB of data in the primary region.{{</warning>}}

{% include footer.html %}

{%- raw -%}
Templates escape about 90% of user input by default in this framework.
{%- endraw -%}

The {{ site.name }} cluster keeps every deleted object for 90 days.

Write `{{ page.title }}` in a layout: 40% of our pages name their title that way.

Braces such as {{c1::x}} and {{Question}} appear in 15% of exported card templates.
"""


def test_template_tags_are_dropped_and_the_text_they_hold_is_kept(tmp_path: Path) -> None:
    texts = [_text(note) for note in _notes(tmp_path, TEMPLATES)]
    assert texts == [
        "Backups run every {{c1::6 hours}} and are kept for 30 days.",
        "Restores take about {{c1::20 minutes}} for a typical database.",
        "A restore replaces about {{c1::5 GB}} of data in the primary region.",
        "Templates escape about {{c1::90%}} of user input by default in this framework.",
        "The cluster keeps every deleted object for {{c1::90 days}}.",
        # Code and what an Anki template would read are as written, escaped.
        "Write &#123;&#123; page.title &#125;&#125; in a layout: {{c1::40%}} of our pages name"
        " their title that way.",
        "Braces such as &#123;&#123;c1::x&#125;&#125; and &#123;&#123;Question&#125;&#125; appear"
        " in {{c1::15%}} of exported card templates.",
    ]


def test_template_tags_in_code_are_kept(tmp_path: Path) -> None:
    [faq] = _notes(
        tmp_path,
        "# Layouts\n\n## FAQ\n\n### How do I print the title?\n\nPut this in the layout:\n\n"
        "```liquid\n{% if page.title %}{{ page.title }}{% endif %}\n```\n",
    )
    answer: str = faq["fields"]["Answer"]  # type: ignore[index]
    assert "{% if page.title %}{{ page.title }}{% endif %}" in answer.replace(
        "&#123;", "{"
    ).replace("&#125;", "}")


# --- bold subheadings ------------------------------------------------------------------------

SUBHEADINGS = """\
# Running a Web Service

## Infrastructure

Every server runs in one of three regions, not in a single data centre.

**Storage**

Each disk holds 4 TB of customer data and is replaced every 36 months.

__Network Links__

Each region connects to the others over 2 fibre links of 100 Gbps.

## Operations

Deploys roll out to 5% of servers first, then to the rest within an hour.
"""


def test_a_short_bold_line_is_a_subheading(tmp_path: Path) -> None:
    notes = _notes(tmp_path, SUBHEADINGS)
    assert [(_section(note), note["line"]) for note in notes] == [
        ("infrastructure", 5),
        ("storage", 9),
        ("network-links", 13),  # beside Storage, not under it
        ("operations", 17),
    ]
    assert _check(tmp_path)[-1] == "0 errors, 0 warnings"  # no "'Storage' is too short"
    doc, _ = parse_markdown(SUBHEADINGS, "page.md")
    assert [(s.heading, s.level) for s in doc.sections][:3] == [
        ("Infrastructure", 2),
        ("Storage", 3),
        ("Network Links", 3),
    ]


NOT_SUBHEADINGS = """# Strength Training After 40

**Never skip the warm-up.**

**You will need**:

- a pair of dumbbells

1. **Warm up**
2. **Lift**

**Lift heavy twice a week for the strongest results**

**Never mix bleach and ammonia**

> **Note**
>
> Quoted text keeps its place.

## Key Takeaways

**Strength**

- Two sessions a week keep 90% of muscle strength.

## FAQ

**How do I start?**

**Windows**

Run the installer.
"""


def test_bold_sentences_lead_ins_lists_and_answers_stay_as_they_were() -> None:
    doc, _ = parse_markdown(NOT_SUBHEADINGS, "page.md")
    assert [s.heading for s in doc.sections] == [
        "Strength Training After 40",
        "Key Takeaways",
        "FAQ",
    ]
    lead, summary, faq = doc.sections
    assert [type(b).__name__ for b in lead.blocks] == [
        "Paragraph",
        "Paragraph",
        "BulletList",
        "BulletList",
        "Paragraph",
        "Paragraph",  # a rule ("Never …"), not a subheading
        "Paragraph",
        "Paragraph",
    ]
    assert isinstance(summary.blocks[1], BulletList)  # still takeaways
    [qa] = faq.blocks
    assert isinstance(qa, QuestionAnswer)
    assert [p.text for p in qa.answer] == ["Windows", "Run the installer."]
    assert isinstance(lead.blocks[0], Paragraph)


# --- metadata lines ----------------------------------------------------------------------------

METADATA = """\
# Running a Web Service

**Owner:** Jane Smith
**Last updated:** 3 May 2024
**Status:** Draft

**Reading time:** 5 min

A web service answers about 80% of requests from its cache in normal operation.

## Backups

**Owner**: Platform team
**Schedule**: every 6 hours

Backups are kept for 30 days and restored in about 20 minutes.

**Retention:** 30 days
**Storage:** 2 regions
**Cost:** 4 cents per GB
"""


def test_metadata_lines_at_the_top_are_left_out_silently(tmp_path: Path) -> None:
    notes = _notes(tmp_path, METADATA)
    assert [_text(note) for note in notes] == [
        "A web service answers about {{c1::80%}} of requests from its cache in normal operation.",
        "Backups are kept for 30 days and restored in about {{c1::20 minutes}}.",
        # Not at the top of its section: facts by name, a table with no header. They were one
        # claim, "Retention: {{c1::30 days}} Storage: 2 regions Cost: 4 cents per GB".
        "Backups: Retention",
        "Backups: Storage",
        "Backups: Cost",
    ]
    assert _check(tmp_path)[-1] == "0 errors, 0 warnings"


SPEC_SHEETS = """\
# Sony WH-1000XM5 review

**Author:** Jane Doe
**Published:** 3 May 2024

**Reading time:** 5 min

The headphones cut noise by 32 dB in our lab test across 5 long flights.

## Specifications

**Weight:** 250 g
**Battery:** 30 hours
**Price:** $349

## Travel case

**Folded size:** 19 cm

**Case weight:** 120 g

## Comfort

**Pads:** memory foam

The band presses lightly even after 4 hours of wear on a long flight.
"""


def test_label_lines_at_the_top_of_a_section_are_a_table_unless_they_are_metadata(
    tmp_path: Path,
) -> None:
    """Only bylines, dates, reading time and filing labels are metadata: a spec sheet at the top
    of its section, in one paragraph or a paragraph a line, is facts by name."""
    notes = _notes(tmp_path, SPEC_SHEETS)
    assert [_asked(note) for note in notes if note["kind"] == "table"] == [
        ("Specifications: Weight", "250 g"),
        ("Specifications: Battery", "30 hours"),
        ("Specifications: Price", "$349"),
        ("Travel case: Folded size", "19 cm"),
        ("Travel case: Case weight", "120 g"),
    ]
    # A line alone at the top stays out, as it did: no table of one row, no warning.
    assert [_text(note) for note in notes if note["kind"] == "claim"] == [
        "The headphones cut noise by {{c1::32 dB}} in our lab test across 5 long flights.",
        "The band presses lightly even after {{c1::4 hours}} of wear on a long flight.",
    ]
    assert _check(tmp_path)[-1] == "0 errors, 0 warnings"


INFOBOX = """\
# Mount Kilimanjaro

**Elevation:** 5,895 m (19,341 ft)
**Location:** Kilimanjaro Region, Tanzania
**First ascent:** 6 October 1889 by Hans Meyer and Ludwig Purtscheller

Mount Kilimanjaro is a dormant volcano in Tanzania and the highest mountain in Africa.

## Notes

**Tip:** Most climbers take 7 days to reach the summit and come back down.
**Warning:** Altitude sickness affects about 75% of climbers above 3,000 m.
"""


def test_facts_by_name_with_a_longer_value_are_still_a_table(tmp_path: Path) -> None:
    """A value too long for metadata ("6 October 1889 by Hans Meyer and …") made the lines one
    run-on claim: "Elevation: {{c1::5,895 m}} (19,341 ft) Location: … First ascent: …"."""
    notes = _notes(tmp_path, INFOBOX)

    assert [_asked(note) for note in notes if note["kind"] == "table"] == [
        ("Mount Kilimanjaro: Elevation", "5,895 m (19,341 ft)"),
        ("Mount Kilimanjaro: Location", "Kilimanjaro Region, Tanzania"),
        (
            "Mount Kilimanjaro: First ascent",
            "6 October 1889 by Hans Meyer and Ludwig Purtscheller",
        ),
    ]
    # Label lines that end sentences ("## Notes") are text, as before: no table. A Notes
    # section of claims is body text, no references: each a claim.
    assert [_section(note) for note in notes] == [*["mount-kilimanjaro"] * 4, "notes", "notes"]


def test_a_label_opening_a_sentence_at_the_top_is_text(tmp_path: Path) -> None:
    [note] = _notes(
        tmp_path,
        "# Backups\n\n**Note:** Backups taken before version 3 are kept for only 7 days.\n",
    )
    assert _text(note) == "Note: Backups taken before version 3 are kept for only {{c1::7 days}}."


# --- glossary lines ----------------------------------------------------------------------------

GLOSSARY = """\
# Running a Web Service

A web service answers about 80% of requests from its cache in normal operation.

**Problem**: the cache fills up after a day of heavy traffic from the crawlers.

## Glossary

**Latency**: the time between a request and its response, often 200 ms.

**Throughput** — the number of requests a service completes per second.
**RAM:** random-access memory.

- **Shard**: a horizontal partition of one database,
  kept on its own server.
- See the operations handbook

## Key Terms

**Jitter**: the variation in latency between consecutive requests.
"""


def test_glossary_lines_are_definitions_asking_for_their_term(tmp_path: Path) -> None:
    notes = _notes(tmp_path, GLOSSARY)
    assert [(_text(note), note["line"]) for note in notes] == [
        (
            "A web service answers about {{c1::80%}} of requests from its cache in normal"
            " operation.",
            3,
        ),
        ("{{c1::Latency}}: the time between a request and its response, often 200 ms.", 9),
        ("{{c1::Throughput}} — the number of requests a service completes per second.", 11),
        ("{{c1::RAM}}: random-access memory.", 12),
        ("{{c1::Shard}}: a horizontal partition of one database, kept on its own server.", 14),
        ("{{c1::Jitter}}: the variation in latency between consecutive requests.", 20),
    ]
    assert _check(tmp_path)[-1] == "0 errors, 0 warnings"


# --- cost ------------------------------------------------------------------------------------

# Quadratic reading took 16 s for this many glossary lines in one paragraph; linear, 0.2 s. CPU
# time of this process, not wall time: a machine busy with other work slowed the wall clock 7 ×.
LINES = 20_000
WITHIN_SECONDS = 3.0


def test_long_glossaries_and_unclosed_tags_are_read_in_linear_time() -> None:
    glossary = "".join(f"**Term {n}**: the value number {n}.\n" for n in range(LINES))
    metadata = "".join(f"**Label {n}:** {n}\n" for n in range(LINES))
    tags = "{{< a " * LINES + "\n\n" + "{% b " * LINES + "\n\n" + "{{ c " * LINES
    for text in (f"# T\n\n## Glossary\n\n{glossary}", f"# T\n\n{metadata}", f"# T\n\n{tags}"):
        start = time.process_time()
        parse_markdown(text, "page.md")
        assert time.process_time() - start < WITHIN_SECONDS


# --- Notion's page properties --------------------------------------------------------------

NOTION_PROPERTIES = """\
# Product Management Fundamentals

Created: January 14, 2024 9:12 AM
Tags: Course Notes, PM
Status: In progress
Last edited: March 2, 2024

A product that keeps 40% of users after 90 days usually has product-market fit.

## Metrics

Stakeholder management takes 50% of the job in a large company.

Owner: Dana Whitfield
Status: In progress
"""


def test_notion_property_lines_under_the_title_are_metadata(tmp_path: Path) -> None:
    texts = [_text(note) for note in _notes(tmp_path, NOTION_PROPERTIES)]
    assert texts == [
        "A product that keeps {{c1::40%}} of users after 90 days usually has product-market fit.",
        "Stakeholder management takes {{c1::50%}} of the job in a large company.",
    ]
    # Below the top of a section such lines are text still.
    document, _ = parse_markdown(NOTION_PROPERTIES, "page.md")
    texts = [block.text for block in document.sections[1].blocks if isinstance(block, Paragraph)]
    assert texts[-1] == "Owner: Dana Whitfield Status: In progress"
