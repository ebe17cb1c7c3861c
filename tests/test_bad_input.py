"""Bad input gets one clear `Error:` line per problem and exit code 2, and yesterday's outputs
survive it.

Each bad case starts from a folder where a good build already wrote `build/d.apkg` and
`decks/d.ledger.json`, breaks one thing (the spec, a source, the ledger, the command line, the
environment, a lock), and runs `docdeck build` in-process. The whole of stderr is asserted
verbatim (`path:line: what is wrong; what to do`), with no traceback, and the earlier package and
ledger must be untouched: same bytes, same inode, same mtime (a rewrite with equal bytes counts
as a write), and no new file beside them.

The robust cases (BOM, CRLF, tabs, a 200,000-character line, a ragged table, a 10,000-row
table, a repeated FAQ, `allow_empty`) must build, with the notes counted inside the package.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from docdeck.cli import main

SPEC = "decks/d.yaml"
SOURCE = "decks/sources/coffee.txt"
LEDGER = "decks/d.ledger.json"
PACKAGE = "build/d.apkg"
GOOD_EPOCH, LATER_EPOCH = "1700000000", "1700086400"

GOOD_SPEC = 'deck: "Coffee::Timing"\nsources: [sources/coffee.txt]\n'
GOOD_TEXT = """\
Coffee Timing Basics
nn
A short guide to when coffee helps and when it gets in the way.
Frequently Asked Questions
When should I drink my first coffee?
Wait about ninety minutes after waking, once the morning cortisol peak has passed.
How long does caffeine stay in the body?
Caffeine has a half-life of about five hours in most healthy adults.
"""
GOOD_MARKDOWN = """\
# Coffee Timing Basics

A short guide to when coffee helps and when it gets in the way.

## Frequently Asked Questions

### When should I drink my first coffee?

Wait about ninety minutes after waking, once the morning cortisol peak has passed.

### How long does caffeine stay in the body?

Caffeine has a half-life of about five hours in most healthy adults.
"""
# What a killed writer leaves of the good ledger: it stops inside the first note.
TRUNCATED_LEDGER = (
    '{"docdeck_ledger": 2,\n"namespace": "d",\n"notetypes": {},\n"notes": [\n{"fields": [\n'
)

Content = str | bytes | Callable[[Path], None] | None
"""A file's new text or bytes, a function that makes it, or None to delete it."""


