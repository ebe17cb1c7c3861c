"""An output path that is not a package (`-o`) or a page (`--html`) is refused before anything
is read or written: a slip of the keyboard must not replace the user's article, spec or ledger."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests/data/golden/sleep-debt.txt"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "decks").mkdir()
    shutil.copy(ARTICLE, tmp_path / "decks/article.txt")
    (tmp_path / "decks/article.yaml").write_text("deck: Sleep\nsources: [article.txt]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "args",
    [
        ("build", "decks/article.txt", "-o", "decks/article.txt"),
        ("build", "decks/article.yaml", "-o", "decks/article.yaml"),
        ("build", "decks/article.yaml", "-o", "decks/article.ledger.json"),
        ("build", "decks/article.yaml", "-o", "deck.zip"),
        ("diff", "decks/article.txt", "-o", "decks/article.md"),
        ("preview", "decks/article.txt", "--html", "decks/article.txt"),
        ("preview", "decks/article.yaml", "--html", "decks/article.yaml"),
    ],
)
def test_an_output_path_of_the_wrong_kind_is_refused_and_nothing_is_written(
    project: Path, args: tuple[str, ...]
) -> None:
    CliRunner().invoke(main, ["build", "decks/article.yaml", "-q"])
    before = _files(project)
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 2
    assert f"'{args[-1]}' does not end in" in result.output
    assert _files(project) == before


def test_output_suffixes_are_matched_whatever_their_case(project: Path) -> None:
    result = CliRunner().invoke(main, ["build", "decks/article.txt", "-o", "Deck.APKG", "-q"])
    assert result.exit_code == 0, result.output
    page = CliRunner().invoke(main, ["preview", "decks/article.txt", "--html", "Cards.HTM"])
    assert page.exit_code == 0, page.output
    assert (project / "Deck.APKG").is_file() and (project / "Cards.HTM").is_file()


@pytest.mark.parametrize(
    ("specs", "args"),
    [
        (("decks/a/x.yaml", "decks/b/x.yaml"), ("decks/a/x.yaml", "decks/b/x.yaml")),
        (("decks/x.yaml", "decks/x.yml"), ()),
    ],
)
def test_specs_of_one_name_are_refused_before_either_writes(
    project: Path, specs: tuple[str, str], args: tuple[str, ...]
) -> None:
    for spec in specs:
        path = project / spec
        path.parent.mkdir(parents=True, exist_ok=True)
        source = "article.txt" if path.parent == project / "decks" else "../article.txt"
        path.write_text(f"deck: {spec}\nsources: [{source}]\n")
    (project / "decks/article.yaml").unlink()
    result = CliRunner().invoke(main, ["build", *args])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {specs[1]}: {specs[0]} and {specs[1]} would both write build/x.apkg;"
        " rename one of them, or build one at a time with -o\n"
    )
    assert not (project / "build").exists()
    assert not list(project.glob("decks/**/*.ledger.json"))


def test_a_bare_build_and_a_spec_build_of_one_stem_name_each_other(project: Path) -> None:
    """`decks/article.txt` built bare and `decks/article.yaml` both write build/article.apkg:
    each build says which deck wrote the package before, instead of calling the other deck's
    name a rename or its notes reverted."""
    runs = [
        CliRunner().invoke(main, ["build", *args], env={"SOURCE_DATE_EPOCH": "1700000000"})
        for args in ([], ["decks/article.txt"], [], [])
    ]
    assert [run.exit_code for run in runs] == [0, 0, 0, 0], runs[-1].output
    notes = [
        [line.strip() for line in run.output.splitlines() if ": note:" in line] for run in runs
    ]
    hint = "build one of them only, or write one elsewhere with -o"
    assert notes == [
        [],
        [
            "decks/article.txt: note: replaces build/article.apkg, which decks/article.yaml"
            f" built: both decks write it; {hint}"
        ],
        [
            "decks/article.yaml: note: replaces build/article.apkg, which decks/article.txt"
            f" built: both decks write it; {hint}"
        ],
        [],
    ]
    assert "up to date" in runs[3].output
