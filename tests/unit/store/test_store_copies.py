"""Breakout copies (``store.copies``) and edits made together (``WorkshopFile.together``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartdesk.domain.errors import WorkshopError
from smartdesk.domain.records import Option, Score, Stakeholder, WorkshopData
from smartdesk.store import Change, WorkshopFile
from smartdesk.store.copies import save_breakout_copy


def test_a_breakout_copy_keeps_workshop_and_record_ids_with_an_instance_of_its_own(
    workshop: WorkshopFile, tmp_path: Path
) -> None:
    made = save_breakout_copy(workshop, tmp_path / "table 1")

    assert made == tmp_path / "table 1.smartdesk"
    with WorkshopFile.open(made) as copy:
        assert copy.load() == workshop.load()
        assert copy.instance_id != workshop.instance_id
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_breakout_copy_refuses_the_open_file_and_a_file_open_elsewhere(
    workshop: WorkshopFile, tmp_path: Path, rich: WorkshopData
) -> None:
    with pytest.raises(WorkshopError, match="is the open workshop itself"):
        save_breakout_copy(workshop, workshop.path)
    other = tmp_path / "other.smartdesk"
    with WorkshopFile.create(other, WorkshopData()), pytest.raises(WorkshopError, match="open in"):
        save_breakout_copy(workshop, other)
    with pytest.raises(WorkshopError, match="does not exist"):
        save_breakout_copy(workshop, tmp_path / "no such folder" / "copy.smartdesk")


def test_edits_together_are_all_or_nothing_and_announced_once_committed(
    workshop: WorkshopFile,
) -> None:
    before = workshop.load()
    heard: list[Change] = []
    workshop.subscribe(heard.append)
    option = Option(id="new option", name="Late idea")
    criterion = before.criteria[0]

    with pytest.raises(WorkshopError), workshop.together():
        workshop.add(Score(option.id, criterion.id, 2))  # its option comes next: allowed
        workshop.add(option)
        assert heard == []  # not announced while it may still be taken back
        workshop.add(Stakeholder(id=before.stakeholders[0].id))  # a duplicate id: refused

    assert workshop.load() == before
    assert heard == []

    with workshop.together():
        workshop.add(Score(option.id, criterion.id, 2))
        workshop.add(option)
    assert workshop.load().options[-1] == option
    assert [change.kind for change in heard] == [Score, Option]


def test_a_reference_left_dangling_together_is_refused_at_the_commit(
    workshop: WorkshopFile,
) -> None:
    before = workshop.load()
    with pytest.raises(WorkshopError, match="not saved"), workshop.together():
        workshop.add(Score("no such option", before.criteria[0].id, 2))
    assert workshop.load() == before
