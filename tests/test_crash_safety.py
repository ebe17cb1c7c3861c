"""A build killed at any moment leaves the old package and ledger or the new ones, never half.

The real console script runs in a subprocess on a deck with a 600-row table (slow enough to
be caught mid-write). After a good build, the source is edited and the rebuild is SIGKILLed
again and again: at fixed delays after start, and the moment a temp file or a replaced output
appears. After every kill each output must be byte-identical to the good build's or to the
complete new build's (a valid zip, valid JSON), the ledger never ahead of the package, and a
rerun must succeed, give the new outputs and leave no `.*.tmp` file beside them, nor a scratch
copy of the last collection (`.*.anki2`). Temp files a kill leaves anywhere under build/ (the
extraction cache too) must be gone after the next build, and no kill may leave a file in the
system's temp folder, which no build would clean.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

DOCDECK = Path(sys.executable).with_name("docdeck")
SPEC = "decks/d.yaml"
SOURCE = "decks/sources/big.txt"
PACKAGE = "build/d.apkg"
LEDGER = "decks/d.ledger.json"
CACHE = "build/.cache"
GOOD_EPOCH, EDIT_EPOCH = 1_700_000_000, 1_700_086_400
ROWS = 600
LIMIT = 120.0  # seconds; a build that takes this long is hung


def source(edited: bool) -> str:
    value = "Edited value" if edited else "Value"
    rows = "".join(f"| Item {n} | {value} {n} |\n" for n in range(ROWS))
    extra = "| Item added | A row the edit adds |\n" if edited else ""
    return (
        "Big Table\nnn\nOne long table of items and their values.\nThe Data\n"
        f"| Name | Value |\n|---|---|\n{rows}{extra}"
    )


def environment(root: Path, epoch: int) -> dict[str, str]:
    """The build's environment, with its own temp folder beside `root`: what it leaves shows."""
    scratch = root.parent / "tmpdir"
    scratch.mkdir(exist_ok=True)
    return {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "TMPDIR": str(scratch)}


def run_build(root: Path, epoch: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(DOCDECK), "build", SPEC, "-q"],
        cwd=root,
        env=environment(root, epoch),
        capture_output=True,
        text=True,
        timeout=LIMIT,
        check=False,
    )


@dataclass(frozen=True)
class Outputs:
    package: bytes
    ledger: bytes

    @classmethod
    def read(cls, root: Path) -> Outputs:
        return cls((root / PACKAGE).read_bytes(), (root / LEDGER).read_bytes())

    def restore(self, root: Path) -> None:
        (root / PACKAGE).write_bytes(self.package)
        (root / LEDGER).write_bytes(self.ledger)


def temp_files(root: Path, *, recursive: bool = False) -> list[str]:
    """The temp files beside the outputs (in build/ and decks/), or anywhere under them, and
    in the build's temp folder."""
    return sorted(
        [
            path.relative_to(root).as_posix()
            for where in (root / "build", root / "decks")
            for pattern in (".*.tmp", ".*.anki2")
            for path in (where.rglob if recursive else where.glob)(pattern)
        ]
        + [path.name for path in (root.parent / "tmpdir").iterdir()]
    )


def assert_complete(root: Path, old: Outputs, new: Outputs, when: str) -> tuple[str, str]:
    """Each output is the old or the new one, whole; returns which ("old"/"new") each is."""
    now = Outputs.read(root)
    with zipfile.ZipFile(root / PACKAGE) as archive:
        assert archive.testzip() is None, when
    json.loads(now.ledger)
    package = {old.package: "old", new.package: "new"}.get(now.package)
    ledger = {old.ledger: "old", new.ledger: "new"}.get(now.ledger)
    assert package is not None, f"{when}: the package is neither the old nor the new one"
    assert ledger is not None, f"{when}: the ledger is neither the old nor the new one"
    # The ledger is saved last: it may lag behind the package, never run ahead of it.
    assert (package, ledger) != ("old", "new"), f"{when}: the ledger was saved before the package"
    return package, ledger


@dataclass(frozen=True)
class KillPoint:
    name: str
    ready: Callable[[Path, float, int], bool]
    """Given the folder, the seconds since start and the package's inode then: kill now?"""
    then: float = 0.0
    """Seconds to wait after `ready` before the kill."""


def after(seconds: float, name: str) -> KillPoint:
    return KillPoint(name, lambda root, elapsed, inode: elapsed >= seconds)


def appears(pattern: str, where: str) -> Callable[[Path, float, int], bool]:
    return lambda root, elapsed, inode: any((root / where).glob(pattern))


def package_replaced(root: Path, elapsed: float, inode: int) -> bool:
    try:
        return (root / PACKAGE).stat().st_ino != inode
    except FileNotFoundError:
        return True


def kill_when(root: Path, point: KillPoint, epoch: int) -> bool:
    """Start a build and SIGKILL it at `point`; whether it was killed before it finished."""
    process = subprocess.Popen(
        [str(DOCDECK), "build", SPEC, "-q"],
        cwd=root,
        env=environment(root, epoch),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    inode = (root / PACKAGE).stat().st_ino
    start = time.monotonic()
    try:
        while process.poll() is None and not point.ready(root, time.monotonic() - start, inode):
            assert time.monotonic() - start < LIMIT, f"{point.name}: the build hung"
            time.sleep(0.0005)
        if point.then:
            time.sleep(point.then)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=LIMIT)
    return process.returncode == -signal.SIGKILL


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    root = tmp_path / "deck"
    (root / "decks" / "sources").mkdir(parents=True)
    (root / SPEC).write_text("deck: Big\nsources: [sources/big.txt]\n", encoding="utf-8")
    (root / SOURCE).write_text(source(edited=False), encoding="utf-8")
    result = run_build(root, GOOD_EPOCH)
    assert result.returncode == 0, result.stderr
    return root


