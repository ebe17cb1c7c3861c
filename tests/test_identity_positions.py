"""Position is never part of a note's identity (DESIGN: Identity and regeneration).

A small article of the reference genre is built, imported into real Anki, and mapped
(kind, content) -> GUID. Then items are inserted, deleted and reordered, and sections swapped:
every note that survives must keep exactly its GUID, and new items must get GUIDs never used
before. Each variant is built twice: fresh (no ledger: identity from keys alone) and after the
base build (its ledger in place, as a user rebuilding would). Builds are deterministic, and
GUIDs are namespaced by the spec's `id:`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from ankitools import AnkiCollection, NoteView, strip_html
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.notes import NoteKind
from docdeck.pipeline import plan_deck
from docdeck.spec import default_spec, load_spec

REMOVED_TAG = "docdeck::removed"
HEADER = ("Stage", "Main Function", "Typical Share")
Key = tuple[str, str]  # (kind, what the card asks, as plain text)


@dataclass(frozen=True)
class Article:
    """A plain-text article: title, lead, Key Takeaways, a table, prose, FAQs (in `order`)."""

    lead: tuple[str, ...] = (
        "About 30% of adults build up a measurable sleep debt during a normal working week.",
    )
    takeaways: tuple[str, ...] = (
        "Sleep debt builds silently across consecutive short nights of rest",
        "Recovery sleep restores alertness faster than caffeine or willpower",
        "Consistent wake times anchor the circadian rhythm more than bedtimes",
    )
    rows: tuple[tuple[str, str, str], ...] = (
        ("N1", "Transition from wakefulness into light sleep", "About 5% of the night"),
        ("N2", "Memory consolidation through sleep spindles", "About 45% of the night"),
        ("N3", "Deep restorative slow-wave sleep and tissue repair", "About 20% of the night"),
        ("REM", "Dreaming and emotional memory processing", "About 25% of the night"),
    )
    prose: tuple[str, ...] = (
        "Roughly 40% of adults report sleeping less than seven hours on work nights.",
        "Sleep debt is repaid by consistent nights of sleep, not by a single long lie-in.",
    )
    faqs: tuple[tuple[str, str], ...] = (
        (
            "How much sleep do adults need?",
            "Most adults need seven to nine hours of sleep each night to function well.",
        ),
        (
            "Can you catch up on lost sleep over the weekend?",
            "Weekend recovery sleep repays part of the debt but does not fully restore attention.",
        ),
        (
            "Does caffeine replace lost sleep?",
            "Caffeine masks sleepiness for a few hours but never repays the underlying debt.",
        ),
    )
    order: tuple[str, ...] = ("takeaways", "table", "prose", "faq")
    title: str = field(default="Sleep Debt and How to Repay It")

    def text(self) -> str:
        lines = [self.title, "nn"]
        for paragraph in self.lead:
            lines += [paragraph, "nn"]
        for section in self.order:
            lines += getattr(self, f"_{section}")()
        return "\n".join(lines) + "\n"

    def _takeaways(self) -> list[str]:
        return ["Key Takeaways", *(f"- {t}" for t in self.takeaways), "nn"]

    def _table(self) -> list[str]:
        rows = [f"| {' | '.join(row)} |" for row in (HEADER, *self.rows)]
        return ["How Sleep Stages Work", "nn", rows[0], "|---|---|---|", *rows[1:], "nn"]

    def _prose(self) -> list[str]:
        lines = ["Why Short Nights Add Up", "nn"]
        for paragraph in self.prose:
            lines += [paragraph, "nn"]
        return lines

    def _faq(self) -> list[str]:
        lines = ["Frequently Asked Questions"]
        for question, answer in self.faqs:
            lines += [question, answer]
        return [*lines, "nn"]


BASE = Article()

NEW_FAQ = ("Do short naps help with sleep debt?", "Naps of twenty minutes cut sleepiness fast.")
NEW_ROW = ("Wake", "Brief awakenings between sleep cycles", "Under 5% of the night")
NEW_TAKEAWAY = "Naps shorter than twenty minutes avoid the grogginess of deep sleep"
NEW_PROSE = "About 35% of adults in national surveys say they feel tired on most days."


def faq_key(question: str) -> Key:
    return ("faq", question)


def row_keys(row: tuple[str, str, str]) -> set[Key]:
    return {("table", f"{row[0]} — {HEADER[col]}") for col in (1, 2)}


def takeaway_key(text: str) -> Key:
    return ("takeaway", text)


@dataclass(frozen=True)
class Variant:
    article: Article
    removed: frozenset[Key] = frozenset()
    added: frozenset[Key] = frozenset()


def _variants() -> dict[str, Variant]:
    b = BASE
    return {
        "insert-faq-first": Variant(
            replace(b, faqs=(NEW_FAQ, *b.faqs)), added=frozenset({faq_key(NEW_FAQ[0])})
        ),
        "insert-row-at-top": Variant(
            replace(b, rows=(NEW_ROW, *b.rows)), added=frozenset(row_keys(NEW_ROW))
        ),
        "insert-takeaway-first": Variant(
            replace(b, takeaways=(NEW_TAKEAWAY, *b.takeaways)),
            added=frozenset({takeaway_key(NEW_TAKEAWAY)}),
        ),
        "insert-paragraph-at-top": Variant(
            replace(b, lead=(NEW_PROSE, *b.lead)), added=frozenset({("claim", NEW_PROSE)})
        ),
        "delete-faq": Variant(
            replace(b, faqs=(b.faqs[0], b.faqs[2])), removed=frozenset({faq_key(b.faqs[1][0])})
        ),
        "delete-row": Variant(
            replace(b, rows=(b.rows[0], b.rows[1], b.rows[3])),
            removed=frozenset(row_keys(b.rows[2])),
        ),
        "delete-takeaway": Variant(
            replace(b, takeaways=(b.takeaways[1], b.takeaways[2])),
            removed=frozenset({takeaway_key(b.takeaways[0])}),
        ),
        "reorder-faqs": Variant(replace(b, faqs=(b.faqs[2], b.faqs[0], b.faqs[1]))),
        "reorder-rows": Variant(replace(b, rows=tuple(reversed(b.rows)))),
        "reorder-takeaways": Variant(replace(b, takeaways=tuple(reversed(b.takeaways)))),
        "swap-table-and-prose-sections": Variant(
            replace(b, order=("takeaways", "prose", "table", "faq"))
        ),
        "swap-takeaways-and-faq-sections": Variant(
            replace(b, order=("faq", "table", "prose", "takeaways"))
        ),
    }


VARIANTS = _variants()


# -- building and reading back ----------------------------------------------------------------

_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}", re.DOTALL)


def key_of(note: NoteView) -> Key:
    [kind] = [t.removeprefix("kind::") for t in note.tags if t.startswith("kind::")]
    if "Text" in note.fields:
        return (kind, strip_html(_CLOZE.sub(lambda m: m.group(1), note.fields["Text"])))
    return (kind, strip_html(note.fields["Question"]))


@dataclass(frozen=True)
class Imported:
    live: dict[Key, str]
    """(kind, content) -> GUID of every live note."""
    tombstones: frozenset[str]
    """GUIDs of notes re-emitted as removed."""


def build(source: Path, out: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return result.output


def import_guids(package: Path, where: Path) -> Imported:
    with AnkiCollection(where) as anki:
        log = anki.import_apkg(package)
        notes = anki.notes()
        ok = anki.check_database()[1]
    assert ok
    assert (log.conflicting, log.duplicate, log.updated) == ([], [], [])
    live = [n for n in notes if REMOVED_TAG not in n.tags]
    keys = [key_of(n) for n in live]
    assert len(set(keys)) == len(keys), keys  # content identifies a note within a build
    tombstones = frozenset(n.guid for n in notes if REMOVED_TAG in n.tags)
    return Imported({key_of(n): n.guid for n in live}, tombstones)


def build_and_import(article: Article, folder: Path) -> Imported:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "sleep-debt.txt"
    source.write_text(article.text(), encoding="utf-8")
    out = folder / "out" / "sleep-debt.apkg"
    build(source, out)
    return import_guids(out, folder / "anki")


@pytest.fixture
def base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Imported:
    monkeypatch.chdir(tmp_path)
    return build_and_import(BASE, tmp_path / "base")


def test_base_article_yields_every_item(base: Imported) -> None:
    expected = (
        {faq_key(q) for q, _ in BASE.faqs}
        | {k for row in BASE.rows for k in row_keys(row)}
        | {takeaway_key(t) for t in BASE.takeaways}
    )
    assert expected <= set(base.live)
    claims = {content for kind, content in base.live if kind == "claim"}
    assert claims == {*BASE.lead, *BASE.prose}
    assert len(set(base.live.values())) == len(base.live)
    assert base.tombstones == frozenset()


def check_variant(base: Imported, variant: Variant, got: Imported) -> None:
    assert variant.removed <= set(base.live) and not variant.added & set(base.live)
    surviving = {key: guid for key, guid in base.live.items() if key not in variant.removed}
    assert set(got.live) == set(surviving) | variant.added
    moved = {key: (guid, got.live[key]) for key, guid in surviving.items() if got.live[key] != guid}
    assert moved == {}, "GUID changed for notes that survived the edit"
    new_guids = [got.live[key] for key in variant.added]
    assert not set(new_guids) & set(base.live.values()), "a new item reuses an old GUID"
    assert len(set(got.live.values())) == len(got.live)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_fresh_build_keeps_guids_of_surviving_notes(
    base: Imported, tmp_path: Path, name: str
) -> None:
    variant = VARIANTS[name]
    got = build_and_import(variant.article, tmp_path / "variant")
    check_variant(base, variant, got)
    assert got.tombstones == frozenset()


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_rebuild_with_ledger_keeps_guids_of_surviving_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    variant = VARIANTS[name]
    source = tmp_path / "sleep-debt.txt"
    out = tmp_path / "out" / "sleep-debt.apkg"
    source.write_text(BASE.text(), encoding="utf-8")
    build(source, out)
    base = import_guids(out, tmp_path / "anki-base")
    source.write_text(variant.article.text(), encoding="utf-8")
    build(source, out)
    got = import_guids(out, tmp_path / "anki-variant")
    check_variant(base, variant, got)
    # A removed item is flagged under its old GUID, never given to another note.
    assert got.tombstones == {base.live[key] for key in variant.removed}


def test_same_input_gives_same_guids_across_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = build_and_import(BASE, tmp_path / "one")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    second = build_and_import(BASE, tmp_path / "two")
    assert first.live == second.live


def test_plan_guids_do_not_depend_on_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "sleep-debt.txt"
    source.write_text(BASE.text(), encoding="utf-8")
    early = plan_deck(default_spec(source), 1_700_000_000)
    late = plan_deck(default_spec(source), 1_800_000_000)
    assert [(n.kind, n.guid) for n in early.notes] == [(n.kind, n.guid) for n in late.notes]
    kinds = {n.kind for n in early.notes}
    assert kinds == {NoteKind.FAQ, NoteKind.TABLE, NoteKind.TAKEAWAY, NoteKind.CLAIM}


SPEC = """\
deck: "{deck}"
id: {ident}
sources: [sleep-debt.txt]
tags: [sleep]
topics:
  caffeine: [caffeine]
