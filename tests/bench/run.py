"""Benchmark docdeck against bare genanki and ankdown on a generated corpus.

    .venv/bin/python tests/bench/run.py [--sizes 10,100,1000,10000] [--out results.md]
                                        [--profile 1000] [--formats md,txt] [--work DIR]

For each size N it generates N documents (tests/bench/corpus.py, seed 1) into a work folder and
measures, each in its own child process:

  docdeck full      `docdeck build bench.yaml -o build/bench.apkg`, no ledger yet
  docdeck -j 1      the same in one process (1,000 documents only): the CPU a full build
                    needs without worker processes, the floor of target 1
  docdeck no-op     the same command again: nothing changed
  docdeck edit      the same command after editing one source (one FAQ answer of doc-00000)
  docdeck rebuild   the same command after deleting build/.cache, as an upgrade of docdeck
                    does: every source read again, every note matched against the ledger
  docdeck diff      `docdeck diff bench.yaml -o build/bench.apkg` after editing one source
  docdeck check     `docdeck check bench.yaml` (its lints; the cache is warm)
  genanki           tests/bench/bare_genanki.py: the notes of `docdeck preview --json` written
                    with genanki's defaults (its stored, uncompressed package)
  ankdown           the same notes rewritten in ankdown's syntax (one .md per document; fields
                    split by `%` lines, cards by `---` lines), built with `ankdown -r DIR -p OUT`
                    from ankdown installed from PyPI into its own venv (WORK/ankdown-venv);
                    its runs alternate with docdeck's full builds, which target 1 compares

and the start-up of `docdeck --help` against `python -c "import click"` (median of 30 each).
Every child runs under a tiny wrapper that times it with perf_counter and reads its own
`getrusage(RUSAGE_CHILDREN)`, so each peak RSS and CPU time (user and system, the workers'
included) belongs to exactly one child. Every
package is opened afterwards and its notes counted. `--profile N` runs cProfile over a full
build of the N-document Markdown corpus and adds the top 15 functions by cumulative and by own
time. Writes a Markdown report (stdout, and --out).
"""

from __future__ import annotations

import argparse
import compileall
import html
import json
import os
import platform
import pstats
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

ANKDOWN_REQUIREMENT = "ankdown==0.7.1"
REBUILD = "docdeck rebuild, no cache"
ONE_PROCESS = "docdeck full build, -j 1"
SEED = 1
KIB = 1024 / 1e6  # a KiB in MB
STARTUP_RUNS = 30  # 50-90 ms each: 10 medians moved target 4 by 0.3 between runs

# The wrapper every measured command runs under: argv = [log, cwd, *command]. Besides the
# largest single process's peak (ru_maxrss), it samples the RSS of the whole process tree
# every 10 ms, so worker processes count too.
_WRAPPER = r"""
import json, os, resource, subprocess, sys, threading, time
log, cwd, command = sys.argv[1], sys.argv[2], sys.argv[3:]

def tree_kb(pid):
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as status:
                total += next((int(l.split()[1]) for l in status if l.startswith("VmRSS:")), 0)
            with open(f"/proc/{p}/task/{p}/children") as children:
                todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            pass
    return total

peak_tree = 0
with open(log, "ab") as out:
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    done = threading.Event()
    def sample():
        global peak_tree
        while not done.wait(0.01):
            peak_tree = max(peak_tree, tree_kb(child.pid))
    sampler = threading.Thread(target=sample)
    sampler.start()
    rc = child.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the child and every process it waited for
peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
tree = max(peak_tree, peak)
print(json.dumps({"rc": rc, "wall": wall, "cpu": cpu, "maxrss_kb": peak, "tree_kb": tree}))
"""


@dataclass
class Row:
    size: int
    fmt: str
    tool: str
    notes: int
    wall: float
    cpu: float
    rss_mb: float
    tree_mb: float
    apkg_kb: float | None

    @property
    def per_second(self) -> float:
        return self.notes / self.wall if self.wall else 0.0


@dataclass
class Measured:
    wall: float
    cpu: float
    """User and system time of the command and every process it started (workers too)."""
    rss_mb: float
    tree_mb: float


