"""What a build is asked for, and whether its last build still holds: the specs a command
names, where each deck writes, and the stamp a build leaves (`write_stamp`), which
`up_to_date()` compares with the inputs before anything is parsed.

Imports no reader, extractor, ledger or package writer: a rebuild that finds its deck up to
date loads this module, `spec` and little else (`cli`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from docdeck.atomic import locked, write_atomic
from docdeck.errors import (
    Diagnostic,
    DocdeckError,
    SpecErrors,
    count,
    dump_diagnostics,
    load_diagnostics,
)
from docdeck.notes import Change, NoteKind, slug
from docdeck.notetypes import NOTETYPES
from docdeck.spec import SOURCE_SUFFIXES, DeckSpec, default_spec, load_spec

LEDGER_SUFFIX = ".ledger.json"
SPEC_DIR = Path("decks")
BUILD_DIR = Path("build")
STAMP = "outputs.stamp"
CACHE_DIR = ".cache"  # in BUILD_DIR: a folder per deck (`cache_folder`)
SPEC_SUFFIXES = (".yaml", ".yml")


# The libraries whose behaviour shapes a build's output.
LIBRARIES = ("genanki", "pyromark", "yaml")


@cache
def code_version() -> str:
    """A hash of docdeck's own code and of where and when its libraries were installed: any
    change to either (an upgrade of pyromark, say) invalidates every entry."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    for name in LIBRARIES:  # located, not imported: importing them costs more than a build check
        found = importlib.util.find_spec(name)
        if found is not None and found.origin:
            stat = os.stat(found.origin)
            digest.update(f"{name}:{found.origin}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return digest.hexdigest()


def build_time() -> int:
    """Seconds since the epoch, or `SOURCE_DATE_EPOCH` for reproducible builds: the only clock
    reading, once per command."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if fixed:
        try:
            return int(fixed)
        except ValueError:
            raise DocdeckError(
                f"SOURCE_DATE_EPOCH is not a whole number: '{fixed}'",
                hint="unset it or give seconds since 1970",
            ) from None
    return int(time.time())


def display(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    if not path.is_absolute() and ".." not in path.parts:
        return path.as_posix()  # already relative to it: no file-system look-ups
    return _display(path, os.getcwd())


@functools.lru_cache(maxsize=1 << 16)  # a build asks for each source's several times
def _display(path: Path, cwd: str) -> str:
    try:
        return path.resolve().relative_to(Path(cwd).resolve()).as_posix()
    except ValueError:  # outside the working folder: as given, less its `..` steps
        return Path(os.path.normpath(path)).as_posix()


def load_targets(targets: tuple[Path, ...]) -> list[DeckSpec]:
    """The specs named on the command line (bare sources get a default spec), or every
    decks/*.yaml; every problem of every spec is reported at once."""
    if not targets:
        targets = tuple(sorted(SPEC_DIR.glob("*.yaml")) + sorted(SPEC_DIR.glob("*.yml")))
        if not targets:
            raise DocdeckError("no deck specs in decks/", hint="pass a spec or a .txt/.md source")
    specs: list[DeckSpec] = []
    problems: list[DocdeckError] = []
    for target in targets:
        suffix = target.suffix.lower()
        try:
            if suffix in SPEC_SUFFIXES:
                specs.append(load_spec(target, display(target)))
            elif suffix in SOURCE_SUFFIXES:
                specs.append(default_spec(target))
            else:
                raise DocdeckError(
                    "not a deck spec or source", display(target), hint="use .yaml, .txt or .md"
                )
        except SpecErrors as errors:
            problems += errors.problems
        except DocdeckError as error:
            problems.append(error)
    if problems:
        raise SpecErrors(problems)
    return specs


@contextlib.contextmanager
def build_lock(spec: DeckSpec, wait: float, on_wait: Callable[[], None]) -> Iterator[None]:
    """Serialise builds of one deck: they share its ledger. The lock is held on the spec file
    (or the bare source), which a build reads but never replaces."""
    target = spec.path or spec.sources[0]
    if not target.is_file():
        yield  # a missing source is reported where it is read
        return
    lock = contextlib.ExitStack()
    try:
        lock.enter_context(locked(target, wait, on_wait))
    except TimeoutError:
        raise DocdeckError(
            f"another docdeck build of this deck is still running after {wait:g} s",
            display(target),
            hint="wait for it to finish, or pass a longer --wait",
        ) from None
    with lock:
        yield


def output_for(spec: DeckSpec, output: Path | None = None) -> Path:
    """Where a spec's package goes: `-o`, or build/<stem>.apkg."""
    return output or BUILD_DIR / f"{spec.stem}.apkg"


def check_outputs(specs: list[DeckSpec]) -> None:
    """Refuse specs of one name (`a/x.yaml` and `b/x.yaml`, `x.yaml` and `x.yml`): their
    packages, caches and stamps would be one another's."""
    first: dict[Path, DeckSpec] = {}
    for spec in specs:
        other = first.setdefault(output_for(spec), spec)
        if other is not spec:
            shown = [origin_of(s) for s in (other, spec)]
            raise DocdeckError(
                f"{shown[0]} and {shown[1]} would both write {display(output_for(spec))}",
                shown[1],
                hint="rename one of them, or build one at a time with -o",
            )


def origin_of(spec: DeckSpec) -> str:
    """How a deck is named in messages: its spec, or its bare source."""
    return display(spec.path) if spec.path else display(spec.sources[0])


def ledger_path(spec: DeckSpec, output: Path) -> Path:
    """A spec's ledger sits beside it (committed); a bare source's beside its package."""
    if spec.path is not None:
        return spec.path.with_name(spec.path.stem + LEDGER_SUFFIX)
    return output.with_name(output.stem + LEDGER_SUFFIX)


@dataclass(frozen=True, slots=True)
class Request:
    """What a build was asked for beyond the spec: part of what makes a rebuild a no-op."""

    output: Path | None = None
    set_name: str | None = None
    query: str | None = None
    forget_removed: bool = False
    migrate_notetypes: bool = False


def cache_folder(spec: DeckSpec, output: Path | None) -> Path | None:
    """build/.cache/<package stem>: only in a project's build/ folder, never beside an -o path
    elsewhere (a default build creates build/, so it gets a cache from its first run)."""
    path = output_for(spec, output)
    inside = not path.is_absolute() and path.parts[:1] == BUILD_DIR.parts
    if not (BUILD_DIR.is_dir() or inside):
        return None
    return BUILD_DIR / CACHE_DIR / slug(path.stem)


def stamped(spec: DeckSpec, request: Request) -> bool:
    """Whether a last build of `spec` left its stamp (see `write_stamp`)."""
    folder = cache_folder(spec, request.output)
    return folder is not None and (folder / STAMP).is_file()


def source_hashes(spec: DeckSpec) -> list[bytes] | None:
    """Each source's SHA-256 (None if one cannot be read: the full build then reports why).
    Read once per build: the up-to-date check and a splice both use them."""
    try:
        return [hashlib.sha256(source.read_bytes()).digest() for source in spec.sources]
    except OSError:
        return None


def inputs_key(spec: DeckSpec, request: Request, hashes: list[bytes]) -> str:
    """A hash of docdeck's code and notetypes, the spec, the request and every source's bytes."""
    digest = inputs_digest(spec, request)
    for source, data_hash in zip(spec.sources, hashes, strict=True):
        add_source(digest, source, data_hash)
    return digest.hexdigest()


def inputs_digest(spec: DeckSpec, request: Request) -> hashlib._Hash:
    """A hash of docdeck's code and notetypes, the spec less its sources, and the request:
    `add_source` adds each source (a splice compares the source lists itself)."""
    notetypes = [(nt.content_hash(), nt.schema()) for nt in NOTETYPES]
    settings = replace(spec, sources=())
    return hashlib.sha256(f"{code_version()}\0{notetypes}\0{settings!r}\0{request!r}".encode())


def add_source(digest: hashlib._Hash, source: Path, data_hash: bytes) -> None:
    digest.update(f"\0{source}\0".encode())
    digest.update(data_hash)


def write_stamp(
    stamp: Path,
    built_by: str,
    digest: str | None,
    inputs: str | None,
    images: dict[str, str | None],
    ledger_hash: str,
    outputs: dict[str, str | None],
    found: Summary,
    splice: dict[str, Any] | None,
) -> None:
    """Record what a build wrote (`up_to_date` and `splice` read it back). `built_by`: the
    deck's spec or bare source (`origin_of`). `digest`: the plan's (`outputs_digest`), None
    for a spliced build."""
    record = {
        "built_by": built_by,
        "digest": digest,
        "inputs": inputs,
        "images": images,
        "ledger": ledger_hash,
        "outputs": outputs,
        "summary": _dump_summary(found),
        "splice": splice,
    }
    with contextlib.suppress(OSError):  # without a stamp the next build just writes again
        write_atomic(stamp, json.dumps(record, sort_keys=True, ensure_ascii=False).encode())


@dataclass(frozen=True, slots=True)
class Summary:
    """What an up-to-date rebuild of a deck reports: its notes as they are now."""

    deck: str
    counts: dict[NoteKind, int]
    main: Path | None
    sets: tuple[tuple[Path, int, str], ...]
    """Each study set's package, note count (tombstones included) and Anki search."""
    diagnostics: tuple[Diagnostic, ...]
    removed: int = 0
    """The tombstones: notes removed from the sources, flagged once more in the package."""


def up_to_date(spec: DeckSpec, request: Request, hashes: list[bytes] | None) -> Summary | None:
    """The summary of the last build if nothing it read or wrote has changed since: then the
    build can stop before parsing a source or reading the ledger. None: plan and write as usual.
    `hashes`: `source_hashes(spec)`."""
    folder = cache_folder(spec, request.output)
    if folder is None or hashes is None:
        return None
    inputs = inputs_key(spec, request, hashes)
    record = read_stamp(folder / STAMP)
    try:
        if record["inputs"] != inputs or any(
            file_hash(Path(path)) != digest for path, digest in record["images"].items()
        ):
            return None
        if record["ledger"] != file_hash(ledger_path(spec, output_for(spec, request.output))):
            return None
        if any(file_hash(Path(path)) != digest for path, digest in record["outputs"].items()):
            return None
        return _load_summary(record["summary"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _dump_summary(found: Summary) -> dict[str, object]:
    return {
        "deck": found.deck,
        "counts": {kind.value: count for kind, count in found.counts.items()},
        "main": str(found.main) if found.main else None,
        "sets": [[str(path), count, search] for path, count, search in found.sets],
        "diagnostics": dump_diagnostics(found.diagnostics),
        "removed": found.removed,
    }


def _load_summary(data: dict[str, Any]) -> Summary:
    return Summary(
        str(data["deck"]),
        {NoteKind(kind): int(number) for kind, number in data["counts"].items()},
        Path(data["main"]) if data["main"] else None,
        tuple((Path(path), int(number), str(search)) for path, number, search in data["sets"]),
        load_diagnostics(data["diagnostics"]),
        int(data.get("removed", 0)),
    )


def read_stamp(stamp: Path) -> dict[str, Any]:
    try:
        record = json.loads(stamp.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def file_hash(path: Path) -> str | None:
    """The SHA-256 of a file, read in chunks; None if it cannot be read (absent, say): writing
    it then reports why."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def up_to_date_lines(spec: DeckSpec, found: Summary, quiet: bool) -> list[str]:
    """What a build that found nothing changed prints: the same lines as a planned no-op."""
    changes = change_counts({Change.UNCHANGED: sum(found.counts.values())})
    return summary_lines(origin_of(spec), found, changes, quiet, written=False)


def summary_lines(
    where: str, found: Summary, changes: str, quiet: bool, written: bool
) -> list[str]:
    """A deck's summary as a build prints it: `where` its spec or source, `changes` its
    `change_counts`."""
    kinds = ", ".join(f"{found.counts[kind]} {kind.value}" for kind in NoteKind)
    if found.removed:  # the package holds them, flagged: the count is the package's
        kinds += f", {found.removed} removed"
    main = f" → {display(found.main)}" if found.main else ""
    notes = sum(found.counts.values()) + found.removed
    lines = [
        f"{where}{main}: deck '{found.deck}', {count(notes, 'note')} ({kinds})",
        f"  changes: {changes}",
    ]
    if not written:
        lines.append("  up to date: nothing written")
    lines += [
        f"  set → {display(path)}: {count(number, 'note')}; in Anki: {search}"
        for path, number, search in found.sets
    ]
    if not quiet:
        lines += [f"  {diagnostic}" for diagnostic in found.diagnostics]
    return lines


def change_counts(counts: Mapping[Change, int]) -> str:
    """Every change's count, in `Change` order ("0 added, 1 updated, …")."""
    return ", ".join(f"{counts.get(change, 0)} {change.value}" for change in Change)
