"""Safe writes: every output is written beside its target, then renamed over it; builds of one
deck take a lock. A crash leaves the old file or the new one, never half of one. Imports nothing
from docdeck.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

# mkstemp creates files only their owner can read; decks and ledgers are meant to be shared.
FILE_MODE = 0o644


class Staged:
    """A temp file beside `path`, moved over it only by `commit()`."""

    def __init__(self, temp: Path, path: Path) -> None:
        self.temp = temp
        self.path = path

    def commit(self) -> None:
        os.chmod(self.temp, FILE_MODE)
        os.replace(self.temp, self.path)


@contextlib.contextmanager
def staged(path: Path) -> Iterator[Staged]:
    """A temp file beside `path`, removed at the end of the block unless committed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    stage = Staged(Path(name), path)
    try:
        yield stage
    finally:
        stage.temp.unlink(missing_ok=True)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temp path beside `path`; moved over `path` if the block succeeds, removed if not."""
    with staged(path) as stage:
        yield stage.temp
        stage.commit()


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically."""
    with replacing(path) as temp:
        temp.write_bytes(data)


def write_hashed(path: Path, chunks: Iterable[bytes | memoryview]) -> str:
    """Write the chunks to `path` one after another; return the SHA-256 of what was written."""
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        for chunk in chunks:
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def write_error(path: Path, error: OSError) -> str:
    """Why `path` cannot be written, in words: a file where a folder should be, or the OS's."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                return f"'{parent}' is a file, not a folder"
            break
    return str(error.strerror or error)


# A scratch collection's suffix: not `.tmp`, which `remove_stale` sweeps while one is in use.
SCRATCH = ".anki2"


def scratch_file(path: Path) -> Path:
    """An empty scratch file beside `path` (the package it serves), not in the system's temp
    folder: a killed build's is removed by the next build (`remove_scratch`), and the temp
    folder gets none it would keep."""
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=SCRATCH, dir=path.parent)
    os.close(handle)
    return Path(name)


@contextlib.contextmanager
def scratch(path: Path) -> Iterator[Path]:
    """`scratch_file(path)`, removed at the end of the block."""
    made = scratch_file(path)
    try:
        yield made
    finally:
        made.unlink(missing_ok=True)


def remove_scratch(path: Path) -> None:
    """Remove scratch files a killed build left beside `path` (call with the build lock held,
    before this build makes its own)."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*{SCRATCH}"):
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)


def remove_stale(path: Path) -> None:
    """Remove temp files a killed build left beside `path` (call with the build lock held)."""
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):  # in a folder it cannot write: writing says why
            stale.unlink(missing_ok=True)


@contextlib.contextmanager
def locked(path: Path, timeout: float, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold an exclusive lock on `path` (an input the build does not replace) for the block.

    Another build of the same deck waits up to `timeout` seconds, then fails.
    """
    with open(path, "rb") as handle:
        deadline = time.monotonic() + timeout
        waited = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TimeoutError(path) from None
                if not waited:
                    on_wait()
                    waited = True
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
