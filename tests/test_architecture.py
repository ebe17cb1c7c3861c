"""DESIGN's import table, enforced: each module imports only modules above it in pipeline order,
each third-party library lives in one module, and no module binds a top-level name twice."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "docdeck"

# Pipeline order: a module may import only docdeck modules listed before it (or itself).
ORDER = [
    "patterns",
    "errors",
    "atomic",
    "spec",
    "document",
    "lines",
    "headings",
    "layouts",
    "readers",
    "notes",
    "notetypes",
    "extract",
    "project",
    "cache",
    "media",
    "ledger",
    "selection",
    "preview",
    "lint",
    "apkg",
    "pipeline",
    "splice",
    "report",
    "cli",
    "__main__",
]
THIRD_PARTY = {
    "yaml": {"spec"},
    "pyromark": {"readers"},
    "genanki": {"apkg"},
    "click": {"cli"},
}
OWNER_FILES = {"pyromark": "readers/markdown.py"}


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _layer(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return "package" if parts == ("__init__",) else parts[0]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_module_imports_only_modules_above_it(path: Path) -> None:
    layer = _layer(path)
    if layer == "package":
        return
    assert layer in ORDER, f"{path.name}: add its module to DESIGN's table and ORDER"
    allowed = set(ORDER[: ORDER.index(layer) + 1])
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "docdeck" and len(parts) > 1:
            assert parts[1] in allowed, f"{layer} imports docdeck.{parts[1]}, which is below it"


@pytest.mark.parametrize("library", sorted(THIRD_PARTY))
def test_third_party_library_lives_in_one_module(library: str) -> None:
    users = {
        str(path.relative_to(SRC))
        for path in _modules()
        if any(name.split(".")[0] == library for name in _imports(path))
    }
    owners = THIRD_PARTY[library]
    assert {_layer(SRC / user) for user in users} <= owners
    if library in OWNER_FILES:
        assert users <= {OWNER_FILES[library]}
    else:
        assert len(users) <= 1, f"{library} is imported by {sorted(users)}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_imports_on_its_own(path: Path) -> None:
    parts = path.relative_to(SRC).with_suffix("").parts
    name = ".".join(("docdeck", *parts)).removesuffix(".__init__")
    subprocess.run([sys.executable, "-c", f"import {name}"], check=True)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_opens_with_what_it_owns(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{path.name} needs a header docstring"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_binds_a_name_twice(path: Path) -> None:
    """A second top-level `_WORDS = …` silently replaces the first for every function that
    reads it, even those written before it: two rules' tables must have two names."""
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    assert sorted({n for n in names if names.count(n) > 1}) == []
