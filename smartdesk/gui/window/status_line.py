"""The status bar: which file is open, whether it is saved, and passing messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusLine(QStatusBar):
    """The file's name and save state, with room for a passing message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_label = QLabel()
        self.file_label.setAccessibleName(self.tr("Open workshop file"))
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.addWidget(self.file_label, 1)
        self.addPermanentWidget(self.save_label)

    def show_file(self, path: Path | None, *, read_only: bool = False) -> None:
        """Name the open workshop (None: nothing open) and say whether it can be saved."""
        if path is None:
            self.file_label.setText(self.tr("No workshop open: File ▸ Open or New Workshop"))
            self.save_label.setText("")
            return
        self.file_label.setText(str(path))
        self.save_label.setText(self.tr("Read-only") if read_only else self.tr("All changes saved"))

    def show_saved(self) -> None:
        self.save_label.setText(self.tr("All changes saved"))
