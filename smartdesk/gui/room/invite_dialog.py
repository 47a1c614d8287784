"""Room > Invite Phones: start the room server and show, big for the projector, how to join.

The server (``smartdesk.room``) runs on the window's event loop over the window's own
open workshop file, so a phone's vote is committed through the same connection and
announced like any edit: the pages refresh from the store. Phone writes are not put
on the undo stack (they are other people's input). The server stops with the Stop
button, when this window closes, and when the workshop is closed or another opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QFont, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smartdesk.domain.errors import WorkshopError
from smartdesk.gui.editing.session import WorkshopSession
from smartdesk.room.server import RoomServer
from smartdesk.room.service import RoomService

DEFAULT_PORT = 8765


class InvitePhonesDialog(QDialog):
    """The join details on the projector and what has arrived, until Stop."""

    host: str | None = None  # None: the local network's addresses (tests use 127.0.0.1)
    stopped = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite Phones"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.server = RoomServer(RoomService(session.store), self)
        self.server.wrote.connect(self._show_counts)
        self.address = _big_label(28)
        self.qr_code = QLabel()
        self.qr_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = _big_label(44)
        self.code.setFont(_font(44, monospace=True))
        self.counts = _big_label(18)
        self.stop_button = QPushButton(self.tr("&Stop Inviting Phones"))
        self.stop_button.clicked.connect(self.close)
        self._lay_out()

    def start(self) -> None:
        """Start serving (WorkshopError if no address can be listened on)."""
        try:
            urls = self.server.start(self.host, DEFAULT_PORT)
        except WorkshopError:
            urls = self.server.start(self.host, 0)  # 8765 is taken: any free port
        self.address.setText("\n".join(urls))
        self.address.setAccessibleName(self.tr("Address for phones: %s") % ", ".join(urls))
        self.qr_code.setPixmap(_qr_pixmap(urls[0]))
        self.qr_code.setAccessibleName(self.tr("QR code of %s") % urls[0])
        code = self.server.service.join_code
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Join code: %s") % " ".join(code))
        self._show_counts()

    @property
    def running(self) -> bool:
        return self.server.running

    def stop(self) -> None:
        if self.server.running:
            self.server.stop()
            self.stopped.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def _show_counts(self, _what: str = "") -> None:
        service = self.server.service
        self.counts.setText(
            self.tr("%d phone(s) joined · %d vote(s) received · %d comment(s)")
            % (service.phones, service.votes, service.comments)
        )

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(_caption(self.tr("On your phone, open")))
        layout.addWidget(self.address)
        layout.addWidget(self.qr_code)
        layout.addWidget(_caption(self.tr("and type the join code")))
        layout.addWidget(self.code)
        layout.addWidget(self.counts)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)


def invite_phones(
    session: WorkshopSession, parent: QWidget, closing: SignalInstance
) -> InvitePhonesDialog:
    """Start the server for ``session`` and show its window; it stops when ``closing`` fires."""
    if session.read_only:
        raise WorkshopError("The workshop is open read-only, so phones cannot vote in it")
    dialog = InvitePhonesDialog(session, parent)
    dialog.start()
    closing.connect(dialog.close)
    dialog.show()
    return dialog


def _qr_pixmap(url: str) -> QPixmap:
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=10, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def _font(points: int, *, monospace: bool = False) -> QFont:
    font = QFont("monospace") if monospace else QFont()
    if monospace:
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 130)
    font.setPointSize(points)
    font.setBold(True)
    return font


def _big_label(points: int) -> QLabel:
    label = QLabel()
    label.setFont(_font(points))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(_font(16))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
