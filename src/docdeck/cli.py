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
from docdeck.lint import lint
from docdeck.notes import DeckOut, NoteKind, slug
from docdeck.notetypes import notetype_for
from docdeck.pipeline import (
    Plan,
    build_time,
    display,
    ledger_path,
    plan_deck,
    scaffold,
    set_deck,
    set_output,
    set_queries,
    write_plan,
    write_text,
)
from docdeck.preview import Card, cards, html_page, note_json, plain
from docdeck.readers import SOURCE_SUFFIXES
from docdeck.selection import Query, anki_search, parse_query, tag_tree
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
@click.option("--set", "set_name", metavar="NAME", help="Build only the spec's study set NAME.")
@click.option("--tag", "query", metavar="QUERY", help="Build only the notes a tag query selects.")
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
    set_name: str | None,
    query: str | None,
    strict: bool,
    quiet: bool,
    forget_removed: bool,
    migrate_notetypes: bool,
) -> None:
    """Build decks from SPEC files (.yaml) or bare SOURCE files (.txt, .md).

    With no argument, builds every decks/*.yaml into build/<name>.apkg, and each study set
    of a spec into build/<name>--<set>.apkg.
    """
    specs = _load_targets(targets)
    if output is not None and len(specs) != 1:
        raise DocdeckError("-o needs exactly one spec or source", hint="build them one at a time")
    if set_name and query:
        raise DocdeckError("--set and --tag cannot be combined", hint="use one of them")
    ad_hoc = parse_query(query) if query else None
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
    jobs = [_packages(plan, output, set_name, ad_hoc) for plan in plans]
    for plan, packages, changed_types in zip(plans, jobs, migrating, strict=True):
        write_plan(plan, [(path, decks) for path, decks, _ in packages])
        if not quiet:
            _report(plan, packages[0][0] if not (set_name or ad_hoc) else None, quiet)
            for path, decks, search in packages:
                if search:
                    count = sum(len(deck.notes) for deck in decks)
                    click.echo(f"  set → {display(path)}: {count} notes; in Anki: {search}")
        for notetype in changed_types:
            click.echo(_MIGRATION_STEPS.format(name=notetype.name, path=display(packages[0][0])))


Package = tuple[Path, list[DeckOut], str | None]


def _packages(
    plan: Plan, output: Path | None, set_name: str | None, ad_hoc: Query | None
) -> list[Package]:
    """The packages one build writes: the deck and its sets, or one set; each set with the
    Anki search that makes it a filtered deck (importing never moves existing cards)."""
    main_output = _output(plan.spec, output)
    if ad_hoc is not None:
        path = output or set_output(main_output, slug(ad_hoc.text))
        deck = plan.study_set(ad_hoc, f"{plan.deck}::{slug(ad_hoc.text)}")
        return [(path, [deck], anki_search(plan.deck, ad_hoc.text))]
    queries = set_queries(plan.spec)
    names = [study_set.name for study_set in plan.spec.sets]
    if set_name is not None and set_name not in names:
        raise DocdeckError(
            f"no study set '{set_name}' in {_origin(plan)}",
            hint=f"sets: {', '.join(names)}" if names else "add one under 'sets:' in the spec",
        )
    packages: list[Package] = [] if set_name else [(main_output, plan.decks(), None)]
    for study_set in plan.spec.sets:
        if set_name in (None, study_set.name):
            deck = plan.study_set(queries[study_set.name], set_deck(plan, study_set))
            search = anki_search(plan.deck, study_set.query)
            path = output if set_name and output else set_output(main_output, study_set.name)
            packages.append((path, [deck], search))
    return packages


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


@main.command()
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path))
@_reports_errors
def tags(targets: tuple[Path, ...]) -> None:
    """List every tag of the notes a build would make, with its note count, as a tree."""
    now = build_time()
    for spec in _load_targets(targets):
        plan = plan_deck(spec, now)
        click.echo(f"{_origin(plan)}: {len(plan.notes)} notes")
        rows = [
            ("  " * depth + name, count)
            for depth, name, count in tag_tree(note.tags for note in plan.notes)
        ]
        width = max((len(label) for label, _ in rows), default=0)
        for label, count in rows:
            click.echo(f"  {label.ljust(width)}  {count:>5}")


@main.command()
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per note.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write one self-contained page with every card's front and back.",
)
@_reports_errors
def preview(targets: tuple[Path, ...], as_json: bool, html_path: Path | None) -> None:
    """Show every card as Anki will show it, writing no package."""
    plans = [plan_deck(spec, build_time()) for spec in _load_targets(targets)]
    if html_path is not None:
        if len(plans) != 1:
            raise DocdeckError("--html needs exactly one spec or source")
        plan = plans[0]
        page = html_page(_origin(plan), plan.deck, plan.notes, plan.diagnostics)
        write_text(html_path, page)
        click.echo(f"{display(html_path)}: {len(plan.notes)} notes")
        return
    for plan in plans:
        for note in plan.notes:
            if as_json:
                click.echo(note_json(note, plan.deck))
                continue
            where = (
                f"{note.draft.origin.span.path}:{note.draft.origin.span.line}" if note.draft else ""
            )
            click.echo(f"{note.kind.value}  {where}  {' '.join(note.tags)}")
            for card in cards(note):
                click.echo(f"  front: {plain(card.front)}")
                click.echo(f"  back:  {plain(_answer_side(card))}")
            click.echo("")
        if not as_json:
            for diagnostic in plan.diagnostics:
                click.echo(str(diagnostic))


def _answer_side(card: Card) -> str:
    """The back without the repeated front: what the learner checks their answer against."""
    back = re.sub(r"<div class=source>.*?</div>", "", card.back, flags=re.DOTALL)
    return back.split("<hr id=answer>", 1)[-1]


@main.command()
@click.argument("targets", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@_reports_errors
def check(targets: tuple[Path, ...], strict: bool) -> None:
    """Validate specs and sources and lint their cards, writing nothing.

    Exit 0 when clean (or only warnings), 1 on errors, or on warnings with --strict.
    """
    problems = []
    for spec in _load_targets(targets):
        plan = plan_deck(spec, build_time())
        problems += list(plan.diagnostics) + lint(plan.notes, spec.check)
    problems.sort(key=lambda d: (d.path or "", d.line or 0))
    for problem in problems:
        click.echo(str(problem))
    errors = sum(problem.level == "error" for problem in problems)
    warnings = len(problems) - errors
    click.echo(f"{errors} errors, {warnings} warnings")
    if errors or (strict and warnings):
        sys.exit(1)


@main.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--deck", help="The Anki deck name (default: the document's title).")
@click.option("--force", is_flag=True, help="Overwrite an existing spec.")
@_reports_errors
def init(source: Path, deck: str | None, force: bool) -> None:
    """Write decks/<name>.yaml for SOURCE, with suggested topics."""
    [spec] = _load_targets((source,))
    made = scaffold(spec.sources[0], deck, SPEC_DIR)
    if made.path.exists() and not force:
        raise DocdeckError(
            "spec already exists", display(made.path), hint="pass --force to overwrite it"
        )
    write_text(made.path, made.text)
    found = ", ".join(f"{count} {name}" for name, count in made.counts.items())
    click.echo(f"{display(made.path)}: '{made.title}': {found}")
    click.echo(f"next: docdeck preview {display(made.path)}")


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
