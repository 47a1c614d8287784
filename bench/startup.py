"""Start-up time of ``smartdesk --demo --quit-after-show`` against a bare PySide6 window.

The machine is shared and noisy, so both are measured in the same run, interleaved,
and the ratio of medians is what counts (goal: at most 2.0x).

SmartDesk's modules are compiled to bytecode first, as they are in an installed copy
(pip compiles on install; the packaged app holds .pyc files). Without that, a checkout
run with PYTHONDONTWRITEBYTECODE set recompiles every module on every start, which
once made up a fifth of the measured time.

    .venv/bin/python bench/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _compile_package() -> None:
    import compileall

    import smartdesk

    compileall.compile_dir(os.path.dirname(smartdesk.__file__), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    _compile_package()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[variable] = os.path.join(home, variable)
        workshop = os.path.join(home, "workshop.smartdesk")
        smartdesk = [sys.executable, "-m", "smartdesk"]
        subprocess.run([*smartdesk, "demo", workshop], env=env, check=True, capture_output=True)
        # The goal is for the first; the others show what a user opening a file, or
        # starting with none, waits for.
        commands = {
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
            "smartdesk --demo": [*smartdesk, "--demo", "--quit-after-show"],
            "smartdesk FILE": [*smartdesk, workshop, "--quit-after-show"],
            "smartdesk (no file)": [*smartdesk, "--quit-after-show"],
        }
        for command in commands.values():
            _time(command, env)  # warm the disk cache (and build the demo template)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(_time(command, env))
    medians = {name: statistics.median(found) for name, found in times.items()}
    bare = medians.pop("bare PySide6 window")
    print(f"bare PySide6 window:  median {bare:.3f} s over {runs} runs")
    for name, median in medians.items():
        print(f"{name + ':':<21} median {median:.3f} s, {median / bare:.2f}x")
    print(f"ratio: {medians['smartdesk --demo'] / bare:.2f}x (goal: at most 2.00x)")


if __name__ == "__main__":
    main()
