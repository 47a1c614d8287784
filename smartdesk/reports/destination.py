"""Where an export may be written: one rule for ``smartdesk export`` and the Export buttons.

An export is renamed onto its target, so a wrong target is lost work: a workshop file
(by its content, whatever its name), a file SmartDesk has open (its lock beside it), or
a name whose extension belongs to another kind of file is refused outright. An existing
file of the right kind may be replaced, but only when the user says so (``--force`` on
the command line, a question in the window).
"""

from __future__ import annotations

import os
from pathlib import Path

from smartdesk.files import output_problem, resolved
from smartdesk.store.identity import holds_a_workshop
from smartdesk.store.lock import read_lock

WORKSHOP_SUFFIX = ".smartdesk"

# Export kind -> (the extensions its file may have, the name the user knows it by).
KINDS: dict[str, tuple[tuple[str, ...], str]] = {
    "pdf": ((".pdf",), "PDF"),
    "docx": ((".docx",), "Word document"),
    "xlsx": ((".xlsx",), "Excel workbook"),
    "json": ((".json",), "JSON file"),
}


def export_refusal(target: Path, kind: str, workshop: Path | None = None) -> str | None:
    """Why a ``kind`` export must never be written to ``target``, or None if it may be.

    ``workshop`` is the workshop being exported, named in a clearer message when the
    target is that very file. An existing target that passes still needs the user's
    word to be replaced (see ``replaces_a_file``).
    """
    problem = output_problem(target)  # a missing folder, a folder, a device or pipe
    if problem is not None:
        return f"cannot write '{target}': {problem}"
    if workshop is not None and target.exists() and _same_file(target, workshop):
        return f"'{target}' is the workshop file itself; choose another name"
    lock = read_lock(target)
    if lock is not None and not lock.stale:
        return (
            f"'{target}' is open in SmartDesk ({lock.describe()}); an export never "
            "replaces it, so choose another name"
        )
    if target.suffix.lower() == WORKSHOP_SUFFIX or holds_a_workshop(target):
        return (
            f"'{target}' is a SmartDesk workshop file; an export never replaces one, "
            "so choose another name"
        )
    suffixes, name = KINDS[kind]
    if target.suffix.lower() not in suffixes:
        return (
            f"'{target}' does not end in {suffixes[0]}, so it would not open as a {name}; "
            f"name it e.g. '{target.with_suffix(suffixes[0]).name}'"
        )
    return None


def _same_file(target: Path, workshop: Path) -> bool:
    # By the file system, not the spelling: Windows and macOS ignore case ("BUDGET.json"
    # may be "budget.json"), and a hard link or a short 8.3 name is the same file too.
    try:
        return os.path.samefile(target, workshop)
    except OSError:
        return resolved(target) == resolved(workshop)


def replaces_a_file(target: Path) -> bool:
    """Would writing ``target`` replace a file already there (or a link)?"""
    return target.exists() or target.is_symlink()
