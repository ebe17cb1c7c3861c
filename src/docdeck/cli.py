"""The command line: parses arguments, calls the pipeline, prints. The only Click importer.

Every `DocdeckError` (and an OS error no check foresaw) becomes one `Error:` line per problem
and exit code 2; Ctrl-C exits 130. Library modules, `docdeck.errors` and `pathlib` are imported
only once a command runs, so `--help` and `--version` load little beyond Click.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import click

from docdeck import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from docdeck.project import Request
    from docdeck.selection import Query
    from docdeck.spec import DeckSpec

F = TypeVar("F", bound=Callable[..., Any])
PROGRESS_MIN_SOURCES = 20


class _Path(click.Path["Path"]):
    """`click.Path(path_type=pathlib.Path)` that imports pathlib only when given a path.
    With `suffixes`, an output's: only those are accepted, so that no slip of the keyboard
    writes over a source, spec or ledger (.txt, .md, .yaml, .json)."""

    def __init__(self, *suffixes: str, dir_okay: bool = True) -> None:
        super().__init__(dir_okay=dir_okay)
        self.suffixes = suffixes

    def coerce_path_result(self, value: str | os.PathLike[str]) -> Path:
        from pathlib import Path

        return Path(value)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = super().convert(value, param, ctx)
        if self.suffixes and path.suffix.lower() not in self.suffixes:
            wanted = " or ".join(self.suffixes)
            self.fail(f"'{path}' does not end in {wanted}: docdeck writes only {wanted} there")
        return path


_TARGETS = click.argument("targets", nargs=-1, type=_Path(), metavar="[SPEC|SOURCE]...")


def _output_option(help: str) -> Callable[[F], F]:
    return click.option(
        "-o", "--output", type=_Path(".apkg", dir_okay=False), metavar="FILE.apkg", help=help
    )


def _help_width() -> int:
    """Click's own help width, `max(min(columns, 80) - 2, 50)`, with the columns found as
    `shutil.get_terminal_size` finds them: Click would import shutil for it, and with it bz2,
    lzma and zlib, a few milliseconds of every `--help`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return max(min(columns or 80, 80) - 2, 50)


# The process's memory goes back whole at exit: the interpreter's last cycle collection, over
# every object the command made, would only cost time (a 1,000-source build exited in 45-80 ms
# with it, 16-22 ms without).
atexit.register(gc.freeze)


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Run the cycle collector rarely: a command makes hundreds of thousands of objects without
    cycles, and the collector's passes over them cost 15-30 % of a 10,000-document rebuild
    and 25 % of its `check`."""
    thresholds = gc.get_threshold()
    gc.freeze()  # what is loaded so far is never garbage
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _reports_errors(command: F) -> F:
    """Run a command with few collections; report docdeck's errors in one line each, exit 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from docdeck.errors import DocdeckError, SpecErrors

        try:
            with _few_collections():
                return command(*args, **kwargs)
        except SpecErrors as errors:
            for problem in errors.problems:
                click.echo(f"Error: {problem}", err=True)
            sys.exit(2)
        except DocdeckError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:  # not Click's "Aborted!" and exit 1, which --strict means
            click.echo("\nError: interrupted; nothing is left half-written: run it again", err=True)
            sys.exit(130)
        except BrokenPipeError:
            raise  # `docdeck preview | head`: Click ends it quietly
        except OSError as error:  # the OS refused what no check foresaw (stdout on a full disk)
            where = f"{error.filename}: " if error.filename else ""
            click.echo(f"Error: {where}{error.strerror or error}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _echo(lines: Iterable[str]) -> None:
    """A thousand lines a write: `check` and `preview` print a line for each of thousands of
    cards, made as they are written (250,000 cards' lines held at once took 150 MB)."""
    rest = iter(lines)
    while batch := list(itertools.islice(rest, 1000)):
        click.echo("\n".join(batch))


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "terminal_width": _help_width()},
    epilog="See README.md for the deck spec's keys and the tag query syntax.",
)
@click.version_option(__version__, prog_name="docdeck")
def main() -> None:
    """Turn articles into Anki decks that keep their identity across edits.

    A SPEC is a deck spec, decks/NAME.yaml; a SOURCE is an article (.txt, .md)
    built with no spec, its deck named after its title. A command given neither
    reads every decks/*.yaml. decks/ and build/ are in the current folder.

    \b
    Start with:
      docdeck init article.md       write decks/article.yaml
      docdeck preview               see every card
      docdeck check                 lint the cards
      docdeck build                 write build/article.apkg; import it in Anki

    \b
    Exit codes:
      0    success
      1    check found errors, or warnings under --strict (check, build)
      2    a usage or input error, one line: FILE:LINE: what is wrong; what to do
      130  interrupted (Ctrl-C)
    """


