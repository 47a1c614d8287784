"""``smartdesk scrub``: remove stakeholders' contact details (personal data) from a workshop."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the workshop file to clean")
    parser.add_argument(
        "--stakeholder",
        metavar="ID",
        help="remove only this stakeholder's email and phone (default: everyone's)",
    )


def run(options: argparse.Namespace) -> int:
    from smartdesk.store import WorkshopFile
    from smartdesk.store.scrub import remove_personal_data

    path = Path(options.path)
    # No backup on opening: it would hold the very details being removed.
    with WorkshopFile.open(path, backup=False) as store:
        result = remove_personal_data(store, options.stakeholder)
    count = len(result.stakeholders)
    people = "stakeholder" if count == 1 else "stakeholders"
    print(f"Removed the email and phone of {count} {people} from {path}")
    if result.backups_removed:
        number = len(result.backups_removed)
        print(f"Deleted {number} backup{'s' if number != 1 else ''} that still held them")
    return 0
