"""Room > Invite Phones: the server on the window's own event loop and open file.

Phones are played by a thread making real HTTP requests to 127.0.0.1 while the test's
event loop serves them; the test then reads the workshop file.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smartdesk.domain.enums import ParticipantKind, RoundStatus
from smartdesk.domain.records import Option
from smartdesk.gui.room.invite_dialog import InvitePhonesDialog
from smartdesk.gui.window.main_window import MainWindow
from smartdesk.store import WorkshopFile
from smartdesk.store import room as room_store
from tests.gui.conftest import stored
from tests.room_process import call


@pytest.fixture
def open_round(demo_path: Path) -> tuple[str, list[str]]:
    with WorkshopFile.open(demo_path) as store:
        first = room_store.vote_rounds(store)[0]
        room_store.update(store, dataclasses.replace(first, status=RoundStatus.OPEN))
        subjects = [o.id for o in store.records(Option) if o.shortlisted]
    return first.id, subjects


def in_thread(work: Any) -> dict[str, Any]:
    """Run ``work()`` off the event loop (which must keep serving); its result when done."""
    result: dict[str, Any] = {}
    threading.Thread(target=lambda: result.update(value=work()), daemon=True).start()
    return result


def test_invite_phones_serves_votes_and_comments_into_the_open_workshop(
    qtbot: QtBot,
    window: MainWindow,
    demo_path: Path,
    open_round: tuple[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(InvitePhonesDialog, "host", "127.0.0.1")
    assert window.open_path(demo_path)
    undo_steps = window.undo_stack.count()
    window.commands.invite_phones.trigger()
    dialog = window.invite_dialog
    assert isinstance(dialog, InvitePhonesDialog) and dialog.running
    url = dialog.address.text()
    assert url.startswith("http://127.0.0.1:")
    assert not dialog.qr_code.pixmap().isNull()
    code = dialog.code.text()
    round_id, subjects = open_round

    def phone() -> list[int]:
        token = call(url + "api/join", "POST", {"code": code})[1]["token"]
        vote = {"round_id": round_id, "points": {subjects[1]: 3}}
        return [
            call(url + "api/vote", "POST", vote, token)[0],
            call(url + "api/comment", "POST", {"text": "More benches, please"}, token)[0],
        ]

    done = in_thread(phone)
    qtbot.waitUntil(lambda: "value" in done, timeout=30_000)
    assert done["value"] == [200, 201]
    assert dialog.counts.text() == "1 phone(s) joined · 1 vote(s) received · 1 comment(s)"
    data = stored(demo_path)
    phones = [p.id for p in data.participants if p.kind is ParticipantKind.PHONE]
    assert [(v.subject_id, v.points) for v in data.votes if v.participant_id in phones] == [
        (subjects[1], 3)
    ]
    assert [e.source for e in data.listening_log if e.said == "More benches, please"] == [
        "Workshop — phone"
    ]
    assert window.undo_stack.count() == undo_steps  # other people's input: not undoable

    # Closing the workshop stops the server: the address no longer answers.
    window.close_workshop()
    assert not dialog.running
    refused = in_thread(lambda: _refused(url))
    qtbot.waitUntil(lambda: "value" in refused, timeout=30_000)
    assert refused["value"] is True


def test_stop_stops_the_server_and_the_menu_can_start_it_again(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InvitePhonesDialog, "host", "127.0.0.1")
    demo_window.commands.invite_phones.trigger()
    first = demo_window.invite_dialog
    first_code = first.code.text()
    qtbot.mouseClick(first.stop_button, Qt.MouseButton.LeftButton)
    assert demo_window.invite_dialog is None
    demo_window.commands.invite_phones.trigger()
    second = demo_window.invite_dialog
    assert second.running
    assert len(second.code.text()) >= 6 and second.code.text() != first_code  # fresh each time
    second.close()


def _refused(url: str) -> bool:
    try:
        call(url + "api/round")
    except OSError:
        return True
    return False
