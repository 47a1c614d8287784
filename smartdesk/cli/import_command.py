"""``smartdesk import PATH --stakeholders FILE [--allow-duplicates]``: add stakeholders
from a spreadsheet, skipping rows that are already in the register."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smartdesk.cli.i18n import _, ngettext, translate
from smartdesk.domain.errors import WorkshopError
from smartdesk.files import why_not_a_file


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file to add to"))
    parser.add_argument(
        "--stakeholders",
        metavar=_("FILE"),
        required=True,
        help=_(
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
        help=_(
            "import the rows that match a stakeholder already in the register, or an "
            "earlier row, as well"
        ),
    )


def run(options: argparse.Namespace) -> int:
    from smartdesk.interchange.spreadsheet import import_stakeholders
    from smartdesk.store import WorkshopFile

    workshop = Path(options.path)
    problem = why_not_a_file(workshop)
    if problem is not None:
        raise WorkshopError(
            _("cannot open '{path}': {problem}").format(path=workshop, problem=translate(problem))
        )
    source = Path(options.stakeholders)
    problem = why_not_a_file(source)
    if problem is not None:
        raise WorkshopError(
            _("cannot read '{path}': {problem}").format(path=source, problem=translate(problem))
        )
    with WorkshopFile.open(workshop) as store:
        sheet = import_stakeholders(store, source, allow_duplicates=options.allow_duplicates)
    for warning in sheet.warnings:
        print(f"smartdesk import: {_('note')}: {translate(warning)}", file=sys.stderr)
    count = len(sheet.to_import(allow_duplicates=options.allow_duplicates))
    imported = ngettext(
        "Imported {count} stakeholder from {file} into {path}",
        "Imported {count} stakeholders from {file} into {path}",
        count,
    )
    print(imported.format(count=count, file=source.name, path=workshop))
    duplicates = sheet.duplicate_messages()
    rows = len(duplicates)
    if duplicates and options.allow_duplicates:
        kept = ngettext(
            "Kept {count} row that is a duplicate (--allow-duplicates):",
            "Kept {count} rows that are duplicates (--allow-duplicates):",
            rows,
        )
        print(kept.format(count=rows))
    elif duplicates:
        skipped = ngettext(
            "Skipped {count} row with the same name and organisation as a stakeholder "
            "already there (--allow-duplicates imports them):",
            "Skipped {count} rows with the same name and organisation as a stakeholder "
            "already there (--allow-duplicates imports them):",
            rows,
        )
        print(skipped.format(count=rows))
    for line in duplicates:
        print(f"  {translate(line)}")
    if sheet.ignored_headers:
        ignored = ", ".join(f"'{header}'" for header in sheet.ignored_headers)
        print(_("Columns not imported: {headers}").format(headers=ignored))
    return 0
