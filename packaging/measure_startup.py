"""Start-up of the bundled SmartDesk against the same program run from the venv.

    .venv/bin/python packaging/measure_startup.py dist/SmartDesk [--runs 5]

Both start ``--demo --quit-after-show`` off-screen. The machine may be shared and
noisy, so the two are measured in the same run, interleaved, after one warm-up each,
and the ratio of the medians is what counts (budget: at most 1.3x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from smoke_test import find_executables, isolated_env  # noqa: E402 - sibling script

RATIO_BUDGET = 1.3


def _seconds(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def measure(bundle: Path, runs: int) -> tuple[float, float]:
    """Median seconds to start and quit: (bundled, from the venv)."""
    gui = str(find_executables(bundle).gui)
    with tempfile.TemporaryDirectory(prefix="smartdesk-startup-") as tmp:
        work = Path(tmp)
        bundled_env = isolated_env(work / "home")
        venv_env = dict(bundled_env, PYTHONPATH=str(ROOT))
        bundled_cmd = [gui, "--demo", "--quit-after-show"]
        venv_cmd = [sys.executable, "-m", "smartdesk", "--demo", "--quit-after-show"]
        _seconds(bundled_cmd, bundled_env, work)  # warm the disk cache and font caches
        _seconds(venv_cmd, venv_env, work)
        bundled, venv = [], []
        for _ in range(runs):
            bundled.append(_seconds(bundled_cmd, bundled_env, work))
            venv.append(_seconds(venv_cmd, venv_env, work))
    return statistics.median(bundled), statistics.median(venv)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bundled, venv = measure(options.bundle, options.runs)
    ratio = bundled / venv
    print(f"start-up, bundled:   median {bundled:.3f} s over {options.runs} runs")
    print(f"start-up, from venv: median {venv:.3f} s over {options.runs} runs")
    verdict = "within" if ratio <= RATIO_BUDGET else "OVER"
    print(f"start-up ratio: {ratio:.2f}x ({verdict} the {RATIO_BUDGET}x budget)")
    return 0 if ratio <= RATIO_BUDGET else 3


if __name__ == "__main__":
    sys.exit(main())
