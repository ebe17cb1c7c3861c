"""Study sets: tag queries in Anki's syntax select exactly what Anki's own search selects, each
set is its own package with the main deck's GUIDs, and `docdeck tags` shows the tag tree."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner

from docdeck.cli import main
from docdeck.selection import QueryError, parse_query

ROOT = Path(__file__).resolve().parent.parent
SPEC = """\
deck: "Neuroscience of Intimacy::Safety, not Desire"
sources: [sources/safety-not-desire.txt]
tags: [neuroscience]
topics:
  amygdala: [amygdala]
  dopamine: [dopamine, dopaminergic]
  oxytocin: [oxytocin]
tag_rules:
  - kind: faq
    tags: [exam::week3]
  - text: "*prediction*"
    tags: [exam::week4]
sets:
  faq-only: "tag:kind::faq"
  neurochemistry: "(tag:topic::dopamine OR tag:topic::oxytocin) -tag:kind::table"
  takeaways: {query: "tag:section::key-*", deck: "Intimacy Review::Takeaways"}
"""
# Query → the exact number of sample-deck notes it selects.
QUERIES = {
    "tag:source::safety-not-desire": 34,
    "tag:kind::table": 12,
    "tag:section::frequently-asked-questions": 9,
    "tag:topic::amygdala": 11,
    "tag:exam": 12,
    "tag:exam::week3": 9,
    "-tag:kind::claim": 26,
    "(tag:topic::dopamine OR tag:topic::oxytocin) -tag:kind::table": 9,
    "tag:section::key-*": 5,
    "tag:topic::*": 17,
    "tag:kind::faq tag:topic::oxytocin": 2,
    "tag:neuroscience AND -tag:topic::*": 17,
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sets")
    (root / "decks" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "decks/sources/safety-not-desire.txt", root / "decks/sources")
    (root / "decks" / "sample.yaml").write_text(SPEC)
    return root


def _invoke(project: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["build", str(project / "decks/sample.yaml"), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def anki_main(project: Path, tmp_path_factory: pytest.TempPathFactory) -> AnkiCollection:
    _invoke(project, "-o", str(project / "main.apkg"))
    anki = AnkiCollection(tmp_path_factory.mktemp("anki"))
    anki.import_apkg(project / "main.apkg")
    return anki


@pytest.mark.parametrize("query", QUERIES)
def test_query_selects_what_anki_search_selects(
    query: str, project: Path, anki_main: AnkiCollection
) -> None:
    notes = anki_main.notes()
    ours = {notes[i].guid for i in parse_query(query).select(n.tags for n in notes)}
    theirs = {anki_main.col.get_note(nid).guid for nid in anki_main.col.find_notes(query)}
    assert ours == theirs
    assert len(ours) == QUERIES[query]


@pytest.mark.parametrize(
    "query", [*list(QUERIES)[:6], "(tag:topic::dopamine OR tag:exam) -tag:kind::table"]
)
def test_ad_hoc_set_imports_with_exactly_its_notes(
    query: str, project: Path, anki_main: AnkiCollection, tmp_path: Path
) -> None:
    out = tmp_path / "set.apkg"
    output = _invoke(project, "--tag", query, "-o", str(out))
    expected = {n.guid: n for n in anki_main.notes() if n.guid in _selected(anki_main, query)}
    assert f": {len(expected)} notes; in Anki: " in output
    with AnkiCollection(tmp_path / "fresh") as anki:
        log = anki.import_apkg(out)
        assert sorted(log.new) == sorted(expected)
        for note in anki.notes():
            assert note.tags == expected[note.guid].tags
            assert note.fields == expected[note.guid].fields


def _selected(anki: AnkiCollection, query: str) -> set[str]:
    return {anki.col.get_note(nid).guid for nid in anki.col.find_notes(query)}


def test_spec_sets_are_written_beside_the_deck_with_their_anki_search(
    project: Path, anki_main: AnkiCollection, tmp_path: Path
) -> None:
    output = _invoke(project, "-o", str(tmp_path / "sample.apkg")).splitlines()
    deck = 'deck:"Neuroscience of Intimacy::Safety, not Desire"'
    sets = [line for line in output if line.startswith("  set → ")]
    assert [line.split(": ", 1)[1] for line in sets] == [
        f"9 notes; in Anki: {deck} (tag:kind::faq)",
        f"9 notes; in Anki: {deck} ((tag:topic::dopamine OR tag:topic::oxytocin) -tag:kind::table)",
        f"5 notes; in Anki: {deck} (tag:section::key-*)",
    ]
    with AnkiCollection(tmp_path / "fresh") as anki:
        anki.import_apkg(tmp_path / "sample--takeaways.apkg")
        assert {card.deck for card in anki.cards()} == {"Intimacy Review::Takeaways"}
        assert len(anki.notes()) == 5


def test_main_deck_then_a_set_adds_no_duplicates(project: Path, tmp_path: Path) -> None:
    _invoke(project, "-o", str(tmp_path / "sample.apkg"))
    with AnkiCollection(tmp_path / "anki") as anki:
        first = anki.import_apkg(tmp_path / "sample.apkg")
        cards = {card.id: card.deck for card in anki.cards()}
        log = anki.import_apkg(tmp_path / "sample--neurochemistry.apkg")
        assert log.new == [] and log.conflicting == [] and log.updated == []
        assert len(log.duplicate) == 9
        assert set(log.duplicate) <= set(first.new)
        assert {card.id: card.deck for card in anki.cards()} == cards  # nothing moved
        assert len(anki.notes()) == len(first.new)


def test_a_set_selecting_nothing_is_an_error(project: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(project / "decks/sample.yaml"), "--tag", "tag:topic::nothing"]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: {project / 'decks/sample.yaml'}: study set 'tag:topic::nothing' selects no"
        " notes; run 'docdeck tags' to see the tags there are"
    ]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("tag:a OR", "'OR' at column 7 must stand between two search terms"),
        ("(tag:a", "'(' at column 1 has no matching ')'"),
        ("tag:a)", "')' at column 6 has no matching '('"),
        ("deck:x", "'deck:x' at column 1 is not a tag search (docdeck selects by tag:… only)"),
        ("tag:", "'tag:' at column 1 names no tag"),
        ("tag:a -", "'-' at column 7 must be followed by a search term"),
    ],
)
def test_invalid_queries_point_at_the_token(query: str, message: str) -> None:
    with pytest.raises(QueryError) as error:
        parse_query(query)
    assert str(error.value) == (
        f"invalid query '{query}': {message}; use tag:NAME, -tag:NAME, OR, and parentheses,"
        " as in Anki's search"
    )


def test_tags_prints_the_tag_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "tests/data/golden/credit-scores.md", tmp_path)
    (tmp_path / "credit.yaml").write_text(
        "deck: Credit\nsources: [credit-scores.md]\ntags: [finance]\n"
        "topics:\n  utilization: [credit utilization, utilization]\n"
    )
    result = CliRunner().invoke(main, ["tags", "credit.yaml"])
    assert result.exit_code == 0, result.output
    assert result.output == TAG_TREE


TAG_TREE = """\
credit.yaml: 22 notes
  finance                                                             22
  kind                                                                22
    claim                                                              4
    faq                                                                3
    table                                                             10
    takeaway                                                           5
  section                                                             22
    does-checking-your-own-score-lower-it                              1
    frequently-asked-questions                                         3
    how-credit-scores-are-calculated-and-what-actually-moves-them      1
    summary                                                            5
    the-five-factors-behind-a-fico-score                              11
    why-does-your-credit-score-matter                                  1
  source                                                              22
    credit-scores                                                     22
  topic                                                                4
    utilization                                                        4
"""
