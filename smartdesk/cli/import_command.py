"""``smartdesk import PATH --stakeholders FILE [--allow-duplicates]``: add stakeholders
from a spreadsheet, skipping rows that are already in the register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smartdesk.domain.errors import WorkshopError
from smartdesk.files import why_not_a_file


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the workshop file to add to")
    parser.add_argument(
        "--stakeholders",
        metavar="FILE",
        required=True,
        help=(
            "a CSV or Excel (.xlsx) list of stakeholders, one per row under a header row "
            "(Name, Organisation, Role, Email, Phone, Power, Interest, Attitude, Category, "
            "Notes, Engagement current, Engagement needed; common aliases such as 'Full "
            "name', 'Organization' and 'E-mail' are understood). Nothing is imported "
            "unless every row is sound. A row with the same name and organisation as a "
            "stakeholder already in the register, or as an earlier row (ignoring case and "
            "spacing), is skipped and reported."
        ),
    )
    parser.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import the rows that match a stakeholder already in the register, or an "
        "earlier row, as well",
    )


def run(options: argparse.Namespace) -> int:
    from smartdesk.interchange.spreadsheet import import_stakeholders
    from smartdesk.store import WorkshopFile

    workshop = Path(options.path)
    problem = why_not_a_file(workshop)
    if problem is not None:
        raise WorkshopError(f"cannot open '{workshop}': {problem}")
    source = Path(options.stakeholders)
    problem = why_not_a_file(source)
    if problem is not None:
        raise WorkshopError(f"cannot read '{source}': {problem}")
    with WorkshopFile.open(workshop) as store:
        sheet = import_stakeholders(store, source, allow_duplicates=options.allow_duplicates)
    for warning in sheet.warnings:
        print(f"smartdesk import: note: {warning}", file=sys.stderr)
    count = len(sheet.to_import(allow_duplicates=options.allow_duplicates))
    noun = "stakeholder" if count == 1 else "stakeholders"
    print(f"Imported {count} {noun} from {source.name} into {workshop}")
    duplicates = sheet.duplicate_messages()
    if duplicates and options.allow_duplicates:
        print(f"Kept {_rows(len(duplicates))} that are duplicates (--allow-duplicates):")
    elif duplicates:
        print(
            f"Skipped {_rows(len(duplicates))} with the same name and organisation as a "
            "stakeholder already there (--allow-duplicates imports them):"
        )
    for line in duplicates:
        print(f"  {line}")
    if sheet.ignored_headers:
        ignored = ", ".join(f"'{header}'" for header in sheet.ignored_headers)
        print(f"Columns not imported: {ignored}")
    return 0


def _rows(count: int) -> str:
    return f"{count} row" + ("" if count == 1 else "s")
