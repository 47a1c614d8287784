"""Start the desktop application: ``smartdesk``, ``smartdesk FILE``, ``smartdesk --demo``."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.window.process_signals import CloseOnSignal
from smartdesk.gui.window.qt_workarounds import (
    hide_harmless_warnings,
    keep_none_alive,
    quicken_feature_check,
)
from smartdesk.interchange import demo as demo_workshop

quicken_feature_check()  # before the window's modules are imported

ORGANISATION = "SmartDesk"
APPLICATION = "SmartDesk"


def application() -> QApplication:
    """The process's QApplication, named so QSettings and the window manager know it."""
    keep_none_alive()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


class _QuitWhenPainted(QObject):
    """Quits the application once the window has painted itself (start-up smoke tests)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._app.quit)
        return False


def run_gui(path: str | None, *, demo: bool, quit_after_show: bool, lang: str | None = None) -> int:
    """Show the main window, opening ``path`` or a copy of the demo; returns the exit status.

    ``lang`` (``en`` or ``cy``) puts the interface in that language for this start;
    without it the window speaks the language last chosen in Help > Language.

    ``quit_after_show`` quits as soon as the window has been painted (for smoke tests and
    start-up benchmarks); a workshop that fails to open then gives status 2, its message
    on stderr instead of a dialog.
    """
    hide_harmless_warnings()
    app = application()
    # Imported after the QApplication exists; the window module pulls in every stage.
    from smartdesk.gui.window import language
    from smartdesk.gui.window.main_window import MainWindow, default_settings

    settings = default_settings()
    language.start(settings, lang)
    window = MainWindow(settings, interactive=not quit_after_show)
    closer = CloseOnSignal(app, window)  # before a workshop (and its lock) is opened
    if sys.platform == "darwin":
        # macOS Finder hands documents over as QFileOpenEvents, not in argv. Only there:
        # an application-wide filter sees every event of every widget, and handing each
        # to Python made the first paint alone cost some 40 ms elsewhere.
        from smartdesk.gui.window.file_open import install_file_open_handler

        install_file_open_handler(app, window.open_path)
    demo_folder: Path | None = None
    opened = True
    try:
        demo_workshop.clear_abandoned_copies()  # left by windows that were killed outright
        if demo:
            demo_folder = demo_workshop.new_copy_folder()
            try:
                opened = window.open_path(
                    demo_workshop.create_demo_copy(demo_folder), throwaway=True
                )
            except (WorkshopError, OSError) as error:
                window.show_error(str(error))
                opened = False
            if not opened:
                demo_workshop.discard_template()  # in case the cached demo is at fault
        elif path:
            opened = window.open_path(path)
        if quit_after_show:
            watcher = _QuitWhenPainted(app)
            window.installEventFilter(watcher)
            # Fallback in case the platform never paints (e.g. a minimised start).
            QTimer.singleShot(10_000, app.quit)
        window.show()
        # A signal handled while the workshop was opening (its dialogs run events) came
        # before there was a loop to quit: the window must not then stay up regardless.
        status = 0 if closer.received is not None else app.exec()
        window.close()
        window.settings.sync()
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)
    if quit_after_show and not opened:
        return 2
    return closer.status(int(status))


def exit_process(status: int) -> NoReturn:
    """End the process after the window has closed, without Python's slow teardown.

    Everything that matters is done by then: each edit was committed when it was made,
    the workshop is closed and its lock released, the settings are written and the demo
    copy removed. Qt still tears down properly (windows, and the clipboard handed to
    the desktop's clipboard manager); what is skipped is Python freeing every module
    and object one by one, which took 40-50 ms - a seventh of a whole start and quit.
    """
    import shiboken6

    app = QApplication.instance()
    if app is not None:
        shiboken6.delete(app)
    for stream in (sys.stdout, sys.stderr):
        # A closed or broken stream: nothing more can be said on it.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)
