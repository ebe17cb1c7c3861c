"""A plain-text article hard-wrapped at a fixed width (e-mail, Project Gutenberg, `fold -s`,
`textwrap`) gives the notes its one-line-per-paragraph original gives: the same identities and
text, each naming the line its sentence, item or question starts on in the wrapped file."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.document import Paragraph
from docdeck.readers.plaintext import parse_plaintext

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests/data/golden"
# The golden articles as `fold -s -w 72 | sed 's/ *$//'` wrote them.
FOLDED = ROOT / "tests/data/wrapped"
ARTICLES = ["index-funds.txt", "marathon-taper.txt", "sleep-debt.txt"]
_ITEM = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")

# Lists, `Q:`/`A:` FAQs, a quotation, numbered items and every heading form, one line each.
GUIDE = "\n".join(
    [
        "How Caffeine Timing Shapes Alertness Across the Working Day",
        "nn",
        (
            "Caffeine does not create energy; it blocks the adenosine receptors that make a "
            "tired brain feel tired. About 90% of adults in North America consume caffeine "
            "every day, most of it before noon, and few of them time it to match their own "
            "rhythm of sleep pressure."
        ),
        "Key Takeaways",
        (
            "- Caffeine blocks adenosine receptors for several hours, so the sleep pressure "
            "that built up overnight returns as soon as the dose wears off in the afternoon"
        ),
        (
            "- A cup of coffee at 4 p.m. still leaves about half of its caffeine active at 9 "
            "p.m., long after most people think it has stopped working"
        ),
        (
            "- Waiting about ninety minutes after waking lets the morning cortisol peak do "
            "its work first"
        ),
        "nn",
        "Why Does the Afternoon Crash Happen?",
        "nn",
        (
            "The crash is adenosine that was masked, not adenosine that was removed. The "
            "half-life of caffeine is about 5 hours in healthy adults, and it rises to about "
            "10 hours during late pregnancy, so the same afternoon coffee lasts twice as "
            "long."
        ),
        (
            "> We found that a single cup at breakfast changed nothing about sleep, while the"
            " same cup after lunch cut deep sleep by about 20% in most of the people we "
            "measured."
        ),
        "Three steps help most people:",
        (
            "1. Move the first cup of the day to about ninety minutes after waking, once "
            "cortisol has peaked"
        ),
        (
            "2. Keep the last cup of the day at least eight hours before the time you plan to"
            " go to sleep"
        ),
        (
            "3. Swap the mid-afternoon coffee for a short walk outside in daylight of at "
            "least ten minutes"
        ),
        "## What the Research Does Not Show",
        (
            "Most caffeine studies run for a few weeks at most, and they measure sleep in a "
            "laboratory bed rather than at home, so the long-term effect of daily timing is "
            "not yet known."
        ),
        "Frequently Asked Questions",
        "Q: Does decaf coffee still contain enough caffeine to affect sleep at night?",
        (
            "A: A cup of decaf still holds about 2 to 15 milligrams of caffeine, roughly a "
            "tenth of a regular cup, which is too little to matter for most people but can "
            "add up over several cups in an evening."
        ),
        "Q: Is tea better than coffee in the afternoon?",
        (
            "A: Black tea has about half the caffeine of the same cup of coffee. Green tea "
            "has less again, and it also contains theanine, which takes the edge off the "
            "alertness without blocking it."
        ),
        "",
    ]
)


def wrap(text: str, width: int, hanging: bool) -> tuple[str, list[tuple[int, int]]]:
    """`text` wrapped as `textwrap` would (list items under their text if `hanging`, each line
    of a quotation quoted), and for each of its lines the first and last line it became."""
    wrapped: list[str] = []
    spans = []
    for line in text.split("\n"):
        first = len(wrapped) + 1
        item = _ITEM.match(line)
        if not line.strip() or line.startswith("|"):
            wrapped.append(line)
        elif line.startswith("> "):
            wrapped += textwrap.wrap(line[2:], width, initial_indent="> ", subsequent_indent="> ")
        else:
            indent = " " * item.end() if item and hanging else ""
            wrapped += textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False)
        spans.append((first, len(wrapped)))
    return "\n".join(wrapped), spans


def preview(path: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["preview", path.name, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]


def content(note: dict[str, Any]) -> tuple[Any, ...]:
    """A note less where it is: its identity, kind, tags and every field but its source line."""
    fields = dict(note["fields"])
    fields["Source"] = re.sub(r"<span class=line>.*</span>", "", fields["Source"])
    return note["guid"], note["kind"], tuple(note["tags"]), tuple(sorted(fields.items()))


def build_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, original: str, wrapped: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The notes of `original` and of `wrapped`, each read as a source called `name`."""
    monkeypatch.chdir(tmp_path)
    notes = []
    for folder, text in (("original", original), ("wrapped", wrapped)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(text, encoding="utf-8")
        monkeypatch.chdir(tmp_path / folder)
        notes.append(preview(tmp_path / folder / name))
    return notes[0], notes[1]


def assert_same_notes(
    original: list[dict[str, Any]],
    wrapped: list[dict[str, Any]],
    spans: list[tuple[int, int]] | None,
) -> None:
    assert [content(note) for note in wrapped] == [content(note) for note in original]
    if spans is None:
        return
    for before, after in zip(original, wrapped, strict=True):
        first, last = spans[before["line"] - 1]
        assert first <= after["line"] <= last, (before["fields"], after["line"])


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("hanging", [True, False], ids=["indented-items", "flush-items"])
@pytest.mark.parametrize("article", ARTICLES)
def test_a_wrapped_golden_article_gives_its_notes(
    article: str, hanging: bool, width: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (GOLDEN / article).read_text(encoding="utf-8")
    wrapped, spans = wrap(text, width, hanging)
    original, notes = build_both(tmp_path, monkeypatch, article, text, wrapped)

    assert_same_notes(original, notes, spans)


@pytest.mark.parametrize("article", ARTICLES)
def test_a_folded_golden_article_gives_its_notes(
    article: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (GOLDEN / article).read_text(encoding="utf-8")
    folded = (FOLDED / article).read_text(encoding="utf-8")
    assert max(len(line.encode()) for line in folded.splitlines()) <= 72
    original, notes = build_both(tmp_path, monkeypatch, article, text, folded)

    assert_same_notes(original, notes, None)
    lines = folded.splitlines()
    for note in notes:  # each names a line of the wrapped file where its text is
        if note["kind"] == "takeaway":
            assert lines[note["line"] - 1].startswith("- ")
        if note["kind"] == "faq":
            assert lines[note["line"] - 1].endswith("?")


@pytest.mark.parametrize("width", [50, 60, 72, 80])  # at 50 the title wraps too
@pytest.mark.parametrize("hanging", [True, False], ids=["indented-items", "flush-items"])
def test_wrapped_lists_faqs_quotations_and_headings_give_the_original_notes(
    hanging: bool, width: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrapped, spans = wrap(GUIDE, width, hanging)
    original, notes = build_both(tmp_path, monkeypatch, "guide.txt", GUIDE, wrapped)

    kinds = [note["kind"] for note in original]
    assert kinds.count("takeaway") == 3 and kinds.count("faq") == 2
    assert_same_notes(original, notes, spans)


def test_a_claim_in_a_wrapped_paragraph_names_its_sentences_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrapped, _ = wrap(GUIDE, 72, True)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "guide.txt").write_text(wrapped, encoding="utf-8")
    lines = wrapped.splitlines()

    notes = {
        note["fields"].get("Text", ""): note["line"] for note in preview(tmp_path / "guide.txt")
    }

    (half_life,) = [line for text, line in notes.items() if text.startswith("The half-life")]
    assert "The half-life" in lines[half_life - 1]
    assert half_life > lines.index("Why Does the Afternoon Crash Happen?") + 3


def test_wrapped_text_reads_as_its_paragraphs_not_as_headings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrapped, _ = wrap(GUIDE, 72, False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "guide.txt").write_text(wrapped, encoding="utf-8")

    sections = {note["section"] for note in preview(tmp_path / "guide.txt")}

    assert sections == {
        "How Caffeine Timing Shapes Alertness Across the Working Day",
        "Key Takeaways",
        "Why Does the Afternoon Crash Happen?",
        "What the Research Does Not Show",
        "Frequently Asked Questions",
    }


def test_short_one_line_paragraphs_are_not_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        "Coffee and Sleep",
        "Caffeine has a half-life of about 5 hours in most healthy adults.",
        "Half of an afternoon cup is still active at bedtime for most adults.",
        "iPhone sleep trackers record about 20% less deep sleep than a lab does.",
        "Decaf still holds up to 15 milligrams of caffeine per cup.",
    ]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    texts = [note["fields"]["Text"] for note in preview(tmp_path / "notes.txt")]

    assert len(texts) == 4
    assert [text.split()[0] for text in texts] == ["Caffeine", "{{c1::Half}}", "iPhone", "Decaf"]


# Wrapped by hand near 64 columns: some lines break early ("do well", "after"), so a line may
# stop well short of the width mid-paragraph, and paragraphs follow each other with no blank line.
CLINIC = """\
Notes From the Sleep Clinic

Most adults need seven to nine hours of sleep, and fewer than 1%
of people carry the gene variants that let them do well
on less than six hours a night without a loss of attention.
A weekend lie-in relieves sleepiness but not the deficit. In
one 2019 study, people who slept late at the weekend after
a short working week showed no gain at all.
Caffeine only masks the sleep pressure that builds up during
the day, and its half-life is about 5 hours.
Deep sleep dominates the first half of the night, while REM
sleep dominates the last two hours before waking up.
"""
POEM = """\
Winter Evening

The lamps are lit along the lane,
and frost is on the window.
We wait, and then it comes
to cover all the grass.
"""


def _paragraph_lines(text: str) -> list[int]:
    document, _ = parse_plaintext(text, "notes.txt")
    return [
        block.span.line
        for section in document.sections
        for block in section.blocks
        if isinstance(block, Paragraph)
    ]


def test_a_ragged_wrapped_paragraph_ends_at_a_short_line_that_ends_a_sentence() -> None:
    """The line ending "a loss of attention." stops 5 columns short, and a line mid-paragraph
    stops 9 short ("do well"): it was read as going on into the next paragraph."""
    assert _paragraph_lines(CLINIC) == [3, 6, 9, 11]


def test_a_short_stanza_stays_one_paragraph() -> None:
    """Two lines go on mid-sentence: too few to be sure the poem is wrapped, so "…on the
    window." ends no paragraph though it stops 4 columns short of "We"."""
    assert _paragraph_lines(POEM) == [3]
