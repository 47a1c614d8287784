"""Reading an HTTP/1.1 request from the bytes a socket delivers, and writing a response.

Deliberately small: one request per connection (every response closes it), bodies only
with Content-Length, the request head and body bounded so a phone (or anyone else on
the network) cannot make the laptop hold more than a few kilobytes per connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from http import HTTPStatus

MAX_BODY_BYTES = 16 * 1024
MAX_HEAD_BYTES = 8 * 1024
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})

# Sent with every response: nothing cached, nothing sniffed, no referrer, no framing.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
)


class HttpProblem(Exception):
    """A request that cannot be read: answered with ``status`` and the connection closed."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str  # without the query string
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case
    body: bytes = b""

    def bearer_token(self) -> str | None:
        """The token of an ``Authorization: Bearer ...`` header, if there is one."""
        scheme, _, token = self.headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return token.strip()


class RequestReader:
    """Collects one request from a connection's bytes, refusing what is too big early."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._head: tuple[str, str, dict[str, str], int] | None = None

    def feed(self, data: bytes) -> Request | None:
        """Add ``data``; the request once it is complete, else None. HttpProblem if bad."""
        self._buffer += data
        if self._head is None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > MAX_HEAD_BYTES:
                    raise HttpProblem(431, "the request's headers are too long")
                return None
            if end > MAX_HEAD_BYTES:
                raise HttpProblem(431, "the request's headers are too long")
            self._head = _parse_head(bytes(self._buffer[:end]))
            del self._buffer[: end + 4]
        method, path, headers, length = self._head
        if len(self._buffer) < length:
            return None
        return Request(method, path, headers, bytes(self._buffer[:length]))


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str], int]:
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        raise HttpProblem(400, "the request could not be read") from None
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[0] not in _METHODS or not parts[2].startswith("HTTP/1."):
        raise HttpProblem(400, "the request could not be read")
    method, target, _version = parts
    if not target.startswith("/"):
        raise HttpProblem(400, "the request could not be read")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise HttpProblem(400, "the request could not be read")
        headers[name.lower()] = value.strip()
    if "transfer-encoding" in headers:
        raise HttpProblem(411, "send the body with a Content-Length")
    length_text = headers.get("content-length", "0")
    if not length_text.isdigit():
        raise HttpProblem(400, "the request's Content-Length is not a number")
    length = int(length_text)
    if length > MAX_BODY_BYTES:
        raise HttpProblem(413, f"the request's body is over {MAX_BODY_BYTES // 1024} KB")
    return method, target.split("?", 1)[0], headers, length


def encode_response(
    status: int,
    body: bytes,
    content_type: str,
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """The bytes of a complete response that closes the connection."""
    reason = HTTPStatus(status).phrase
    lines = [
        f"HTTP/1.1 {status} {reason}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        *(f"{name}: {value}" for name, value in (*SECURITY_HEADERS, *extra_headers)),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
