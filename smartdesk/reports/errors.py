"""What every export shares: cancelling and progress (no heavy imports, so the GUI and CLI
can use them)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, str], None]


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


def reporter(progress: Progress | None) -> Progress:
    """``progress``, or a reporter that says nothing when the caller wants no progress."""
    return progress or (lambda _percent, _message: None)


def cancel_check(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    """A check to call between steps: raises ExportCancelled once ``cancelled()`` is True."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled.")

    return check
