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
  - kind: takeaway
    tags: [study_guide]
  - kind: claim
    tags: [study-guide]
  - key: "*/what disrupts it"
    tags: [rule::key-glob]
  - key: "SAFETY-NOT-DESIRE:faq:how does*"
    tags: [rule::identity-glob]
  - key: "Can emotional disconnection cause sexual problems?"
    tags: [rule::as-it-reads]
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
    # Escapes, quotes, `re:` and `nc:` as Anki's browser reads them: `_` is a wildcard, `\_` is
    # not, so `study_guide` also finds `study-guide`.
    "tag:study_guide": 13,
    r"tag:study\_guide": 5,
    r'tag:"study\_guide"': 5,
    r'"tag:study\_guide"': 5,
    r"tag:STUDY\_*": 5,
    r"tag:study\-guide": 8,
    r"tag:nc:study\_guide": 5,
    r"-tag:study\_guide -tag:study\-guide": 21,
    r"tag:rule\:\:key-glob": 6,
    "tag:re:^study_guide$": 5,
    "tag:re:guide$": 13,
    "tag:re:^$": 34,  # Anki also tests the empty text before the first tag
    # `key:` conditions: a glob over the key or the identity, or the question as it reads.
    "tag:rule::key-glob": 6,
    "tag:rule::identity-glob": 2,
    "tag:rule::as-it-reads": 1,
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


ESCAPES = 'a backslash escapes only \\ " * _ : ( ) -; write \\\\ for a backslash'
USE = "use tag:NAME, -tag:NAME, OR, and parentheses, as in Anki's search"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        pytest.param(
            r"tag:a\x",
            rf"'tag:a\x' at column 1 has '\x', an escape Anki does not know; {ESCAPES}",
            id="unknown-escape",
        ),
        pytest.param(
            "tag:a\\", f"'\\' at column 6 escapes nothing; {ESCAPES}", id="trailing-backslash"
        ),
        pytest.param(
            'tag:"a', f"'\"' at column 5 opens a quote that is never closed; {USE}", id="quote"
        ),
        pytest.param(
            "tag:re:[",
            "'tag:re:[' at column 1 is not a valid regular expression (unterminated"
            " character set at position 0); fix the expression",
            id="bad-regex",
        ),
        # Anki reads `- x` as the text `-` and x, and `--x` as the text `-x`, negated.
        pytest.param(
            "- tag:a", f"'-' at column 1 must be followed by a search term; {USE}", id="dash-space"
        ),
        pytest.param(
            "--tag:a",
            f"'--tag:a' at column 1 is not a tag search (docdeck selects by tag:… only); {USE}",
            id="double-dash",
        ),
    ],
)
def test_queries_anki_refuses_or_reads_as_text_are_errors(query: str, message: str) -> None:
    with pytest.raises(QueryError) as error:
        parse_query(query)
    assert str(error.value) == f"invalid query '{query}': {message}"


# `_` and `*` are wildcards in Anki's deck search too: each printed search must find its own
# deck's notes and no other's.
DECKS = {"under": "Bio_101", "dash": "Bio-101", "star": "Bio*", "backslash": "Bio\\101"}


def test_the_printed_search_finds_exactly_the_sets_notes_in_anki(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "tests/data/golden/credit-scores.md", tmp_path)
    searches = {}
    for name, deck in DECKS.items():
        spec = tmp_path / f"{name}.yaml"
        spec.write_text(
            f"deck: '{deck}'\nsources: [credit-scores.md]\nsets:\n  faq: 'tag:kind::faq'\n"
        )
        result = CliRunner().invoke(
            main, ["build", str(spec), "-o", str(tmp_path / f"{name}.apkg")]
        )
        assert result.exit_code == 0, result.output
        [line] = [line for line in result.output.splitlines() if line.startswith("  set → ")]
        searches[name] = line.split("; in Anki: ", 1)[1]
    with AnkiCollection(tmp_path / "anki") as anki:
        for name in DECKS:
            anki.import_apkg(tmp_path / f"{name}.apkg")
        assert len(anki.notes()) == 4 * 23
        for name in DECKS:
            with AnkiCollection(tmp_path / f"set-{name}") as fresh:
                expected = set(fresh.import_apkg(tmp_path / f"{name}--faq.apkg").new)
            assert len(expected) == 3
            assert _selected(anki, searches[name]) == expected, searches[name]
    assert searches["under"] == 'deck:"Bio\\_101" (tag:kind::faq)'


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
credit.yaml: 23 notes
  finance                                                             23
  kind                                                                23
    claim                                                              5
    faq                                                                3
    table                                                             10
    takeaway                                                           5
  section                                                             23
    does-checking-your-own-score-lower-it                              1
    frequently-asked-questions                                         3
    how-credit-scores-are-calculated-and-what-actually-moves-them      2
    summary                                                            5
    the-five-factors-behind-a-fico-score                              11
    why-does-your-credit-score-matter                                  1
  source                                                              23
    credit-scores                                                     23
  topic                                                                5
    utilization                                                        5
