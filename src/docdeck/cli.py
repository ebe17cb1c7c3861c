"""The command line: parses arguments, calls the pipeline, prints. The only Click importer.

Every `DocdeckError` becomes one `Error:` line per problem and exit code 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from docdeck import __version__
from docdeck.errors import DocdeckError
from docdeck.notes import NoteKind
from docdeck.pipeline import Plan, build_time, display, plan_deck, write_plan
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
@_reports_errors
def build(targets: tuple[Path, ...], output: Path | None, strict: bool, quiet: bool) -> None:
    """Build decks from SPEC files (.yaml) or bare SOURCE files (.txt, .md).

    With no argument, builds every decks/*.yaml into build/<name>.apkg.
    """
    specs = _load_targets(targets)
    if output is not None and len(specs) != 1:
        raise DocdeckError("-o needs exactly one spec or source", hint="build them one at a time")
    now = build_time()
    plans = [plan_deck(spec, now) for spec in specs]
    if strict and any(plan.diagnostics for plan in plans):
        for plan in plans:
            _report(plan, None, quiet=False)
        click.echo("Error: warnings found and --strict is set; nothing written", err=True)
        sys.exit(1)
    for plan in plans:
        path = output or BUILD_DIR / f"{plan.spec.stem}.apkg"
        write_plan(plan, path)
        if not quiet:
            _report(plan, path, quiet)


def _load_targets(targets: tuple[Path, ...]) -> list[DeckSpec]:
    if not targets:
        targets = tuple(sorted(SPEC_DIR.glob("*.yaml")) + sorted(SPEC_DIR.glob("*.yml")))
        if not targets:
            raise DocdeckError(
                "no deck specs in decks/", hint="pass a spec or a .txt/.md source to build"
            )
    specs: list[DeckSpec] = []
    problems = []
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
    origin = display(plan.spec.path) if plan.spec.path else display(plan.spec.sources[0])
    click.echo(f"{origin}{where}: deck '{plan.deck}', {len(plan.notes)} notes ({kinds})")
    if quiet:
        return
    for diagnostic in plan.diagnostics:
        click.echo(f"  {diagnostic}")
