"""No new import circles: modules that need each other cannot be understood or moved apart."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from tests.architecture.circles import circle_problems, circles, import_graph
from tests.architecture.imports import Import, package_imports, package_modules, read_imports

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "smartdesk"


def graph_of(sources: dict[str, str]) -> dict[str, set[str]]:
    imports: list[Import] = []
    for module, source in sources.items():
        imports += read_imports(module, dedent(source))
    return import_graph(imports, sources)


def test_modules_that_import_each_other_are_a_circle() -> None:
    graph = graph_of(
        {
            "p.a": "from p.b import thing",
            "p.b": "import p.c",
            "p.c": "def later():\n    from p import a",  # inside a function: still a circle
            "p.d": "from p.a import thing",  # leads into the circle, is not part of it
        }
    )
    assert circles(graph) == [frozenset({"p.a", "p.b", "p.c"})]
    assert circle_problems(graph, allowed=[]) == ["import circle: p.a <-> p.b <-> p.c"]


def test_a_type_only_import_closes_a_circle_too() -> None:
    graph = graph_of(
        {
            "p.window": "from p import guard",
            "p.guard": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import p.window",
        }
    )
    assert circle_problems(graph, allowed=[]) == ["import circle: p.guard <-> p.window"]


def test_imports_in_one_direction_are_no_circle() -> None:
    graph = graph_of({"p.a": "import p.b\nimport json", "p.b": "import p.c", "p.c": ""})
    assert circles(graph) == []


def test_a_known_circle_is_allowed_only_as_it_stands() -> None:
    known = [frozenset({"p.a", "p.b"})]
    pair = graph_of({"p.a": "import p.b", "p.b": "import p.a"})
    assert circle_problems(pair, allowed=known) == []
    grown = graph_of({"p.a": "import p.b", "p.b": "import p.c", "p.c": "import p.a"})
    assert circle_problems(grown, allowed=known) == ["import circle: p.a <-> p.b <-> p.c"]


def test_a_package_import_names_its_init_and_a_module_import_the_module() -> None:
    graph = graph_of(
        {
            "p": "from p.b import B",  # the package's __init__ re-exports B
            "p.a": "from p import b",  # the module p.b, not p's __init__
            "p.b": "class B: ...",
        }
    )
    assert graph == {"p": {"p.b"}, "p.a": {"p.b"}, "p.b": set()}


def test_the_package_has_no_circles_but_the_known_ones() -> None:
    modules = package_modules(PACKAGE_DIR)
    graph = import_graph(package_imports(PACKAGE_DIR), modules)
    assert circle_problems(graph) == []
