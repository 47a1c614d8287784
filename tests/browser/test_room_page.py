"""The phones' page, served by a real ``smartdesk room`` and used in a real headless
browser at phone size (390x844): join, vote, change the vote, comment, the round
closing - and axe-core finding no accessibility fault in any state, in English and in
Welsh. The workshop file is read afterwards: what the page said was saved must be there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartdesk.domain.enums import Language, ParticipantKind, RoundStatus
from smartdesk.domain.records import ListeningLogEntry, Option
from smartdesk.store import WorkshopFile
from smartdesk.store import lock as locking
from smartdesk.store import room as room_store
from tests.browser.conftest import axe_violations
from tests.room_process import RunningRoom, running_room

PHONE = {"width": 390, "height": 844}


@dataclasses.dataclass
class Workshop:
    path: Path
    round_id: str
    subjects: list[str]  # option names as the page shows them


def prepare(path: Path, language: Language) -> Workshop:
    with WorkshopFile.open(path) as store:
        first = room_store.vote_rounds(store)[0]
        room_store.update(store, dataclasses.replace(first, status=RoundStatus.OPEN))
        store.set_info(dataclasses.replace(store.info(), language=language))
        names = [o.name for o in store.records(Option) if o.shortlisted]
    return Workshop(path, first.id, names)


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    # axe-core is injected as a script the page's Content-Security-Policy would block.
    context = browser.new_context(viewport=PHONE, bypass_csp=True, is_mobile=True, has_touch=True)
    context.set_default_timeout(15_000)
    yield context.new_page()
    context.close()


def phone_votes(path: Path) -> list[dict[str, int]]:
    with WorkshopFile.open(path, read_only=True) as store:
        phones = {p.id for p in room_store.participants(store) if p.kind is ParticipantKind.PHONE}
        found: dict[str, dict[str, int]] = {}
        for vote in room_store.votes(store):
            if vote.participant_id in phones:
                found.setdefault(vote.participant_id, {})[vote.subject_id] = vote.points
    names = _option_names(path)
    return [{names[s]: n for s, n in votes.items()} for votes in found.values()]


def _option_names(path: Path) -> dict[str, str]:
    with WorkshopFile.open(path, read_only=True) as store:
        return {o.id: o.name for o in store.records(Option)}


def assert_accessible(page: Any) -> None:
    assert axe_violations(page) == []


def join(page: Any, room: RunningRoom, code_label: str, join_button: str) -> None:
    page.goto(room.url)
    assert_accessible(page)
    page.get_by_label(code_label).fill(room.code)
    page.get_by_role("button", name=join_button, exact=True).click()


def test_join_vote_change_and_comment_in_english(
    phone: Any, demo_workshop: Path, tmp_path: Path
) -> None:
    workshop = prepare(demo_workshop, Language.EN)
    first, second, third = workshop.subjects[:3]
    with running_room(demo_workshop) as room:
        join(phone, room, "Join code", "Join")
        status = phone.get_by_role("status")
        expect_text(status, "You have joined")
        expect_text(phone.locator("#left"), "3 of 3 left")
        assert_accessible(phone)  # voting

        more = phone.get_by_role("button", name=f"One more for {first}")
        more.click()
        more.click()
        phone.get_by_role("button", name=f"One more for {second}").click()
        phone.get_by_role("button", name=f"One more for {third}").click()  # over: ignored
        expect_text(phone.locator("#left"), "0 of 3 left")
        phone.get_by_role("button", name="Send my votes").click()
        expect_text(status, "Your votes are saved")
        assert phone_votes(demo_workshop) == [{first: 2, second: 1}]

        phone.get_by_label(first, exact=True).fill("0")
        phone.get_by_role("button", name=f"One more for {third}").click()
        phone.get_by_role("button", name=f"One fewer for {second}").click()
        phone.get_by_role("button", name=f"One more for {third}").click()
        expect_text(phone.locator("#left"), "1 of 3 left")
        phone.get_by_role("button", name="Send my votes").click()
        expect_text(status, "Your votes are saved")
        assert phone_votes(demo_workshop) == [{third: 2}]

        phone.get_by_label("Anything you want the council to hear").fill(
            "Light the path to the <station>"
        )
        phone.get_by_role("button", name="Send comment").click()
        expect_text(status, "your comment was sent")
        assert_accessible(phone)  # comment sent
        phone.screenshot(path=str(tmp_path / "phone-en.png"))
        room.stop()
    with WorkshopFile.open(demo_workshop, read_only=True) as store:
        said = [e.said for e in store.records(ListeningLogEntry) if e.source == "Workshop — phone"]
    assert said == ["Light the path to the <station>"]


def test_the_page_in_welsh_and_switching_language(phone: Any, demo_workshop: Path) -> None:
    workshop = prepare(demo_workshop, Language.CY)
    with running_room(demo_workshop) as room:
        join(phone, room, "Cod ymuno", "Ymuno")
        assert phone.locator("html").get_attribute("lang") == "cy"
        expect_text(phone.get_by_role("status"), "Rydych wedi ymuno")
        assert_accessible(phone)  # voting, in Welsh
        phone.get_by_role("button", name=f"Un yn fwy i {workshop.subjects[0]}").click()
        phone.get_by_role("button", name="Anfon fy mhleidlais").click()
        expect_text(phone.get_by_role("status"), "wedi\u2019i chadw")
        phone.get_by_label("Unrhyw beth rydych am i\u2019r cyngor ei glywed").fill("Diolch")
        phone.get_by_role("button", name="Anfon sylw").click()
        expect_text(phone.get_by_role("status"), "mae eich sylw wedi\u2019i anfon")
        assert_accessible(phone)  # comment sent, in Welsh
        phone.get_by_role("button", name="English", exact=True).click()
        assert phone.locator("html").get_attribute("lang") == "en"
        assert phone.get_by_role("button", name="Send my votes").is_visible()
        assert_accessible(phone)
        room.stop()
    assert phone_votes(demo_workshop) == [{workshop.subjects[0]: 1}]


def test_a_round_closing_is_shown_and_its_votes_refused(phone: Any, demo_workshop: Path) -> None:
    workshop = prepare(demo_workshop, Language.EN)
    with running_room(demo_workshop) as room:
        join(phone, room, "Join code", "Join")
        phone.get_by_role("button", name=f"One more for {workshop.subjects[0]}").click()
        close_round(demo_workshop, workshop.round_id)  # the facilitator closes it meanwhile
        phone.get_by_role("button", name="Send my votes").click()
        expect_text(phone.get_by_role("status"), "has closed. Thank you for taking part.")
        assert phone.get_by_role("heading", name="Waiting for a vote").is_visible()
        assert_accessible(phone)  # waiting
        room.stop()
    assert phone_votes(demo_workshop) == []


def close_round(path: Path, round_id: str) -> None:
    """Close the round as the facilitator's window would, beside the running server."""
    with WorkshopFile.open(path, override_lock=locking.read_lock(path), backup=False) as store:
        round_ = next(r for r in room_store.vote_rounds(store) if r.id == round_id)
        room_store.update(store, dataclasses.replace(round_, status=RoundStatus.CLOSED))


def expect_text(locator: Any, text: str) -> None:
    from playwright.sync_api import expect

    expect(locator).to_contain_text(re.compile(re.escape(text)))


def test_a_wrong_code_and_too_many_tries_are_said_in_the_page_s_language(
    phone: Any, demo_workshop: Path
) -> None:
    """The server answers in English; the phone says each failure in its own language."""
    prepare(demo_workshop, Language.CY)
    with running_room(demo_workshop) as room:
        phone.goto(room.url)
        status = phone.get_by_role("status")
        code = phone.get_by_label("Cod ymuno")
        join_button = phone.get_by_role("button", name="Ymuno", exact=True)
        code.fill("WRONG1")
        join_button.click()
        expect_text(status, "Nid dyna\u2019r cod ymuno")
        assert "not the join code" not in status.inner_text()
        for _ in range(10):  # ten wrong codes in a minute: this phone must wait
            join_button.click()
        expect_text(status, "Gormod o ymdrechion")
        assert_accessible(phone)  # the failure shown, in Welsh
        room.stop()