"""


def write_spec(folder: Path, name: str, deck: str, ident: str) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(SPEC.format(deck=deck, ident=ident), encoding="utf-8")
    return path


def test_spec_id_namespaces_guids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sleep-debt.txt").write_text(BASE.text(), encoding="utf-8")
    alpha = write_spec(tmp_path, "alpha", "Sleep::Alpha", "alpha")
    beta = write_spec(tmp_path, "beta", "Sleep::Beta", "beta")
    again = write_spec(tmp_path, "alpha-again", "Sleep::Alpha again", "alpha")

    def plan(path: Path) -> list[tuple[NoteKind, str]]:
        return [
            (n.kind, n.guid) for n in plan_deck(load_spec(path, path.name), 1_700_000_000).notes
        ]

    a, b, a2 = plan(alpha), plan(beta), plan(again)
    assert sorted(kind.value for kind, _ in a) == sorted(kind.value for kind, _ in b)
    assert not {guid for _, guid in a} & {guid for _, guid in b}
    assert a2 == a  # the namespace is the id, not the spec's file or deck name

    # Both decks in one collection: the second import adds every note, touches none.
    with AnkiCollection(tmp_path / "anki") as anki:
        build(alpha, tmp_path / "alpha.apkg")
        build(beta, tmp_path / "beta.apkg")
        first = anki.import_apkg(tmp_path / "alpha.apkg")
        second = anki.import_apkg(tmp_path / "beta.apkg")
        assert len(first.new) == len(second.new) == len(a)
        assert (second.updated, second.duplicate, second.conflicting) == ([], [], [])
        assert len(anki.notes()) == 2 * len(a)


def test_variants_really_change_the_source() -> None:
    texts = {name: variant.article.text() for name, variant in VARIANTS.items()}
    assert len(set(texts.values())) == len(texts)
    assert BASE.text() not in texts.values()
