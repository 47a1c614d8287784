"""The one exception type for problems a user can cause."""

from __future__ import annotations


class WorkshopError(Exception):
    """A problem the user can cause and fix, with a message fit to show them.

    The CLI prints ``str(error)`` on one line and exits 2; the GUI shows it in a dialog.
    """

    def __init__(self, message: str, *, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        # 1 for a damaged workshop file (``smartdesk check``), 2 for anything else.
        self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class DamagedFileError(WorkshopError):
    """A SmartDesk workshop file that fails its integrity check or is truncated."""

    def __init__(self, message: str) -> None:
        super().__init__(message, exit_code=1)
