"""The import graph of the factcheck package, read from the source (nothing is imported).

Used by tests/test_architecture.py to hold the layout to DESIGN.md: each domain imports only
the domains below it, through their ``__init__``, and no module takes part in a cycle.
Every import counts, at module level, inside a function or under ``TYPE_CHECKING``: a
circle that only the type checker sees is still a circle a reader has to hold in mind.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Modules every layer may use: the version, errors, terminal- and Markdown-safe text, progress.
BASE = {
    "factcheck",
    "factcheck.errors",
    "factcheck.terminal",
    "factcheck.mdsafe",
    "factcheck.progress",
}
TOP = {"factcheck.cli", "factcheck.__main__"}

# What each domain may import besides BASE and itself, bottom to top (DESIGN.md).
_CORE = ("workspace", "index", "evidence", "verdicts", "importers", "claims", "check", "diff")
ALLOWED: dict[str, set[str]] = {
    "workspace": set(),
    "index": {"workspace"},
    "evidence": {"workspace", "index"},
    "verdicts": {"workspace"},
    "importers": {"workspace"},
    "claims": {"workspace", "verdicts", "importers"},
    "check": {"workspace", "index", "evidence", "verdicts"},
    "diff": {"workspace", "verdicts"},
    "publish": {"workspace", "verdicts"},
    "archive": {"workspace", "index", "evidence", "verdicts", "importers"},
    "tui": {*_CORE, "publish"},
    "commands": {*_CORE, "publish", "tui", "archive"},
}


@dataclass(frozen=True)
class Import:
    """One import statement: who imports what, and on which line."""

    importer: str  # module name
    imported: str  # module name (a package's __init__ is the package name)
    written: str  # the module the statement names (``from X import ...`` or ``import X``)
    line: int
    path: Path


def module_name(package_root: Path, path: Path) -> str:
    """``factcheck/workspace/load.py`` -> ``factcheck.workspace.load``."""
    parts = list(path.relative_to(package_root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(package_root: Path) -> list[Import]:
    """Every import of a factcheck module by a factcheck module under ``package_root``."""
    modules = {module_name(package_root, p): p for p in package_root.rglob("*.py")}
    found = []
    for name, path in sorted(modules.items()):
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for written, target in _targets(node, name, is_package, modules):
                found.append(Import(name, target, written, node.lineno, path))  # type: ignore[attr-defined]
    return found


def _targets(
    node: ast.AST, importer: str, is_package: bool, modules: dict[str, Path]
) -> Iterator[tuple[str, str]]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name in modules:
                yield alias.name, alias.name
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = importer.split(".")
            if not is_package:
                base.pop()
            base = base[: len(base) - (node.level - 1)]
            module = ".".join([*base, *([node.module] if node.module else [])])
        else:
            module = node.module or ""
        if module not in modules:
            return
        for alias in node.names:
            submodule = f"{module}.{alias.name}"
            # ``from factcheck.workspace import passages`` imports a module, not a name.
            yield module, submodule if submodule in modules else module


def domain(module: str) -> str:
    """The domain a module belongs to: ``workspace``, ``tui``, ..., or base / top."""
    if module in BASE:
        return "base"
    if module in TOP:
        return "top"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "base"


def layer_violations(package_root: Path) -> list[str]:
    """Imports that run the wrong way, or reach into another domain's inner modules."""
    problems = []
    for found in imports(package_root):
        source, target = domain(found.importer), domain(found.imported)
        where = f"{found.path.relative_to(package_root.parent)}:{found.line}"
        if target == source or target == "base" or source == "top":
            continue
        if source == "base":
            problems.append(f"{where}: {found.importer} (base) imports {found.imported}")
        elif target == "top" or target not in ALLOWED.get(source, set()):
            problems.append(f"{where}: {source} must not import {target} ({found.imported})")
        elif found.written.count(".") > 1:
            problems.append(
                f"{where}: {found.written} is inside {target}; import from factcheck.{target}"
            )
    return problems


def cycles(package_root: Path) -> list[list[str]]:
    """Every strongly connected group of modules (Tarjan's algorithm), largest first."""
    graph: dict[str, set[str]] = {}
    for found in imports(package_root):
        if found.importer != found.imported:
            graph.setdefault(found.importer, set()).add(found.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups, key=len, reverse=True)
