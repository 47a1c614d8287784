"""``smartdesk demo``, ``new`` and ``check``: create and verify workshop files."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartdesk.cli.i18n import _
from smartdesk.domain.errors import WorkshopError
from smartdesk.reports.destination import WORKSHOP_SUFFIX


def configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file to create"))


def run_demo(options: argparse.Namespace) -> int:
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.paths import resource
    from smartdesk.store import WorkshopFile

    target = _new_file_path(options.path)
    data = read_workshop_json(resource("demo", "demo.json"))
    WorkshopFile.create(target, data).close()
    print(
        _("Wrote the sample workshop to {path}").format(path=target)
        + _suffix_note(options.path, target)
    )
    return 0


def configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file to create"))
    parser.add_argument(
        "--from-json",
        metavar=_("FILE"),
        help=_("fill the workshop from a SmartDesk JSON file (see README: JSON format)"),
    )


def run_new(options: argparse.Namespace) -> int:
    from smartdesk.domain.records import WorkshopData, WorkshopInfo, new_id
    from smartdesk.interchange.json_format import read_workshop_json
    from smartdesk.store import WorkshopFile

    target = _new_file_path(options.path)
    if options.from_json:
        data = read_workshop_json(Path(options.from_json))  # it refuses what is no file
    else:
        data = WorkshopData(workshop=WorkshopInfo(id=new_id(), title=target.stem))
    WorkshopFile.create(target, data).close()
    print(_("Created {path}").format(path=target) + _suffix_note(options.path, target))
    return 0


def configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file to verify"))


def run_check(options: argparse.Namespace) -> int:
    from smartdesk.store import SCHEMA_VERSION, check

    check(options.path)
    sound = _("{path}: sound SmartDesk workshop (schema version {version})")
    print(sound.format(path=options.path, version=SCHEMA_VERSION))
    return 0


def _new_file_path(path: str) -> Path:
    """The path for a new workshop file, refused before any work if it cannot be created.

    A workshop file ends in ``.smartdesk`` (the window, file dialogs and double-clicking
    all go by it), so the ending is added when missing: ``d2`` becomes ``d2.smartdesk``,
    ``d3.txt`` becomes ``d3.txt.smartdesk`` (nothing the user typed is dropped).
    """
    target = Path(path)
    if target.suffix.lower() != WORKSHOP_SUFFIX:
        target = target.with_name(target.name + WORKSHOP_SUFFIX)
    if target.exists():
        raise WorkshopError(_("'{path}' already exists; choose another name").format(path=target))
    if not target.parent.is_dir():
        refusal = _("cannot create '{path}': folder '{folder}' does not exist")
        raise WorkshopError(refusal.format(path=target, folder=target.parent))
    return target


def _suffix_note(given: str, target: Path) -> str:
    """Says so when ``.smartdesk`` was added to the name the user gave."""
    if Path(given).name == target.name:
        return ""
    return " " + _("({suffix} added: workshop files end in it)").format(suffix=WORKSHOP_SUFFIX)
