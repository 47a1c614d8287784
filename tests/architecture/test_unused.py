"""No dead code: every function, class, constant and attribute the package defines is used."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

from tests.architecture.unused import unused_names

ROOT = Path(__file__).resolve().parents[2]
# Code that uses the package: its tests, the packaging scripts and the benchmarks.
SEARCHED = ("smartdesk", "tests", "packaging", "bench")

# Unused on purpose, or not yet removable: name -> why.
KNOWN_UNUSED = {
    "ui_dir": "where Qt Designer forms are to be loaded from (ui/README.md)",
}


def unused(package: str, elsewhere: str = "") -> list[str]:
    sources = {"pkg/mod.py": dedent(package), "tests/test_mod.py": dedent(elsewhere)}
    return [entry.split(" ", 1)[1] for entry in unused_names(sources, {"pkg/mod.py"})]


def test_names_nothing_uses_are_found() -> None:
    package = """
        LIMIT = 3
        PERSONAL = ("email",)

        def used():
            return LIMIT

        def forgotten():
            return 1

        class Job:
            def __init__(self):
                self.done = False
                self.dialog = None

            @property
            def is_cancelled(self):
                return self.done
    """
    assert unused(package, "from pkg.mod import Job, used") == [
        "PERSONAL",
        "forgotten",
        "dialog",
        "is_cancelled",
    ]


def test_enum_members_dunders_and_qt_overrides_are_not_reported() -> None:
    package = """
        from enum import StrEnum

        class _Labelled(StrEnum):
            pass

        class Nation(_Labelled):
            WALES = "wales"

        class Model:
            def __init__(self):
                pass

            def rowCount(self, parent=None):
                return 0
    """
    assert unused(package, "Nation Model") == []


def test_a_name_used_in_a_string_counts_as_used() -> None:
    assert unused("def vision_page(): ...", 'getattr(module, "vision_page")') == []


def test_the_package_has_no_unused_names() -> None:
    sources = {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for folder in SEARCHED
        for path in sorted((ROOT / folder).rglob("*.py"))
        # These checks name dead code on purpose; that is no use of it.
        if not path.is_relative_to(Path(__file__).parent)
    }
    checked = {name for name in sources if name.startswith("smartdesk/")}
    assert len(checked) > 100  # the whole package was read
    found = unused_names(sources, checked)
    assert [entry for entry in found if entry.split(" ", 1)[1] not in KNOWN_UNUSED] == []
