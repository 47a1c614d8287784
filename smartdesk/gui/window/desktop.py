"""What the desktop gives the window: its icon, and workshop files dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon

from smartdesk import paths

FILE_SUFFIX = ".smartdesk"


def app_icon() -> QIcon:
    """SmartDesk's icon at every size shipped in ``resources/icons``."""
    icon = QIcon()
    folder = paths.resource("icons")
    for png in sorted(folder.glob("smartdesk-*.png")) if folder.is_dir() else []:
        icon.addFile(str(png))
    return icon


def dropped_workshop(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local ``.smartdesk`` file in a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(FILE_SUFFIX):
            return Path(url.toLocalFile())
    return None
