"""Short fuzz run (the full one is bench/torture_fuzz.py): damaged files never crash anything."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import torture_fuzz


def test_hundred_damaged_files(tmp_path: Path) -> None:
    report = torture_fuzz.fuzz(torture_fuzz.sample_workshop(tmp_path), tmp_path, 100, seed=3)
    print("\n".join(report.lines()))
    assert report.cases == 100
    assert report.failures == 0, report.lines()
    assert report.outcomes["damaged (exit 1)"] > 30  # the damage is real
