"""Imports only point down the layers, Qt stays in the window, SQLite in the store.

The rules are tried on small made-up modules first (so each can be seen to fail), then
on every module of the real package.
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from tests.architecture.imports import package_imports, package_modules, read_imports
from tests.architecture.layers import layering_problems, unplaced_modules

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "smartdesk"


def problems(module: str, source: str, *, is_package: bool = False) -> list[str]:
    return layering_problems(read_imports(module, dedent(source), is_package=is_package))


# The made-up modules


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("smartdesk.gui.page", "from smartdesk.store import WorkshopFile"),
        ("smartdesk.gui.page", "import smartdesk.domain.records"),
        ("smartdesk.cli.check", "from smartdesk.reports.pack import export_pack"),
        ("smartdesk.reports.pack", "from smartdesk import paths"),
        ("smartdesk.store.file", "from smartdesk.files import write_atomically"),
        ("smartdesk.files", "from smartdesk.domain.errors import WorkshopError"),
        ("smartdesk.domain.rules", "import dataclasses\nfrom typing import Any"),
        ("smartdesk.gui.page", "from PySide6.QtWidgets import QWidget"),
        ("smartdesk.store.file", "import sqlite3\nfrom sqlite_utils import Database"),
        ("smartdesk.__main__", "from smartdesk.cli import main"),
        ("smartdesk.cli", "def main():\n    from smartdesk.gui.launch import run"),
        ("smartdesk.gui.about", "from smartdesk import __version__"),
    ],
)
def test_imports_that_point_down_are_allowed(module: str, source: str) -> None:
    assert problems(module, source) == []


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        # up
        ("smartdesk.domain.rules", "from smartdesk.store import WorkshopFile", "up"),
        ("smartdesk.store.file", "import smartdesk.reports.pack", "up"),
        ("smartdesk.domain.rules", "from smartdesk.files import resolved", "up"),
        ("smartdesk.reports.pack", "from smartdesk.gui.page import Page", "up"),
        ("smartdesk.cli.output", "import smartdesk.__main__", "up"),
        # sideways: layers of one rank are kept apart
        ("smartdesk.reports.pack", "from smartdesk.interchange import json_format", "sideways"),
        ("smartdesk.interchange.merge", "from smartdesk.reports import pack", "sideways"),
        ("smartdesk.gui.page", "from smartdesk.cli.output import say", "sideways"),
        ("smartdesk.room.server", "from smartdesk.reports import pack", "sideways"),
        ("smartdesk.files", "from smartdesk.paths import user_data", "sideways"),
    ],
)
def test_imports_that_point_up_or_sideways_are_refused(
    module: str, source: str, expected: str
) -> None:
    found = problems(module, source)
    assert len(found) == 1
    assert f"(that points {expected})" in found[0]
    assert found[0].startswith(f"{module} line 1 imports smartdesk.")


def test_an_import_inside_a_function_counts() -> None:
    source = """
        def total():
            from smartdesk.store.rows import score_id
            return score_id
    """
    assert problems("smartdesk.domain.costs", source) == [
        "smartdesk.domain.costs line 3 imports smartdesk.store.rows.score_id: "
        "domain may not import store (that points up)"
    ]


def test_a_type_only_import_counts() -> None:
    source = """
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from smartdesk.gui.window.main_window import MainWindow
        else:
            from smartdesk.domain import records
    """
    found = problems("smartdesk.store.lock", source)
    assert found == [
        "smartdesk.store.lock line 4 imports smartdesk.gui.window.main_window.MainWindow: "
        "store may not import gui (that points up)"
    ]


def test_relative_imports_are_read_from_their_package() -> None:
    assert problems("smartdesk.domain.rules", "from ..store import rows") == [
        "smartdesk.domain.rules line 1 imports smartdesk.store.rows: "
        "domain may not import store (that points up)"
    ]
    assert problems("smartdesk.domain", "from .errors import WorkshopError", is_package=True) == []
    assert problems("smartdesk.domain", "from ..gui import page", is_package=True) != []


def test_the_cli_opens_the_window_only_from_inside_a_function() -> None:
    at_start = "from smartdesk.gui.launch import run"
    assert problems("smartdesk.cli", at_start, is_package=True) == [
        "smartdesk.cli line 1 imports smartdesk.gui.launch.run: "
        "smartdesk.gui.launch only inside a function"
    ]
    # Lazily or not, nothing else of the window.
    lazily = "def main():\n    from smartdesk.gui.window.main_window import MainWindow"
    assert problems("smartdesk.cli.commands", lazily) == [
        "smartdesk.cli.commands line 2 imports smartdesk.gui.window.main_window.MainWindow: "
        "cli may not import gui (that points sideways)"
    ]


@pytest.mark.parametrize(
    "module",
    ["smartdesk.cli.check", "smartdesk.store.file", "smartdesk.reports.pack", "smartdesk.domain.x"],
)
def test_qt_outside_the_window_is_refused(module: str) -> None:
    found = problems(module, "def later():\n    from PySide6.QtCore import QObject")
    assert [line.split(": ", 1)[1] for line in found] == [
        "only gui (and room's server parts) may use Qt"
    ]
    assert problems(module, "import shiboken6") != []


def test_the_room_server_may_use_only_qt_core_network_and_http_server() -> None:
    allowed = """
        from PySide6 import QtCore
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtHttpServer import QHttpServer
        import PySide6.QtNetwork
        from smartdesk.store import WorkshopFile
        from smartdesk.domain.records import Participant
    """
    assert problems("smartdesk.room.server", allowed) == []
    assert problems("smartdesk.room.headless", allowed) == []
    refused = """
        from PySide6.QtWidgets import QApplication
        from PySide6 import QtGui
        import PySide6
        from smartdesk.gui.window.main_window import MainWindow
    """
    found = problems("smartdesk.room.server", refused)
    only = "room may use only PySide6.QtCore, PySide6.QtNetwork, PySide6.QtHttpServer of Qt"
    assert [line.split(": ", 1)[1] for line in found] == [
        only,
        only,
        only,
        "room may not import gui (that points up)",
    ]


@pytest.mark.parametrize(
    "module", ["smartdesk.room.service", "smartdesk.room.access", "smartdesk.room.page"]
)
def test_the_room_servers_request_handling_is_plain_python(module: str) -> None:
    assert problems(module, "from smartdesk.store import WorkshopFile\nimport json") == []
    found = problems(module, "from PySide6.QtCore import QObject")
    assert [line.split(": ", 1)[1] for line in found] == [
        "only room.server and room.headless may use Qt (the rest of room is plain Python)"
    ]


def test_the_cli_loads_the_room_server_only_when_smartdesk_room_runs() -> None:
    lazy = """
        def run():
            from smartdesk.room.headless import serve
    """
    assert problems("smartdesk.cli.room_command", lazy) == []
    assert problems("smartdesk.cli.room_command", "from smartdesk.room import access") == []
    found = problems("smartdesk.cli.room_command", "from smartdesk.room.headless import serve")
    assert [line.split(": ", 1)[1] for line in found] == [
        "smartdesk.room.headless loads Qt: import it only inside a function"
    ]


@pytest.mark.parametrize(
    "module",
    ["smartdesk.gui.page", "smartdesk.cli.check", "smartdesk.interchange.x", "smartdesk.domain.x"],
)
def test_sqlite_outside_the_store_is_refused(module: str) -> None:
    for source in ("import sqlite3", "from sqlite_utils import Database"):
        found = problems(module, source)
        assert [line.split(": ", 1)[1] for line in found] == ["only store may use SQLite"]


def test_the_domain_imports_only_the_standard_library() -> None:
    assert problems("smartdesk.domain.rules", "from fractions import Fraction") == []
    assert problems("smartdesk.domain.rules", "import platformdirs") == [
        "smartdesk.domain.rules line 1 imports platformdirs: "
        "domain may import only the standard library"
    ]
    # One layer up, libraries are fine.
    assert problems("smartdesk.paths", "import platformdirs") == []


def test_a_new_package_must_be_given_a_layer() -> None:
    assert unplaced_modules(["smartdesk", "smartdesk.gui.x", "smartdesk.phone.app"]) == [
        "smartdesk.phone.app"
    ]
    assert problems("smartdesk.phone.app", "import json") == [
        "smartdesk.phone.app line 1 imports json: smartdesk.phone.app has no place in the "
        "layer table"
    ]


# The real package


def test_every_module_of_the_package_has_a_layer() -> None:
    modules = package_modules(PACKAGE_DIR)
    assert len(modules) > 100  # the whole package was found
    assert unplaced_modules(modules) == []


def test_every_import_in_the_package_points_down() -> None:
    imports = package_imports(PACKAGE_DIR)
    # The reader sees lazy imports (the CLI's window launcher is one).
    assert any(
        found.importer.startswith("smartdesk.cli")
        and found.target.startswith("smartdesk.gui.launch")
        and found.in_function
        for found in imports
    )
    assert layering_problems(imports) == []
