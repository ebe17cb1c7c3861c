"""The sample deck (decks/safety-not-desire.yaml), built once and imported into real Anki.

Acceptance criteria for the reference article: what a reader expects to find in the deck
(5 takeaways, 6 table rows x 2 attributes, 9 real FAQs, the quantified claims), what must never
reach a card (`nn`, references, blurbs, the blurb-answered FAQ, a pull quote twice), and how
every note is sourced and tagged. The spec and its source are copied into a temporary folder so
the build writes no ledger or package into the repository.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from ankitools import AnkiCollection, CardView, ImportLog, NoteView, strip_html
from click.testing import CliRunner

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "decks" / "safety-not-desire.yaml"
SOURCE = ROOT / "decks" / "sources" / "safety-not-desire.txt"
SOURCE_NAME = SOURCE.name
DECK = "Neuroscience of Intimacy::Safety, not Desire"
TITLE = "Sexual Disconnection Isn’t a Desire Problem — It’s a Safety Problem"
QA, CLOZE = "docdeck Q&A", "docdeck Cloze"
KINDS = ("faq", "table", "takeaway", "claim")
NOTETYPE_OF_KIND = {"faq": QA, "table": QA, "takeaway": CLOZE, "claim": CLOZE}

# Every heading of the source, in order; the lead before "Key Takeaways" belongs to the title.
HEADINGS = (
    TITLE,
    "Key Takeaways",
    "What Happens in the Brain During Sexual Arousal?",
    "What Neurotransmitters Are Involved in Sexual Desire?",
    "Oxytocin, Attachment Security, and the Nervous System Gate",
    "Why Emotional Attunement Is the Primary Sexual Organ",
    "Can Trauma Affect the Brain’s Sexual Response?",
    "Frequently Asked Questions",
    "From Reading to Rewiring",
    "References",
    "What the Neuroscience of Sex Actually Asks of Couples",
    "Rebuild the Architecture of Intimacy",
)
BLURB_QUESTION = "Why does sexual desire fade in long-term relationships?"
BLURBS = (
    "These questions address the most common concerns",
    "The following peer-reviewed sources informed",
)
# One distinctive fragment of each of the nine reference entries.
REFERENCE_FRAGMENTS = (
    "Attachment Theory in Practice",
    "The Polyvagal Theory",
    "10.1016/j.pneurobio.2012.05.004",
    "A neural circuit for male sexual behavior and reward",
    "Subjective reward value of visual sexual stimuli",
    "Dopamine modulates reward system activity",
    "Brain activation and sexual arousal in healthy, heterosexual males",
    "Neuroanatomical correlates of visually evoked sexual arousal",
    "Functional neuroimaging studies of sexual arousal and orgasm",
)
PULL_QUOTE = "Sexual desire doesn’t vanish in these partnerships"
QUANTIFIED_CLAIMS = {
    "30%": "oxytocin suppresses amygdala reactivity by up to 30%",
    "70%": "70% of couples who reported sexual dissatisfaction",
    "50–80%": "approximately 50–80% of trauma survivors",
}

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SUMMARY = re.compile(
    r"→ (?P<out>.+?): deck '(?P<deck>.+)', (?P<n>\d+) notes \((?P<faq>\d+) faq, "
    r"(?P<table>\d+) table, (?P<takeaway>\d+) takeaway, (?P<claim>\d+) claim\)"
)


@dataclass(frozen=True)
class SampleBuild:
    output: str
    log: ImportLog
    notes: tuple[NoteView, ...]
    cards: tuple[CardView, ...]
    check: tuple[str, bool]
    package_guids: tuple[str, ...]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> SampleBuild:
    root = tmp_path_factory.mktemp("sample")
    (root / "decks" / "sources").mkdir(parents=True)
    spec = root / "decks" / SPEC.name
    shutil.copyfile(SPEC, spec)
    shutil.copyfile(SOURCE, root / "decks" / "sources" / SOURCE_NAME)
    out = root / "build" / "safety-not-desire.apkg"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = CliRunner().invoke(main, ["build", str(spec), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with AnkiCollection(root / "anki") as anki:
        log = anki.import_apkg(out)
        notes = tuple(anki.notes())
        cards = tuple(anki.cards())
        check = anki.check_database()
    return SampleBuild(result.output, log, notes, cards, check, package_guids(out))


def package_guids(path: Path) -> tuple[str, ...]:
    """Every note GUID stored in the package, duplicates included."""
    with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as scratch:
        db = archive.extract("collection.anki2", scratch)
        connection = sqlite3.connect(db)
        try:
            rows = connection.execute("select guid from notes").fetchall()
        finally:
            connection.close()
    return tuple(str(row[0]) for row in rows)


# -- helpers ----------------------------------------------------------------------------------


def source_lines() -> list[str]:
    return SOURCE.read_text(encoding="utf-8").split("\n")


def line_of(text: str) -> int:
    """1-based line number of the line that is exactly `text`."""
    return source_lines().index(text) + 1


def uncloze(raw: str) -> str:
    """A cloze field as plain text: markers replaced by their answers, HTML stripped."""
    return strip_html(_CLOZE.sub(lambda m: m.group(2), raw))


def kind_of(note: NoteView) -> str:
    [kind] = [t.removeprefix("kind::") for t in note.tags if t.startswith("kind::")]
    return kind


def of_kind(sample: SampleBuild, kind: str) -> list[NoteView]:
    return [n for n in sample.notes if f"kind::{kind}" in n.tags]


def front(note: NoteView) -> str:
    """What the card asks, as text (cloze answers filled in)."""
    if note.notetype == CLOZE:
        return uncloze(note.fields["Text"])
    return strip_html(note.fields["Question"])


def content(note: NoteView) -> str:
    """The note's own text: question and answer, or the cloze text (not Context or Source)."""
    if note.notetype == CLOZE:
        return " ".join(
            filter(None, (uncloze(note.fields["Text"]), strip_html(note.fields["Extra"])))
        )
    return f"{strip_html(note.fields['Question'])} {strip_html(note.fields['Answer'])}"


