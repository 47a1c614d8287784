"""The room's API without a socket: RoomService over a real workshop file."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartdesk.domain.enums import RoundStatus
from smartdesk.domain.records import Option, Stakeholder
from smartdesk.room.access import RateLimit, code_matches, new_join_code
from smartdesk.room.addresses import default_addresses, is_local_network
from smartdesk.room.http_messages import HttpProblem, RequestReader
from smartdesk.room.service import RoomService
from smartdesk.store import WorkshopFile
from smartdesk.store import room as room_store


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(demo_workshop: Path) -> Iterator[WorkshopFile]:
    with WorkshopFile.open(demo_workshop) as opened:
        first = room_store.vote_rounds(opened)[0]
        room_store.update(opened, dataclasses.replace(first, status=RoundStatus.OPEN))
        yield opened


def ask(
    service: RoomService,
    method: str,
    path: str,
    body: Any = None,
    token: str = "",
    peer: str = "192.168.1.20",
) -> Any:
    from smartdesk.room.http_messages import Request

    headers = {"authorization": f"Bearer {token}"} if token else {}
    raw = b"" if body is None else json.dumps(body).encode()
    reply = service.handle(Request(method, path, headers, raw), peer)
    return reply.status, json.loads(reply.body) if reply.body.startswith(b"{") else reply.body


def test_a_confidential_option_is_shown_only_by_its_letter(store: WorkshopFile) -> None:
    options = store.records(Option)
    secret = next(o for o in options if o.shortlisted)
    store.update(dataclasses.replace(secret, confidential=True))
    letter = "ABCDEFGHIJ"[options.index(secret)]
    service = RoomService(store)
    token = ask(service, "POST", "/api/join", {"code": service.join_code})[1]["token"]
    _, body = ask(service, "GET", "/api/round", token=token)
    names = [s["name"] for s in body["round"]["subjects"]]
    assert f"Option {letter}" in names
    assert secret.name not in json.dumps(body)


def test_nothing_but_the_open_round_is_served(store: WorkshopFile) -> None:
    service = RoomService(store)
    token = ask(service, "POST", "/api/join", {"code": service.join_code})[1]["token"]
    served = json.dumps(ask(service, "GET", "/api/round", token=token)[1])
    served += ask(service, "GET", "/")[1].decode()
    for person in store.records(Stakeholder):
        for private in (person.name, person.email, person.phone):
            assert not private or private not in served
    closed = room_store.vote_rounds(store)[1]
    assert closed.id not in served and closed.title not in served


def test_wrong_codes_wait_a_minute_per_address() -> None:
    clock = Clock()
    limit = RateLimit(10, 60, clock)
    for _ in range(10):
        assert not limit.exhausted("10.0.0.5")
        limit.record("10.0.0.5")
    assert limit.exhausted("10.0.0.5")
    assert not limit.exhausted("10.0.0.6")
    clock.now += 60
    assert not limit.exhausted("10.0.0.5")


def test_join_codes_are_fresh_and_forgiving_to_type() -> None:
    codes = {new_join_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(code) >= 6 and code.isalnum() and code.isupper() for code in codes if code)
    assert code_matches(" k7m-q4x ", "K7MQ4X")
    assert not code_matches("K7MQ4", "K7MQ4X")


def test_a_request_is_read_in_pieces_and_refused_early_when_too_big() -> None:
    reader = RequestReader()
    assert reader.feed(b"POST /api/vote?x=1 HTTP/1.1\r\nContent-Length: 2\r\n") is None
    assert reader.feed(b"Authorization: Bearer abc\r\n\r\n{") is None
    request = reader.feed(b"}")
    assert request is not None
    assert (request.path, request.body, request.bearer_token()) == ("/api/vote", b"{}", "abc")
    with pytest.raises(HttpProblem) as too_big:
        RequestReader().feed(b"POST / HTTP/1.1\r\nContent-Length: 16385\r\n\r\n")
    assert too_big.value.status == 413
    with pytest.raises(HttpProblem) as garbage:
        RequestReader().feed(b"\x16\x03\x01 hello\r\n\r\n")
    assert garbage.value.status == 400


def test_the_default_addresses_are_the_local_networks_only() -> None:
    found = ["127.0.0.1", "81.2.69.142", "192.168.4.1", "10.1.2.3", "169.254.9.9", "172.20.0.2"]
    assert default_addresses(found) == ["10.1.2.3", "172.20.0.2", "192.168.4.1", "169.254.9.9"]
    assert default_addresses(["127.0.0.1", "8.8.8.8"]) == ["127.0.0.1"]
    assert not is_local_network("172.32.0.1")


def test_joins_with_the_right_code_are_limited_per_address_but_not_from_this_laptop(
    store: WorkshopFile,
) -> None:
    clock = Clock()
    service = RoomService(store, clock=clock)
    code = {"code": service.join_code}
    statuses = [ask(service, "POST", "/api/join", code)[0] for _ in range(11)]
    assert statuses == [200] * 10 + [429]
    assert "too many joins" in ask(service, "POST", "/api/join", code)[1]["error"]
    # Another phone is not held up, and the first may join again a minute later.
    assert ask(service, "POST", "/api/join", code, peer="192.168.1.21")[0] == 200
    clock.now += 60
    assert ask(service, "POST", "/api/join", code)[0] == 200
    # The facilitator's own machine (a second browser window, a test) is not limited.
    loopback = [ask(service, "POST", "/api/join", code, peer="127.0.0.1")[0] for _ in range(15)]
    assert loopback == [200] * 15
    assert service.phones == 10 + 1 + 1 + 15


def test_a_full_room_refuses_more_phones_and_adds_nobody(store: WorkshopFile) -> None:
    from smartdesk.domain.records import Participant

    service = RoomService(store, most_phones=3)
    code = {"code": service.join_code}
    peers = [f"10.0.0.{n}" for n in range(1, 5)]
    statuses = [ask(service, "POST", "/api/join", code, peer=peer)[0] for peer in peers]
    assert statuses == [200, 200, 200, 429]
    status, body = ask(service, "POST", "/api/join", code, peer="127.0.0.1")
    assert (status, body["error"]) == (429, "the room is full; tell the facilitator")
    phones = [p for p in store.records(Participant) if p.kind.value == "phone"]
    assert len(phones) == 3
