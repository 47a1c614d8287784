"""Ctrl+C on the command line: before a command's point of no return it undoes everything
(exit 130); after it, it changes nothing.

Python turns SIGINT into KeyboardInterrupt wherever the program happens to be - even
after the last file is written, in the final print or while the interpreter shuts down,
where it used to end the process by the signal (status -2) although the work was done.
"""

from __future__ import annotations

import signal


def ignore_interrupts() -> None:
    """From here on Ctrl+C has no effect: the command's outcome is already decided."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
