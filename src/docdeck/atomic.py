"""Atomic file replacement: every output is written beside its target, then renamed over it.

A crash at any point leaves either the old file or the new one, never half of one. Imports nothing
from docdeck.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# mkstemp creates files only their owner can read; decks and ledgers are meant to be shared.
FILE_MODE = 0o644


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temp path beside `path`; moved over `path` if the block succeeds, removed if not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, FILE_MODE)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically."""
    with replacing(path) as temp:
        temp.write_bytes(data)
