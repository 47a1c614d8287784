"""The PDF preview: QtPdf's ``QPdfView`` when the QtPdf module is installed.

QtPdf comes in its own small wheel (``PySide6_Pdf``, about 6 MB installed, needing
only PySide6-Essentials). Where it is missing, the preview says so and offers to open
the PDF in the system's viewer instead, so the stage still works. The PDF is read
into memory, so the file is not held open (Windows would refuse to overwrite it on
the next export).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget

try:  # QtPdf is optional: see the module docstring.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


def qtpdf_available() -> bool:
    return QPdfDocument is not None


class PdfPreview(QWidget):
    """Shows one PDF, page after page, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.message = QLabel(self.tr("Choose Preview to see the briefing pack here."))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_externally)
        placeholder = QWidget()
        placeholder_layout = QVBoxLayout(placeholder)
        placeholder_layout.addStretch(1)
        placeholder_layout.addWidget(self.message)
        placeholder_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        placeholder_layout.addStretch(1)

        self.stack = QStackedLayout(self)
        self.stack.addWidget(placeholder)
        self.document = None
        self.view = None
        self._buffer: QBuffer | None = None
        if qtpdf_available():
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setAccessibleName(self.tr("Briefing pack preview"))
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.stack.addWidget(self.view)
        else:
            self.message.setText(
                self.tr("The in-app preview needs Qt's PDF module; open the PDF in your viewer.")
            )

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def show_pdf(self, path: Path) -> None:
        """Show the PDF at ``path`` (read into memory)."""
        self.path = Path(path)
        self.open_button.setEnabled(True)
        if self.document is None or self.view is None:
            self.message.setText(self.tr("Saved {name}.").format(name=self.path.name))
            return
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.path.read_bytes()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.stack.setCurrentWidget(self.view)

    def open_externally(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
