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

from smartdesk.cli.interrupts import ignore_interrupts
from smartdesk.domain.errors import WorkshopError
from smartdesk.files import why_not_a_file

CONFLICTS = 3


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("target", metavar="TARGET", help="the workshop file to merge into")
    parser.add_argument(
        "sources",
        metavar="SOURCE",
        nargs="+",
        help="breakout files (copies of the workshop) to merge in, in this order",
    )
    parser.add_argument(
        "--prefer",
        choices=("target", "source"),
        help="settle every conflict (a record that differs) by keeping TARGET's version, "
        "or by taking the source's (a later source wins over an earlier one); without it "
        "any conflict stops the merge with exit status 3",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what the merge would do; write nothing"
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
                print(line)
            count = len(result.conflicts)
            print(
                f"smartdesk merge: {count} conflict{'' if count == 1 else 's'}; nothing was "
                f"written to '{target}' (--prefer target or --prefer source settles them)",
                file=sys.stderr,
            )
            return CONFLICTS
        check_rules(result.merged)
        backup = None if options.dry_run else write_merge(store, result.changes)
    ignore_interrupts()  # written (or nothing to write): Ctrl+C can no longer undo it
    for line in account_lines(result):
        print(line)
    added, taken = len(result.added), len(result.taken)
    summary = f"{added} added, {taken} taken, {len(result.kept)} kept as the target has them"
    if options.dry_run:
        print(f"Dry run: nothing was written to '{target}' ({summary})")
    elif not result.changes:
        print(f"Nothing to change in '{target}': it already has everything in the sources")
    else:
        print(f"Merged into '{target}' ({summary}); backup before the merge: '{backup}'")
    return 0
