"""The layer table of ``smartdesk`` and the rules its imports must keep (see docs/architecture.md).

Imports only point down: a module may import its own layer and any layer of a lower
rank, never a higher one nor another layer of the same rank (those are kept apart on
purpose). Every import counts, including those inside functions and under
``if TYPE_CHECKING:``: a lazy import is still a dependency, and a type-only one still
means the lower layer knows about the higher.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from tests.architecture.imports import Import

PACKAGE = "smartdesk"

# Layer -> rank. A layer is a sub-package (``smartdesk.gui``), a top-level module
# (``smartdesk.files``) or the package's own ``__init__`` (``smartdesk``).
LAYERS: dict[str, int] = {
    # The entry point for ``python -m smartdesk``: runs the CLI.
    "__main__": 5,
    # The two front ends. The window and the headless commands never import each other
    # (one exception, LAZY_CROSSINGS below).
    "gui": 4,
    "cli": 4,
    # What the front ends use to read and write things other than the workshop file:
    # the briefing pack and exports (reports), JSON and spreadsheet exchange
    # (interchange), and the phones' room server (room, started by the window or by
    # ``smartdesk room``). Independent of each other.
    "reports": 3,
    "interchange": 3,
    "room": 3,
    # The workshop file: the only place that touches SQLite.
    "store": 2,
    # The exempt-information paragraphs of each nation's law (exempt_law.py): reads its
    # table from resources/ through paths.py, so it sits above the helpers; the store
    # never needs it (interchange and reports check and cite paragraphs).
    "exempt_law": 2,
    # The gettext catalogues (catalogues/): the CLI's words and the matcher that puts the
    # English sentences of the layers below into Welsh for both front ends; reads
    # resources/ through paths.py, never Qt.
    "catalogues": 2,
    # Small helpers every layer above the domain may use: files the user names
    # (files.py), where SmartDesk's own and the user's folders are (paths.py), and the
    # version (smartdesk/__init__.py).
    "files": 1,
    "paths": 1,
    PACKAGE: 1,
    # The rules: pure Python, the standard library only.
    "domain": 0,
}

# (importing layer, imported module): allowed inside a function only. The CLI opens
# the window when no command is given; importing the launcher lazily keeps Qt out of
# every headless command.
LAZY_CROSSINGS: dict[tuple[str, str], str] = {
    ("cli", "smartdesk.gui.launch"): "smartdesk with no command opens the window",
}

# Qt is the window's business: only gui may import it. The room server gets the
# non-widget parts it needs to serve phones.
QT_PACKAGES = {"PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt5", "PyQt6"}
QT_LAYERS: dict[str, tuple[str, ...] | None] = {
    "gui": None,  # any of Qt
    "room": ("PySide6.QtCore", "PySide6.QtNetwork", "PySide6.QtHttpServer"),
}

# Inside room, only the modules that run on Qt's event loop use Qt; the rest (reading
# requests, the API, tokens and rate limits, the page) is plain Python, tested
# without a socket.
ROOM_QT_MODULES = frozenset({"smartdesk.room.server", "smartdesk.room.headless"})
# Importing those loads Qt: ``smartdesk room`` does it inside a function, so every other
# command (and ``smartdesk --help``) stays free of Qt.
CLI_LAZY_QT = ROOM_QT_MODULES

# SQL is the store's business: the rest works with domain records.
SQLITE_PACKAGES = {"sqlite3", "_sqlite3", "sqlite_utils"}
SQLITE_LAYERS = {"store"}

# The domain imports nothing outside the standard library (and itself).
STANDARD_LIBRARY_ONLY = {"domain"}


def layer_of(module: str) -> str | None:
    """The layer a ``smartdesk`` module or name belongs to; None outside ``smartdesk``.

    ``smartdesk.x.y`` belongs to layer ``x``; a name directly in ``smartdesk`` that is no
    layer (``smartdesk.__version__``) belongs to the package's ``__init__``.
    """
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return None
    if len(parts) == 1 or parts[1] not in LAYERS:
        return PACKAGE
    return parts[1]


def unplaced_modules(modules: Iterable[str]) -> list[str]:
    """Modules of the package whose layer is not in the table: a new package needs a place."""
    return sorted(
        module for module in modules if module != PACKAGE and module.split(".")[1] not in LAYERS
    )


def layering_problems(imports: Iterable[Import]) -> list[str]:
    """One line for each import that breaks a rule above; empty when all keep them."""
    problems: list[str] = []
    for found in imports:
        problem = _problem(found)
        if problem:
            where = f"{found.importer} line {found.line}"
            problems.append(f"{where} imports {found.target}: {problem}")
    return problems


def _problem(found: Import) -> str | None:
    importer_layer = layer_of(found.importer)
    if importer_layer is None or unplaced_modules([found.importer]):
        return f"{found.importer} has no place in the layer table"
    target_layer = layer_of(found.target)
    if target_layer is not None:
        return _direction_problem(found, importer_layer, target_layer) or _lazy_qt_problem(
            found, importer_layer
        )
    if (
        importer_layer == "room"
        and found.target.split(".")[0] in QT_PACKAGES
        and found.importer not in ROOM_QT_MODULES
    ):
        return "only room.server and room.headless may use Qt (the rest of room is plain Python)"
    return _library_problem(found.target, importer_layer)


def _lazy_qt_problem(found: Import, importer_layer: str) -> str | None:
    if importer_layer != "cli" or found.in_function:
        return None
    for module in CLI_LAZY_QT:
        if found.target == module or found.target.startswith(module + "."):
            return f"{module} loads Qt: import it only inside a function"
    return None


def _direction_problem(found: Import, importer_layer: str, target_layer: str) -> str | None:
    if target_layer == importer_layer or LAYERS[target_layer] < LAYERS[importer_layer]:
        return None
    for (layer, module), _why in LAZY_CROSSINGS.items():
        crossing = found.target == module or found.target.startswith(module + ".")
        if layer == importer_layer and crossing:
            return None if found.in_function else f"{module} only inside a function"
    side = "up" if LAYERS[target_layer] > LAYERS[importer_layer] else "sideways"
    return f"{importer_layer} may not import {target_layer} (that points {side})"


def _library_problem(target: str, importer_layer: str) -> str | None:
    top = target.split(".")[0]
    if top in QT_PACKAGES:
        if importer_layer not in QT_LAYERS:
            return "only gui (and room's server parts) may use Qt"
        allowed = QT_LAYERS[importer_layer]
        if allowed is not None and not any(
            target == prefix or target.startswith(prefix + ".") for prefix in allowed
        ):
            return f"{importer_layer} may use only {', '.join(allowed)} of Qt"
    if top in SQLITE_PACKAGES and importer_layer not in SQLITE_LAYERS:
        return "only store may use SQLite"
    if importer_layer in STANDARD_LIBRARY_ONLY and top not in sys.stdlib_module_names:
        return f"{importer_layer} may import only the standard library"
    return None
