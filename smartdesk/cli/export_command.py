"""``smartdesk export``: the briefing pack and the JSON workshop, full or public."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartdesk.cli.output import check_output_path
from smartdesk.domain.errors import WorkshopError
from smartdesk.files import write_atomically


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PATH", help="the workshop file to export")
    parser.add_argument("--pdf", metavar="OUT", help="write the briefing pack as a PDF")
    parser.add_argument("--json", metavar="OUT", help="write the workshop as SmartDesk JSON")
    parser.add_argument(
        "--public",
        action="store_true",
        help=(
            "leave out confidential (exempt) items, contact details and private "
            "individuals' names, in every format written"
        ),
    )


def run(options: argparse.Namespace) -> int:
    from smartdesk.store import WorkshopFile

    workshop = Path(options.path)
    requested = {"pdf": options.pdf, "json": options.json}
    if not any(requested.values()):
        raise WorkshopError("nothing to export: give --pdf OUT and/or --json OUT")
    targets = {kind: check_output_path(out, workshop) for kind, out in requested.items() if out}
    if len({target.resolve() for target in targets.values()}) < len(targets):
        raise WorkshopError("give each export format its own output file")

    with WorkshopFile.open(workshop, read_only=True) as store:
        data = store.load()
    if "json" in targets:
        from smartdesk.interchange.json_format import write_workshop_json

        exported = data
        if options.public:
            from smartdesk.reports.public import redact_for_public

            exported = redact_for_public(data)
        write_atomically(targets["json"], lambda tmp: write_workshop_json(exported, tmp))
        print(f"Wrote {targets['json']}")
    if "pdf" in targets:
        from smartdesk.reports.pack import build_pack

        # The pack redacts its own copy when public, so it can say what was withheld.
        write_atomically(targets["pdf"], lambda tmp: build_pack(data, tmp, public=options.public))
        print(f"Wrote {targets['pdf']}")
    return 0
