"""Names the package defines that nothing uses: functions, classes, constants, attributes.

Deliberately simple: a name counts as used when the same word appears anywhere else in
the sources searched (code, tests, packaging), in code or in a string. So it misses dead
code whose name is a common word, but what it reports is dead.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator, Mapping

WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Qt calls its virtual methods (paintEvent, rowCount, ...) by name from C++.
QT_STYLE = re.compile(r"^[a-z]+[A-Z]")


def unused_names(sources: Mapping[str, str], checked: set[str]) -> list[str]:
    """``"file:line name"`` for each name defined in the ``checked`` files of ``sources``
    (file -> text) whose word appears in no other place of any of them."""
    words: Counter[str] = Counter()
    for text in sources.values():
        words.update(WORD.findall(text))
    found = []
    for file in sorted(checked):
        tree = ast.parse(sources[file])
        for name, line in _definitions(tree, _enum_classes(tree)):
            if words[name] <= 1:
                found.append(f"{file}:{line} {name}")
    return found


def _definitions(
    node: ast.AST, enums: set[str], *, in_enum: bool = False
) -> Iterator[tuple[str, int]]:
    for child in ast.iter_child_nodes(node):
        # An enum's members are reached by value and by iterating, not by name.
        member = in_enum and isinstance(child, ast.Assign | ast.AnnAssign)
        for name in [] if member else _names_defined(child):
            if not name.startswith("__") and not QT_STYLE.match(name):
                yield name, getattr(child, "lineno", 0)
        enum = isinstance(child, ast.ClassDef) and child.name in enums
        yield from _definitions(child, enums, in_enum=enum)


def _names_defined(node: ast.AST) -> list[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign):
        targets = [node.target]
    names = []
    for target in targets:
        if isinstance(target, ast.Name):
            names.append(target.id)
        elif isinstance(target, ast.Attribute) and _is_self(target.value):
            names.append(target.attr)
    return names


def _is_self(value: ast.expr) -> bool:
    return isinstance(value, ast.Name) and value.id == "self"


def _enum_classes(tree: ast.AST) -> set[str]:
    """The module's enum classes: those based on ``...Enum``/``...Flag`` or on one of them."""
    bases = {
        node.name: {ast.unparse(base).rpartition(".")[2] for base in node.bases}
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    enums = {name for name, of in bases.items() if any(b.endswith(("Enum", "Flag")) for b in of)}
    while grown := {name for name, of in bases.items() if of & enums} - enums:
        enums |= grown
    return enums
