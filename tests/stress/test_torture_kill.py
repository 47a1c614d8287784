"""Short SIGKILL torture (the full one is bench/torture_kill.py): nothing acknowledged is lost."""

from __future__ import annotations

import sys
from pathlib import Path

from smartdesk.domain.records import WorkshopData
from smartdesk.store import WorkshopFile

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import torture_kill


def test_ten_kills_during_gui_edits_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "torture.smartdesk"
    WorkshopFile.create(path, WorkshopData()).close()
    report = torture_kill.torture_edits(path, kills=10, seed=11)
    print(report.line())
    assert report.kills == 10, report.problems
    assert report.acknowledged > 10
    assert report.lost == 0 and report.check_failures == 0, report.problems


def test_kills_during_import_leave_all_rows_or_none(tmp_path: Path) -> None:
    report = torture_kill.torture_import(tmp_path, kills=3, seed=12, rows=1500)
    if report is not None:  # the import command is there
        print(report.line())
        assert report.kills == 3
        assert report.lost == 0 and report.check_failures == 0, report.problems


def test_kills_during_new_from_json_leave_no_file_or_a_whole_one(tmp_path: Path) -> None:
    report = torture_kill.torture_new(tmp_path, kills=3, seed=13, rows=1500)
    print(report.line())
    assert report.lost == 0 and report.check_failures == 0, report.problems
    assert not [p for p in report.problems if "refused" in p]  # never a half-made file
