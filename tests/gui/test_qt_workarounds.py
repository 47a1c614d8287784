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
