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
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        app_cmd = [sys.executable, "-m", "smartdesk", "--demo", "--quit-after-show"]
        _time(bare_cmd, env), _time(app_cmd, env)  # warm the disk cache for both
        bare, app = [], []
        for _ in range(runs):
            bare.append(_time(bare_cmd, env))
            app.append(_time(app_cmd, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {bare_median:.3f} s over {runs} runs")
    print(f"smartdesk --demo:    median {app_median:.3f} s over {runs} runs")
    print(f"ratio: {app_median / bare_median:.2f}x (goal: at most 2.00x)")


if __name__ == "__main__":
    main()
