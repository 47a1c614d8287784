"""``smartdesk room``: serve the phones' page for a workshop, without a window.

The one command that needs Qt (its event loop and sockets): ``smartdesk.room`` is
imported only when the command runs, so every other command stays free of Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smartdesk.cli.i18n import _, translate
from smartdesk.domain.errors import WorkshopError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar=_("PATH"), help=_("the workshop file phones vote in"))
    parser.add_argument(
        "--host",
        metavar=_("ADDR"),
        help=_(
            "the address to listen on (default: this computer's local-network addresses, "
            "never a public one; 127.0.0.1 for this computer only)"
        ),
    )
    parser.add_argument(
        "--port",
        metavar="N",
        type=int,
        default=8765,
        help=_("the port (default 8765; 0: any free one)"),
    )


def run(options: argparse.Namespace) -> int:
    if not 0 <= options.port <= 65535:
        raise WorkshopError(
            _("--port must be between 0 and 65535, got {port}").format(port=options.port)
        )
    from smartdesk.room.headless import serve  # Qt: only for this command

    return serve(Path(options.path), options.host, options.port, _announce, _report)


def _announce(urls: list[str], join_code: str) -> None:
    import segno

    print(_("Phones can join at:"))
    for url in urls:
        print(f"  {url}")
    print(_("Join code: {code}").format(code=join_code))
    segno.make(urls[0], error="m").terminal(compact=True)
    print(_("Press Ctrl+C to stop."), flush=True)
    sys.stdout.flush()


def _report(line: str) -> None:
    """The room's last line (what was saved), in the chosen language."""
    print(translate(line), flush=True)
