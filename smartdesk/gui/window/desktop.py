"""What the desktop gives the window: its icon, its first size, and workshop files
dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QScreen

from smartdesk import paths

FILE_SUFFIX = ".smartdesk"
# The window's first size where the screen has room; the frame a window manager adds
# around it (its title bar, borders) is not known until the window is shown.
_FIRST_SIZE = QSize(1280, 720)
_FRAME_ROOM = QSize(16, 48)


def app_icon() -> QIcon:
    """SmartDesk's icon at every size shipped in ``resources/icons``."""
    icon = QIcon()
    folder = paths.resource("icons")
    for png in sorted(folder.glob("smartdesk-*.png")) if folder.is_dir() else []:
        icon.addFile(str(png))
    return icon


def first_size(screen: QScreen) -> QSize:
    """1280 x 720, or less so the window and its frame fit the screen's free area (a
    1280 x 720 projector, less its panels): the status bar must not start off-screen."""
    free = screen.availableGeometry().size() - _FRAME_ROOM
    return _FIRST_SIZE.boundedTo(free)


def dropped_workshop(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local ``.smartdesk`` file in a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX):
            return Path(url.toLocalFile())
    return None
