"""``smartdesk scrub``: remove personal data from a workshop: stakeholders' contact
details and participants' names, organisations and roles."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the workshop file to clean")
    parser.add_argument(
        "--stakeholder",
        metavar="ID_OR_NAME",
        help="remove only this stakeholder's email and phone (default: every stakeholder's, "
        "and every participant's name, organisation and role); a name must match exactly "
        "one stakeholder, ignoring case and spacing",
    )


def run(options: argparse.Namespace) -> int:
    from smartdesk.store import WorkshopFile
    from smartdesk.store.scrub import find_stakeholder, remove_personal_data

    path = Path(options.path)
    # No backup on opening: it would hold the very details being removed.
    with WorkshopFile.open(path, backup=False) as store:
        chosen = options.stakeholder
        if chosen is not None:
            chosen = find_stakeholder(store, chosen)
        result = remove_personal_data(store, chosen)
    count = len(result.stakeholders)
    people = "stakeholder" if count == 1 else "stakeholders"
    print(f"Removed the email and phone of {count} {people} from {path}")
    if result.participants:
        number = len(result.participants)
        print(
            f"Removed the name, organisation and role of {number} "
            f"participant{'s' if number != 1 else ''}"
        )
    if result.backups_removed:
        number = len(result.backups_removed)
        print(f"Deleted {number} backup{'s' if number != 1 else ''} that still held them")
    if result.older_backups:
        number = len(result.older_backups)
        print(
            f"{number} backup{'s' if number != 1 else ''} made by an earlier SmartDesk "
            f"still {'hold' if number != 1 else 'holds'} them and may belong to another "
            f"copy of this workshop, so {'they were' if number != 1 else 'it was'} left "
            f"in '{result.older_backups[0].parent}'; delete what you do not need"
        )
    return 0
