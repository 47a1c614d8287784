"""``smartdesk room``: the phones' server run for real on 127.0.0.1, driven over HTTP.

Each test reopens the workshop file afterwards and counts what is in it: the contract
is what the file holds once the server has answered.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
from pathlib import Path

import pytest

from smartdesk.domain.enums import ListeningStatus, ParticipantKind, RoundStatus
from smartdesk.domain.records import ListeningLogEntry, Option
from smartdesk.store import WorkshopFile
from smartdesk.store import room as room_store
from tests.cli.conftest import RunSmartdesk
from tests.room_process import call, running_room


def open_first_round(path: Path) -> tuple[str, str, list[str]]:
    """Open the demo's options round (3 dots each): its id, the closed round's id, subjects."""
    with WorkshopFile.open(path) as store:
        first, second = room_store.vote_rounds(store)[:2]
        room_store.update(store, dataclasses.replace(first, status=RoundStatus.OPEN))
        subjects = [o.id for o in store.records(Option) if o.shortlisted]
    return first.id, second.id, subjects


def phone_votes(path: Path) -> dict[str, dict[str, int]]:
    """Each phone participant's votes, by participant id then subject id."""
    with WorkshopFile.open(path, read_only=True) as store:
        phones = {p.id for p in room_store.participants(store) if p.kind is ParticipantKind.PHONE}
        found: dict[str, dict[str, int]] = {p: {} for p in phones}
        for vote in room_store.votes(store):
            if vote.participant_id in phones:
                found[vote.participant_id][vote.subject_id] = vote.points
    return found


def test_a_phone_joins_votes_changes_its_vote_and_comments(demo_workshop: Path) -> None:
    round_id, _, subjects = open_first_round(demo_workshop)
    with running_room(demo_workshop) as room:
        status, body = call(room.url + "api/join", "POST", {"code": room.code.lower()})
        assert status == 200
        token = body["token"]
        status, body = call(room.url + "api/round", token=token)
        assert status == 200
        assert body["round"]["id"] == round_id
        assert [s["id"] for s in body["round"]["subjects"]] == subjects
        assert body["round"]["mine"] == {}
        vote = {"round_id": round_id, "points": {subjects[0]: 2, subjects[1]: 1}}
        assert call(room.url + "api/vote", "POST", vote, token)[0] == 200
        change = {"round_id": round_id, "points": {subjects[0]: 0, subjects[2]: 3}}
        assert call(room.url + "api/vote", "POST", change, token)[0] == 200
        assert call(room.url + "api/round", token=token)[1]["round"]["mine"] == {subjects[2]: 3}
        said = "Please light the path to the station <b>first</b>"
        assert call(room.url + "api/comment", "POST", {"text": said}, token) == (201, {})
        status, out, err = room.stop(signal.SIGINT)
    assert status == 130, err
    assert "1 phone(s) joined; 2 vote(s) and 1 comment(s) were saved" in out
    assert list(phone_votes(demo_workshop).values()) == [{subjects[2]: 3}]
    # The file is unlocked: it opens for editing without taking over anyone's lock.
    with WorkshopFile.open(demo_workshop) as store:
        assert store.cleared_lock is None
        comments = [e for e in store.records(ListeningLogEntry) if e.said == said]
    assert len(comments) == 1
    assert comments[0].source == "Workshop — phone"
    assert comments[0].status is ListeningStatus.OPEN
    assert comments[0].stakeholder_id is None


def test_refused_requests_get_their_status_and_change_nothing(demo_workshop: Path) -> None:
    round_id, closed_id, subjects = open_first_round(demo_workshop)
    with running_room(demo_workshop) as room:
        api = room.url + "api/"
        token = call(api + "join", "POST", {"code": room.code})[1]["token"]
        assert (
            call(api + "vote", "POST", {"round_id": round_id, "points": {subjects[0]: 1}}, token)[0]
            == 200
        )
        before = phone_votes(demo_workshop)
        over = {"round_id": round_id, "points": {subjects[0]: 3, subjects[1]: 1}}
        refusals = {
            "wrong token": call(api + "round", token="not-a-token")[0],
            "no token": call(api + "round")[0],
            "vote without token": call(api + "vote", "POST", over)[0],
            "over budget": call(api + "vote", "POST", over, token)[0],
            "negative": call(
                api + "vote", "POST", {"round_id": round_id, "points": {subjects[0]: -1}}, token
            )[0],
            "not whole": call(
                api + "vote", "POST", {"round_id": round_id, "points": {subjects[0]: 1.5}}, token
            )[0],
            "unknown subject": call(
                api + "vote", "POST", {"round_id": round_id, "points": {"nope": 1}}, token
            )[0],
            "closed round": call(
                api + "vote", "POST", {"round_id": closed_id, "points": {}}, token
            )[0],
            "unknown round": call(api + "vote", "POST", {"round_id": "nope", "points": {}}, token)[
                0
            ],
            "malformed": call(api + "vote", "POST", raw=b'{"round_id": ', token=token)[0],
            "missing key": call(api + "vote", "POST", {"round_id": round_id}, token)[0],
            "wrong type": call(api + "vote", "POST", {"round_id": 7, "points": {}}, token)[0],
            "oversized": call(api + "comment", "POST", {"text": "x" * 17_000}, token)[0],
            "empty comment": call(api + "comment", "POST", {"text": "  "}, token)[0],
            "long comment": call(api + "comment", "POST", {"text": "x" * 2_001}, token)[0],
            "control character": call(api + "comment", "POST", {"text": "a\x07b"}, token)[0],
            "other path": call(room.url + "api/stakeholders", token=token)[0],
        }
        assert refusals == {
            "wrong token": 401,
            "no token": 401,
            "vote without token": 401,
            "over budget": 422,
            "negative": 422,
            "not whole": 422,
            "unknown subject": 422,
            "closed round": 409,
            "unknown round": 404,
            "malformed": 400,
            "missing key": 400,
            "wrong type": 400,
            "oversized": 413,
            "empty comment": 422,
            "long comment": 422,
            "control character": 422,
            "other path": 404,
        }
        assert phone_votes(demo_workshop) == before
        with WorkshopFile.open(demo_workshop, read_only=True) as store:
            assert not [e for e in store.records(ListeningLogEntry) if e.source.endswith("phone")]
        room.stop()