@main.command()
@_TARGETS
@_output_option(
    "Write the package here, not to build/NAME.apkg (one spec or source only); a bare"
    " source's ledger goes beside it."
)
@click.option(
    "--set",
    "set_name",
    metavar="SET",
    help="Build only each spec's study set SET (its sets: key), to build/NAME--SET.apkg;"
    " the main package and ledger wait for the next full build.",
)
@click.option(
    "--tag",
    "query",
    metavar="QUERY",
    help="Build only the notes an Anki tag search selects, as one set,"
    ' e.g. "tag:kind::faq -tag:topic::x"; like --set, writes that set only.',
)
@click.option(
    "--strict", is_flag=True, help="On any warning, print them all, write nothing and exit 1."
)
@click.option(
    "-q", "--quiet", is_flag=True, help="Print each deck's summary only, not its warnings."
)
@click.option(
    "--forget-removed",
    is_flag=True,
    help="Stop re-emitting notes removed from the sources (flag them in Anki first:"
    " search tag:docdeck::removed).",
)
@click.option(
    "--migrate-notetypes",
    is_flag=True,
    help="Accept a notetype schema change and print the one-time import steps.",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=60,
    metavar="SECONDS",
    show_default=True,
    help="Wait this long for another build of the same deck to finish.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Processes that read sources missing from the cache, at most one per 16 of them."
    "  [default: one per CPU]",
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
    wait: float,
    jobs: int | None,
) -> None:
    """Build Anki packages (.apkg) from specs or sources.

    A SPEC writes build/NAME.apkg, its ledger decks/NAME.ledger.json beside the
    spec (commit it), and build/NAME--SET.apkg for each study set. A SOURCE
    writes build/NAME.apkg and build/NAME.ledger.json. With neither, builds
    every decks/*.yaml. Prints one summary per deck, then its warnings. A deck
    whose inputs and outputs are as its last build left them is not rewritten.

    \b
    Examples:
      docdeck build
      docdeck build decks/my-deck.yaml --set faq-only
      docdeck build article.md -o article.apkg
      docdeck build --tag "tag:topic::dopamine -tag:kind::table"
    """
    from docdeck import project
    from docdeck.errors import DocdeckError
    from docdeck.selection import parse_query

    if set_name is not None and query is not None:
        raise DocdeckError("--set and --tag cannot be combined", hint="use one of them")
    ad_hoc = parse_query(query) if query is not None else None  # `--tag ""` is no full build
    specs = project.load_targets(targets)
    if output is not None and len(specs) != 1:
        raise DocdeckError("-o needs exactly one spec or source", hint="build them one at a time")
    if set_name is not None and (bare := [s for s in specs if s.path is None]):
        raise DocdeckError(
            "--set needs a spec: a bare source has no study sets",
            project.origin_of(bare[0]),
            hint="select with --tag QUERY, or write a spec with 'docdeck init'",
        )
    project.check_outputs(specs)
    with contextlib.ExitStack() as locks:
        for spec in specs:
            shown = project.origin_of(spec)
            waiting = functools.partial(
                click.echo, f"waiting for another build of {shown}…", err=True
            )
            locks.enter_context(project.build_lock(spec, wait, waiting))
        request = project.Request(output, set_name, query, forget_removed, migrate_notetypes)
        _build(specs, request, ad_hoc, strict, quiet, jobs)


