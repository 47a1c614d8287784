"""Import circles: modules that import each other, directly or round a longer loop.

Every import counts, including those inside functions and under ``if TYPE_CHECKING:``:
hiding one side of a circle in a function or behind TYPE_CHECKING keeps Python from
failing, but the two modules still cannot be understood, tested or moved apart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from tests.architecture.imports import Import, module_of

# Circles that exist today, each allowed only as it stands (a circle of these modules,
# or fewer): one that grows, or any other, fails. Nothing checks that they still exist,
# so a branch that removes one merges cleanly; delete its line when it is gone.
KNOWN_CIRCLES: tuple[frozenset[str], ...] = ()


def import_graph(imports: Iterable[Import], modules: Collection[str]) -> dict[str, set[str]]:
    """Module -> the modules of ``modules`` it imports (a package import names its ``__init__``)."""
    graph: dict[str, set[str]] = {module: set() for module in modules}
    for found in imports:
        target = module_of(found.target, set(modules))
        if target is not None and target != found.importer:
            graph.setdefault(found.importer, set()).add(target)
    return graph


def circles(graph: Mapping[str, Collection[str]]) -> list[frozenset[str]]:
    """Every group of two or more modules that can reach each other (Tarjan's algorithm)."""
    order: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        order[module] = lowest[module] = len(order)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph.get(module, ())):
            if target not in order:
                visit(target)
                lowest[module] = min(lowest[module], lowest[target])
            elif target in on_stack:
                lowest[module] = min(lowest[module], order[target])
        if lowest[module] == order[module]:
            group: set[str] = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


def circle_problems(
    graph: Mapping[str, Collection[str]], allowed: Iterable[frozenset[str]] = KNOWN_CIRCLES
) -> list[str]:
    """One line for each circle that is not within an allowed one."""
    allowed = list(allowed)
    return [
        "import circle: " + " <-> ".join(sorted(group))
        for group in circles(graph)
        if not any(group <= known for known in allowed)
    ]
