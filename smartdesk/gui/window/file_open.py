"""Open workshops that macOS hands over as ``QFileOpenEvent``s.

Finder (double-click on a ``.smartdesk`` file, drag onto the Dock icon, Open With) does not
put the file in ``argv``: it sends the running application a file-open event, also when
it launches the application for that file. Other platforms never send one, and the
filter is not free (every event of every object passes through Python), so the
launcher installs it on macOS only.

Hook it in once the main window exists and before ``app.exec()``::

    install_file_open_handler(app, window.open_path)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class FileOpenHandler(QObject):
    """Application-wide event filter that passes each opened file's path to ``open_path``."""

    def __init__(self, app: QApplication, open_path: Callable[[str], object]) -> None:
        super().__init__(app)
        self._open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self._open_path(path)
                return True
        return False


def install_file_open_handler(
    app: QApplication, open_path: Callable[[str], object]
) -> FileOpenHandler:
    """Route macOS file-open events on ``app`` to ``open_path``; returns the installed filter."""
    handler = FileOpenHandler(app, open_path)
    app.installEventFilter(handler)
    return handler