def _build(
    specs: list[DeckSpec],
    request: Request,
    ad_hoc: Query | None,
    strict: bool,
    quiet: bool,
    jobs: int | None,
) -> None:
    """Plan every deck, then write them: a failure in any plan writes nothing.

    A deck whose inputs, ledger and outputs are as its last build left them is not planned."""
    from docdeck import project

    now = project.build_time()
    hashes = []
    fresh = {}
    for index, spec in enumerate(specs):
        # Without a last build's stamp nothing is up to date or spliced: sources are read once.
        hashes.append(project.source_hashes(spec) if project.stamped(spec, request) else None)
        found = project.up_to_date(spec, request, hashes[index])
        if found is not None and not (strict and any(d.warns for d in found.diagnostics)):
            fresh[index] = found
    if len(fresh) == len(specs):  # the rest of docdeck is not even loaded
        for index, spec in enumerate(specs):
            _echo(project.up_to_date_lines(spec, fresh[index], quiet))
        return
    from docdeck import pipeline, report, splice
    from docdeck.ledger import schema_changes

    spliced = {}
    for index, (spec, found_hashes) in enumerate(zip(specs, hashes, strict=True)):
        if index in fresh or ad_hoc is not None or not found_hashes:
            continue
        if edit := splice.plan_splice(spec, request, now, found_hashes):
            spliced[index] = edit
    todo = [index for index in range(len(specs)) if index not in fresh and index not in spliced]
    sources = sum(len(specs[index].sources) for index in todo)
    # A bar only for a long build on a terminal: logs and pipes get the summary alone.
    show = not quiet and sources >= PROGRESS_MIN_SOURCES and sys.stdout.isatty()
    bar = click.progressbar(length=sources, label="reading sources", file=sys.stderr)
    with bar if show else contextlib.nullcontext():
        planned = {
            index: pipeline.plan_deck(
                specs[index],
                now,
                project.output_for(specs[index], request.output),
                request.forget_removed,
                request.migrate_notetypes,
                fill_cache=True,
                on_source=functools.partial(bar.update, 1) if show else None,
                request=request,
                jobs=jobs,
                details=False,
            )
            for index in todo
        }
    shown = [d for edit in spliced.values() for d in edit.summary.diagnostics]
    shown += [d for plan in planned.values() for d in plan.diagnostics]
    if strict and any(diagnostic.warns for diagnostic in shown):
        for index in sorted({*planned, *spliced}):
            if index in planned:
                _echo(report.build_lines(planned[index], [], quiet=False))
            else:
                _echo(report.splice_lines(spliced[index], quiet=False, refused=True))
        click.echo("Error: warnings found and --strict is set; nothing written", err=True)
        sys.exit(1)
    outputs = {
        index: pipeline.plan_packages(plan, request.output, request.set_name, ad_hoc)
        for index, plan in planned.items()
    }
    for index, spec in enumerate(specs):  # in the order the specs were given
        if index in fresh:
            _echo(project.up_to_date_lines(spec, fresh[index], quiet))
            continue
        if index in spliced:
            written = splice.write_splice(spliced[index])
            _echo(report.splice_lines(spliced[index], quiet, written=written))
            continue
        plan, packages = planned[index], outputs[index]
        written = pipeline.write_plan(plan, packages)
        _echo(report.build_lines(plan, packages, quiet, written))
        _echo(report.migration_lines(schema_changes(plan.old_ledger), packages[0].path))


@main.command()
@_TARGETS
@_output_option(
    "The -o the build will be given: a bare source's ledger is beside its package."
    "  [default: build/NAME.apkg]"
)
@click.option(
    "--forget-removed",
    is_flag=True,
    help="Show the build given --forget-removed: removed notes no longer re-emitted.",
)
@_reports_errors
def diff(targets: tuple[Path, ...], output: Path | None, forget_removed: bool) -> None:
    """Show what the next build changes; write nothing.

    For each deck, against its ledger: the notes added, updated (with a word
    diff), re-identified, removed and unchanged, then what Anki's default import
    (update if newer) will do with them. With no SPEC or SOURCE, every
    decks/*.yaml.
    """
    from docdeck import pipeline, project, report, splice

    now = project.build_time()
    request = project.Request(output, forget_removed=forget_removed)
    for spec in project.load_targets(targets):
        # What a plain build would splice is diffed as it would be: the rest is unchanged.
        hashes = project.source_hashes(spec) if project.stamped(spec, request) else None
        edit = splice.plan_splice(spec, request, now, hashes, details=True) if hashes else None
        if edit is not None:
            _echo(report.splice_diff_lines(edit))
            continue
        output_path = project.output_for(spec, output)
        plan = pipeline.plan_deck(spec, now, output_path, forget_removed)
        _echo(report.diff_lines(plan))


@main.command()
@_TARGETS
@_reports_errors
def tags(targets: tuple[Path, ...]) -> None:
    """Show the tag tree of each deck's notes, with note counts.

    These are the tags --tag and a spec's sets: select by: kind::…, source::…,
    section::…, topic::… and the spec's own. With no SPEC or SOURCE, every
    decks/*.yaml.
    """
    from docdeck import pipeline, project, report

    now = project.build_time()
    for spec in project.load_targets(targets):
        drafts, _ = pipeline.read_deck(spec, now)  # tags need no identity
        _echo(report.tag_lines(spec, drafts))


