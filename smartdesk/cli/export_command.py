"""``smartdesk export``: the briefing pack and the JSON workshop, full or public."""

from __future__ import annotations

import argparse
from pathlib import Path

from smartdesk.cli.output import check_output_path, write_atomically
from smartdesk.domain.errors import WorkshopError


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
    if options.public:
        from smartdesk.reports.public import redact_for_public

        data = redact_for_public(data)

    if "json" in targets:
        from smartdesk.interchange.json_format import write_workshop_json

        write_atomically(targets["json"], lambda tmp: write_workshop_json(data, tmp))
        print(f"Wrote {targets['json']}")
    if "pdf" in targets:
        from smartdesk.reports.pack import build_pack

        # The data is already redacted when --public: the pack only marks itself public.
        write_atomically(targets["pdf"], lambda tmp: build_pack(data, tmp, public=options.public))
        print(f"Wrote {targets['pdf']}")
    return 0