def slug(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower().replace("’", "").replace("'", "")).strip("-")


def heading_lines() -> list[tuple[int, str]]:
    lines = source_lines()
    found = [(1, TITLE)] + [(lines.index(h) + 1, h) for h in HEADINGS[1:]]
    assert [n for n, _ in found] == sorted(n for n, _ in found)
    return found


def section_at(line: int) -> str:
    return [heading for start, heading in heading_lines() if start < line][-1]


def topic_patterns() -> dict[str, re.Pattern[str]]:
    """The spec's topics as whole-word, case-insensitive patterns (plural/possessive allowed)."""
    topics = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["topics"]
    patterns = {}
    for name, terms in topics.items():
        alternatives = [
            r"[\s\-]+".join(re.escape(word) for word in term.split()) + r"(?:s|es|'s|’s)?"
            for term in sorted(terms, key=len, reverse=True)
        ]
        patterns[name] = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.I)
    return patterns


def words(text: str) -> list[str]:
    return re.findall(r"\w+%?", text.casefold())


def in_order(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(word in remaining for word in needle)


def source_line(note: NoteView) -> int:
    """The line number the Source field names (exactly one `<file>:<line>` in it)."""
    found = re.findall(rf"{re.escape(SOURCE_NAME)}:(\d+)", strip_html(note.fields["Source"]))
    assert len(found) == 1, note.fields["Source"]
    return int(found[0])


def by_question(notes: list[NoteView]) -> dict[str, NoteView]:
    return {strip_html(n.fields["Question"]): n for n in notes}


# -- import ---------------------------------------------------------------------------------


def test_first_import_is_all_new_with_no_conflicts(sample: SampleBuild) -> None:
    assert sample.log.conflicting == []
    assert sample.log.duplicate == []
    assert sample.log.updated == []
    assert sample.log.new == sorted(n.guid for n in sample.notes)
    assert len(sample.notes) > 0


def test_no_two_notes_share_a_guid(sample: SampleBuild) -> None:
    duplicated = [g for g, count in Counter(sample.package_guids).items() if count > 1]
    assert duplicated == []
    assert sorted(sample.package_guids) == sorted(n.guid for n in sample.notes)


def test_check_database_is_ok(sample: SampleBuild) -> None:
    message, ok = sample.check
    assert ok, message


def test_summary_line_counts_match_the_imported_deck(sample: SampleBuild) -> None:
    match = _SUMMARY.search(sample.output)
    assert match, sample.output
    assert match["deck"] == DECK
    assert int(match["n"]) == len(sample.notes)
    for kind in KINDS:
        assert int(match[kind]) == len(of_kind(sample, kind)), kind
    assert (int(match["faq"]), int(match["table"]), int(match["takeaway"])) == (9, 12, 5)


def test_every_card_is_in_the_deck_and_renders(sample: SampleBuild) -> None:
    notes = {n.guid: n for n in sample.notes}
    assert sorted(c.note_guid for c in sample.cards) == sorted(notes)  # one card per note
    for card in sample.cards:
        note = notes[card.note_guid]
        question, answer = strip_html(card.question_html), strip_html(card.answer_html)
        assert card.deck == DECK
        assert card.ord == 0
        assert question, note.fields
        assert answer, note.fields
        if note.notetype == CLOZE:
            assert "[...]" in question, question
            assert uncloze(note.fields["Text"]) in answer
        else:
            assert strip_html(note.fields["Question"]) in question
            assert strip_html(note.fields["Answer"]) in answer


# -- what the deck holds --------------------------------------------------------------------


def test_exactly_the_five_key_takeaways(sample: SampleBuild) -> None:
    lines = source_lines()
    start = lines.index("Key Takeaways")
    bullets = [line.removeprefix("- ") for line in lines[start + 1 : start + 6]]
    assert all(line.startswith("- ") for line in lines[start + 1 : start + 6])
    takeaways = of_kind(sample, "takeaway")
    assert sorted(uncloze(n.fields["Text"]) for n in takeaways) == sorted(bullets)
    for note in takeaways:
        assert note.notetype == CLOZE
        assert {m[0] for m in _CLOZE.findall(note.fields["Text"])} == {"1"}  # one card
    # The hidden word is hidden wherever the bullet states it again.
    [dopamine] = [n for n in takeaways if uncloze(n.fields["Text"]).startswith("Dopamine fires")]
    assert [m[1] for m in _CLOZE.findall(dopamine.fields["Text"])] == ["prediction"] * 2
    # No other note repeats a bullet.
    others = [n for n in sample.notes if n not in takeaways]
    assert not [n for n in others if front(n) in bullets]


def test_six_table_rows_times_two_attributes(sample: SampleBuild) -> None:
    lines = source_lines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| Brain Region |"))
    header = [c.strip() for c in lines[start].strip("|").split("|")]
    rows = [
        [c.strip() for c in line.strip("|").split("|")] for line in lines[start + 2 : start + 8]
    ]
    assert lines[start + 8] == "nn" and len(rows) == 6 and len(header) == 3
    expected = {f"{row[0]} — {header[col]}": row[col] for row in rows for col in (1, 2)}
    tables = of_kind(sample, "table")
    assert all(n.notetype == QA for n in tables)
    got = {strip_html(n.fields["Question"]): strip_html(n.fields["Answer"]) for n in tables}
    assert len(tables) == 12
    assert got == expected


def test_nine_faqs_with_their_full_answers(sample: SampleBuild) -> None:
    lines = source_lines()
    start, end = lines.index("Frequently Asked Questions"), lines.index("From Reading to Rewiring")
    pairs = lines[start + 1 : end]
    assert len(pairs) == 20 and all(q.endswith("?") for q in pairs[::2])
    expected = dict(zip(pairs[::2], pairs[1::2], strict=True))
    assert next(iter(expected)) == BLURB_QUESTION
    del expected[BLURB_QUESTION]
    faqs = of_kind(sample, "faq")
    assert all(n.notetype == QA for n in faqs)
    got = {strip_html(n.fields["Question"]): strip_html(n.fields["Answer"]) for n in faqs}
    assert got == expected
    assert not [n for n in sample.notes if BLURB_QUESTION in front(n)]


def test_blurb_answered_faq_is_reported(sample: SampleBuild) -> None:
    warnings = [line for line in sample.output.splitlines() if line.startswith("  ")]
    assert [
        line
        for line in warnings
        if f"{SOURCE_NAME}:{line_of(BLURB_QUESTION)}:" in line
        and "warning" in line
        and f"'{BLURB_QUESTION}'" in line
    ], sample.output
    assert line_of(BLURB_QUESTION) == 77


@pytest.mark.parametrize("number", sorted(QUANTIFIED_CLAIMS))
def test_quantified_claim_clozes_exactly_the_number(sample: SampleBuild, number: str) -> None:
    marker = "{{c1::" + number + "}}"
    notes = [n for n in sample.notes if marker in n.fields.get("Text", "")]
    assert len(notes) == 1, [n.fields.get("Text") for n in sample.notes]
    [note] = notes
    assert note.notetype == CLOZE
    assert kind_of(note) == "claim"
    assert [m[1] for m in _CLOZE.findall(note.fields["Text"])] == [number]
    assert QUANTIFIED_CLAIMS[number] in uncloze(note.fields["Text"])


def test_no_cloze_shows_its_answer_elsewhere_on_the_front(sample: SampleBuild) -> None:
    """A hidden term the note states again is hidden there too ("lower the oxytocin baseline")."""
    for note in of_kind(sample, "takeaway") + of_kind(sample, "claim"):
        raw = note.fields["Text"]
        shown = uncloze(_CLOZE.sub(" ", raw))
        for answer in {m[1] for m in _CLOZE.findall(raw)}:
            pattern = rf"(?<!\w){re.escape(strip_html(answer))}(?!\w)"
            assert not re.search(pattern, shown, re.IGNORECASE), raw


# -- what never reaches a card --------------------------------------------------------------


def test_no_separator_token_in_any_field(sample: SampleBuild) -> None:
    for note in sample.notes:
        for name, value in note.fields.items():
            assert not re.search(r"\bnn\b", value), (name, value)
            assert not re.search(r"\bnn\b", strip_html(value)), (name, value)


def test_no_reference_entry_in_any_field(sample: SampleBuild) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    references = text[text.index("\nReferences\n") :]
    for fragment in REFERENCE_FRAGMENTS:
        assert references.count(fragment) == 1 and text.count(fragment) == 1, fragment
        for note in sample.notes:
            for value in note.fields.values():
                assert fragment not in strip_html(value), (fragment, note.fields)


def test_no_closing_blurb_in_any_field(sample: SampleBuild) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for blurb in BLURBS:
        assert blurb in text
        for note in sample.notes:
            for value in note.fields.values():
                assert blurb not in strip_html(value), (blurb, note.fields)


def test_pull_quote_fronts_at_most_one_note(sample: SampleBuild) -> None:
    assert SOURCE.read_text(encoding="utf-8").count(PULL_QUOTE) == 2
    assert len([n for n in sample.notes if PULL_QUOTE in front(n)]) <= 1
    assert len([n for n in sample.notes if PULL_QUOTE in content(n)]) <= 1


# -- sources and tags -----------------------------------------------------------------------


def test_every_note_names_title_section_and_line(sample: SampleBuild) -> None:
    lines = source_lines()
    for note in sample.notes:
        source = strip_html(note.fields["Source"])
        line = source_line(note)
        section = section_at(line)
        assert TITLE in source
        assert section in source, (section, source)
        text, kind = lines[line - 1], kind_of(note)
        if kind == "faq":
            assert text == strip_html(note.fields["Question"])
        elif kind == "table":
            row_key = strip_html(note.fields["Question"]).split(" — ")[0]
            assert text.startswith(f"| {row_key} |"), (text, note.fields["Question"])
        elif kind == "takeaway":
            assert text == "- " + uncloze(note.fields["Text"])
        else:
            assert in_order(words(uncloze(note.fields["Text"])), words(text)), (line, text)


def test_every_note_has_its_kind_source_section_and_spec_tags(sample: SampleBuild) -> None:
    lines = source_lines()
    for note in sample.notes:
        kinds = [t for t in note.tags if t.startswith("kind::")]
        assert len(kinds) == 1, note.tags
        kind = kinds[0].removeprefix("kind::")
        assert kind in KINDS
        assert note.notetype == NOTETYPE_OF_KIND[kind]
        assert [t for t in note.tags if t.startswith("source::")] == ["source::safety-not-desire"]
        assert "neuroscience" in note.tags and "relationships" in note.tags
        line = source_line(note)
        sections = [t for t in note.tags if t.startswith("section::")]
        assert sections == [f"section::{slug(section_at(line))}"], (sections, lines[line - 1])
    takeaways = of_kind(sample, "takeaway")
    assert {t for n in takeaways for t in n.tags if t.startswith("section::")} == {
        "section::key-takeaways"
    }
    assert all("section::frequently-asked-questions" in n.tags for n in of_kind(sample, "faq"))


def test_topic_tags_exactly_where_a_topic_term_occurs(sample: SampleBuild) -> None:
    patterns = topic_patterns()
    for note in sample.notes:
        text = content(note)
        expected = {f"topic::{name}" for name, pattern in patterns.items() if pattern.search(text)}
        got = {t for t in note.tags if t.startswith("topic::")}
        assert got == expected, text


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("Amygdala — Role in Sexual Response", {"amygdala"}, {"dopamine", "attachment"}),
        ("Amygdala — What Disrupts It", {"amygdala", "attachment"}, {"oxytocin"}),
        ("Hypothalamus — Role in Sexual Response", {"hypothalamus"}, {"dopamine", "stress"}),
        ("Hypothalamus — What Disrupts It", {"hypothalamus", "stress"}, {"dopamine"}),
        ("Insula — What Disrupts It", {"insula", "nervous-system"}, {"amygdala"}),
        (
            "Nucleus accumbens — What Disrupts It",
            {"nucleus-accumbens", "dopamine", "prediction-error"},
            {"amygdala"},
        ),
        (
            "How does stress affect sexual desire neurologically?",
            {"stress", "hypothalamus", "nervous-system", "amygdala", "prefrontal-cortex"},
            {"dopamine", "oxytocin", "trauma"},
        ),
    ],
)
def test_topic_tags_on_named_notes(
    sample: SampleBuild, question: str, present: set[str], absent: set[str]
) -> None:
    qa = by_question([n for n in sample.notes if n.notetype == QA])
    tags = set(qa[question].tags)
    assert {f"topic::{t}" for t in present} <= tags
    assert not {f"topic::{t}" for t in absent} & tags


def test_topic_tags_on_the_dopamine_takeaway(sample: SampleBuild) -> None:
    [note] = [
        n for n in of_kind(sample, "takeaway") if uncloze(n.fields["Text"]).startswith("Dopamine")
    ]
    topics = {t for t in note.tags if t.startswith("topic::")}
    assert topics == {"topic::dopamine", "topic::prediction-error"}
