"""Read every ``import`` in a package's source with ``ast``, without importing anything.

Imports inside functions and under ``if TYPE_CHECKING:`` are read too, and marked as
such: a lazy or type-only import still ties one module to another.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Import:
    """One imported name. ``from a.b import c`` gives the target ``a.b.c``, whether ``c``
    is a module or a name inside ``a.b``; ``module_of`` finds the module."""

    importer: str
    target: str
    line: int
    in_function: bool = False
    type_only: bool = False


def module_name(path: Path, source_root: Path) -> str:
    """``smartdesk/gui/launch.py`` -> ``smartdesk.gui.launch``; a package's ``__init__``
    is the package itself."""
    parts = list(path.relative_to(source_root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read_imports(importer: str, source: str, *, is_package: bool = False) -> list[Import]:
    """Every import in ``source`` (the text of module ``importer``), in order."""
    package = importer if is_package else importer.rpartition(".")[0]
    reader = _Reader(importer, package)
    reader.visit(ast.parse(source))
    return reader.found


def package_modules(package_dir: Path) -> dict[str, Path]:
    """Module name -> file for every ``.py`` file in ``package_dir`` and below."""
    source_root = package_dir.parent
    return {module_name(path, source_root): path for path in sorted(package_dir.rglob("*.py"))}


def package_imports(package_dir: Path) -> list[Import]:
    """Every import in every module of ``package_dir``."""
    found: list[Import] = []
    for module, path in package_modules(package_dir).items():
        source = path.read_text(encoding="utf-8")
        found += read_imports(module, source, is_package=path.name == "__init__.py")
    return found


def module_of(target: str, modules: set[str] | dict[str, Path]) -> str | None:
    """The longest prefix of ``target`` that is one of ``modules``, or None."""
    parts = target.split(".")
    for length in range(len(parts), 0, -1):
        candidate = ".".join(parts[:length])
        if candidate in modules:
            return candidate
    return None


class _Reader(ast.NodeVisitor):
    def __init__(self, importer: str, package: str) -> None:
        self.importer = importer
        self.package = package
        self.found: list[Import] = []
        self._function_depth = 0
        self._type_checking_depth = 0

    def _add(self, target: str, line: int) -> None:
        self.found.append(
            Import(
                self.importer,
                target,
                line,
                in_function=self._function_depth > 0,
                type_only=self._type_checking_depth > 0,
            )
        )

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = self._absolute(node.module, node.level)
        for alias in node.names:
            self._add(base if alias.name == "*" else f"{base}.{alias.name}", node.lineno)

    def _absolute(self, module: str | None, level: int) -> str:
        if level == 0:
            return module or ""
        parts = self.package.split(".")
        parts = parts[: len(parts) - (level - 1)]
        return ".".join(parts + ([module] if module else []))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._inside_function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._inside_function(node)

    def _inside_function(self, node: ast.AST) -> None:
        self._function_depth += 1
        self.generic_visit(node)
        self._function_depth -= 1

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.generic_visit(node)
            return
        self._type_checking_depth += 1
        for statement in node.body:
            self.visit(statement)
        self._type_checking_depth -= 1
        for statement in node.orelse:  # the runtime branch of "if TYPE_CHECKING: ... else:"
            self.visit(statement)


def _is_type_checking(test: ast.expr) -> bool:
    # "if TYPE_CHECKING:" and "if typing.TYPE_CHECKING:"
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
