"""Errors and warnings, as values the CLI prints on one line.

Imports nothing from docdeck; every other module may import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


def _location(path: str | None, line: int | None) -> str:
    if path is None:
        return ""
    return f"{path}:{line}: " if line is not None else f"{path}: "


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning about one item: what was skipped or doubtful, and where."""

    message: str
    path: str | None = None
    line: int | None = None
    hint: str | None = None
    level: str = "warning"
    """`warning`; `error` for a card that must not ship as it is; `note` for what the user
    asked for or must act on in Anki, which `--strict` does not refuse."""

    @property
    def warns(self) -> bool:
        """Whether `--strict` refuses it: a warning or an error."""
        return self.level != "note"

    def __str__(self) -> str:
        tail = f"; {self.hint}" if self.hint else ""
        return f"{_location(self.path, self.line)}{self.level}: {self.message}{tail}"


def dump_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[list[Any]]:
    """Diagnostics as JSON data (cache entries, the build stamp)."""
    return [[d.message, d.path, d.line, d.hint, d.level] for d in diagnostics]


def load_diagnostics(items: Iterable[list[Any]]) -> tuple[Diagnostic, ...]:
    return tuple(Diagnostic(str(m), p, n, h, str(level)) for m, p, n, h, level in items)


class DocdeckError(Exception):
    """A failure the user can fix: printed as `path:line: message; hint`."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        tail = f"; {self.hint}" if self.hint else ""
        return f"{_location(self.path, self.line)}{self.message}{tail}"


class SpecError(DocdeckError):
    """The deck spec is malformed."""


class SourceError(DocdeckError):
    """A source document cannot be read."""


class OutputError(DocdeckError):
    """An output file cannot be written."""


class SpecErrors(DocdeckError):
    """Every problem found in the specs at once, one line each."""

    def __init__(self, problems: list[DocdeckError]) -> None:
        super().__init__(str(problems[0]))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems)


def count(number: int, noun: str) -> str:
    """ "1 note", "2 notes": a count for a message."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
