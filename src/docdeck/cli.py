"""The command line: parses arguments, calls the pipeline, prints. The only Click importer.

Every `DocdeckError` becomes one `Error:` line per problem and exit code 2.
"""

from __future__ import annotations

import difflib
import html
import re
import sys
from collections import Counter
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from docdeck import __version__
from docdeck.errors import DocdeckError
from docdeck.ledger import Change, Ledger, NoteChange, load_ledger, schema_changes
from docdeck.notes import NoteKind
from docdeck.notetypes import notetype_for
from docdeck.pipeline import Plan, build_time, display, ledger_path, plan_deck, write_plan
from docdeck.readers import SOURCE_SUFFIXES
from docdeck.spec import DeckSpec, SpecErrors, default_spec, load_spec

F = TypeVar("F", bound=Callable[..., Any])
SPEC_DIR = Path("decks")
BUILD_DIR = Path("build")
SPEC_SUFFIXES = (".yaml", ".yml")


def _reports_errors(command: F) -> F:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SpecErrors as errors:
            for problem in errors.problems:
                click.echo(f"Error: {problem}", err=True)
            sys.exit(2)
        except DocdeckError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docdeck")
def main() -> None:
    """Turn articles into Anki decks that keep their identity across edits."""


@main.command()
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the package here (one spec or source only).",
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors: write nothing, exit 1.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option(
    "--forget-removed",
    is_flag=True,
    help="Stop re-emitting notes removed from the source (flag them in Anki first).",
)
@click.option(
    "--migrate-notetypes",
    is_flag=True,
    help="Accept a notetype schema change and print the one-time import steps.",
)
@_reports_errors
def build(
    targets: tuple[Path, ...],
    output: Path | None,
    strict: bool,
    quiet: bool,
    forget_removed: bool,
    migrate_notetypes: bool,
) -> None:
    """Build decks from SPEC files (.yaml) or bare SOURCE files (.txt, .md).

    With no argument, builds every decks/*.yaml into build/<name>.apkg.
    """
    specs = _load_targets(targets)
    if output is not None and len(specs) != 1:
        raise DocdeckError("-o needs exactly one spec or source", hint="build them one at a time")
    now = build_time()
    migrating = [schema_changes(_ledger_of(spec, output)) for spec in specs]
    plans = [
        plan_deck(spec, now, _output(spec, output), forget_removed, migrate_notetypes)
        for spec in specs
    ]
    if strict and any(plan.diagnostics for plan in plans):
        for plan in plans:
            _report(plan, None, quiet=False)
        click.echo("Error: warnings found and --strict is set; nothing written", err=True)
        sys.exit(1)
    for plan, changed_types in zip(plans, migrating, strict=True):
        path = _output(plan.spec, output)
        write_plan(plan, path)
        if not quiet:
            _report(plan, path, quiet)
        for notetype in changed_types:
            click.echo(_MIGRATION_STEPS.format(name=notetype.name, path=display(path)))


_MIGRATION_STEPS = """Notetype '{name}' changed its schema. Once, in Anki:
  1. File › Import {path} with "Merge note types" ticked (this asks for a full sync).
  2. Import the same file again with "Update notes: Always", then set it back to "If newer".
Step 2 applies this build's edits, which the merge in step 1 skips."""


def _output(spec: DeckSpec, output: Path | None) -> Path:
    return output or BUILD_DIR / f"{spec.stem}.apkg"


def _ledger_of(spec: DeckSpec, output: Path | None) -> Ledger:
    path = ledger_path(spec, _output(spec, output))
    return load_ledger(path, display(path), spec.id)


def _load_targets(targets: tuple[Path, ...]) -> list[DeckSpec]:
    if not targets:
        targets = tuple(sorted(SPEC_DIR.glob("*.yaml")) + sorted(SPEC_DIR.glob("*.yml")))
        if not targets:
            raise DocdeckError(
                "no deck specs in decks/", hint="pass a spec or a .txt/.md source to build"
            )
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


