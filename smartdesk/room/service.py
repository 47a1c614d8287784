"""The room's HTTP API (docs/room.md), as plain Python: a request in, a reply out.

The Qt server only moves bytes; everything a phone can ask is decided here, so it is
tested without a socket. A write is committed to the workshop file before its reply
is made (``replace_votes`` and ``add`` commit before they return), so a reply of 200
or 201 means the vote or comment is on disk. A refused request changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smartdesk.domain.enums import ListeningStatus, ParticipantKind, RoundStatus
from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.record_rules import validate_record
from smartdesk.domain.records import ListeningLogEntry, Participant, VoteRound, new_id
from smartdesk.room import bodies, round_view
from smartdesk.room.access import (
    JOINS_PER_MINUTE,
    MOST_PHONES,
    WRITES_PER_MINUTE,
    WRONG_CODES_PER_MINUTE,
    Clock,
    RateLimit,
    Tokens,
    code_matches,
    new_join_code,
)
from smartdesk.room.addresses import is_loopback
from smartdesk.room.bodies import ApiError
from smartdesk.room.http_messages import Request
from smartdesk.room.page import phone_page
from smartdesk.store import room as room_store
from smartdesk.store.faults import WriteFailedError
from smartdesk.store.workshop_file import WorkshopFile

COMMENT_SOURCE = "Workshop — phone"
JSON = "application/json; charset=utf-8"

# path -> method -> handler name
_ROUTES: dict[str, dict[str, str]] = {
    "/": {"GET": "_page", "HEAD": "_page"},
    "/api/join": {"POST": "_join"},
    "/api/round": {"GET": "_round"},
    "/api/vote": {"POST": "_vote"},
    "/api/comment": {"POST": "_comment"},
}


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes
    content_type: str = JSON
    headers: tuple[tuple[str, str], ...] = ()
    wrote: str | None = None  # "join", "vote" or "comment" when the file changed


def json_reply(status: int, value: object, *, wrote: str | None = None) -> Reply:
    return Reply(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), wrote=wrote)


def error_reply(status: int, message: str) -> Reply:
    return json_reply(status, {"error": message})


class RoomService:
    """One session of the room server over an open workshop file."""

    def __init__(
        self,
        store: WorkshopFile,
        *,
        join_code: str | None = None,
        clock: Clock | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        most_phones: int = MOST_PHONES,
    ) -> None:
        self.store = store
        self.join_code = join_code or new_join_code()
        limits: dict[str, Any] = {} if clock is None else {"clock": clock}
        self._wrong_codes = RateLimit(WRONG_CODES_PER_MINUTE, **limits)
        self._writes = RateLimit(WRITES_PER_MINUTE, **limits)
        self._joins = RateLimit(JOINS_PER_MINUTE, **limits)
        self._tokens = Tokens()
        self._today = today
        self._most_phones = most_phones
        # What this session received (the window shows them).
        self.phones = 0
        self.votes = 0
        self.comments = 0

    def handle(self, request: Request, peer: str) -> Reply:
        """The reply to ``request`` from network address ``peer``; never raises."""
        methods = _ROUTES.get(request.path)
        if methods is None:
            return error_reply(404, "there is nothing here")
        handler = methods.get(request.method)
        if handler is None:
            reply = error_reply(405, f"{request.path} does not accept {request.method}")
            return Reply(reply.status, reply.body, headers=(("Allow", ", ".join(methods)),))
        try:
            result: Reply = getattr(self, handler)(request, peer)
            return result
        except ApiError as error:
            return error_reply(error.status, error.message)
        except WriteFailedError:
            return error_reply(503, "the workshop file could not be saved; tell the facilitator")
        except WorkshopError as error:
            return error_reply(422, str(error))
        except Exception:  # a bug must not show a traceback to the network
            return error_reply(500, "something went wrong; tell the facilitator")

    # -- the routes ----------------------------------------------------------

    def _page(self, request: Request, peer: str) -> Reply:
        page = phone_page(self.store.info().language.value)
        body = b"" if request.method == "HEAD" else page.html
        return Reply(
            200,
            body,
            "text/html; charset=utf-8",
            (("Content-Security-Policy", page.policy),),
        )

    def _join(self, request: Request, peer: str) -> Reply:
        if self._wrong_codes.exhausted(peer):
            raise ApiError(429, "too many wrong codes; wait a minute and try again")
        typed = bodies.join_code(request.body)
        if not code_matches(typed, self.join_code):
            self._wrong_codes.record(peer)
            raise ApiError(403, "that is not the join code")
        if self.phones >= self._most_phones:
            raise ApiError(429, "the room is full; tell the facilitator")
        if not is_loopback(peer):
            if self._joins.exhausted(peer):
                raise ApiError(429, "too many joins from this phone; wait a minute and try again")
            self._joins.record(peer)
        participant = Participant(new_id(), kind=ParticipantKind.PHONE)
        # A new anonymous phone cannot break a rule between records: only its own
        # fields are checked (room_store.add would read the whole workshop twice).
        _keep_rules(participant)
        self.store.add(participant)
        self.phones += 1
        return json_reply(200, {"token": self._tokens.issue(participant.id)}, wrote="join")

    def _round(self, request: Request, peer: str) -> Reply:
        participant_id = self._participant(request)
        return json_reply(200, {"round": round_view.round_for_phone(self.store, participant_id)})

    def _vote(self, request: Request, peer: str) -> Reply:
        participant_id = self._writer(request)
        round_id, points = bodies.vote(request.body)
        round_ = self.store.get(VoteRound, round_id)
        if round_ is None:
            raise ApiError(404, "there is no such round")
        if round_.status is not RoundStatus.OPEN:
            raise ApiError(409, "this round is closed")
        allowed = {s["id"] for s in round_view.subjects(self.store, round_)}
        if any(subject_id not in allowed for subject_id in points):
            raise ApiError(422, "one of the subjects is not in this round")
        spent = sum(points.values())
        if spent > round_.budget:
            raise ApiError(422, f"{spent} is over the budget of {round_.budget}")
        room_store.replace_votes(self.store, round_id, participant_id, points)
        self.votes += 1
        return json_reply(200, {"mine": {k: v for k, v in points.items() if v > 0}}, wrote="vote")

    def _comment(self, request: Request, peer: str) -> Reply:
        self._writer(request)
        text = bodies.comment(request.body)
        entry = ListeningLogEntry(
            new_id(),
            date=self._today(),
            source=COMMENT_SOURCE,
            said=text,
            status=ListeningStatus.OPEN,
        )
        _keep_rules(entry)  # new, and pointing at nothing: its own fields are the rules
        self.store.add(entry)
        self.comments += 1
        return json_reply(201, {}, wrote="comment")

    # -- tokens --------------------------------------------------------------

    def _participant(self, request: Request) -> str:
        participant_id = self._tokens.participant(request.bearer_token())
        if participant_id is None:
            raise ApiError(401, "join the room first (the token is missing or wrong)")
        return participant_id

    def _writer(self, request: Request) -> str:
        participant_id = self._participant(request)
        token = request.bearer_token() or ""
        if self._writes.exhausted(token):
            raise ApiError(429, "too many changes in a minute; wait a moment and try again")
        self._writes.record(token)
        return participant_id


def _keep_rules(record: object) -> None:
    problems = validate_record(record)
    if problems:
        raise ApiError(422, "it could not be saved: " + problems[0])