"""


LEFT_ARTICLE = """\
# Coffee and Sleep

## Frequently Asked Questions

### When should I stop drinking coffee?

Stop six hours before bed: caffeine lingers that long.

### Does a nap make up for a short night?

A short nap helps alertness, but caffeine can spoil the next night.

### Is decaf free of caffeine?

No: decaf keeps a few milligrams of caffeine per cup.
"""
LEFT_SPEC = """\
deck: Coffee
sources: [coffee.md]
topics:
  caffeine: [caffeine]
sets:
  caffeine: "tag:topic::caffeine"
"""


def test_a_note_that_leaves_a_set_is_updated_once_and_found_by_the_printed_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A set-only user gets the note whose tags no longer match: Anki updates it in place and
    the printed search finds its card, left in the set's deck."""
    monkeypatch.chdir(tmp_path)
    source, package = tmp_path / "coffee.md", tmp_path / "build/coffee--caffeine.apkg"
    source.write_text(LEFT_ARTICLE)
    (tmp_path / "coffee.yaml").write_text(LEFT_SPEC)

    def build(epoch: int) -> str:
        env = {"SOURCE_DATE_EPOCH": str(epoch)}
        result = CliRunner().invoke(main, ["build", "coffee.yaml"], env=env)
        assert result.exit_code == 0, result.output
        return result.output

    build(1_700_000_000)
    with AnkiCollection(tmp_path / "anki") as anki:
        assert len(anki.import_apkg(package).new) == 3
        source.write_text(LEFT_ARTICLE.replace(", but caffeine can spoil", ", but it can spoil"))
        output = build(1_700_000_100)
        [notice] = [line for line in output.splitlines() if "left study set" in line]
        assert notice == (
            "  coffee.yaml: note: 1 note left study set 'caffeine' (tags changed): Anki leaves"
            " its card in the set's deck; find them in Anki with"
            ' deck:"Coffee::caffeine" -(tag:topic::caffeine)'
        ), notice
        [updated] = anki.import_apkg(package).updated
        [nap] = [note for note in anki.notes() if note.guid == updated]
        assert "but it can spoil" in nap.fields["Answer"]
        assert "topic::caffeine" not in nap.tags
        search = notice.split("find them in Anki with ", 1)[1]
        assert _selected(anki, search) == {updated}
        # The next build's set holds only what its query selects.
        source.write_text(source.read_text().replace("six hours", "eight hours"))
        assert "left study set" not in build(1_700_000_200)
        with AnkiCollection(tmp_path / "fresh") as fresh:
            assert updated not in fresh.import_apkg(package).new


def test_a_narrowed_set_query_says_which_cards_anki_keeps_in_the_sets_deck(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "coffee.md").write_text(LEFT_ARTICLE)
    spec = tmp_path / "coffee.yaml"
    wide = LEFT_SPEC.replace("  caffeine: [caffeine]", "  caffeine: [caffeine]\n  nap: [nap]")
    spec.write_text(wide.replace('"tag:topic::caffeine"', '"tag:kind::faq"'))
    first = CliRunner().invoke(main, ["build", "coffee.yaml"])
    assert first.exit_code == 0, first.output
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(tmp_path / "build/coffee--caffeine.apkg")
        spec.write_text(wide.replace('"tag:topic::caffeine"', '"tag:topic::nap"'))
        for command in ("diff", "build"):
            result = CliRunner().invoke(main, [command, "coffee.yaml"])
            assert result.exit_code == 0, result.output
            [notice] = [line for line in result.output.splitlines() if "left study set" in line]
            assert notice.startswith(
                "  coffee.yaml: note: 2 notes left study set 'caffeine' (its query was"
                " 'tag:kind::faq'): Anki leaves their cards in the set's deck"
            ), notice
        search = notice.split("find them in Anki with ", 1)[1]
        assert len(_selected(anki, search)) == 2
        again = CliRunner().invoke(main, ["build", "coffee.yaml"])
        assert "left study set" not in again.output