@pytest.mark.parametrize("spliced", [False, True], ids=["planned", "spliced"])
def test_a_build_killed_at_any_point_leaves_whole_outputs(
    deck: Path, tmp_path: Path, spliced: bool
) -> None:
    """Planned: every run re-reads the source (no cache). Spliced: every run starts from the
    good build's cache and stamp, so the edit is spliced into it (docdeck.splice)."""
    old = Outputs.read(deck)
    kept = tmp_path / "cache"
    shutil.copytree(deck / CACHE, kept)
    (deck / SOURCE).write_text(source(edited=True), encoding="utf-8")
    # The complete new build, made in a copy: the same inputs and ledger give the same bytes.
    reference = tmp_path / "reference"
    shutil.copytree(deck, reference)
    if not spliced:
        shutil.rmtree(reference / CACHE)
    start = time.monotonic()
    assert run_build(reference, EDIT_EPOCH).returncode == 0
    stamp = json.loads((reference / CACHE / "d" / "outputs.stamp").read_text("utf-8"))
    assert (stamp["digest"] is None) == spliced, "a spliced build records no plan digest"
    duration = time.monotonic() - start
    new = Outputs.read(reference)
    assert new.package != old.package and new.ledger != old.ledger

    points = [
        *(after(ms / 1000, f"after {ms} ms") for ms in (0, 100)),
        after(duration / 2, "half way"),
        after(duration * 0.8, "at 80 %"),
        KillPoint("package temp file appears", appears(".d.apkg.*.tmp", "build")),
        KillPoint("package temp file + 50 ms", appears(".d.apkg.*.tmp", "build"), 0.05),
        KillPoint("package replaced", package_replaced),
        KillPoint("ledger temp file appears", appears(".d.ledger.json.*.tmp", "decks")),
    ]
    outcomes: dict[str, tuple[bool, str, str, list[str]]] = {}
    for point in points:
        # A build that ended before its kill point was seen tested no kill: on a loaded machine
        # the poll can miss a temp file's short life. Such a point is tried again, twice at most.
        for _ in range(3):
            old.restore(deck)
            shutil.rmtree(deck / CACHE, ignore_errors=True)  # every run starts alike
            if spliced:
                shutil.copytree(kept, deck / CACHE)

            killed = kill_when(deck, point, EDIT_EPOCH)
            package, ledger = assert_complete(deck, old, new, point.name)
            left = temp_files(deck)
            outcomes[point.name] = (killed, package, ledger, left)

            rerun = run_build(deck, EDIT_EPOCH)
            assert rerun.returncode == 0, f"{point.name}: {rerun.stderr}"
            assert Outputs.read(deck) == new, point.name
            assert temp_files(deck) == [], f"{point.name}: {temp_files(deck)}"
            if killed:
                break

    # The kills must really have hit a build while it wrote, or the test proves nothing.
    assert outcomes["package temp file appears"][0], outcomes
    assert any(left for _, _, _, left in outcomes.values()), outcomes
    assert outcomes["after 0 ms"][1:3] == ("old", "old"), outcomes


def test_temp_files_a_killed_build_left_are_removed_by_the_next_build(deck: Path) -> None:
    # What a kill leaves: the package's, the ledger's and the extraction cache's temp files.
    cache = deck / CACHE / "d"
    stale = [
        deck / "build" / ".d.apkg.k1ll3d.tmp",
        deck / "build" / ".d.apkg.k1ll3d.anki2",
        deck / "decks" / ".d.ledger.json.k1ll3d.tmp",
        cache / ".0123456789abcdef0123456789abcdef.json.k1ll3d.tmp",
        cache / ".outputs.stamp.k1ll3d.tmp",
    ]
    cache.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.write_bytes(b"half a file")
    (deck / SOURCE).write_text(source(edited=True), encoding="utf-8")

    result = run_build(deck, EDIT_EPOCH)

    assert result.returncode == 0, result.stderr
    assert temp_files(deck, recursive=True) == []


# Reports each file created directly in TMPDIR, as the build runs (an audit hook sees every
# open; its report goes to stderr, which opens nothing).
WATCH_TEMP_FOLDER = """
import os, sys
folder = os.path.abspath(os.environ["TMPDIR"])
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)) and args[2] & os.O_CREAT:
        path = os.path.abspath(os.fsdecode(args[0]))
        if os.path.dirname(path) == folder:
            print("created in the temp folder:", path, file=sys.stderr)
sys.addaudithook(hook)
from docdeck.cli import main
main()
"""


def test_a_build_names_no_file_in_the_system_temp_folder(deck: Path) -> None:
    """A kill leaves nothing there only if a build never names a file there: Python's first
    use of the temp folder probes it with a named file, so the build gives its own folder."""
    old = Outputs.read(deck)
    (deck / SOURCE).write_text(source(edited=True), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", WATCH_TEMP_FOLDER, "build", SPEC, "-q"],
        cwd=deck,
        env=environment(deck, EDIT_EPOCH),
        capture_output=True,
        text=True,
        timeout=LIMIT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "created in the temp folder" not in result.stderr
    assert Outputs.read(deck).package != old.package  # the edit was extracted and staged
