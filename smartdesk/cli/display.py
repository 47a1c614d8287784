"""Is there a screen for the window? Answered from the environment, before Qt is loaded.

Without one, Qt aborts the process (status 134) with advice to reinstall it, which is
wrong: nothing is broken, there is simply no display to draw on.
"""

from __future__ import annotations

import os
import sys


def missing_display() -> str | None:
    """A one-line message when the window cannot be shown here, or None.

    Only X11 and Wayland systems need a display server named in the environment;
    Windows and macOS always have their own. ``QT_QPA_PLATFORM`` (e.g. ``offscreen``)
    means the user has chosen where Qt draws.
    """
    if sys.platform in ("win32", "darwin"):
        return None
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "no display found (DISPLAY is not set); to run without a screen set "
        "QT_QPA_PLATFORM=offscreen, or use the commands (smartdesk --help)"
    )