@main.command()
@_TARGETS
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object per note, one a line: kind, guid, deck, notetype, tags,"
    " fields, source, line, section, mod.",
)
@click.option(
    "--html",
    "html_path",
    type=_Path(".html", ".htm", dir_okay=False),
    metavar="PAGE.html",
    help="Write one self-contained page instead: every card's front and back as Anki"
    " renders them, by section, warnings first (one spec or source only).",
)
@_reports_errors
def preview(targets: tuple[Path, ...], as_json: bool, html_path: Path | None) -> None:
    """Show every card as Anki will show it; write no package.

    For each note: its kind, FILE:LINE and tags, then each card's front and back
    as plain text; then the deck's warnings. With no SPEC or SOURCE, every
    decks/*.yaml.
    """
    from docdeck import pipeline, project, report
    from docdeck.errors import DocdeckError, OutputError
    from docdeck.preview import html_page

    if as_json and html_path is not None:
        raise DocdeckError("--json and --html cannot be combined", hint="use one of them")
    now = project.build_time()
    specs = project.load_targets(targets)
    if html_path is not None and len(specs) != 1:
        raise DocdeckError(
            f"--html needs exactly one spec or source, not {len(specs)}",
            hint="write one page per deck",
        )
    plans = [pipeline.plan_deck(spec, now, details=False) for spec in specs]  # no change list
    if html_path is None:
        for plan in plans:
            _echo(report.preview_lines(plan, as_json))
        return
    [plan] = plans
    page = html_page(report.origin(plan), plan.deck, plan.notes, plan.diagnostics, plan.media)
    try:
        pipeline.write_text(html_path, page)
    except OutputError as error:
        raise OutputError(error.message, error.path, hint="check the --html path") from None
    click.echo(f"{project.display(html_path)}: {report.note_count(len(plan.notes))}")


@main.command()
@_TARGETS
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@_reports_errors
def check(targets: tuple[Path, ...], strict: bool) -> None:
    """Lint specs, sources and cards; write nothing.

    Prints every problem as FILE:LINE: warning|error: what; what to do, in file
    order, then the counts. The limits (answer words, cloze words, list items)
    are under check: in the spec. With no SPEC or SOURCE, every decks/*.yaml.

    Exits 0 when there are only warnings, 1 on errors (or on warnings with
    --strict).
    """
    from docdeck import pipeline, project, report
    from docdeck.lint import lint

    now = project.build_time()
    problems = []
    for spec in project.load_targets(targets):
        drafts, diagnostics = pipeline.read_deck(spec, now)  # lints need no identity
        problems += diagnostics + lint(drafts, spec.check)
        del drafts  # not held while the problems are sorted and printed
    problems.sort(key=lambda d: (d.path or "", d.line or 0))
    _echo(map(str, problems))
    errors = sum(problem.level == "error" for problem in problems)
    warnings = sum(problem.warns for problem in problems) - errors
    click.echo(report.problem_counts(errors, warnings))
    if errors or (strict and warnings):
        sys.exit(1)


@main.command()
@click.argument("source", type=_Path())
@click.option(
    "--deck",
    metavar="NAME",
    help="The Anki deck name, '::' between levels.  [default: the article's title]",
)
@click.option("--force", is_flag=True, help="Overwrite the spec if it exists.")
@_reports_errors
def init(source: Path, deck: str | None, force: bool) -> None:
    """Write a deck spec for SOURCE, with suggested topics.

    Writes decks/NAME.yaml (NAME from the file name) for the article SOURCE
    (.txt, .md) and prints what it found. Edit it, then preview, check and
    build it.
    """
    from docdeck import pipeline, project
    from docdeck.errors import DocdeckError, OutputError, SourceError, count
    from docdeck.spec import SOURCE_SUFFIXES, deck_name_problem

    if source.suffix.lower() not in SOURCE_SUFFIXES:
        raise DocdeckError(
            "not an article: init takes a .txt or .md source",
            project.display(source),
            hint="a spec is built or previewed as it is",
        )
    if deck is not None and not deck.strip():
        raise DocdeckError("--deck is empty", hint="name the deck, or leave --deck out")
    if deck is not None and (problem := deck_name_problem(deck.strip())):
        raise DocdeckError(f"--deck: {problem[0]}", hint=problem[1])
    [spec] = project.load_targets((source,))
    made = pipeline.scaffold(spec.sources[0], deck, project.SPEC_DIR)
    if not any(made.counts.values()):  # its build would refuse it
        raise SourceError(
            "found nothing to turn into notes",
            project.display(source),
            hint="docdeck looks for FAQs, tables, key-takeaway lists and firm statements;"
            " no spec written",
        )
    if deck is None and (named := pipeline.title_deck(made.title)) != made.title:
        made = pipeline.scaffold(spec.sources[0], named, project.SPEC_DIR)
    shown = project.display(made.path)
    if made.path.exists() and not force:
        raise DocdeckError("spec already exists", shown, hint="pass --force to overwrite it")
    try:
        pipeline.write_spec(made.path, made.text)
    except OutputError as error:
        hint = "init writes decks/NAME.yaml in the current folder"
        raise OutputError(error.message, error.path, hint=hint) from None
    found = ", ".join(count(n, name) for name, n in made.counts.items())
    click.echo(f"{shown}: '{made.title}': {found}")
    click.echo(f"next: docdeck preview {shown}")
