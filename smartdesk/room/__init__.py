"""The room server: participants' phones vote and comment over the laptop's own network.

Started by the facilitator (Room > Invite Phones in the window, or ``smartdesk room``),
never by itself. The HTTP API it serves is a public contract (docs/room.md).

Most of it is plain Python, tested without a socket: reading HTTP requests
(``http_messages``), the API itself (``service``, with ``access`` for the join code,
tokens and rate limits, ``bodies`` for request bodies and ``round_view`` for what a
phone may see), the page (``page``) and which addresses to listen on (``addresses``).
Only ``server`` (sockets on the Qt event loop) and ``headless`` (``smartdesk room``)
use Qt: QtCore and QtNetwork, no widgets.

Why not QtHttpServer: PySide6's ``QHttpServer.route`` lets a Python handler return
only text with status 200, and ``QAbstractHttpServer`` cannot be subclassed from
Python, so the API's status codes and JSON errors could not be sent. The HTTP it
needs (one request per connection, a Content-Length body of at most 16 KB) is small
enough to read here, under limits of our own.
"""
