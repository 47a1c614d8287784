"""Taking a voted-on option off the short list is refused with what to do about it,
naming the vote by who cast it and on what (not by its id), in English and in Welsh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from smartdesk.domain.records import Option, Participant
from smartdesk.gui.window import language
from smartdesk.gui.window.main_window import MainWindow
from tests.gui.conftest import record_table


def _untick_a_voted_option(window: MainWindow) -> tuple[list[str], str, str]:
    """Untick "Short-listed" on an option that has votes; what was said, its name, a voter."""
    store = window.session.store
    assert store is not None
    data = store.load()
    voted = {vote.subject_id: vote.participant_id for vote in data.votes}
    table = record_table(window, 2, Option)
    row = next(
        row
        for row in range(table.model.rowCount())
        if table.model.record(row).id in voted
        and not table.model.record(row).do_minimum
        and not table.model.record(row).bau
    )
    option = table.model.record(row)
    voter = next(p.name for p in data.participants if p.id == voted[option.id])
    column = next(i for i, f in enumerate(table.model.fields) if f.name == "shortlisted")
    said: list[str] = []
    table.model.refused.connect(said.append)
    assert not table.model.set_value(row, column, False)
    assert store.get(Option, option.id).shortlisted  # nothing changed
    assert store.records(Participant)  # the voters are all still there
    return said, option.name, voter


def test_unlisting_a_voted_option_says_to_delete_its_votes_first(
    demo_window: MainWindow,
) -> None:
    said, name, voter = _untick_a_voted_option(demo_window)
    assert len(said) == 1
    assert said[0].startswith(f"Vote '{voter} / ")
    assert f"refers to option '{name}', which is not short-listed" in said[0]
    assert "delete the votes on it in the room's Voting tab first" in said[0]


@pytest.fixture
def welsh() -> Iterator[None]:
    assert language.install("cy")
    yield
    language.install("en")


def test_the_refusal_is_in_welsh_too(qtbot: QtBot, welsh: None, demo_window: MainWindow) -> None:
    said, name, voter = _untick_a_voted_option(demo_window)
    assert said[0].startswith(f"Pleidlais '{voter} / ")
    assert f"mae'r pwnc yn cyfeirio at yr opsiwn '{name}', nad yw ar y rhestr fer" in said[0]
    assert "dilëwch y pleidleisiau arno yn y tab Pleidleisio" in said[0]
