"""Who may use the room: the session's join code, the phones' tokens and the rate limits.

The join code is new each session and short enough to read off a projector; the
letters that look alike (0/O, 1/I/L) are left out, and what a phone types is compared
ignoring case, spaces and hyphens. Wrong codes are limited per network address, so
guessing the 31**6 (about 890 million) codes is out of reach; each phone then gets a
token of its own (256 random bits) that every other request must carry.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import deque
from collections.abc import Callable

JOIN_CODE_LENGTH = 6
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
WRONG_CODES_PER_MINUTE = 10
WRITES_PER_MINUTE = 30
# Joins with the right code: a phone that reloads its page joins again, but a script
# that has read the code off the projector must not fill the workshop with thousands of
# anonymous participants. Loopback is the facilitator's own laptop and is not limited.
JOINS_PER_MINUTE = 10
MOST_PHONES = 500
"""Phones one session accepts: far above a council workshop or a citizens' assembly."""

Clock = Callable[[], float]


def new_join_code(length: int = JOIN_CODE_LENGTH) -> str:
    """A fresh random join code, e.g. ``K7MQ4X``."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(max(length, JOIN_CODE_LENGTH)))


def code_matches(typed: str, code: str) -> bool:
    """Is ``typed`` the join ``code`` (case, spaces and hyphens ignored)?"""
    cleaned = "".join(typed.split()).replace("-", "").upper()
    return hmac.compare_digest(cleaned.encode("utf-8"), code.encode("utf-8"))


class RateLimit:
    """At most ``most`` events per ``seconds`` for each key (an address, a token)."""

    def __init__(self, most: int, seconds: float = 60.0, clock: Clock = time.monotonic) -> None:
        self.most = most
        self.seconds = seconds
        self._clock = clock
        self._events: dict[str, deque[float]] = {}

    def exhausted(self, key: str) -> bool:
        """Has ``key`` used up its events in the last ``seconds``?"""
        return len(self._recent(key)) >= self.most

    def record(self, key: str) -> None:
        """Count one event for ``key``."""
        self._recent(key).append(self._clock())

    def _recent(self, key: str) -> deque[float]:
        now = self._clock()
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.seconds:
            events.popleft()
        if not events:
            # Forget quiet keys so a long session does not collect every address seen.
            self._forget_quiet(now)
            events = self._events.setdefault(key, deque())
        return events

    def _forget_quiet(self, now: float) -> None:
        quiet = [k for k, e in self._events.items() if not e or e[-1] <= now - self.seconds]
        for k in quiet:
            del self._events[k]


class Tokens:
    """The phones that joined this session: token -> participant id."""

    def __init__(self) -> None:
        self._participants: dict[str, str] = {}

    def issue(self, participant_id: str) -> str:
        token = secrets.token_urlsafe(32)
        self._participants[token] = participant_id
        return token

    def participant(self, token: str | None) -> str | None:
        """The participant ``token`` was issued to, or None for a missing or wrong one."""
        return None if token is None else self._participants.get(token)

    def __len__(self) -> int:
        return len(self._participants)
