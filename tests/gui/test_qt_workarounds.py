"""A long workshop session must not crash on the Qt bindings' reference-count fault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# More calls than None has references on a fresh Python 3.11, so without the
# work-around this aborts the child with "deallocating None".
LONG_SESSION = """
from smartdesk.gui.launch import application
from PySide6.QtWidgets import QWidget
app = application()
widget = QWidget()
for _ in range(200_000):
    widget.setEnabled(True)
print("survived")
"""


def test_many_qt_calls_do_not_abort_the_app() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(PROJECT_ROOT))
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout


# Opening workshops one after another in one window exercises every stage's widgets,
# models and overrides; PySide6 6.12.0 aborted this at exit ("deallocating True or False").
REOPEN_SESSION = """
from smartdesk.interchange.demo import create_demo_copy
from smartdesk.gui.launch import application
from smartdesk.gui.window.main_window import MainWindow
app = application()
window = MainWindow(interactive=False)
window.show()
path = create_demo_copy()
for number in range(5):
    window.show_stage(number)
for _ in range(60):
    assert window.open_path(path)
    app.processEvents()
window.close()
print("survived")
"""


def test_reopening_workshops_in_one_window_does_not_abort(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(PROJECT_ROOT),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-c", REOPEN_SESSION],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_guard_is_applied_on_faulty_bindings_only() -> None:
    # The bindings pinned in pyproject.toml need no guard; a faulty release gets it.
    probe = """
import sys
from smartdesk.gui.window import qt_workarounds
before = sys.getrefcount(None)
qt_workarounds.keep_none_alive()
untouched = sys.getrefcount(None) < 1 << 40
qt_workarounds.FAULTY_FROM = (6, 0)
qt_workarounds.keep_none_alive()
qt_workarounds.keep_none_alive()  # once per process, however often it is called
guarded = 1 << 40 <= sys.getrefcount(None) < 2 << 40
print(untouched, guarded or sys.version_info >= (3, 12))
"""
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]


def test_quick_feature_check_answers_as_pyside_does() -> None:
    import smartdesk.domain.records
    import smartdesk.gui.window.main_window
    from smartdesk.gui.window.qt_workarounds import quicken_feature_check

    feature = sys.modules["shibokensupport.feature"]
    quicken_feature_check()
    quick = feature._mod_uses_pyside
    assert quick.quickened
    quicken_feature_check()  # once only: not wrapped twice
    assert feature._mod_uses_pyside is quick
    assert quick(smartdesk.gui.window.main_window) is True
    assert quick(smartdesk.domain.records) is False
    assert quick(sys) is False  # built in: no source file
    assert quick(subprocess) is False
