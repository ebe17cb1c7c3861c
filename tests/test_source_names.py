"""Sources that share a file name (`a/intro.md`, `b/intro.md`) each keep their own notes: their
slugs, the identity prefix of their notes, come from their paths. Before, the second source's
notes replaced the first's in the ledger and in Anki."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ankitools import AnkiCollection
from click.testing import CliRunner, Result

from docdeck.cli import main

ARTICLE = "# Dosing\n\n## FAQ\n\n### What is the dose?\n\n{answer}\n"
ADULTS, CHILDREN = "Five milligrams for adults.", "Ten milligrams for children."
T1, T2 = 1_700_000_000, 1_700_086_400


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    for folder, answer in (("a", ADULTS), ("b", CHILDREN)):
        (root / "decks" / folder).mkdir(parents=True)
        (root / "decks" / folder / "intro.md").write_text(ARTICLE.format(answer=answer))
    (root / "build").mkdir()
    monkeypatch.chdir(root)
    return root


def _spec(*sources: str) -> None:
    Path("decks/dose.yaml").write_text(f"deck: Dose\nsources: [{', '.join(sources)}]\n")


def _build(epoch: int, *args: str) -> Result:
    return CliRunner().invoke(main, ["build", *args], env={"SOURCE_DATE_EPOCH": str(epoch)})


def test_a_second_source_of_the_same_name_adds_its_notes_and_replaces_none(
    project: Path, tmp_path: Path
) -> None:
    _spec("a/intro.md")
    assert _build(T1, "-q").exit_code == 0
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(project / "build/dose.apkg")
        [first] = anki.notes()
        _spec("a/intro.md", "b/intro.md")
        before = tmp_path / "before"
        shutil.copytree(project, before)

        result = _build(T2)
        assert result.exit_code == 0, result.output
        assert "1 added, 0 updated, 1 re-identified" in result.output
        log = anki.import_apkg(project / "build/dose.apkg")
        assert len(log.new) == 1 and log.updated == [first.guid]
        answers = {note.guid: note.fields["Answer"] for note in anki.notes()}
        assert answers[first.guid] == ADULTS
        assert sorted(answers.values()) == [ADULTS, CHILDREN]
        tags = sorted(tag for note in anki.notes() for tag in note.tags if "source::" in tag)
        assert tags == ["source::a-intro", "source::b-intro"]

    # The build above could not splice (the first source's slug changed): it equals a full one.
    shutil.rmtree(before / "build/.cache")
    full = CliRunner().invoke(
        main,
        ["build", str(before / "decks/dose.yaml"), "-o", str(before / "build/dose.apkg")],
        env={"SOURCE_DATE_EPOCH": str(T2)},
    )
    assert full.exit_code == 0, full.output
    for name in ("decks/dose.ledger.json", "build/dose.apkg"):
        assert (before / name).read_bytes() == (project / name).read_bytes()


def test_sources_whose_paths_differ_only_in_case_are_refused(project: Path) -> None:
    shutil.copy(project / "decks/a/intro.md", project / "decks/a/Intro.md")
    _spec("a/intro.md", "a/Intro.md")
    result = _build(T1)
    assert result.exit_code == 2
    assert (
        "Error: decks/a/Intro.md: sources decks/a/intro.md and decks/a/Intro.md share the slug"
        " 'a-intro-md': their notes would share identities; rename one of them"
    ) in result.output
    assert not list((project / "build").iterdir())
    assert not (project / "decks/dose.ledger.json").exists()


def test_same_stems_of_another_suffix_keep_the_suffix(project: Path) -> None:
    (project / "decks/a/intro.txt").write_text(
        "Dosing\n\nFAQ\n\nWhat is the dose for teenagers?\nSeven milligrams.\n"
    )
    _spec("a/intro.md", "a/intro.txt")
    result = _build(T1, "-q")
    assert result.exit_code == 0, result.output
    identities = (project / "decks/dose.ledger.json").read_text()
    assert '"a-intro-md:faq:' in identities and '"a-intro-txt:faq:' in identities
