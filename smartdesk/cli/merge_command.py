"""``smartdesk merge TARGET SOURCE... [--prefer target|source] [--dry-run]``: merge
breakout files into a workshop (the rules: docs/merge.md).

Exit 0 merged (or nothing to merge, or a dry run); 1 a damaged file; 2 a refusal (not a
workshop, locked, a rule the merged workshop would break); 3 conflicts and no
``--prefer``; 130 interrupted. Whatever stops it, TARGET is unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smartdesk.cli.i18n import _, ngettext, translate
from smartdesk.cli.interrupts import ignore_interrupts
from smartdesk.domain.errors import WorkshopError
from smartdesk.files import why_not_a_file

CONFLICTS = 3


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", metavar=_("TARGET"), help=_("the workshop file to merge into"))
    parser.add_argument(
        "sources",
        metavar=_("SOURCE"),
        nargs="+",
        help=_("breakout files (copies of the workshop) to merge in, in this order"),
    )
    parser.add_argument(
        "--prefer",
        choices=("target", "source"),
        help=_(
            "settle every conflict (a record that differs) by keeping TARGET's version, "
            "or by taking the source's (a later source wins over an earlier one); without it "
            "any conflict stops the merge with exit status 3"
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("show what the merge would do; write nothing")
    )


def run(options: argparse.Namespace) -> int:
    from smartdesk.interchange.merge import account_lines, check_rules, conflict_lines
    from smartdesk.interchange.merge_files import merge_files, write_merge
    from smartdesk.store import WorkshopFile

    target = Path(options.target)
    problem = why_not_a_file(target)
    if problem is not None:
        raise WorkshopError(f"cannot open '{target}': {problem}")
    # A dry run only reads: the target is not locked, claimed or backed up.
    with WorkshopFile.open(target, read_only=options.dry_run, backup=False) as store:
        result = merge_files(store, [Path(name) for name in options.sources], options.prefer)
        if result.conflicts:
            for line in conflict_lines(result):
                print(translate(line))
            count = len(result.conflicts)
            stopped = ngettext(
                "{count} conflict; nothing was written to '{path}' "
                "(--prefer target or --prefer source settles them)",
                "{count} conflicts; nothing was written to '{path}' "
                "(--prefer target or --prefer source settles them)",
                count,
            )
            print(f"smartdesk merge: {stopped.format(count=count, path=target)}", file=sys.stderr)
            return CONFLICTS
        check_rules(result.merged)
        backup = None if options.dry_run else write_merge(store, result.changes)
    ignore_interrupts()  # written (or nothing to write): Ctrl+C can no longer undo it
    for line in account_lines(result):
        print(translate(line))
    summary = _("{added} added, {taken} taken, {kept} kept as the target has them").format(
        added=len(result.added), taken=len(result.taken), kept=len(result.kept)
    )
    if options.dry_run:
        done = _("Dry run: nothing was written to '{path}' ({summary})")
    elif not result.changes:
        done = _("Nothing to change in '{path}': it already has everything in the sources")
    else:
        done = _("Merged into '{path}' ({summary}); backup before the merge: '{backup}'")
    print(done.format(path=target, summary=summary, backup=backup))
    return 0
