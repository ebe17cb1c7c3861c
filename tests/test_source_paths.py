"""A spec's `sources:` globs match files, as `Path.glob` finds them, from any folder and with
absolute patterns too; a Markdown image that is not there says where docdeck looked for it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests/data/golden/caffeine-timing.md"
SUMMARY = "24 notes (4 faq, 12 table, 4 takeaway, 4 claim)"


def _build(*args: str) -> list[str]:
    result = CliRunner().invoke(main, ["build", *args], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_a_glob_skips_a_folder_its_pattern_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "decks/sources/drafts.md").mkdir(parents=True)
    shutil.copy(ARTICLE, tmp_path / "decks/sources")
    (tmp_path / "decks/d.yaml").write_text('deck: D\nsources: ["sources/*.md"]\n')
    monkeypatch.chdir(tmp_path)
    assert _build("-q")[0] == f"decks/d.yaml → build/d.apkg: deck 'D', {SUMMARY}"


@pytest.mark.parametrize("pattern", ["{root}/articles/*.md", "{root}/**/*.md"])
def test_an_absolute_glob_finds_its_files(
    pattern: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Path.glob` refuses absolute patterns (NotImplementedError); a spec may hold one."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "specs").mkdir()
    shutil.copy(ARTICLE, tmp_path / "articles")
    spec = tmp_path / "specs/d.yaml"
    spec.write_text(f'deck: D\nsources: ["{pattern.format(root=tmp_path)}"]\n')
    monkeypatch.chdir(tmp_path / "articles")  # neither the spec's folder nor above it
    printed = _build(str(spec), "-o", str(tmp_path / "d.apkg"), "-q")
    assert printed[0].endswith(f": deck 'D', {SUMMARY}")


@pytest.mark.parametrize(
    "pattern",
    ["*.md", "a/*.md", "a/*.MD", "a/[bc]*.txt", "a/?.md", "./a/*", "a/../a/*.md", "*/*.md", "a/**"],
)
def test_globs_match_what_path_glob_matches_less_folders(pattern: str, tmp_path: Path) -> None:
    from docdeck.spec import _glob_sources

    for name in ("x.md", "a/b.md", "a/c.txt", "a/d.MD", "a/.hidden.md", "a/e.pdf", "a/f.md/g.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    expected = sorted(
        p for p in tmp_path.glob(pattern) if p.suffix.lower() in {".md", ".txt"} and p.is_file()
    )
    assert sorted(_glob_sources(tmp_path, pattern)) == expected


def test_a_missing_image_says_where_it_is_looked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text(
        "# Images\n\n## Key Takeaways\n\n- Tea has 30 mg of caffeine, not 60 mg ![t](tea.png)\n"
    )
    monkeypatch.chdir(tmp_path)
    warning = (
        "  a.md:5: warning: image 'tea.png' not embedded: file not found or unreadable;"
        " check the path, relative to the source"
    )
    assert warning in _build("a.md", "-o", "a.apkg")
