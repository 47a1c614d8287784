"""The domain's modules import each other without a circle, counting imports made
inside functions (which hide a circle from Python but not from a reader)."""

from __future__ import annotations

import ast
from pathlib import Path

import smartdesk.domain

DOMAIN = Path(smartdesk.domain.__file__).parent


def _domain_imports(path: Path) -> set[str]:
    """The domain modules ``path`` imports anywhere in its body, by short name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "smartdesk.domain":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("smartdesk.domain."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("smartdesk.domain."):
                    found.add(alias.name.split(".")[2])
    return found


def _graph() -> dict[str, set[str]]:
    modules = {path.stem: path for path in DOMAIN.glob("*.py") if path.stem != "__init__"}
    return {name: _domain_imports(path) & modules.keys() - {name} for name, path in modules.items()}


def _circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the modules along it, or None."""
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> list[str] | None:
        if name in trail:
            return [*trail[trail.index(name) :], name]
        if name in done:
            return None
        for imported in sorted(graph[name]):
            circle = visit(imported, [*trail, name])
            if circle:
                return circle
        done.add(name)
        return None

    for name in sorted(graph):
        circle = visit(name, [])
        if circle:
            return circle
    return None


def test_the_import_graph_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "late.py"
    module.write_text("def f():\n    from smartdesk.domain import sensitivity\n")
    assert _domain_imports(module) == {"sensitivity"}


def test_a_circle_is_found_when_there_is_one() -> None:
    assert _circle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert _circle({"a": {"b"}, "b": set()}) is None


def test_domain_modules_import_each_other_without_a_circle() -> None:
    graph = _graph()
    assert {"appraisal", "sensitivity", "appraisal_report"} <= graph.keys()
    assert _circle(graph) is None