def _median(results: list[Measured]) -> Measured:
    return Measured(
        statistics.median(r.wall for r in results),
        statistics.median(r.cpu for r in results),
        statistics.median(r.rss_mb for r in results),
        statistics.median(r.tree_mb for r in results),
    )


class Bench:
    def __init__(self, work: Path, docdeck: Path, python: Path, repeat: int | None) -> None:
        self.work = work
        self.docdeck = docdeck
        self.python = python
        self.repeat = repeat
        self.rows: list[Row] = []
        self.log = work / "bench.log"
        self.log.unlink(missing_ok=True)
        self.env = dict(os.environ)
        self.scratch = work / "tmp"  # genanki leaves its collection temp file behind
        self.scratch.mkdir(parents=True, exist_ok=True)
        self.env["TMPDIR"] = str(self.scratch)
        self.env.pop("SOURCE_DATE_EPOCH", None)
        self.ankdown: Path | None = None
        self.ankdown_note = ""

    # -- running ---------------------------------------------------------------------------

    def measure(self, command: list[str | Path], cwd: Path) -> Measured:
        """One run of command in a fresh child; raises if it fails."""
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(f"\n$ (cd {cwd} && {' '.join(map(str, command))})\n")
        done = subprocess.run(
            [sys.executable, "-c", _WRAPPER, str(self.log), str(cwd), *map(str, command)],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout)
        for leftover in self.scratch.iterdir():  # genanki's collection temp files
            if leftover.is_file():
                leftover.unlink()
        if result["rc"] != 0:
            tail = self.log.read_text(encoding="utf-8")[-3000:]
            raise RuntimeError(f"{command} exited {result['rc']}:\n{tail}")
        # ru_maxrss and the sampled tree are in KiB; MB are 10^6 bytes, the strict reading of
        # target 2's 500 MB (500 MiB would allow 24 MB more).
        return Measured(
            result["wall"], result["cpu"], result["maxrss_kb"] * KIB, result["tree_kb"] * KIB
        )

    def repeated(
        self,
        runs: int,
        command: list[str | Path],
        cwd: Path,
        before: Callable[[int], None] | None = None,
    ) -> Measured:
        """The median wall time (and median peak RSS) of `runs` runs; `before(i)` resets."""
        results = []
        for index in range(runs):
            if before is not None:
                before(index)
            results.append(self.measure(command, cwd))
        return _median(results)

    def alternating(
        self,
        runs: int,
        first: tuple[list[str | Path], Path, Callable[[int], None]],
        second: tuple[list[str | Path], Path, Callable[[int], None]],
    ) -> tuple[Measured, Measured]:
        """`repeated` for two commands whose runs take turns: (command, cwd, before) each."""
        results: tuple[list[Measured], list[Measured]] = ([], [])
        for index in range(runs):
            for (command, cwd, before), found in zip((first, second), results, strict=True):
                before(index)
                found.append(self.measure(command, cwd))
        return _median(results[0]), _median(results[1])

    def runs_for(self, size: int) -> int:
        if self.repeat is not None:
            return self.repeat
        return 5 if size <= 100 else 3 if size <= 1000 else 1

    def quick_runs(self, size: int) -> int:
        """Runs of a rebuild that takes a fraction of a full build (no-op, one edit, diff):
        more of them cost little, and target 3's ratios move less between runs."""
        if self.repeat is not None:
            return self.repeat
        return 7 if size <= 1000 else 3

    # -- one size --------------------------------------------------------------------------

    def size(self, n: int, fmt: str, full_only: bool) -> None:
        root = self.work / f"{fmt}-{n}"
        if root.exists():
            shutil.rmtree(root)
        spec = corpus.generate(root, n, fmt, SEED)
        build_dir = root / "build"
        out = build_dir / "bench.apkg"
        ledger = root / "bench.ledger.json"
        build: list[str | Path] = [
            self.docdeck,
            "build",
            spec.name,
            "-o",
            out.relative_to(root),
            "-q",
        ]
        runs = self.runs_for(n)

        def fresh(_: int) -> None:
            # A first build: no ledger, and an empty build/ (docdeck keeps its extraction cache
            # and output stamp in build/.cache only when build/ already exists).
            ledger.unlink(missing_ok=True)
            shutil.rmtree(build_dir, ignore_errors=True)
            build_dir.mkdir()

        # The notes both baselines write, from a plan of the corpus (no build yet).
        notes_json = root / "notes.jsonl"
        with open(notes_json, "w", encoding="utf-8") as sink:
            subprocess.run(
                [self.docdeck, "preview", "--json", spec.name],
                cwd=root,
                env=self.env,
                stdout=sink,
                check=True,
            )
        baselines = root / "baselines"
        baselines.mkdir(exist_ok=True)
        ankdown_out = baselines / "ankdown.apkg"
        cards = root / "ankdown-cards"
        ankdown: list[str | Path] = []
        if fmt == "md" and self.ankdown is not None and not full_only:
            write_ankdown_cards(notes_json, cards / "Bench")
            ankdown = [self.ankdown, "-r", cards, "-p", ankdown_out]

        def no_ankdown(_: int) -> None:
            ankdown_out.unlink(missing_ok=True)

        # Target 2 compares this size's full build with the 1,000-doc median: a median too.
        # Target 1 compares it with ankdown's: their runs alternate, so that the machine's
        # drift during a run weighs on both alike.
        full_runs = max(runs, 3) if fmt == "md" else runs
        if ankdown:
            full, result = self.alternating(
                full_runs, (build, root, fresh), (ankdown, root, no_ankdown)
            )
        else:
            full, result = self.repeated(full_runs, build, root, fresh), None
        notes = count_notes(out)
        self.add(n, fmt, "docdeck full build", notes, full, out)
        if full_only:
            return
        if n == 1000:  # the CPU a full build needs with no worker processes: target 1's floor
            alone = self.repeated(full_runs, [*build, "-j", "1"], root, fresh)
            self.add(n, fmt, ONE_PROCESS, count_notes(out), alone, out)

        quick = self.quick_runs(n)
        noop = self.repeated(quick, build, root)
        self.add(n, fmt, "docdeck no-op rebuild", count_notes(out), noop, out)

        def edit(index: int) -> None:
            edit_source(root / corpus.SOURCE_DIR / corpus.source_name(index % n, fmt), index)

        edited = self.repeated(quick, build, root, edit)
        self.add(n, fmt, "docdeck one source edited", count_notes(out), edited, out)
        diff = [self.docdeck, "diff", spec.name, "-o", out.relative_to(root)]
        diffed = self.repeated(quick, diff, root, edit)
        self.add(n, fmt, "docdeck diff after an edit", count_notes(out), diffed)

        def uncached(_: int) -> None:
            # What an upgrade of docdeck causes: every cache entry is stale, the ledger is not.
            shutil.rmtree(build_dir / ".cache", ignore_errors=True)

        rebuilt = self.repeated(runs, build, root, uncached)
        self.add(n, fmt, REBUILD, count_notes(out), rebuilt, out)
        checked = self.repeated(runs, [self.docdeck, "check", spec.name], root)
        self.add(n, fmt, "docdeck check", count_notes(out), checked)

        genanki_out = baselines / "genanki.apkg"

        def no_genanki(_: int) -> None:
            genanki_out.unlink(missing_ok=True)

        bare = self.repeated(
            runs, [self.python, HERE / "bare_genanki.py", notes_json, genanki_out], root, no_genanki
        )
        self.add(n, fmt, "bare genanki (stored zip)", count_notes(genanki_out), bare, genanki_out)
        if result is not None:
            self.add(n, fmt, "ankdown", count_notes(ankdown_out), result, ankdown_out)

    def add(
        self, n: int, fmt: str, tool: str, notes: int, m: Measured, apkg: Path | None = None
    ) -> None:
        kb = apkg.stat().st_size / 1024 if apkg is not None and apkg.exists() else None
        row = Row(n, fmt, tool, notes, m.wall, m.cpu, m.rss_mb, m.tree_mb, kb)
        self.rows.append(row)
        print(
            f"  {n:>6} {fmt:<3} {tool:<28} {notes:>7} notes {m.wall:8.2f} s {m.cpu:6.2f} s CPU "
            f"{m.rss_mb:7.1f} MB {m.tree_mb:7.1f} MB {kb or 0:9.1f} KB",
            file=sys.stderr,
            flush=True,
        )

    # -- ankdown ---------------------------------------------------------------------------

    def install_ankdown(self, venv: Path) -> None:
        exe = venv / "bin" / "ankdown"
        if not exe.exists():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
            done = subprocess.run(
                [venv / "bin" / "pip", "install", "-q", ANKDOWN_REQUIREMENT],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0 or not exe.exists():
                self.ankdown_note = f"`pip install {ANKDOWN_REQUIREMENT}` failed: " + " ".join(
                    line for line in done.stderr.splitlines() if "ERROR" in line
                )
                print(self.ankdown_note, file=sys.stderr)
                return
            took = time.perf_counter() - started
            self.ankdown_note = f"installed in {took:.0f} s"
        versions = subprocess.run(
            [venv / "bin" / "pip", "list", "--format=freeze"], capture_output=True, text=True
        ).stdout.split()
        wanted = ("ankdown", "misaka", "genanki")
        found = [v for v in versions if v.split("==")[0].lower() in wanted]
        self.ankdown_note = ", ".join(found) + (
            f" ({self.ankdown_note})" if self.ankdown_note else ""
        )
        self.ankdown = exe

    # -- start-up --------------------------------------------------------------------------

    def startup(self) -> dict[str, float]:
        commands = {
            "docdeck --help": [str(self.docdeck), "--help"],
            'python -c "import click"': [str(self.python), "-c", "import click"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # warm the page cache and .pyc files
            subprocess.run(command, env=self.env, stdout=subprocess.DEVNULL, check=True)
        for _ in range(STARTUP_RUNS):
            for name, command in commands.items():  # interleaved, so drift hits both alike
                start = time.perf_counter()
                subprocess.run(command, env=self.env, stdout=subprocess.DEVNULL, check=True)
                times[name].append(time.perf_counter() - start)
        return {name: statistics.median(values) for name, values in times.items()}

    # -- profile ---------------------------------------------------------------------------

    def profile(self, n: int) -> tuple[float, list[str], list[str], list[str]]:
        root = self.work / f"profile-md-{n}"
        if root.exists():
            shutil.rmtree(root)
        spec = corpus.generate(root, n, "md", SEED)
        stats_path = root / "build.prof"
        code = (
            "import cProfile, sys\n"
            "from docdeck.cli import main\n"
            # One process, so that the profile sees the extraction the workers would do.
            f"sys.argv = ['docdeck', 'build', {spec.name!r}, '-o', 'build/bench.apkg', '-q',"
            " '-j', '1']\n"
            f"cProfile.run('main(standalone_mode=False)', {str(stats_path)!r})\n"
        )
        started = time.perf_counter()
        subprocess.run(
            [self.python, "-c", code],
            cwd=root,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        took = time.perf_counter() - started
        stats = pstats.Stats(str(stats_path))
        own_code = "/docdeck/"
        return (
            took,
            _top(stats, "cumulative"),
            _top(stats, "cumulative", only=own_code),
            _top(stats, "tottime"),
        )


def revision(python: Path, env: dict[str, str] | None = None) -> tuple[str, Path]:
    """The docdeck a Python imports: a description (version, commit, uncommitted changes) and
    its package folder."""
    where = subprocess.run(
        [
            python,
            "-c",
            "import docdeck, os; print(docdeck.__version__, os.path.dirname(docdeck.__file__))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.split(maxsplit=1)
    version, folder = where[0], Path(where[1].strip())
    head = subprocess.run(
        ["git", "-C", folder, "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    if head.returncode != 0:
        return f"docdeck {version} ({folder})", folder
    dirty = subprocess.run(
        ["git", "-C", folder, "status", "--porcelain", "--", "."], capture_output=True, text=True
    ).stdout.strip()
    text = f"docdeck {version} at commit {head.stdout.strip()}" + (
        " plus uncommitted changes under src/docdeck" if dirty else ""
    )
    return text, folder


def snapshot(bench: Bench, folder: Path) -> Path:
    """Freeze the code under test: copy the docdeck package into the work folder and put it
    first on every child's PYTHONPATH, so commits landing during a run change nothing."""
    target = bench.work / "snapshot"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target / "docdeck", ignore=shutil.ignore_patterns("__pycache__"))
    # Byte-compiled as pip compiles an install: otherwise, with PYTHONDONTWRITEBYTECODE set,
    # every run would compile docdeck's modules from source.
    compileall.compile_dir(target, quiet=1)
    bench.env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(target), bench.env.get("PYTHONPATH", "")) if p
    )
    _, used = revision(bench.python, bench.env)
    if used.resolve() != (target / "docdeck").resolve():
        raise RuntimeError(f"the snapshot is not what runs: docdeck imports from {used}")
    return target


def _top(stats: pstats.Stats, key: str, limit: int = 15, only: str = "") -> list[str]:
    """The first `limit` functions by `key` whose file path contains `only`."""
    stats.sort_stats(key)
    rows = ["| ncalls | tottime s | cumtime s | function |", "|---:|---:|---:|---|"]
    chosen = [f for f in stats.fcn_list if only in f[0]]  # type: ignore[attr-defined]
    for func in chosen[:limit]:
        primitive, calls, tottime, cumtime, _ = stats.stats[func]  # type: ignore[attr-defined]
        ncalls = str(calls) if calls == primitive else f"{calls}/{primitive}"
        rows.append(f"| {ncalls} | {tottime:.2f} | {cumtime:.2f} | `{_where(func)}` |")
    return rows


def _where(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    path = re.sub(r"^.*/(?:site-packages|src|snapshot|lib/python3\.\d+)/", "", filename)
    return f"{path}:{line}({name})"


# -- corpus edits and rewrites ----------------------------------------------------------------


def edit_source(path: Path, stamp: int) -> None:
    """Change the answer of the first FAQ of one document (reworded, same question)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "Frequently Asked Questions" in line)
    question = next(i for i in range(start + 1, len(lines)) if lines[i].rstrip().endswith("?"))
    answer = next(i for i in range(question + 1, len(lines)) if lines[i].strip())
    lines[answer] += f" Edited for benchmark run {stamp}."
    path.write_text("\n".join(lines), encoding="utf-8")


_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::.*?)?\}\}")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _text(field: str) -> str:
    """A docdeck field (escaped HTML) as the Markdown an ankdown author would write."""
    return html.unescape(_BREAK.sub("\n\n", field)).strip()


def write_ankdown_cards(notes_json: Path, deck_dir: Path) -> int:
    """Each note as an ankdown card, one file per source document; returns the card count.

    ankdown syntax: fields separated by lines holding only `%` (front, back, then a third field
    we fill with the tags), cards separated by lines holding only `---`. A Q&A note becomes
    question → answer; a cloze note becomes its text with the deletion shown as `[...]` →
    the full text.
    """
    if deck_dir.exists():
        shutil.rmtree(deck_dir)
    deck_dir.mkdir(parents=True)
    by_source: dict[str, list[str]] = {}
    count = 0
    with open(notes_json, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            fields = record["fields"]
            if "Text" in fields:
                front = _text(_CLOZE.sub("[...]", fields["Text"]))
                back = _text(_CLOZE.sub(r"\1", fields["Text"]))
            else:
                front, back = _text(fields["Question"]), _text(fields["Answer"])
            card = f"{front}\n\n%\n\n{back}\n\n%\n\n{' '.join(record['tags'])}\n"
            by_source.setdefault(Path(record["source"]).stem, []).append(card)
            count += 1
    for stem, cards in by_source.items():
        (deck_dir / f"{stem}.md").write_text("\n---\n\n".join(cards), encoding="utf-8")
    return count


def count_notes(apkg: Path) -> int:
    """The notes in a package's collection, counted by opening it."""
    with zipfile.ZipFile(apkg) as archive, tempfile.TemporaryDirectory() as scratch:
        name = (
            "collection.anki21"
            if "collection.anki21" in archive.namelist()
            else ("collection.anki2")
        )
        path = Path(archive.extract(name, scratch))
        connection = sqlite3.connect(path)
        try:
            (count,) = connection.execute("select count(*) from notes").fetchone()
        finally:
            connection.close()
    return int(count)


# -- report -----------------------------------------------------------------------------------


def _find(rows: list[Row], size: int, tool: str, fmt: str = "md") -> Row | None:
    return next((r for r in rows if r.size == size and r.tool == tool and r.fmt == fmt), None)


def targets(rows: list[Row], startup: dict[str, float] | None) -> list[str]:
    full, noop, edit = "docdeck full build", "docdeck no-op rebuild", "docdeck one source edited"
    sizes = sorted({r.size for r in rows})
    ref = 1000 if 1000 in sizes else (max(sizes) if sizes else 0)
    note = "" if ref == 1000 else f" (1,000 not run: measured at {ref:,})"
    out = [
        "| # | target | measured | limit | result |",
        "|---|---|---|---|---|",
    ]

    def line(number: int, what: str, value: float | None, limit: str, ok: bool | None) -> None:
        shown = "n/a" if value is None else f"{value:,.0f}" if value >= 100 else f"{value:.3g}"
        verdict = "not run" if ok is None else ("PASS" if ok else "FAIL")
        out.append(f"| {number} | {what} | {shown} | {limit} | {verdict} |")

    d, a = _find(rows, ref, full), _find(rows, ref, "ankdown")
    speedup = a.wall / d.wall if a and d else None
    line(
        1,
        f"ankdown wall ÷ docdeck full build wall, {ref:,} Markdown docs{note}",
        speedup,
        "≥ 1.4",
        None if speedup is None else speedup >= 1.4,
    )

    big, base = _find(rows, 10000, full), _find(rows, 1000, full)
    per_note = (big.wall / big.notes) / (base.wall / base.notes) if big and base else None
    line(
        2,
        "time per note, 10,000 docs ÷ 1,000 docs (full build)",
        per_note,
        "≤ 1.25",
        None if per_note is None else per_note <= 1.25,
    )
    for tool, what in ((full, "full build"), (REBUILD, "rebuild with the cache cleared")):
        found = _find(rows, 10000, tool)
        rss = found.tree_mb if found else None
        line(
            2,
            f"peak RSS of the 10,000-doc {what}, all its processes, MB",
            rss,
            "< 500",
            None if rss is None else rss < 500,
        )

    n, e = _find(rows, ref, noop), _find(rows, ref, edit)
    r_noop = n.wall / d.wall if n and d else None
    r_edit = e.wall / d.wall if e and d else None
    line(
        3,
        f"no-op rebuild ÷ full build, {ref:,} docs",
        r_noop,
        "≤ 0.10",
        None if r_noop is None else r_noop <= 0.10,
    )
    line(
        3,
        f"one edited source ÷ full build, {ref:,} docs",
        r_edit,
        "≤ 0.25",
        None if r_edit is None else r_edit <= 0.25,
    )

    ratio = None
    if startup:
        values = list(startup.values())
        ratio = values[0] / values[1]
    line(
        4,
        '`docdeck --help` ÷ `python -c "import click"` (medians)',
        ratio,
        "≤ 1.3",
        None if ratio is None else ratio <= 1.3,
    )

    g = _find(rows, ref, "bare genanki (stored zip)")
    size = d.apkg_kb / g.apkg_kb if d and g and d.apkg_kb and g.apkg_kb else None
    line(
        5,
        f"docdeck .apkg size ÷ genanki default package, {ref:,} docs",
        size,
        "≤ 0.20",
        None if size is None else size <= 0.20,
    )
    alone, cores = _find(rows, ref, ONE_PROCESS), os.cpu_count() or 1
    if d and a and alone:
        out += [
            "",
            f"Target 1's floor: the full build used {d.cpu:.2f} s of CPU in all its processes,"
            f" {alone.cpu:.2f} s in one process (`-j 1`, {alone.wall:.2f} s); ankdown"
            f" {a.cpu:.2f} s. Spread perfectly over {cores} cores, the one-process build's CPU"
            f" would take {alone.cpu / cores:.2f} s: at most {a.wall * cores / alone.cpu:.2f} ×"
            " ankdown's wall time.",
        ]
    return out


def report(
    bench: Bench,
    command: str,
    startup: dict[str, float] | None,
    profile: tuple[int, float, list[str], list[str], list[str]] | None,
    took: float,
    context: list[str],
) -> str:
    per_doc = corpus.NOTES_PER_DOCUMENT[3]
    lines = [
        "# docdeck benchmark results",
        "",
        "Regenerate with:",
        "",
        "```sh",
        command,
        "```",
        "",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; run took {took / 60:.1f} min",
        f"- corpus: `tests/bench/corpus.py`, seed {SEED}; every document makes exactly "
        f"{per_doc} notes (8 faq, 12 table, 4 takeaway, 1 claim)",
        f"- ankdown: {bench.ankdown_note or 'not run'}",
        *context,
        "- wall: perf_counter around the child; peak RSS: the largest process's ru_maxrss, and"
        " the whole process tree (docdeck's extraction workers included) sampled every 10 ms, in"
        " MB of 10^6 bytes; "
        + (
            f"every figure is the median of {bench.repeat} runs"
            if bench.repeat
            else "figures are medians of 5 runs up to 100 docs, of 3 at 1,000 and for every"
            " Markdown full build, one run otherwise; no-op rebuilds, edits and diffs take 7 runs"
            " up to 1,000 docs, 3 above"
        ),
        "",
        "| size | format | tool | notes | wall s | CPU s | notes/s | peak RSS MB"
        " | all processes MB | apkg KB |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in bench.rows:
        kb = f"{r.apkg_kb:,.0f}" if r.apkg_kb is not None else "–"
        lines.append(
            f"| {r.size:,} | {r.fmt} | {r.tool} | {r.notes:,} | {r.wall:.2f} | {r.cpu:.2f} | "
            f"{r.per_second:,.0f} | {r.rss_mb:.0f} | {r.tree_mb:.0f} | {kb} |"
        )
    if startup:
        lines += ["", f"Start-up (median of {STARTUP_RUNS} runs each):", ""]
        lines += ["| command | median s |", "|---|---:|"]
        lines += [f"| `{name}` | {value:.3f} |" for name, value in startup.items()]
    lines += ["", "## Targets", "", *targets(bench.rows, startup)]
    if profile:
        n, seconds, cumulative, docdeck_only, own = profile
        lines += [
            "",
            f"## Profile: full build of {n:,} Markdown documents under cProfile, in one process"
            f" (`-j 1`, {seconds:.1f} s)",
            "",
            "Top 15 by cumulative time:",
            "",
            *cumulative,
            "",
            "Top 15 of docdeck's own functions by cumulative time:",
            "",
            *docdeck_only,
            "",
            "Top 15 by own time:",
            "",
            *own,
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="10,100,1000,10000",
        help="comma-separated document counts (default: %(default)s)",
    )
    parser.add_argument(
        "--formats",
        default="md,txt",
        help="corpus formats; every tool runs on md, txt gets a full build only",
    )
    parser.add_argument("--out", type=Path, help="also write the report here")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="profile a full build of N Markdown documents"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        help="runs per measurement (default: 5 up to 100 docs, 3 up to 1,000, else 1)",
    )
    parser.add_argument("--work", type=Path, help="work folder (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--no-ankdown", action="store_true", help="skip ankdown")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up runs")
    parser.add_argument(
        "--no-snapshot",
        action="store_true",
        help="run the installed docdeck sources as they are, not a copy taken at the start",
    )
    parser.add_argument(
        "--docdeck",
        type=Path,
        default=Path(sys.executable).parent / "docdeck",
        help="the docdeck executable (default: beside this Python)",
    )
    args = parser.parse_args()

    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    work = args.work or Path(tempfile.mkdtemp(prefix="docdeck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    work = work.resolve()
    began = time.perf_counter()
    bench = Bench(work, args.docdeck.absolute(), Path(sys.executable), args.repeat)
    print(f"work folder: {work}", file=sys.stderr)
    described, folder = revision(bench.python)
    if not args.no_snapshot:
        snapshot(bench, folder)
        described += " (copied at the start of the run and run from the copy)"
    context = [
        f"- under test: {described}",
        f"- load average at start: {os.getloadavg()[0]:.2f}",
    ]
    try:
        if not args.no_ankdown and "md" in formats:
            bench.install_ankdown(work / "ankdown-venv")
        for n in sizes:
            for fmt in formats:
                bench.size(n, fmt, full_only=fmt != "md")
        startup = None if args.no_startup else bench.startup()
        profile = None
        if args.profile:
            profile = (args.profile, *bench.profile(args.profile))
        command = ".venv/bin/python tests/bench/run.py " + " ".join(
            a if " " not in a else f"'{a}'" for a in sys.argv[1:]
        )
        context.append(f"- load average at end: {os.getloadavg()[0]:.2f}")
        text = report(
            bench, command.strip(), startup, profile, time.perf_counter() - began, context
        )
    finally:
        if args.work is None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
