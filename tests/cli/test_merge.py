"""``smartdesk merge`` on real files: breakout copies made as the window makes them, edited
as a breakout table would, merged by the real command in a subprocess."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smartdesk.domain.enums import ParticipantKind, RoundStatus, VoteMethod, VoteSubject
from smartdesk.domain.records import (
    Option,
    Participant,
    Relationship,
    Score,
    Stakeholder,
    VoteRound,
    WorkshopData,
    WorkshopInfo,
    new_id,
)
from smartdesk.store import WorkshopFile, room
from smartdesk.store.copies import save_breakout_copy
from tests.cli.conftest import PROJECT_ROOT, RunSmartdesk


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _load(path: Path) -> WorkshopData:
    with WorkshopFile.open(path, read_only=True) as store:
        return store.load()


def _breakout(target: Path, name: str) -> Path:
    with WorkshopFile.open(target, backup=False) as store:
        return save_breakout_copy(store, target.with_name(name))


def _first_option(path: Path) -> Option:
    with WorkshopFile.open(path, read_only=True) as store:
        return store.records(Option)[0]


def _set_notes(path: Path, notes: str) -> None:
    with WorkshopFile.open(path, backup=False) as store:
        store.update(dataclasses.replace(store.records(Option)[0], notes=notes))


def _add_stakeholder(path: Path, name: str) -> None:
    with WorkshopFile.open(path, backup=False) as store:
        store.add(Stakeholder(id=new_id(), name=name))


def _refused(result: subprocess.CompletedProcess[str], status: int) -> str:
    assert result.returncode == status, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("smartdesk merge: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_additions_land_after_the_targets_own_in_the_sources_order(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    with WorkshopFile.open(copy, backup=False) as table:
        table.add(Stakeholder(id=new_id(), name="Zed first"))
        table.add(Stakeholder(id=new_id(), name="Amy second"))
        option = Option(id=new_id(), name="Community energy co-op")
        table.add(option, position=0)  # first in the breakout's list, still added last
        criterion = table.load().criteria[0]
        table.add(Score(option.id, criterion.id, 4, "room agreed"))
    before = _load(demo_workshop)

    result = smartdesk("merge", demo_workshop, copy)

    assert result.returncode == 0, result.stderr
    assert f"added: stakeholder 'Zed first' from '{copy}'" in result.stdout
    assert f"added: score 'Community energy co-op' on '{criterion.name}'" in result.stdout
    after = _load(demo_workshop)
    assert after.stakeholders[: len(before.stakeholders)] == before.stakeholders
    assert [s.name for s in after.stakeholders[len(before.stakeholders) :]] == [
        "Zed first",
        "Amy second",
    ]
    assert after.options[-1] == option
    assert after.scores[-1] == Score(option.id, criterion.id, 4, "room agreed")
    assert smartdesk("check", demo_workshop).returncode == 0


def test_identical_records_are_left_and_nothing_is_written(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    digest = _digest(demo_workshop)

    result = smartdesk("merge", demo_workshop, copy)

    assert result.returncode == 0, result.stderr
    count = len(_load(demo_workshop).stakeholders)
    assert "left: " in result.stdout and "identical records" in result.stdout
    assert "Nothing to change" in result.stdout
    assert count > 0 and "added:" not in result.stdout
    assert _digest(demo_workshop) == digest


def test_conflicts_stop_the_merge_with_status_3_and_nothing_written(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    _set_notes(demo_workshop, "The main room's note")
    _set_notes(copy, "The breakout's note")
    _add_stakeholder(copy, "Someone new")  # an addition does not go in either
    with WorkshopFile.open(copy, backup=False) as table:
        table.set_vision(dataclasses.replace(table.vision(), principles=("Open data first",)))
    digest = _digest(demo_workshop)
    option = _first_option(demo_workshop)

    result = smartdesk("merge", demo_workshop, copy)

    assert result.returncode == 3
    assert result.stdout.splitlines() == [
        f"conflict: vision in '{copy}': principles",
        f"conflict: option '{option.name}' in '{copy}': notes",
    ]
    assert "2 conflicts; nothing was written" in _refused(result, 3)
    assert _digest(demo_workshop) == digest


@pytest.mark.parametrize("prefer", ["target", "source"])
def test_prefer_settles_every_conflict_one_way(
    smartdesk: RunSmartdesk, demo_workshop: Path, prefer: str
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    _set_notes(demo_workshop, "The main room's note")
    _set_notes(copy, "The breakout's note")
    _add_stakeholder(copy, "Someone new")

    result = smartdesk("merge", demo_workshop, copy, "--prefer", prefer)

    assert result.returncode == 0, result.stderr
    wanted = "The main room's note" if prefer == "target" else "The breakout's note"
    after = _load(demo_workshop)
    assert after.options[0].notes == wanted
    assert after.stakeholders[-1].name == "Someone new"
    verb = "kept" if prefer == "target" else "taken"
    assert any(line.startswith(f"{verb}: option ") for line in result.stdout.splitlines())


def test_several_sources_merge_in_turn_and_a_later_source_wins(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    first = _breakout(demo_workshop, "table 1.smartdesk")
    second = _breakout(demo_workshop, "table 2.smartdesk")
    _set_notes(first, "Table 1's note")
    _set_notes(second, "Table 2's note")
    _add_stakeholder(first, "From table 1")
    _add_stakeholder(second, "From table 2")

    result = smartdesk("merge", demo_workshop, first, second, "--prefer", "source")

    assert result.returncode == 0, result.stderr
    after = _load(demo_workshop)
    assert after.options[0].notes == "Table 2's note"
    assert [s.name for s in after.stakeholders[-2:]] == ["From table 1", "From table 2"]
    assert f"taken: option '{after.options[0].name}' from '{second}' (notes)" in result.stdout


def test_a_record_a_source_lacks_is_reported_and_never_deleted(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    with WorkshopFile.open(copy, backup=False) as table:
        gone = table.load().stakeholders[0]
        table.delete(Stakeholder, gone.id)  # takes its relationships with it
    before = _load(demo_workshop)

    # The delete also took the stakeholder out of records that named it (an engagement
    # action's list, a log entry): those now differ, and the target's are kept.
    result = smartdesk("merge", demo_workshop, copy, "--prefer", "target")

    assert result.returncode == 0, result.stderr
    assert f"not in '{copy}' (kept; a merge never deletes): stakeholder '{gone.name}'" in (
        result.stdout
    )
    assert _load(demo_workshop) == before
    lost = [r for r in before.relationships if gone.id in (r.from_id, r.to_id)]
    assert lost and all(isinstance(r, Relationship) for r in lost)
    assert "relationship with id" in result.stdout


def test_a_source_from_another_workshop_is_merged_the_same_way_and_reported(
    smartdesk: RunSmartdesk, demo_workshop: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.smartdesk"
    stranger = Stakeholder(id=new_id(), name="From another workshop")
    info = WorkshopInfo(id=new_id(), title="Another town's workshop")
    WorkshopFile.create(other, WorkshopData(workshop=info, stakeholders=(stranger,))).close()
    before = _load(demo_workshop)

    refused = smartdesk("merge", demo_workshop, other)  # its title, vision... differ
    assert refused.returncode == 3
    result = smartdesk("merge", demo_workshop, other, "--prefer", "target")

    assert result.returncode == 0, result.stderr
    assert (
        f"note: '{other}' is from another workshop ('Another town's workshop', id {info.id}); "
        "merged the same way"
    ) in result.stdout
    after = _load(demo_workshop)
    assert after.stakeholders[-1] == stranger
    assert after.workshop == before.workshop  # the target's id and details kept


def test_a_damaged_source_changes_nothing_and_exits_1(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) // 2])
    digest = _digest(demo_workshop)

    line = _refused(smartdesk("merge", demo_workshop, copy), 1)

    assert "damaged" in line
    assert _digest(demo_workshop) == digest


def test_a_source_that_is_not_a_workshop_is_refused_with_status_2(
    smartdesk: RunSmartdesk, demo_workshop: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.smartdesk"
    notes.write_text("the flip-chart notes from table 3\n", encoding="utf-8")
    digest = _digest(demo_workshop)

    line = _refused(smartdesk("merge", demo_workshop, notes), 2)

    assert str(notes) in line
    assert _digest(demo_workshop) == digest


def test_a_result_that_breaks_a_rule_is_refused_naming_the_rule(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    with WorkshopFile.open(copy, backup=False) as table:
        table.add(Option(id=new_id(), name="Do the least", shortlisted=True, do_minimum=True))
        # The breakout's own old do-minimum option is no longer one there...
        old = next(o for o in table.records(Option) if o.do_minimum and o.name != "Do the least")
        table.update(dataclasses.replace(old, do_minimum=False))
    digest = _digest(demo_workshop)

    # ...but keeping the target's version of it gives the merged workshop two.
    line = _refused(smartdesk("merge", demo_workshop, copy, "--prefer", "target"), 2)

    assert "the merged workshop would break a rule" in line
    assert "do-minimum" in line
    assert "nothing was written" in line
    assert _digest(demo_workshop) == digest
    assert smartdesk("merge", demo_workshop, copy, "--prefer", "source").returncode == 0


def test_dry_run_prints_the_same_and_writes_nothing(
    smartdesk: RunSmartdesk, demo_workshop: Path, tmp_path: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    _set_notes(copy, "The breakout's note")
    _add_stakeholder(copy, "Someone new")
    twin = tmp_path / "twin.smartdesk"
    shutil.copyfile(demo_workshop, twin)
    digest = _digest(demo_workshop)

    dry = smartdesk("merge", demo_workshop, copy, "--prefer", "source", "--dry-run")
    real = smartdesk("merge", twin, copy, "--prefer", "source")

    assert dry.returncode == real.returncode == 0, (dry.stderr, real.stderr)
    assert _digest(demo_workshop) == digest
    assert dry.stdout.splitlines()[:-1] == real.stdout.splitlines()[:-1]
    assert dry.stdout.splitlines()[-1].startswith("Dry run: nothing was written")


def test_a_locked_target_is_refused(smartdesk: RunSmartdesk, demo_workshop: Path) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    _add_stakeholder(copy, "Someone new")
    with WorkshopFile.open(demo_workshop, backup=False):  # held open, as by a window
        digest = _digest(demo_workshop)
        line = _refused(smartdesk("merge", demo_workshop, copy), 2)
        assert _digest(demo_workshop) == digest
    assert "'demo.smartdesk' is open for editing" in line


def test_the_target_is_backed_up_before_the_merge(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    copy = _breakout(demo_workshop, "table.smartdesk")
    _add_stakeholder(copy, "Someone new")
    before = _load(demo_workshop)

    result = smartdesk("merge", demo_workshop, copy)

    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.rsplit("backup before the merge: '", 1)[1].rstrip("'\n"))
    assert backup.name.endswith("-merge.smartdesk")
    assert _load(backup) == before


# -- killed or interrupted while writing --------------------------------------------------


def _big_breakout(target: Path, count: int) -> Path:
    copy = _breakout(target, "big table.smartdesk")
    with WorkshopFile.open(copy, backup=False) as table:
        table.add_many([Stakeholder(id=new_id(), name=f"Resident {n}") for n in range(count)])
    return copy


def _start_merge(*args: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, "-m", "smartdesk", "merge", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _signal_while_writing(target: Path, source: Path, signum: int) -> int:
    """Merge ``source`` into ``target`` and send ``signum`` once the write has begun
    (SQLite's rollback journal has appeared beside the target); the exit status."""
    journal = target.with_name(target.name + "-journal")
    process = _start_merge(target, source)
    while process.poll() is None and not journal.exists():
        time.sleep(0.001)
    if process.poll() is None:
        process.send_signal(signum)
    process.communicate(timeout=120)
    return process.returncode


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_killed_mid_merge_the_target_is_the_old_file_or_the_whole_merge(
    smartdesk: RunSmartdesk, demo_workshop: Path, tmp_path: Path
) -> None:
    source = _big_breakout(demo_workshop, 5000)
    before = _load(demo_workshop)
    whole = tmp_path / "whole.smartdesk"
    shutil.copyfile(demo_workshop, whole)
    assert smartdesk("merge", whole, source).returncode == 0
    merged = _load(whole)

    status = _signal_while_writing(demo_workshop, source, signal.SIGKILL)

    assert status == -signal.SIGKILL  # killed inside the transaction, not after it
    assert smartdesk("check", demo_workshop).returncode == 0
    with WorkshopFile.open(demo_workshop, backup=False) as store:  # recovers, as the app does
        after = store.load()
    assert after in (before, merged)
    assert after == before  # the journal was there: the transaction had not committed


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_mid_merge_exits_130_with_nothing_changed(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    source = _big_breakout(demo_workshop, 5000)
    before = _load(demo_workshop)

    status = _signal_while_writing(demo_workshop, source, signal.SIGINT)

    assert status == 130
    assert _load(demo_workshop) == before
    assert smartdesk("check", demo_workshop).returncode == 0


def _open_round_with_a_table(target: Path) -> tuple[str, str, list[str]]:
    """An open dots round (3 each) on the short list, and one breakout table as a voter."""
    round_ = VoteRound(
        id=new_id(), title="Which option?", subject=VoteSubject.OPTIONS,
        method=VoteMethod.DOTS, budget=3, status=RoundStatus.OPEN,
    )  # fmt: skip
    table = Participant(id=new_id(), name="Table 1", kind=ParticipantKind.TABLE, group="1")
    with WorkshopFile.open(target, backup=False) as store:
        for existing in room.vote_rounds(store):
            if existing.status is RoundStatus.OPEN:
                room.update(store, dataclasses.replace(existing, status=RoundStatus.CLOSED))
        room.add(store, round_)
        room.add(store, table)
        short_list = [o.id for o in store.records(Option) if o.shortlisted]
    return round_.id, table.id, short_list


def _votes_of(path: Path, round_id: str) -> dict[tuple[str, str], int]:
    with WorkshopFile.open(path, read_only=True) as store:
        return {(v.participant_id, v.subject_id): v.points for v in room.votes(store, round_id)}


def test_votes_from_two_breakout_tables_are_added_and_matched_by_voter_and_subject(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    round_id, table_1, options = _open_round_with_a_table(demo_workshop)
    table_2 = new_id()
    with WorkshopFile.open(demo_workshop, backup=False) as store:
        room.add(store, Participant(id=table_2, name="Table 2", kind=ParticipantKind.TABLE))
    first = _breakout(demo_workshop, "table-1.smartdesk")
    second = _breakout(demo_workshop, "table-2.smartdesk")
    with WorkshopFile.open(first, backup=False) as store:
        room.replace_votes(store, round_id, table_1, {options[0]: 2, options[1]: 1})
    with WorkshopFile.open(second, backup=False) as store:
        room.replace_votes(store, round_id, table_2, {options[1]: 3})

    result = smartdesk("merge", demo_workshop, first, second)

    assert result.returncode == 0, result.stderr
    assert _votes_of(demo_workshop, round_id) == {
        (table_1, options[0]): 2,
        (table_1, options[1]): 1,
        (table_2, options[1]): 3,
    }
    # Merging the same breakouts again finds every vote identical: nothing changes.
    digest = _digest(demo_workshop)
    again = smartdesk("merge", demo_workshop, first, second)
    assert again.returncode == 0, again.stderr
    assert _digest(demo_workshop) == digest


def test_one_voter_counted_differently_at_two_tables_is_a_conflict(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    round_id, table_1, options = _open_round_with_a_table(demo_workshop)
    first = _breakout(demo_workshop, "table-1.smartdesk")
    second = _breakout(demo_workshop, "table-2.smartdesk")
    for path, points in ((first, 2), (second, 1)):
        with WorkshopFile.open(path, backup=False) as store:
            room.replace_votes(store, round_id, table_1, {options[0]: points})
    digest = _digest(demo_workshop)

    result = smartdesk("merge", demo_workshop, first, second)

    assert result.returncode == 3, (result.stdout, result.stderr)
    assert "vote" in result.stdout.lower() and "points" in result.stdout
    assert _digest(demo_workshop) == digest
    taken = smartdesk("merge", demo_workshop, first, second, "--prefer", "source")
    assert taken.returncode == 0, taken.stderr
    assert _votes_of(demo_workshop, round_id) == {(table_1, options[0]): 1}  # later wins


def test_votes_that_together_exceed_a_voters_budget_are_refused(
    smartdesk: RunSmartdesk, demo_workshop: Path
) -> None:
    round_id, table_1, options = _open_round_with_a_table(demo_workshop)
    first = _breakout(demo_workshop, "table-1.smartdesk")
    second = _breakout(demo_workshop, "table-2.smartdesk")
    # Each table's file is within the budget of 3; together the voter has 5.
    with WorkshopFile.open(first, backup=False) as store:
        room.replace_votes(store, round_id, table_1, {options[0]: 3})
    with WorkshopFile.open(second, backup=False) as store:
        room.replace_votes(store, round_id, table_1, {options[1]: 2})
    digest = _digest(demo_workshop)

    line = _refused(smartdesk("merge", demo_workshop, first, second), 2)

    assert "budget" in line
    assert _digest(demo_workshop) == digest
