"""A seeded corpus of reference-genre articles for the benchmark, in Markdown or plain text.

Each document has a title, a lead paragraph with one percentage claim, a "Key Takeaways" list of
four bullets (each with a number or a contrast), two body sections of prose, one pipe table with
a header and 6 rows × 3 columns, a "Frequently Asked Questions" section of 8 question/answer
pairs and a References list. Body prose is written to hold no firm statement (no number,
contrast or definition), so what docdeck makes of a document is fixed:

    8 faq + 6 rows × 2 non-key columns (12 table) + 4 takeaway + 1 claim (the lead) = 25 notes

(`table_columns=2` gives a 6 × 2 table and 19 notes per document.) Every document is drawn from
its own RNG, `Random(f"{seed}:{index}")`, so a corpus of 100 starts with the corpus of 10, and
each gets a distinct invented name that its title, questions and row keys carry.

    python tests/bench/corpus.py DIR -n 100 --fmt md --seed 1

writes DIR/sources/doc-00000.md … and the deck spec DIR/bench.yaml (`sources: [sources/*.md]`).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

NOTES_PER_DOCUMENT = {3: 25, 2: 19}
SPEC_NAME = "bench.yaml"
SOURCE_DIR = "sources"

_ONSETS = "b c d f g h k l m n p r s t v z br cr dr fl gr kr pl pr st tr th sh".split()
_VOWELS = "a e i o u ai ea io ou".split()
_CODAS = "n r l s x m nd rn st".split()

PRACTICES = (
    "short walks after meals, cold showers, slow nasal breathing, interval rowing, afternoon "
    "naps, reading aloud, resistance bands, morning light exposure, standing desks, journaling "
    "before bed, stair climbing, mobility drills, spaced study sessions, balance training, tai "
    "chi, box breathing, zone two cycling, hill sprints, foam rolling, grip training"
).split(", ")
OUTCOMES = (
    "recovery, focus, sleep quality, blood pressure, working memory, resting heart rate, mood, "
    "posture, insulin sensitivity, reaction time, joint stiffness, lung capacity, bone density,"
    " stress resilience, endurance"
).split(", ")
POPULATIONS = (
    "office workers, older adults, students, recreational runners, night-shift nurses, new "
    "parents, desk-bound programmers, retirees, amateur cyclists, teachers, warehouse staff, "
    "long-haul drivers, competitive swimmers, musicians"
).split(", ")
MECHANISMS = (
    "vagal tone, glycogen storage, circadian timing, muscle spindle feedback, capillary growth,"
    " cortisol rhythm, synaptic consolidation, tendon stiffness, mitochondrial density, "
    "baroreceptor sensitivity, lymphatic drainage, motor learning"
).split(", ")
MYTHS = (
    "willpower, genetics, expensive equipment, long sessions, strict diets, early rising, "
    "supplements, talent, perfect technique, heroic effort"
).split(", ")
ADJECTIVES = (
    "gentle, daily, structured, brief, progressive, steady, guided, paired, evening, weekend, "
    "seated, outdoor, supervised, solo, weighted, timed"
).split(", ")
FORMATS = ("sessions, routines, protocols, blocks, circuits, drills, habits, cycles").split(", ")
EFFECTS = (
    "modest gains, clear gains, small early gains, steady gains, little change, large gains, "
    "gains after a delay, gains that fade without practice"
).split(", ")
ORGS = (
    "university, hospital, national health institute, sports science lab, sleep clinic, public "
    "health agency, rehabilitation centre, research consortium"
).split(", ")
SURNAMES = (
    "Okafor, Lindqvist, Moreau, Tanaka, Alvarez, Kowalski, Haddad, Brennan, Nguyen, Rossi, "
    "Schmidt, Adeyemi, Novak, Fischer, Iyer, Castillo"
).split(", ")
JOURNALS = (
    "Journal of Applied Physiology, Sleep Medicine Reviews, Sports Medicine, Journal of "
    "Behavioral Health, Annals of Lifestyle Research, Preventive Medicine"
).split(", ")
VERBS = ["improve", "raise", "lift", "boost", "strengthen", "sharpen"]
HEADING_OPENERS = (
    "How {name} Works, Where {name} Came From, Building a {name} Routine, What Research on "
    "{name} Shows, Common Mistakes With {name}, Making {name} Stick, Who Benefits From {name}, "
    "Measuring Progress With {name}"
).split(", ")
# Prose with no number, contrast or definition: docdeck makes no claim of it.
PROSE = [
    "Coaches who work with {pop} often describe {name} as a patient habit that rewards "
    "consistency.",
    "Most people start {practice} with enthusiasm and then drift away when the first week gets "
    "busy.",
    "The effect on {outcome} builds slowly, which makes it easy to overlook in the early days.",
    "Researchers link the change to {mechanism}, which adapts when the body meets a familiar "
    "demand again and again.",
    "A simple log of each session helps people notice how their {outcome} responds over a season.",
    "Many {pop} find that pairing {practice} with an existing routine makes it far easier to keep.",
    "Small adjustments to timing and setting usually matter more than the equipment people buy.",
    "Friends and family often notice the difference in {outcome} before the person practising "
    "does.",
    "When {pop} describe their progress, they tend to mention calmer evenings and steadier energy.",
    "Clinicians recommend starting gently and adding effort only when the current level feels "
    "comfortable.",
    "Sessions that feel almost too easy tend to be the ones people are still doing months later.",
    "The {name} approach grew out of observations in a {org} where staff tracked {outcome} "
    "closely.",
    "People who travel often keep the habit by shrinking each session when the schedule gets "
    "tight.",
    "Progress rarely follows a straight line, and a flat week usually says little about the month.",
]
QUESTIONS = [
    (
        "How long does {name} take to change {outcome}?",
        "Most people who practise it regularly notice a change within a few weeks. The first signs "
        "are usually subtle, and they become clearer with steady practice.",
    ),
    (
        "Is {name} safe for {pop}?",
        "It is considered safe for most {pop} when started gently. Anyone with a medical condition "
        "should check with a clinician before changing their routine.",
    ),
    (
        "Do I need special equipment for {name}?",
        "No special equipment is needed to begin. A quiet space, comfortable clothing and a simple "
        "way to keep track of sessions are enough.",
    ),
    (
        "Can {name} replace {practice}?",
        "It works best alongside {practice} rather than instead of it. The two support "
        "{outcome} through different routes and combine well.",
    ),
    (
        "What time of day is best for {name}?",
        "Any time that fits the day reliably is a good time. People who tie it to an existing "
        "habit, such as a meal or a commute, keep it up longer.",
    ),
    (
        "Why does {name} affect {mechanism}?",
        "Repeating the same gentle demand gives {mechanism} a reason to adapt. The body treats the "
        "regular signal as something worth preparing for.",
    ),
    (
        "How often should {pop} practise {name}?",
        "Short, frequent sessions work better than occasional long ones. Most programmes suggest "
        "practising on most days of the week.",
    ),
    (
        "What should I do if I miss a week of {name}?",
        "Pick it up again at a slightly easier level. A missed week costs little, while trying to "
        "make up for it all at once invites soreness.",
    ),
    (
        "Does {name} help with {outcome} in older age?",
        "Older adults respond well, though changes can take longer to appear. Starting gently and "
        "progressing slowly keeps the practice comfortable.",
    ),
    (
        "How do I know whether {name} is working?",
        "Keep a short log of {outcome} and review it every few weeks. Trends over a month say far "
        "more than any single session.",
    ),
    (
        "Who developed the {name} approach?",
        "It grew out of work at a {org} that followed {pop} over several seasons. The method was "
        "refined as more groups tried it.",
    ),
    (
        "Is {name} better in a group or alone?",
        "Both work, and the right choice depends on temperament. Groups help with motivation, "
        "while practising alone makes scheduling easier.",
    ),
]


@dataclass(frozen=True)
class Article:
    """One generated document, format-neutral."""

    title: str
    lead: list[str]
    takeaways: list[str]
    sections: list[tuple[str, list[str]]]
    table_heading: str
    table: list[list[str]]  # header first
    faqs: list[tuple[str, str]]
    references: list[str]


def _title(words: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in words.split())


def _name(rng: random.Random, taken: set[str]) -> str:
    """An invented, unique, pronounceable name ("Trealorn")."""
    while True:
        syllables = rng.choice((2, 2, 3))
        parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
        word = ("".join(parts) + rng.choice(_CODAS)).capitalize()
        if word not in taken:
            taken.add(word)
            return word


def article(index: int, seed: int, taken: set[str], table_columns: int = 3) -> Article:
    """The document at `index`: the same index and seed always give the same text."""
    rng = random.Random(f"{seed}:{index}")
    name = _name(rng, taken)
    practice, other = rng.sample(PRACTICES, 2)
    outcome, outcome2 = rng.sample(OUTCOMES, 2)
    pop, pop2 = rng.sample(POPULATIONS, 2)
    mechanism = rng.choice(MECHANISMS)
    myth, myth2 = rng.sample(MYTHS, 2)
    org = rng.choice(ORGS)
    fill = {
        "name": name,
        "practice": other,
        "outcome": outcome,
        "pop": pop,
        "mechanism": mechanism,
        "org": org,
    }
    verb = rng.choice(VERBS)
    title = f"The {name} Method: How {_title(practice)} Can {verb.title()} {_title(outcome)}"
    pct, weeks = rng.randint(11, 64), rng.randint(3, 16)
    lead = [
        f"Regular {practice} can {verb} {outcome} by about {pct}% in {pop} within {weeks} weeks.",
        f"The {name} method turns that finding into a routine that fits an ordinary day.",
        f"Here is what the research says, how the method works, and how {pop2} can start.",
    ]
    takeaways = [
        f"About {rng.randint(52, 91)}% of {pop} who follow the {name} method keep it up for "
        f"{rng.randint(3, 12)} months",
        f"{name} works through {mechanism}, not {myth}",
        f"{rng.randint(2, 6)} short sessions a week improve {outcome2} more than one long session",
        f"Progress depends on consistency, not {myth2}",
    ]
    sentences = [s.format(**fill) for s in rng.sample(PROSE, 8)]
    headings = [h.format(name=name) for h in rng.sample(HEADING_OPENERS, 2)]
    sections = [
        (headings[0], [" ".join(sentences[0:2]), " ".join(sentences[2:4])]),
        (headings[1], [" ".join(sentences[4:6]), " ".join(sentences[6:8])]),
    ]
    header = [f"{name} Format", f"Effect on {outcome.capitalize()}", "Typical Dose"][:table_columns]
    keys: list[str] = []
    while len(keys) < 6:
        key = f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(FORMATS)}"
        if key not in keys:
            keys.append(key)
    rows = [
        [
            key,
            f"{rng.choice(EFFECTS).capitalize()} in {rng.choice(POPULATIONS)}",
            f"{rng.randint(2, 7)} × {rng.choice((5, 10, 15, 20, 30, 45))} minutes a week",
        ][:table_columns]
        for key in keys
    ]
    faqs = [(q.format(**fill), a.format(**fill)) for q, a in rng.sample(QUESTIONS, 8)]
    references = []
    for _ in range(3):
        author = rng.choice(SURNAMES)
        references.append(
            f"{author}, {rng.choice('ABCDEFGHJKLMNPRST')}. ({rng.randint(1995, 2024)}). "
            f"{practice.capitalize()} and {rng.choice(OUTCOMES)} in {rng.choice(POPULATIONS)}. "
            f"{rng.choice(JOURNALS)}, {rng.randint(5, 60)}({rng.randint(1, 12)}), "
            f"{rng.randint(100, 900)}–{rng.randint(901, 999)}."
        )
    return Article(title, lead, takeaways, sections, headings[1], [header, *rows], faqs, references)


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(table: list[list[str]]) -> list[str]:
    header, *rows = table
    return [_pipe(header), "|" + "---|" * len(header), *(_pipe(row) for row in rows)]


def markdown(doc: Article) -> str:
    lines = [f"# {doc.title}", "", " ".join(doc.lead), "", "## Key Takeaways", ""]
    lines += [f"- {item}" for item in doc.takeaways]
    for heading, paragraphs in doc.sections:
        lines += ["", f"## {heading}"]
        for paragraph in paragraphs:
            lines += ["", paragraph]
        if heading == doc.table_heading:
            lines += ["", *_table(doc.table)]
    lines += ["", "## Frequently Asked Questions"]
    for question, answer in doc.faqs:
        lines += ["", f"### {question}", "", answer]
    lines += ["", "## References", ""]
    lines += [f"- {ref}" for ref in doc.references]
    return "\n".join(lines) + "\n"


def plain_text(doc: Article) -> str:
    lines = [doc.title, "", " ".join(doc.lead), "", "Key Takeaways"]
    lines += [f"- {item}" for item in doc.takeaways]
    for heading, paragraphs in doc.sections:
        lines += ["", heading]
        for paragraph in paragraphs:
            lines += ["", paragraph]
        if heading == doc.table_heading:
            lines += ["", *_table(doc.table)]
    lines += ["", "Frequently Asked Questions"]
    for question, answer in doc.faqs:
        lines += ["", question, answer]
    lines += ["", "References"]
    lines += [f"- {ref}" for ref in doc.references]
    return "\n".join(lines) + "\n"


def source_name(index: int, fmt: str) -> str:
    return f"doc-{index:05d}.{fmt}"


def generate(
    directory: Path | str, n: int, fmt: str = "md", seed: int = 1, table_columns: int = 3
) -> Path:
    """Write n documents into directory/sources/ and the deck spec; return the spec's path."""
    if fmt not in ("md", "txt"):
        raise ValueError(f"fmt must be 'md' or 'txt', not {fmt!r}")
    if table_columns not in NOTES_PER_DOCUMENT:
        raise ValueError("table_columns must be 2 or 3")
    root = Path(directory)
    sources = root / SOURCE_DIR
    sources.mkdir(parents=True, exist_ok=True)
    render = markdown if fmt == "md" else plain_text
    taken: set[str] = set()
    for index in range(n):
        text = render(article(index, seed, taken, table_columns))
        (sources / source_name(index, fmt)).write_text(text, encoding="utf-8")
    spec = root / SPEC_NAME
    spec.write_text(
        f'deck: "Bench::{fmt}-{n}"\n'
        f"id: bench-{fmt}-{n}\n"
        f'sources: ["{SOURCE_DIR}/*.{fmt}"]\n'
        "tags: [bench]\n",
        encoding="utf-8",
    )
    return spec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("-n", type=int, default=10, help="number of documents")
    parser.add_argument("--fmt", choices=("md", "txt"), default="md")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--table-columns", type=int, choices=(2, 3), default=3)
    args = parser.parse_args()
    spec = generate(args.directory, args.n, args.fmt, args.seed, args.table_columns)
    print(f"{spec}: {args.n} {args.fmt} documents")


if __name__ == "__main__":
    main()