def test_wrong_codes_and_too_many_writes_are_rate_limited(demo_workshop: Path) -> None:
    round_id, _, subjects = open_first_round(demo_workshop)
    with running_room(demo_workshop) as room:
        api = room.url + "api/"
        wrong = [call(api + "join", "POST", {"code": "WRONG1"})[0] for _ in range(11)]
        assert wrong == [403] * 10 + [429]
        # Even the right code waits: the address has used up its guesses for a minute.
        assert call(api + "join", "POST", {"code": room.code})[0] == 429
        room.stop()
    with running_room(demo_workshop) as room:
        api = room.url + "api/"
        token = call(api + "join", "POST", {"code": room.code})[1]["token"]
        other = call(api + "join", "POST", {"code": room.code})[1]["token"]
        vote = {"round_id": round_id, "points": {subjects[0]: 1}}
        statuses = [call(api + "vote", "POST", vote, token)[0] for _ in range(31)]
        assert statuses == [200] * 30 + [429]
        assert call(api + "comment", "POST", {"text": "hello"}, token)[0] == 429
        assert call(api + "vote", "POST", vote, other)[0] == 200  # the limit is per phone
        room.stop()


def test_killing_the_server_mid_vote_loses_no_acknowledged_vote(demo_workshop: Path) -> None:
    round_id, _, subjects = open_first_round(demo_workshop)
    acknowledged: dict[str, dict[str, int]] = {}
    with running_room(demo_workshop) as room:
        api = room.url + "api/"
        tokens = [call(api + "join", "POST", {"code": room.code})[1]["token"] for _ in range(40)]
        enough = threading.Event()

        def vote_until_killed() -> None:
            for number, token in enumerate(tokens):
                points = {subjects[number % len(subjects)]: 1 + number % 3}
                try:
                    status, _ = call(
                        api + "vote", "POST", {"round_id": round_id, "points": points}, token
                    )
                except OSError:
                    return  # the server is gone
                if status == 200:
                    acknowledged[token] = points
                if len(acknowledged) >= 15:
                    enough.set()

        voter = threading.Thread(target=vote_until_killed)
        voter.start()
        assert enough.wait(timeout=120)
        room.process.send_signal(signal.SIGKILL)
        voter.join(timeout=120)
        assert room.process.wait(timeout=30) == -signal.SIGKILL
    in_file = sorted(phone_votes(demo_workshop).values(), key=str)
    assert len(acknowledged) >= 15
    for points in acknowledged.values():
        assert points in in_file
    # The killed server's lock was stale and is cleared on the next opening.
    with WorkshopFile.open(demo_workshop) as store:
        assert store.cleared_lock is not None


def test_stopping_with_sigterm_is_a_clean_stop(demo_workshop: Path) -> None:
    with running_room(demo_workshop) as room:
        status, out, err = room.stop(signal.SIGTERM)
    assert (status, err) == (0, "")
    assert "Stopped. 0 phone(s) joined" in out
    with WorkshopFile.open(demo_workshop) as store:
        assert store.cleared_lock is None


def test_the_output_names_the_address_code_and_a_qr_code(demo_workshop: Path) -> None:
    with running_room(demo_workshop) as room:
        text = "".join(room.output)
        room.stop()
    assert text.startswith("Phones can join at:\n  http://127.0.0.1:")
    assert len(room.code) >= 6
    assert any(ch in text for ch in "█▀▄")  # the QR code, drawn with blocks


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.smartdesk"], "smartdesk room: "),
        (["{demo}", "--port", "70000"], "smartdesk room: --port must be between 0 and 65535"),
        (["{demo}", "--host", "not-an-address"], "smartdesk room: the room server could not"),
    ],
)
def test_refusals_are_one_line_with_status_2(
    smartdesk: RunSmartdesk, demo_workshop: Path, args: list[str], message: str
) -> None:
    result = smartdesk("room", *[a.replace("{demo}", str(demo_workshop)) for a in args])
    assert result.returncode == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_workshop_open_elsewhere_is_refused(smartdesk: RunSmartdesk, demo_workshop: Path) -> None:
    with WorkshopFile.open(demo_workshop):
        result = smartdesk("room", demo_workshop, "--host", "127.0.0.1", "--port", "0")
    assert result.returncode == 2
    assert result.stderr.startswith("smartdesk room: ")