def _report(plan: Plan, path: Path | None, quiet: bool) -> None:
    counts = plan.counts()
    kinds = ", ".join(f"{counts[kind]} {kind.value}" for kind in NoteKind)
    where = f" → {display(path)}" if path else ""
    click.echo(f"{_origin(plan)}{where}: deck '{plan.deck}', {len(plan.notes)} notes ({kinds})")
    click.echo(f"  changes: {_change_counts(plan)}")
    if quiet:
        return
    for diagnostic in plan.diagnostics:
        click.echo(f"  {diagnostic}")


def _origin(plan: Plan) -> str:
    return display(plan.spec.path) if plan.spec.path else display(plan.spec.sources[0])


def _change_counts(plan: Plan) -> str:
    found = Counter(change.change for change in plan.assignment.changes)
    return ", ".join(f"{found[change]} {change.value}" for change in Change)


@main.command()
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The package path the build would use (locates a bare source's ledger).",
)
@_reports_errors
def diff(targets: tuple[Path, ...], output: Path | None) -> None:
    """Show what the next build will change against the ledger, writing nothing.

    Also predicts what Anki's default import (update if newer) will do with each note.
    """
    specs = _load_targets(targets)
    now = build_time()
    for spec in specs:
        plan = plan_deck(spec, now, _output(spec, output))
        click.echo(f"{_origin(plan)}: against {display(plan.ledger_path)}")
        click.echo(f"  {_change_counts(plan)}")
        for line in _change_lines(plan):
            click.echo(line)
        click.echo(f"  Anki import (default options): {_anki_prediction(plan)}")


_SIGNS = {
    Change.ADDED: "+",
    Change.UPDATED: "~",
    Change.REIDENTIFIED: ">",
    Change.REMOVED: "-",
}


def _change_lines(plan: Plan) -> list[str]:
    lines = []
    for change in sorted(plan.assignment.changes, key=_change_order):
        if change.change is Change.UNCHANGED:
            continue
        note = change.note
        shown = change.old.fields if change.old and change.change is Change.REMOVED else note.fields
        label = f"{_SIGNS[change.change]} {note.kind.value} {_front(shown)}"
        if change.change is Change.REIDENTIFIED and change.old is not None:
            label += f" (was {_front(change.old.fields)})"
        lines.append(f"  {label}")
        if change.old is not None and change.change is not Change.REMOVED:
            names = notetype_for(note.kind).fields
            for name, old, new in zip(names, change.old.fields, note.fields, strict=False):
                if name != "Source" and old != new:
                    lines.append(f"      {name}: {_word_diff(_plain(old), _plain(new))}")
    return lines


def _change_order(change: NoteChange) -> tuple[int, str]:
    return list(Change).index(change.change), change.note.fields[0]


def _anki_prediction(plan: Plan) -> str:
    old_mods = {entry.guid: entry.mod for entry in plan.old_ledger.notes}
    found: Counter[str] = Counter()
    for note in plan.notes + plan.assignment.tombstones:
        if note.guid not in old_mods:
            found["new"] += 1
        elif note.mod > old_mods[note.guid]:
            found["removed" if note.draft is None else "updated"] += 1
        else:
            found["unchanged"] += 1
    return ", ".join(f"{found[k]} {k}" for k in ("new", "updated", "removed", "unchanged"))


def _plain(field: str) -> str:
    text = re.sub(r"\{\{c\d+::(.*?)\}\}", r"[\1]", field)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _front(fields: tuple[str, ...], limit: int = 70) -> str:
    text = _plain(fields[0])
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'


def _word_diff(old: str, new: str, context: int = 3) -> str:
    """Changed words as `[-old-] {+new+}`, with a few words of context either side."""
    a, b = old.split(), new.split()
    operations = difflib.SequenceMatcher(None, a, b).get_opcodes()
    parts: list[str] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(operations):
        if tag != "equal":
            parts += [f"[-{' '.join(a[i1:i2])}-]"] if i2 > i1 else []
            parts += [f"{{+{' '.join(b[j1:j2])}+}}"] if j2 > j1 else []
            continue
        words = a[i1:i2]
        if index == 0 and len(words) > context:
            words = ["…", *words[-context:]]
        elif index == len(operations) - 1 and len(words) > context:
            words = [*words[:context], "…"]
        elif len(words) > 2 * context:
            words = [*words[:context], "…", *words[-context:]]
        parts += words
    return " ".join(parts)
