"""What every export shares: cancelling and progress (no heavy imports, so the GUI and CLI
can use them)."""

from __future__ import annotations

import itertools
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


def section_steps(
    report: Progress, check_cancelled: Callable[[], None], *, per_step: int = 12, most: int = 90
) -> Callable[[str], None]:
    """The ``step`` the sections call before each drawing: a chance to cancel, then
    progress from 5 % up by ``per_step`` a drawing, never past ``most``."""
    steps = itertools.count(1)

    def step(message: str) -> None:
        check_cancelled()
        report(min(most, 5 + next(steps) * per_step), f"Drawing {message}")

    return step
