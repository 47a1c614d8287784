"""``smartdesk scrub``: remove personal data from a workshop: stakeholders' contact
details and participants' names, organisations and roles."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartdesk.cli.i18n import _, ngettext


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file to clean"))
    parser.add_argument(
        "--stakeholder",
        metavar=_("ID_OR_NAME"),
        help=_(
            "remove only this stakeholder's email and phone (default: every stakeholder's, "
            "and every participant's name, organisation and role); a name must match exactly "
            "one stakeholder, ignoring case and spacing"
        ),
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
    removed = ngettext(
        "Removed the email and phone of {count} stakeholder from {path}",
        "Removed the email and phone of {count} stakeholders from {path}",
        count,
    )
    print(removed.format(count=count, path=path))
    if result.participants:
        number = len(result.participants)
        removed = ngettext(
            "Removed the name, organisation and role of {count} participant",
            "Removed the name, organisation and role of {count} participants",
            number,
        )
        print(removed.format(count=number))
    if result.backups_removed:
        number = len(result.backups_removed)
        deleted = ngettext(
            "Deleted {count} backup that still held them",
            "Deleted {count} backups that still held them",
            number,
        )
        print(deleted.format(count=number))
    if result.older_backups:
        number = len(result.older_backups)
        left = ngettext(
            "{count} backup made by an earlier SmartDesk still holds them and may belong to "
            "another copy of this workshop, so it was left in '{folder}'; delete what you do "
            "not need",
            "{count} backups made by an earlier SmartDesk still hold them and may belong to "
            "another copy of this workshop, so they were left in '{folder}'; delete what you "
            "do not need",
            number,
        )
        print(left.format(count=number, folder=result.older_backups[0].parent))
    return 0
