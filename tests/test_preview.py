"""The authoring loop: preview (terminal, JSON, HTML in a real browser), check's lints, init."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ankitools import AnkiCollection, strip_html
from click.testing import CliRunner

from docdeck.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DECK_RULE = "use names separated by '::' with no empty part and no double quote"


@pytest.fixture
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample deck's spec and source in a fresh project folder."""
    (tmp_path / "decks" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "decks" / "safety-not-desire.yaml", tmp_path / "decks")
    shutil.copy(
        ROOT / "decks" / "sources" / "safety-not-desire.txt", tmp_path / "decks" / "sources"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path / "decks" / "safety-not-desire.yaml"


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.output
    return result.output


def test_json_preview_round_trips_to_the_notes_anki_imports(sample: Path, tmp_path: Path) -> None:
    records = [json.loads(line) for line in _invoke("preview", "--json").splitlines()]
    _invoke("build", "-o", str(tmp_path / "deck.apkg"))
    with AnkiCollection(tmp_path / "anki") as anki:
        anki.import_apkg(tmp_path / "deck.apkg")
        imported = {
            note.guid: (note.notetype, note.fields, tuple(sorted(note.tags)), note.deck_names)
            for note in anki.notes()
        }
    rebuilt = {
        record["guid"]: (
            record["notetype"],
            record["fields"],
            tuple(sorted(record["tags"])),
            (record["deck"],),
        )
        for record in records
    }
    assert rebuilt == imported
    assert {record["kind"] for record in records} == {"faq", "table", "takeaway", "claim"}
    assert all(record["source"].endswith("safety-not-desire.txt") for record in records)
    assert all(isinstance(record["line"], int) and record["line"] > 0 for record in records)


def test_terminal_preview_shows_both_sides_of_a_cloze(sample: Path) -> None:
    lines = _invoke("preview").splitlines()
    start = lines.index(next(line for line in lines if "{{" not in line and "30%" in line))
    assert lines[start] == "  back:  " + lines[start].removeprefix("  back:  ")
    front = lines[start - 1]
    assert front.startswith("  front: ") and "[...]" in front and "30%" not in front


class _Cards(HTMLParser):
    """Collects the visible text of each card side in the preview page."""

    def __init__(self) -> None:
        super().__init__()
        self.sides: list[tuple[str, str]] = []
        self._side: str | None = None
        self._depth = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self._side is None and "side" in classes:
            self._side = "front" if "front" in classes else "back"
            self._depth, self._text = 0, []
        elif self._side is not None and tag not in ("br", "hr", "img"):
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._side is None:
            return
        if self._depth == 0:
            self.sides.append((self._side, " ".join("".join(self._text).split())))
            self._side = None
        else:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._side is not None:
            self._text.append(data)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_html_preview_renders_every_card_in_a_real_browser(sample: Path, tmp_path: Path) -> None:
    page = tmp_path / "preview.html"
    _invoke("preview", "--html", str(page))
    records = [json.loads(line) for line in _invoke("preview", "--json").splitlines()]
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [*command, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    ).stdout
    parser = _Cards()
    parser.feed(dom)
    fronts = [text for side, text in parser.sides if side == "front"]
    backs = [text for side, text in parser.sides if side == "back"]
    assert len(fronts) == len(backs) == len(records)  # one card per note in the sample
    assert all(fronts) and all(backs)
    for record, front, back in zip(records, fronts, backs, strict=True):
        first = strip_html(next(iter(record["fields"].values())))
        if record["notetype"] == "docdeck Q&A":
            assert front == first
            assert strip_html(record["fields"]["Answer"]) in back
        else:
            assert "[...]" in front and "[...]" not in back
    shot = tmp_path / "preview.png"
    subprocess.run(
        [*command, f"--screenshot={shot}", "--window-size=1280,1600", page.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_check_reports_long_answers_and_the_blurb_faq(sample: Path) -> None:
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    source = "decks/sources/safety-not-desire.txt"
    assert (
        f"{source}:77: warning: FAQ 'Why does sexual desire fade in long-term relationships?'"
        " answers with text repeated elsewhere in the document; add an override with the real"
        " answer to keep it"
    ) in lines
    assert (
        f"{source}:79: warning: answer has 81 words (over 40); override it with the one point"
        " worth recalling, or use answer: first-paragraph"
    ) in lines
    long_answers = [line for line in lines if "words (over 40)" in line]
    assert [line.split(":")[1] for line in long_answers] == [
        "79", "81", "83", "85", "87", "89", "91", "93", "95"
    ]  # fmt: skip
    assert lines[-1].endswith("warnings") and lines[-1].startswith("0 errors, ")
    strict = CliRunner().invoke(main, ["check", "--strict"])
    assert strict.exit_code == 1


LINT_SOURCE = """\
Lint Fixture

Key Takeaways
- The placebo effect explains roughly one in three responses, not the drug itself, in most trials

Frequently Asked Questions
Which foods count as legumes?
Beans, lentils, peas, chickpeas, peanuts and soybeans.
What does the long answer say?
{long}
"""


def test_each_lint_has_its_exact_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    long = " ".join(
        f"Sentence {word} of this answer adds ten more words to recall."
        for word in ("one", "two", "three", "four", "five", "six")
    )
    (tmp_path / "lint.txt").write_text(LINT_SOURCE.format(long=long))
    (tmp_path / "lint.yaml").write_text(
        "deck: Lint\nsources: [lint.txt]\ncheck: {max_answer_words: 20, max_list_items: 3}\n"
        "overrides:\n  - match: The placebo effect explains roughly one in three responses,"
        " not the drug itself, in most trials\n    text: '{{c1::The placebo effect explains"
        " roughly one in three responses}}, not the drug itself, in most trials'\n"
    )
    result = CliRunner().invoke(main, ["check", "lint.yaml"])
    assert result.output.splitlines() == [
        "lint.txt:4: warning: cloze hides 9 words ('The placebo effect explains roughly one in"
        " three…'); hide one key term: override the text with a shorter {{c1::…}}",
        "lint.txt:7: warning: answer is a list of 6 items; sets are hard to recall whole; ask"
        " for one item per card",
        "lint.txt:9: warning: answer has 66 words (over 20); override it with the one point"
        " worth recalling, or use answer: first-paragraph",
        "0 errors, 3 warnings",
    ]
    assert result.exit_code == 0


def test_near_duplicate_cards_are_reported_once_with_exact_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dup.md").write_text(
        "# Caffeine\n\n## Frequently Asked Questions\n\n"
        "### How long does caffeine stay in the body?\n\n"
        "Caffeine has a half-life of about five hours in most healthy adults.\n\n"
        "### How long does caffeine stay in your body?\n\n"
        "Caffeine has a half-life of about five hours in most adults.\n"
    )
    result = CliRunner().invoke(main, ["check", "dup.md"])
    assert result.output.splitlines() == [
        "dup.md:9: warning: card nearly repeats the one at line 5; keep one of them (add a"
        " skip: pattern or reword)",
        "0 errors, 1 warning",
    ]
    assert result.exit_code == 0
    assert CliRunner().invoke(main, ["check", "--strict", "dup.md"]).exit_code == 1


def test_a_near_duplicate_in_another_source_is_named_by_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "doc-a.md").write_text(
        "# Caffeine\n\n## Frequently Asked Questions\n\n"
        "### How long does caffeine stay in the body?\n\n"
        "Caffeine has a half-life of about five hours in most healthy adults.\n"
    )
    (tmp_path / "sources" / "doc-b.md").write_text(
        "# Coffee\n\n## Frequently Asked Questions\n\n"
        "### What is in a cup of coffee?\n\n"
        "Water, caffeine and a few hundred other compounds.\n\n"
        "### How long does caffeine stay in your body?\n\n"
        "Caffeine has a half-life of about five hours in most adults.\n"
    )
    (tmp_path / "deck.yaml").write_text("deck: Caffeine\nsources: [sources/*.md]\n")
    result = CliRunner().invoke(main, ["check", "deck.yaml"])
    assert result.output.splitlines() == [
        "sources/doc-b.md:9: warning: card nearly repeats the one at sources/doc-a.md:5; keep"
        " one of them (add a skip: pattern or reword)",
        "0 errors, 1 warning",
    ]
    assert result.exit_code == 0


@pytest.mark.parametrize(
    "source", [ROOT / "decks/sources/safety-not-desire.txt", GOLDEN / "caffeine-timing.md"]
)
def test_init_writes_a_spec_build_accepts(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(source, tmp_path / source.name)
    output = _invoke("init", source.name).splitlines()
    spec = tmp_path / "decks" / f"{source.stem}.yaml"
    assert output[0].startswith(f"decks/{source.stem}.yaml: '")
    assert output[1] == f"next: docdeck preview decks/{source.stem}.yaml"
    assert f"sources: [../{source.name}]" in spec.read_text()
    assert "topics:" in spec.read_text()
    assert {p.name for p in tmp_path.iterdir()} == {"decks", source.name}
    built = _invoke("build", str(spec), "-o", str(tmp_path / "x.apkg"))
    assert " notes (" in built.splitlines()[0]
    again = CliRunner().invoke(main, ["init", source.name])
    assert again.exit_code == 2
    assert again.stderr.strip() == (
        f"Error: decks/{source.stem}.yaml: spec already exists; pass --force to overwrite it"
    )


@pytest.mark.parametrize(
    ("deck", "error"),
    [
        ("A::", "--deck: invalid deck name 'A::'; " + DECK_RULE),
        ("::A", "--deck: invalid deck name '::A'; " + DECK_RULE),
        ('Say "hi"', "--deck: invalid deck name 'Say \"hi\"'; " + DECK_RULE),
        (" ", "--deck is empty; name the deck, or leave --deck out"),
    ],
)
def test_init_refuses_a_deck_name_a_build_would_refuse(
    deck: str, error: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Named as the option: the spec it would be in is not written (or is an older one)."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(GOLDEN / "caffeine-timing.md", tmp_path)
    result = CliRunner().invoke(main, ["init", "caffeine-timing.md", "--deck", deck])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {error}\n"
    assert not list(tmp_path.glob("decks/*"))


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ('The "Best" Coffee', "deck: The 'Best' Coffee"),
        ("Tips :: for :: Coffee", "deck: 'Tips : for : Coffee'"),
    ],
)
def test_init_names_the_deck_as_a_bare_build_of_the_article_does(
    title: str, deck: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title a spec cannot hold as it is ('"', or '::', which a bare build reads as ':')
    still gets a spec, and its deck is the one the bare build made, less any double quote."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"# {title}\n\nA cup holds 95 mg of caffeine, not 200 mg.\n")
    bare = _invoke("build", "a.md", "-o", "a.apkg").splitlines()[0]
    result = CliRunner().invoke(main, ["init", "a.md"])
    assert result.exit_code == 0, result.output
    assert deck in (tmp_path / "decks/a.yaml").read_text().splitlines()
    built = _invoke("build", "decks/a.yaml", "-o", "b.apkg").splitlines()[0]
    named = built.split(": deck ")[1].split(", 1 note")[0]
    assert named == bare.split(": deck ")[1].split(", 1 note")[0].replace('"', "'")


@pytest.mark.parametrize(
    ("text", "name"), [("", "empty.txt"), ("Only A Title\n", "title.txt"), ("# Title\n", "t.md")]
)
def test_init_writes_no_spec_for_an_article_with_nothing_to_card(
    text: str, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its build would refuse the spec ('found nothing to turn into notes')."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text)
    result = CliRunner().invoke(main, ["init", name])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {name}: found nothing to turn into notes; docdeck looks for FAQs, tables,"
        " key-takeaway lists and firm statements; no spec written\n"
    )
    assert not (tmp_path / "decks").exists()


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["init", "nope.md"], "nope.md: source file not found; check the path"),
        (
            ["init", "folder.md"],
            "folder.md: is a folder, not a source file; pass a .txt or .md file",
        ),
        (
            ["init", "decks/d.yaml"],
            "decks/d.yaml: not an article: init takes a .txt or .md source;"
            " a spec is built or previewed as it is",
        ),
    ],
)
def test_init_of_what_is_no_article_is_one_error_line(
    args: list[str], error: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder.md").mkdir()
    (tmp_path / "decks").mkdir()
    shutil.copy(GOLDEN / "caffeine-timing.md", tmp_path / "decks")
    (tmp_path / "decks/d.yaml").write_text("deck: D\nsources: [caffeine-timing.md]\n")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {error}\n"
    assert sorted(p.name for p in (tmp_path / "decks").iterdir()) == [
        "caffeine-timing.md",
        "d.yaml",
    ]


def test_init_counts_what_it_found_in_the_singular_and_plural(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(GOLDEN / "caffeine-timing.md", tmp_path)
    output = _invoke("init", "caffeine-timing.md").splitlines()[0]
    assert output.endswith(": 4 FAQs, 1 table, 4 table rows, 4 takeaways, 4 claims")


def test_one_note_is_counted_in_the_singular(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.md").write_text(
        "# One\n\n## Frequently Asked Questions\n\n### Is this one note?\n\n"
        "Yes, exactly one note comes from this file.\n"
    )
    result = CliRunner().invoke(main, ["build", "one.md", "-o", "one.apkg"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "one.md → one.apkg: deck 'One', 1 note (1 faq, 0 table, 0 takeaway, 0 claim)"
    )


def test_a_table_cards_back_keeps_its_cells_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "table.md").write_text(
        "# Coffee\n\n## Caffeine\n\n| Drink | Caffeine |\n|---|---|\n| Espresso | 63 mg |\n"
        "| Green tea | 28 mg |\n"
    )
    output = _invoke("preview", "table.md").splitlines()
    assert "  back:  63 mg Drink Espresso Caffeine 63 mg" in output


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["--json", "--html", "page.html"],
            "--json and --html cannot be combined; use one of them",
        ),
        (
            ["--html", "page.html", "decks/sources/safety-not-desire.txt"],
            "--html needs exactly one spec or source, not 2; write one page per deck",
        ),
        (
            ["--html", "decks/safety-not-desire.yaml/page.html"],
            "decks/safety-not-desire.yaml/page.html: cannot write: 'decks/safety-not-desire.yaml'"
            " is a file, not a folder; check the --html path",
        ),
    ],
)
def test_a_preview_that_cannot_write_its_page_says_why_and_what_to_do(
    args: list[str], error: str, sample: Path
) -> None:
    """--json is not dropped unseen beside --html; each refusal is one line, nothing written."""
    result = CliRunner().invoke(main, ["preview", "decks/safety-not-desire.yaml", *args])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {error}\n"
    assert not list(sample.parent.parent.rglob("*.html"))


def test_init_where_decks_is_a_file_says_where_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(GOLDEN / "caffeine-timing.md", tmp_path)
    (tmp_path / "decks").write_text("not a folder\n")
    result = CliRunner().invoke(main, ["init", "caffeine-timing.md"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: decks/caffeine-timing.yaml: cannot write: 'decks' is a file, not a folder;"
        " init writes decks/NAME.yaml in the current folder\n"
    )
    assert (tmp_path / "decks").read_text() == "not a folder\n"


def test_a_faq_question_that_is_no_question_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lint.txt").write_text(
        "Lint Fixture\n\nFrequently Asked Questions\nWhen should I drink coffee?\n"
        "About ninety minutes after waking, once cortisol has peaked.\n"
    )
    (tmp_path / "lint.yaml").write_text(
        "deck: Lint\nsources: [lint.txt]\noverrides:\n  - match: When should I drink coffee?\n"
        "    question: Tell me when to drink coffee\n"
    )
    result = CliRunner().invoke(main, ["check", "lint.yaml"])
    assert result.output.splitlines() == [
        "lint.txt:4: warning: question 'Tell me when to drink coffee' is not a question;"
        " override it with a question that ends in '?'",
        "0 errors, 1 warning",
    ]