def spec(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


def folder(path: Path) -> None:
    path.mkdir(parents=True)
    (path / "inside.txt").write_text(GOOD_TEXT, encoding="utf-8")


def too_large(path: Path) -> None:
    line = b"A line of plain prose that repeats until the file is huge......\n"
    assert len(line) == 64
    path.write_bytes(line * (21 * 1024 * 1024 // 64))


@dataclass(frozen=True)
class Bad:
    id: str
    stderr: str
    """The whole of stderr, each line with its newline."""
    files: Mapping[str, Content] = field(default_factory=dict)
    args: tuple[str, ...] = ("build", SPEC)
    env: Mapping[str, str] = field(default_factory=dict)
    locked: bool = False
    """Hold an exclusive flock on the spec, as a concurrent build would."""


def line(text: str) -> str:
    return f"Error: {text}\n"


BAD: tuple[Bad, ...] = (
    # --- malformed YAML ------------------------------------------------------------------------
    Bad(
        "yaml-unquoted-colon",
        line(
            "decks/d.yaml:1: invalid YAML: mapping values are not allowed here; fix the YAML syntax"
        ),
        {SPEC: spec("deck: Coffee: Timing", "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "yaml-tab-indent",
        line(
            "decks/d.yaml:2: invalid YAML: found character '\\t' that cannot start any token; "
            "fix the YAML syntax"
        ),
        {SPEC: spec("deck: Coffee", "\tsources: [sources/coffee.txt]")},
    ),
    Bad(
        # The line where the quote opens, not the end of the file where PyYAML gives up.
        "yaml-unclosed-quote",
        line(
            "decks/d.yaml:1: invalid YAML: while scanning a quoted scalar, found unexpected end"
            " of stream; fix the YAML syntax"
        ),
        {SPEC: spec('deck: "Coffee::Timing', "sources: [sources/coffee.txt]", "tags: [coffee]")},
    ),
    Bad(
        "yaml-duplicate-key",
        line("decks/d.yaml:2: duplicate key 'deck'; keep one of them"),
        {SPEC: spec("deck: Coffee", "deck: Tea", "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "yaml-not-a-mapping",
        line("decks/d.yaml:1: a deck spec must be a mapping of keys; start with 'deck: Name'"),
        {SPEC: spec("- deck: Coffee", "- sources: [sources/coffee.txt]")},
    ),
    Bad(
        "yaml-complex-key",
        line("decks/d.yaml:3: a key must be a plain name; write it as name: value"),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "? [a, b]", ": c")},
    ),
    Bad(
        "spec-not-utf8",
        line("decks/d.yaml:2: spec is not UTF-8 text; save the file as UTF-8 and build again"),
        {SPEC: "deck: Coffee\n# caf\xe9\nsources: [sources/coffee.txt]\n".encode("latin-1")},
    ),
    Bad(
        # PyYAML reads nesting recursively: 5,000 levels of it must not be a RecursionError.
        "yaml-nested-too-deep",
        line(
            "decks/d.yaml: spec nests lists or mappings too deeply to read; "
            "a spec needs a few levels at most: check its brackets"
        ),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "tags: " + "[" * 5000)},
    ),
    Bad(
        "spec-not-found",
        line("decks/nope.yaml: spec file not found; check the path"),
        args=("build", "decks/nope.yaml"),
    ),
    # --- wrong types -----------------------------------------------------------------------------
    Bad(
        "deck-as-list",
        line("decks/d.yaml:1: 'deck' must be a string; write it as deck: \"Topic::Subtopic\""),
        {SPEC: spec("deck: [Coffee, Tea]", "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "sources-as-mapping",
        line(
            "decks/d.yaml:2: 'sources' must be a list of strings; "
            "write it as sources: [article.txt]"
        ),
        {SPEC: spec("deck: Coffee", "sources: {main: sources/coffee.txt}")},
    ),
    Bad(
        "tags-as-mapping",
        line("decks/d.yaml:3: 'tags' must be a list of strings; write it as tags: [name, other]"),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "tags: {drink: coffee}")},
    ),
    Bad(
        "key-column-not-a-number",
        line(
            "decks/d.yaml:5: 'key_column' must be a whole number from 1; "
            "write it as key_column: 1 for the first column"
        ),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources: [sources/coffee.txt]",
                "extract:",
                "  tables:",
                "    key_column: x",
            )
        },
    ),
    Bad(
        "key-column-zero",
        line(
            "decks/d.yaml:4: 'key_column' must be a whole number from 1; "
            "write it as key_column: 1 for the first column"
        ),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources: [sources/coffee.txt]",
                "extract:",
                "  tables: {key_column: 0}",
            )
        },
    ),
    Bad(
        "faq-answer-unknown-value",
        line(
            "decks/d.yaml:4: unknown value 'short' for 'answer'; use one of: full, first-paragraph"
        ),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources: [sources/coffee.txt]",
                "extract:",
                "  faqs: {answer: short}",
            )
        },
    ),
    Bad(
        "topics-as-string",
        line(
            "decks/d.yaml:3: 'topics' must map a topic name to its terms; "
            "write it as topics: {name: [term, other term]}"
        ),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "topics: caffeine")},
    ),
    # --- unknown and missing keys --------------------------------------------------------------
    Bad(
        "unknown-top-level-key",
        line("decks/d.yaml:3: unknown key 'tagz' in spec; did you mean 'tags'?"),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "tagz: [coffee]")},
    ),
    Bad(
        # The typo is the one problem: no second line saying 'sources' is missing.
        "misspelt-required-key",
        line("decks/d.yaml:2: unknown key 'soruces' in spec; did you mean 'sources'?"),
        {SPEC: spec("deck: Coffee", "soruces: [sources/coffee.txt]")},
    ),
    Bad(
        "unknown-nested-key",
        line(
            "decks/d.yaml:5: unknown key 'key_colum' in extract.tables; did you mean 'key_column'?"
        ),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources: [sources/coffee.txt]",
                "extract:",
                "  tables:",
                "    key_colum: 2",
            )
        },
    ),
    Bad(
        "unknown-extract-section",
        line("decks/d.yaml:4: unknown key 'claim' in extract; did you mean 'claims'?"),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources: [sources/coffee.txt]",
                "extract:",
                "  claim: {prose: false}",
            )
        },
    ),
    Bad(
        "deck-empty-value",
        line(
            "decks/d.yaml:1: 'deck' must be a non-empty string; "
            'write it as deck: "Topic::Subtopic"'
        ),
        {SPEC: spec("deck:", "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "missing-deck",
        line("decks/d.yaml:1: missing 'deck'; add 'deck: …'"),
        {SPEC: spec("sources: [sources/coffee.txt]", "tags: [coffee]")},
    ),
    Bad(
        "missing-sources",
        line("decks/d.yaml:1: missing 'sources'; add 'sources: [article.txt]'"),
        {SPEC: spec("deck: Coffee", "tags: [coffee]")},
    ),
    Bad(
        "empty-sources",
        line("decks/d.yaml:2: 'sources' is empty; name at least one .txt or .md file"),
        {SPEC: spec("deck: Coffee", "sources: []")},
    ),
    # --- deck names ------------------------------------------------------------------------------
    Bad(
        "deck-name-empty-part",
        line(
            "decks/d.yaml:1: invalid deck name 'A::::B'; "
            "use names separated by '::' with no empty part and no double quote"
        ),
        {SPEC: spec('deck: "A::::B"', "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "deck-name-leading-separator",
        line(
            "decks/d.yaml:1: invalid deck name '::A'; "
            "use names separated by '::' with no empty part and no double quote"
        ),
        {SPEC: spec('deck: "::A"', "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "deck-name-double-quote",
        line(
            "decks/d.yaml:1: invalid deck name 'The \"Best\" Coffee'; "
            "use names separated by '::' with no empty part and no double quote"
        ),
        {SPEC: spec("deck: 'The \"Best\" Coffee'", "sources: [sources/coffee.txt]")},
    ),
    Bad(
        "deck-name-tab",
        line(
            "decks/d.yaml:1: deck name 'Tab\\tCoffee' holds a tab, line break or other control"
            " character; write the name on one line, with spaces only"
        ),
        {SPEC: spec('deck: "Tab\\tCoffee"', "sources: [sources/coffee.txt]")},
    ),
    # --- sources ---------------------------------------------------------------------------------
    Bad(
        # At the spec's line: the path there is the one to fix.
        "source-missing",
        line(
            "decks/d.yaml:2: source 'sources/nope.txt' not found; "
            "check the path: it is relative to the spec's folder"
        ),
        {SPEC: spec("deck: Coffee", "sources: [sources/nope.txt]")},
    ),
    Bad(
        "source-is-a-directory",
        line(
            "decks/d.yaml:2: source 'sources/folder.txt' is a folder, not a file; "
            "name its files, as in 'sources/folder.txt/*.md'"
        ),
        {
            SPEC: spec("deck: Coffee", "sources: [sources/folder.txt]"),
            "decks/sources/folder.txt": folder,
        },
    ),
    Bad(
        "source-folder-no-suffix",
        line(
            "decks/d.yaml:4: source 'sources' is a folder, not a file; "
            "name its files, as in 'sources/*.md'"
        ),
        {SPEC: spec("deck: Coffee", "sources:", "  - sources/coffee.txt", "  - sources")},
    ),
    Bad(
        # Every source the spec names is checked before any is read, each at its line.
        "sources-each-at-its-line",
        line(
            "decks/d.yaml:4: source 'sources/nope.md' not found; "
            "check the path: it is relative to the spec's folder"
        )
        + line(
            "decks/d.yaml:5: 'sources/none/*.md' matches no .txt or .md file; check the pattern"
        ),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources:",
                "  - sources/coffee.txt",
                "  - sources/nope.md",
                "  - sources/none/*.md",
            )
        },
    ),
    Bad(
        # A bare source on the command line has no spec to blame.
        "bare-source-missing",
        line("decks/sources/nope.txt: source file not found; check the path"),
        args=("build", "decks/sources/nope.txt"),
    ),
    Bad(
        "bare-source-is-a-directory",
        line("decks/sources/folder.md: is a folder, not a source file; pass a .txt or .md file"),
        {"decks/sources/folder.md": folder},
        args=("build", "decks/sources/folder.md"),
    ),
    Bad(
        "source-binary",
        line("decks/sources/coffee.txt: binary file, not text; use a plain-text .txt or .md file"),
        {SOURCE: GOOD_TEXT.encode().replace(b"ninety", b"nine\x00ty")},
    ),
    Bad(
        # A BOM does not make binary data text.
        "source-binary-utf-16",
        line("decks/sources/coffee.txt: binary file, not text; use a plain-text .txt or .md file"),
        {SOURCE: GOOD_TEXT.replace("ninety", "nine\x00ty").encode("utf-16")},
    ),
    Bad(
        "source-latin-1",
        line("decks/sources/coffee.txt:6: not UTF-8 text; save the file as UTF-8 and build again"),
        {SOURCE: GOOD_TEXT.replace("after waking", "after waking in a café").encode("latin-1")},
    ),
    Bad(
        "source-pdf",
        line(
            "decks/d.yaml:2: source 'sources/paper.pdf' is not a .txt or .md file; "
            "convert it to plain text or Markdown"
        ),
        {
            SPEC: spec("deck: Coffee", "sources: [sources/paper.pdf]"),
            "decks/sources/paper.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        },
    ),
    Bad(
        "bare-pdf-target",
        line("decks/sources/paper.pdf: not a deck spec or source; use .yaml, .txt or .md"),
        {"decks/sources/paper.pdf": b"%PDF-1.4\n"},
        args=("build", "decks/sources/paper.pdf"),
    ),
    Bad(
        "source-over-20-mb",
        line(
            "decks/sources/coffee.txt: source is 21.0 MB, over the 20 MB limit; "
            "split it into several sources"
        ),
        {SOURCE: too_large},
    ),
    Bad(
        "source-empty",
        line(
            "decks/sources/coffee.txt: found nothing to turn into notes; docdeck looks for FAQs,"
            " tables, key-takeaway lists and firm statements (allow_empty: true in the spec"
            " accepts this)"
        ),
        {SOURCE: ""},
    ),
    Bad(
        "source-nothing-to-extract",
        line(
            "decks/sources/coffee.txt: found nothing to turn into notes; docdeck looks for FAQs,"
            " tables, key-takeaway lists and firm statements (allow_empty: true in the spec"
            " accepts this)"
        ),
        {SOURCE: "Coffee Notes\nnn\nI like coffee in the morning.\nSo does my sister.\n"},
    ),
    # --- study sets and queries ------------------------------------------------------------------
    Bad(
        "set-query-invalid",
        line(
            "decks/d.yaml:4: invalid query 'tag:a OR': 'OR' at column 7 must stand between two"
            " search terms; use tag:NAME, -tag:NAME, OR, and parentheses, as in Anki's search"
        ),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "sets:", '  x: "tag:a OR"')},
    ),
    Bad(
        # An empty value, which YAML reads as null, is a value of the wrong type: no traceback.
        "set-query-empty",
        line(
            "decks/d.yaml:4: 'sets.x' must be a non-empty string; "
            'write it as sets: {name: "tag:kind::faq"}'
        ),
        {SPEC: spec("deck: Coffee", "sources: [sources/coffee.txt]", "sets:", "  x:")},
    ),
    Bad(
        # Both sets would write build/d--x.apkg.
        "set-name-duplicate",
        line("decks/d.yaml:5: duplicate key 'x'; keep one of them"),
        {
            SPEC: spec(
                "deck: Coffee",
                "sources: [sources/coffee.txt]",
                "sets:",
                '  x: "tag:kind::faq"',
                '  x: "tag:kind::table"',
            )
        },
    ),
    Bad(
        "unknown-set-name",
        line("decks/d.yaml: no study set 'nope'; add one under 'sets:' in the spec"),
        args=("build", SPEC, "--set", "nope"),
    ),
    Bad(
        "invalid-tag-query",
        line(
            "invalid query '(tag:kind::faq': '(' at column 1 has no matching ')'; use tag:NAME,"
            " -tag:NAME, OR, and parentheses, as in Anki's search"
        ),
        args=("build", SPEC, "--tag", "(tag:kind::faq"),
    ),
    Bad(
        # An empty --tag is an empty query, not a full build that writes the ledger.
        "tag-query-empty",
        line("empty query ''; write e.g. tag:kind::faq"),
        args=("build", SPEC, "--tag", ""),
    ),
    Bad(
        "set-on-a-bare-source",
        line(
            "decks/sources/coffee.txt: --set needs a spec: a bare source has no study sets;"
            " select with --tag QUERY, or write a spec with 'docdeck init'"
        ),
        args=("build", SOURCE, "--set", "faq"),
    ),
    # --- outputs, ledger, environment, concurrency -----------------------------------------------
    Bad(
        "output-under-a-regular-file",
        line(
            "somefile.txt/x.apkg: cannot write package: 'somefile.txt' is a file, not a folder; "
            "check the -o path"
        ),
        {"somefile.txt": "not a folder\n"},
        args=("build", SPEC, "-o", "somefile.txt/x.apkg"),
    ),
    Bad(
        "ledger-truncated",
        line(
            "decks/d.ledger.json:6: ledger is not valid JSON (Expecting value); "
            "restore it from version control; docdeck will not overwrite it"
        ),
        {LEDGER: TRUNCATED_LEDGER},
    ),
    Bad(
        "ledger-damaged",
        line(
            "decks/d.ledger.json: ledger is damaged (missing or malformed entries); "
            "restore it from version control; docdeck will not overwrite it"
        ),
        {LEDGER: '{"docdeck_ledger": 1, "notes": [{"identity": "x"}], "notetypes": {}}\n'},
    ),
    Bad(
        "ledger-from-newer-docdeck",
        line(
            "decks/d.ledger.json: ledger was written by a newer docdeck (format 99); "
            "upgrade docdeck; the ledger is left as it is"
        ),
        {LEDGER: '{"docdeck_ledger": 99, "namespace": "d", "notes": [], "notetypes": {}}\n'},
    ),
    Bad(
        "source-date-epoch-invalid",
        line(
            "SOURCE_DATE_EPOCH is not a whole number: 'yesterday'; "
            "unset it or give seconds since 1970"
        ),
        env={"SOURCE_DATE_EPOCH": "yesterday"},
    ),
    Bad(
        # `--wait` announces the wait before giving up: that notice precedes the error.
        "another-build-running",
        "waiting for another build of decks/d.yaml…\n"
        + line(
            "decks/d.yaml: another docdeck build of this deck is still running after 0.2 s; "
            "wait for it to finish, or pass a longer --wait"
        ),
        args=("build", SPEC, "--wait", "0.2"),
        locked=True,
    ),
)


def invoke(args: tuple[str, ...], epoch: str, env: Mapping[str, str] = {}) -> Result:
    return CliRunner().invoke(main, list(args), env={"SOURCE_DATE_EPOCH": epoch, **env})


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder after one good build: decks/d.yaml, its source and ledger, build/d.apkg."""
    root = tmp_path_factory.mktemp("good")
    (root / "decks" / "sources").mkdir(parents=True)
    (root / SPEC).write_text(GOOD_SPEC, encoding="utf-8")
    (root / SOURCE).write_text(GOOD_TEXT, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = invoke(("build", SPEC), GOOD_EPOCH)
    assert result.exit_code == 0, result.output
    assert (root / PACKAGE).is_file() and (root / LEDGER).is_file()
    return root


def write(root: Path, files: Mapping[str, Content]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            path.unlink()
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            content(path)


FileState = tuple[bytes, int, int]


def outputs(root: Path) -> dict[str, FileState]:
    """Every file in build/ (the cache aside) and beside the spec: bytes, inode, mtime."""
    found: dict[str, FileState] = {}
    for where in (root / "build", root / "decks"):
        for path in where.iterdir():
            if path.is_file():
                stat = path.stat()
                found[path.relative_to(root).as_posix()] = (
                    path.read_bytes(),
                    stat.st_ino,
                    stat.st_mtime_ns,
                )
    return found


@contextlib.contextmanager
def held_lock(path: Path, hold: bool) -> Iterator[None]:
    """An exclusive flock on `path`, as another running build of the deck holds it."""
    if not hold:
        yield
        return
    with open(path, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def test_the_table_is_large_and_every_id_unique() -> None:
    assert len(BAD) >= 30
    assert len({case.id for case in BAD}) == len(BAD)


@pytest.mark.parametrize("case", BAD, ids=[case.id for case in BAD])
def test_bad_input_is_one_error_line_and_leaves_the_good_outputs(
    case: Bad, good_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(good_build, tmp_path, dirs_exist_ok=True)
    write(tmp_path, case.files)
    before = outputs(tmp_path)
    assert PACKAGE in before
    monkeypatch.chdir(tmp_path)

    with held_lock(tmp_path / SPEC, case.locked):
        result = invoke(case.args, LATER_EPOCH, case.env)

    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == case.stderr
    errors = [text for text in result.stderr.splitlines() if text.startswith("Error: ")]
    assert errors and all("; " in text for text in errors)
    assert outputs(tmp_path) == before


@pytest.mark.parametrize(
    ("writer", "spliced"),
    [("docdeck.pipeline.write_ledger", False), ("docdeck.splice.write_hashed", True)],
    ids=["planned", "spliced"],
)
def test_a_disk_full_while_the_ledger_is_written_leaves_the_good_outputs(
    good_build: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: str, spliced: bool
) -> None:
    """The ledger is written in a thread while the package is built: the package must not
    move into place when the ledger then fails. A full disk cannot be made here for real:
    the ledger's writer fails the way a full disk makes it fail, after part of the file."""
    shutil.copytree(good_build, tmp_path, dirs_exist_ok=True)
    write(tmp_path, {SOURCE: GOOD_TEXT.replace("ninety minutes", "two hours")})
    if not spliced:
        shutil.rmtree(tmp_path / "build" / ".cache")  # planned in full
    before = outputs(tmp_path)
    monkeypatch.chdir(tmp_path)

    def disk_full(*args: object) -> str:
        [path] = [arg for arg in args if isinstance(arg, Path)]  # the ledger's temp file
        path.write_text('{"docdeck_ledger": 2,\n', encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writer, disk_full)
    result = invoke(("build", SPEC), LATER_EPOCH)

    assert result.exit_code == 2, result.output
    assert result.stderr == line("decks/d.ledger.json: cannot write: No space left on device")
    assert outputs(tmp_path) == before


# --- robust input: builds, with the notes inside the package ---------------------------------


@dataclass(frozen=True)
class Good:
    id: str
    sources: Mapping[str, Content]
    """Files under decks/sources/; the spec lists them in this order."""
    counts: str
    """The summary's `N notes (… faq, … table, … takeaway, … claim)`."""
    warnings: tuple[str, ...] = ()
    """Lines the build must print, exactly (their order aside)."""
    allow_empty: bool = False

    @property
    def notes(self) -> int:
        return int(self.counts.split()[0])


def ragged(path: Path) -> None:
    # Its third column is no "Note" column, which is not carded (`test_table_notes_columns.py`).
    table = ["| Drink | Caffeine | Serving |", "|---|---|---|", "| Espresso | 63 mg |"]
    table += ["| Filter coffee | 95 mg | per cup | extra |", "| Green tea | 28 mg | brewed |"]
    lines = ["Caffeine Content", "nn", "How much caffeine each drink holds.", "Drinks", *table]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ten_thousand_rows(path: Path) -> None:
    rows = "".join(f"| Item {n} | Value {n} |\n" for n in range(10_000))
    text = f"Big Table\nnn\nOne long table.\nThe Data\n| Name | Value |\n|---|---|\n{rows}"
    path.write_text(text, encoding="utf-8")


LONG_LINE = ("Coffee is a drink. " * 10_527)[:200_000]
DUPLICATE_FAQ = (
    "When should I drink my first coffee?\nAnother answer about when to have the first cup.\n"
)
TWO_FAQS = "2 notes (2 faq, 0 table, 0 takeaway, 0 claim)"
DUPLICATE_WARNING = (
    "warning: faq repeats an earlier one (line {first}); remove or reword the duplicate"
)

GOOD: tuple[Good, ...] = (
    Good("bom-txt", {"a.txt": "\ufeff" + GOOD_TEXT}, TWO_FAQS),
    Good("bom-md", {"a.md": "\ufeff" + GOOD_MARKDOWN}, TWO_FAQS),
    # Windows Notepad's "Unicode": UTF-16 with a BOM, and CRLF.
    Good("utf-16-txt", {"a.txt": GOOD_TEXT.replace("\n", "\r\n").encode("utf-16")}, TWO_FAQS),
    Good(
        "utf-16-be-md",
        {"a.md": "\ufeff".encode("utf-16-be") + GOOD_MARKDOWN.encode("utf-16-be")},
        TWO_FAQS,
    ),
    Good("utf-32-txt", {"a.txt": GOOD_TEXT.encode("utf-32")}, TWO_FAQS),
    # UTF-16 without a BOM (some exports write none): was refused as a binary file.
    Good("utf-16-le-no-bom-txt", {"a.txt": GOOD_TEXT.encode("utf-16-le")}, TWO_FAQS),
    Good("utf-16-be-no-bom-md", {"a.md": GOOD_MARKDOWN.encode("utf-16-be")}, TWO_FAQS),
    Good("crlf-txt", {"a.txt": GOOD_TEXT.replace("\n", "\r\n").encode()}, TWO_FAQS),
    Good("crlf-md", {"a.md": GOOD_MARKDOWN.replace("\n", "\r\n").encode()}, TWO_FAQS),
    Good("cr-only-txt", {"a.txt": GOOD_TEXT.replace("\n", "\r").encode()}, TWO_FAQS),
    Good("tabs-txt", {"a.txt": GOOD_TEXT.replace(" about ", "\tabout\t")}, TWO_FAQS),
    Good("tabs-md", {"a.md": GOOD_MARKDOWN.replace(" about ", "\tabout\t")}, TWO_FAQS),
    Good(
        "200k-character-line-txt",
        {"a.txt": GOOD_TEXT.replace("Frequently", f"{LONG_LINE}\nFrequently")},
        TWO_FAQS,
    ),
    Good(
        "200k-character-line-md",
        {"a.md": GOOD_MARKDOWN.replace("## Frequently", f"{LONG_LINE}\n\n## Frequently")},
        TWO_FAQS,
    ),
    Good(
        "ragged-table-txt",
        {"a.txt": ragged},
        "5 notes (0 faq, 5 table, 0 takeaway, 0 claim)",
        (
            "  decks/sources/a.txt:7: warning: table row has 2 cells, the header has 3; "
            "missing cells are left empty, extra cells dropped",
            "  decks/sources/a.txt:8: warning: table row has 4 cells, the header has 3; "
            "missing cells are left empty, extra cells dropped",
            "  decks/sources/a.txt:7: warning: table cell 'Espresso — Serving' is empty",
        ),
    ),
    Good(
        "10000-row-table",
        {"a.txt": ten_thousand_rows},
        "10000 notes (0 faq, 10000 table, 0 takeaway, 0 claim)",
    ),
    Good(
        "duplicate-faq-txt",
        {"a.txt": GOOD_TEXT + DUPLICATE_FAQ},
        TWO_FAQS,
        ("  decks/sources/a.txt:9: " + DUPLICATE_WARNING.format(first=5),),
    ),
    Good(
        "duplicate-faq-md",
        {"a.md": GOOD_MARKDOWN + "\n### " + DUPLICATE_FAQ.replace("?\n", "?\n\n")},
        TWO_FAQS,
        ("  decks/sources/a.md:15: " + DUPLICATE_WARNING.format(first=7),),
    ),
    Good(
        "allow-empty",
        {"empty.txt": "", "a.txt": GOOD_TEXT},
        TWO_FAQS,
        ("  decks/sources/empty.txt: warning: found nothing to turn into notes",),
        allow_empty=True,
    ),
)


def package_note_count(path: Path) -> int:
    with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as scratch:
        database = archive.extract("collection.anki2", scratch)
        connection = sqlite3.connect(database)
        try:
            [(count,)] = connection.execute("select count(*) from notes").fetchall()
        finally:
            connection.close()
    return int(count)


@pytest.mark.parametrize("case", GOOD, ids=[case.id for case in GOOD])
def test_robust_input_builds_its_notes(
    case: Good, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ", ".join(f"sources/{name}" for name in case.sources)
    lines = ["deck: Robust", f"sources: [{names}]"]
    if case.allow_empty:
        lines.append("allow_empty: true")
    write(tmp_path, {SPEC: spec(*lines)})
    write(tmp_path, {f"decks/sources/{name}": content for name, content in case.sources.items()})
    monkeypatch.chdir(tmp_path)

    result = invoke(("build", SPEC), GOOD_EPOCH)

    assert result.exception is None, result.output
    assert result.exit_code == 0
    assert result.stderr == ""
    printed = result.stdout.splitlines()
    assert printed[0] == f"decks/d.yaml → build/d.apkg: deck 'Robust', {case.counts}"
    assert set(case.warnings) <= set(printed), printed
    assert not [text for text in printed if "warning" in text and text not in case.warnings]
    assert package_note_count(tmp_path / PACKAGE) == case.notes


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["preview", "check", "tags"])
def test_output_on_a_full_disk_is_one_error_line(
    command: str, good_build: Path, tmp_path: Path
) -> None:
    """What a command prints cannot be written (stdout on a full disk): one line, no traceback."""
    shutil.copytree(good_build, tmp_path, dirs_exist_ok=True)
    docdeck = [sys.executable, "-c", "from docdeck.cli import main; main()"]
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*docdeck, command, SPEC], cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert result.returncode == 2
    assert result.stderr == "Error: No space left on device\n"


def test_an_interrupted_command_exits_130_with_one_error_line(
    good_build: Path, tmp_path: Path
) -> None:
    """Ctrl-C is not exit 1, which means warnings under --strict. Interrupted while it waits
    for another build's lock: a moment that is certain to come, with nothing written yet."""
    shutil.copytree(good_build, tmp_path, dirs_exist_ok=True)
    before = outputs(tmp_path)
    docdeck = [sys.executable, "-c", "from docdeck.cli import main; main()"]
    with held_lock(tmp_path / SPEC, True):
        process = subprocess.Popen(
            [*docdeck, "build", SPEC, "--wait", "60"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        assert process.stderr is not None
        waiting = process.stderr.readline()
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    assert waiting == "waiting for another build of decks/d.yaml…\n"
    assert process.returncode == 130
    assert (stdout, stderr) == (
        "",
        "\nError: interrupted; nothing is left half-written: run it again\n",
    )
    assert outputs(tmp_path) == before
