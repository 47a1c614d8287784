"""SIGTERM (a logout, ``kill``) and Ctrl+C in the terminal close the window as its close
button would: the workshop is closed, its lock released, the demo copy removed.

Qt's event loop is C++, so Python only runs its signal handlers when some Python code
next runs - perhaps never, while the window sits idle, until the system kills the
process outright and leaves the lock behind. ``signal.set_wakeup_fd`` makes each signal
also write a byte to a socket that Qt watches, which wakes the loop at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

# Exit status after each signal: SIGTERM is an ordinary close; Ctrl+C, "interrupted".
_STATUS = {signal.SIGTERM: 0, signal.SIGINT: 130}


class CloseOnSignal(QObject):
    """Closes ``window`` and quits ``app`` when SIGTERM or SIGINT arrives."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        for signum in _STATUS:
            signal.signal(signum, self._note)

    def _note(self, signum: int, _frame: FrameType | None) -> None:
        # Only noted here: this runs between any two Python steps, perhaps inside a slot.
        if self.received is None:
            self.received = signum

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)
        if self.received is not None:
            self._window.close()
            self._app.quit()

    def status(self, default: int) -> int:
        """The process's exit status: ``default`` unless a signal ended the window."""
        return default if self.received is None else _STATUS[signal.Signals(self.received)]
