"""The room server on the Qt event loop: sockets in, :class:`RoomService` replies out.

One request per connection, read under the limits of ``http_messages`` and answered
by the service on the event loop's thread - the same thread that owns the workshop
file, so the window's edits and the phones' never interleave. ``wrote`` is emitted
after a phone's write is committed (and after the reply is queued), for the window.
A connection that has not sent a whole request within ``IDLE_MS`` is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import (
    QAbstractSocket,
    QHostAddress,
    QNetworkInterface,
    QTcpServer,
    QTcpSocket,
)

from smartdesk.domain.errors import WorkshopError
from smartdesk.room.addresses import default_addresses, page_url
from smartdesk.room.http_messages import HttpProblem, RequestReader, encode_response
from smartdesk.room.service import Reply, RoomService, error_reply

IDLE_MS = 15_000
MOST_CONNECTIONS = 256  # more at once are turned away, so nobody can exhaust the laptop


class RoomServer(QObject):
    """Serves ``service`` on the addresses given to :meth:`start` until :meth:`stop`."""

    wrote = Signal(str)  # "join", "vote" or "comment", after it is in the file

    def __init__(self, service: RoomService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._listeners: list[QTcpServer] = []
        self._readers: dict[QTcpSocket, RequestReader] = {}
        self.urls: list[str] = []

    def start(self, host: str | None = None, port: int = 0) -> list[str]:
        """Listen on ``host`` (default: the local network's addresses) at ``port``
        (0: any free one); return the page's address on each. WorkshopError if none works."""
        hosts = [host] if host else default_addresses(_machine_addresses())
        problems = []
        for address in hosts:
            listener = QTcpServer(self)
            listener.setMaxPendingConnections(MOST_CONNECTIONS)
            # The kernel queue of connections not yet accepted: at the default (50) a
            # room of phones all sending at once had some wait a second for a retry.
            listener.setListenBacklogSize(MOST_CONNECTIONS)
            if not listener.listen(QHostAddress(address), port):
                problems.append(f"{address}: {listener.errorString()}")
                continue
            listener.newConnection.connect(self._accept)
            self._listeners.append(listener)
            port = port or listener.serverPort()  # the same port on every address
            self.urls.append(page_url(address, listener.serverPort()))
        if not self._listeners:
            raise WorkshopError("The room server could not listen on " + "; ".join(problems))
        return self.urls

    def stop(self) -> None:
        """Stop listening and drop every connection (every acknowledged write is saved)."""
        for listener in self._listeners:
            listener.close()
            listener.deleteLater()
        self._listeners.clear()
        for socket in list(self._readers):
            socket.abort()
            socket.deleteLater()
        self._readers.clear()
        self.urls = []

    @property
    def running(self) -> bool:
        return bool(self._listeners)

    def _accept(self) -> None:
        listener = self.sender()
        assert isinstance(listener, QTcpServer)
        while listener.hasPendingConnections():
            socket = listener.nextPendingConnection()
            if len(self._readers) >= MOST_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._readers[socket] = RequestReader()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            QTimer.singleShot(IDLE_MS, socket, lambda s=socket: self._time_out(s))

    def _read(self, socket: QTcpSocket) -> None:
        reader = self._readers.get(socket)
        if reader is None:
            return
        try:
            request = reader.feed(bytes(socket.readAll().data()))
        except HttpProblem as problem:
            self._send(socket, error_reply(problem.status, problem.message))
            return
        if request is None:
            return
        del self._readers[socket]  # one request per connection
        reply = self.service.handle(request, _peer(socket))
        self._send(socket, reply)
        if reply.wrote is not None:
            self.wrote.emit(reply.wrote)

    def _send(self, socket: QTcpSocket, reply: Reply) -> None:
        self._readers.pop(socket, None)
        socket.readyRead.disconnect()
        socket.write(encode_response(reply.status, reply.body, reply.content_type, reply.headers))
        socket.disconnectFromHost()  # after the bytes are written

    def _time_out(self, socket: QTcpSocket) -> None:
        if (
            socket in self._readers
            and socket.state() != QAbstractSocket.SocketState.UnconnectedState
        ):
            self._send(socket, error_reply(408, "the request took too long"))

    def _forget(self, socket: QTcpSocket) -> None:
        self._readers.pop(socket, None)
        socket.deleteLater()


def _peer(socket: QTcpSocket) -> str:
    return socket.peerAddress().toString()


def _machine_addresses() -> list[str]:
    return [
        a.toString()
        for a in QNetworkInterface.allAddresses()
        if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
    ]
