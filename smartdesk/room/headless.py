"""``smartdesk room``: the room server without a window, until Ctrl+C or SIGTERM.

Runs a QCoreApplication (no widgets, no display needed). The signals only set a flag
that a short timer reads: Python runs signal handlers between bytecodes, never while
Qt waits for events, so without the timer Ctrl+C would wait for the next request.
Stopping closes the sockets and then the workshop file (releasing its lock); every
acknowledged write is already committed.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from smartdesk.room.server import RoomServer
from smartdesk.room.service import RoomService
from smartdesk.store.workshop_file import WorkshopFile

POLL_MS = 100

Announce = Callable[[list[str], str], None]  # the page's addresses, the join code
Report = Callable[[str], None]  # the last line: what was saved


def _print_line(line: str) -> None:
    print(line, flush=True)


def serve(
    path: Path, host: str | None, port: int, announce: Announce, report: Report = _print_line
) -> int:
    """Serve ``path`` until a signal: 130 after Ctrl+C (SIGINT), 0 after SIGTERM.

    ``report`` is given the closing line (an English sentence: the command line
    translates it)."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    stop_by: list[int] = []

    def ask_to_stop(number: int, _frame: object) -> None:
        stop_by.append(number)

    previous = {
        number: signal.signal(number, ask_to_stop) for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        with WorkshopFile.open(path) as store:
            server = RoomServer(RoomService(store))
            server.start(host, port)
            announce(server.urls, server.service.join_code)
            timer = QTimer()
            timer.timeout.connect(lambda: stop_by and app.quit())
            timer.start(POLL_MS)
            app.exec()
            timer.stop()
            server.stop()
            service = server.service
        report(
            f"Stopped. {service.phones} phone(s) joined; {service.votes} vote(s) and "
            f"{service.comments} comment(s) were saved in '{path}'"
        )
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return 130 if stop_by and stop_by[0] == signal.SIGINT else 0
