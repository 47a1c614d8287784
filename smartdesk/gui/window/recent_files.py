"""The File > Open Recent list, kept in the user's settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from smartdesk.files import resolved
from smartdesk.gui.common.translation import tr

MAX_RECENT = 8
_KEY = "recentFiles"


class RecentFiles:
    """The last ``MAX_RECENT`` workshops opened, newest first."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        value = self._settings.value(_KEY, [])
        if isinstance(value, str):  # QSettings gives a lone entry back as a string
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(item)) for item in value if item]

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(_KEY, [str(path) for path in paths[:MAX_RECENT]])
        self._settings.sync()

    def add(self, path: Path) -> None:
        """Put ``path`` first."""
        path = resolved(path)
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: Path) -> None:
        path = resolved(path)
        self._store([p for p in self.paths() if p != path])

    def prune_missing(self) -> list[Path]:
        """Drop files that no longer exist; returns the ones dropped."""
        paths = self.paths()
        missing = [p for p in paths if not p.is_file()]
        if missing:
            self._store([p for p in paths if p not in missing])
        return missing


def fill_recent_menu(
    menu: QMenu,
    recent: RecentFiles,
    open_path: Callable[[Path], object],
    say: Callable[[str], None],
) -> None:
    """List the recent workshops in ``menu`` (as it opens), saying which have gone."""
    missing = recent.prune_missing()
    if missing:
        names = ", ".join(p.name for p in missing)
        say(tr("Removed from Open Recent (no longer there): {names}").format(names=names))
    menu.clear()
    for path in recent.paths():
        action = menu.addAction(path.name)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _=False, p=path: open_path(p))
    if menu.isEmpty():
        menu.addAction(tr("(no recent workshops)")).setEnabled(False)
