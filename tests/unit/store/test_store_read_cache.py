"""The store keeps decoded records between reads: every kind of change must still show."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Relationship, Stakeholder, WorkshopData
from smartdesk.store import WorkshopFile


def test_reads_are_shared_until_an_edit(workshop: WorkshopFile) -> None:
    first = workshop.records(Stakeholder)
    again = workshop.records(Stakeholder)
    assert again == first and again is not first  # a fresh list each time
    first.clear()  # a caller's list is its own
    assert workshop.records(Stakeholder) == again
    person = dataclasses.replace(again[0], name="Renamed")
    workshop.update(person)
    assert workshop.records(Stakeholder)[0] == person
    assert workshop.load().stakeholders[0] == person


def test_a_write_through_the_connection_shows(workshop: WorkshopFile) -> None:
    person = workshop.records(Stakeholder)[0]
    # What scrub and other store helpers do: SQL on the store's own connection.
    workshop.connection.execute(
        "UPDATE stakeholders SET name = 'Scrubbed' WHERE id = ?", [person.id]
    )
    workshop.connection.commit()
    assert workshop.records(Stakeholder)[0].name == "Scrubbed"


def test_a_commit_by_another_connection_shows(workshop_path: Path) -> None:
    reader = WorkshopFile.open(workshop_path, read_only=True)
    try:
        person = reader.records(Stakeholder)[0]
        other = sqlite3.connect(workshop_path)
        with other:
            other.execute("UPDATE stakeholders SET name = 'Elsewhere' WHERE id = ?", [person.id])
        other.close()
        assert reader.records(Stakeholder)[0].name == "Elsewhere"
        assert reader.load().stakeholders[0].name == "Elsewhere"
    finally:
        reader.close()


def test_a_refused_edit_leaves_no_trace(workshop: WorkshopFile, rich: WorkshopData) -> None:
    before = workshop.records(Stakeholder)
    fresh = Stakeholder(id="fresh-one", name="Fresh")
    # The duplicate comes after a good row: the good row is written, then rolled back.
    with pytest.raises(WorkshopError):
        workshop.add_many([fresh, dataclasses.replace(before[0], name="Twin")])
    assert workshop.records(Stakeholder) == before
    assert workshop.load().stakeholders == tuple(before)
    assert workshop.records(Relationship) == list(rich.relationships)
