"""Build hook: carry ``ui/`` and ``resources/`` inside the wheel as ``smartdesk/_data``.

In a source checkout they sit beside the package; ``smartdesk.paths`` looks in both
places, so a checkout, a wheel and a PyInstaller bundle find them the same way.
Everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the checkout directly
            return
        target = Path(self.build_lib) / "smartdesk" / "_data"
        for folder in ("ui", "resources"):
            if (ROOT / folder).is_dir():
                shutil.copytree(ROOT / folder, target / folder, dirs_exist_ok=True)
        _build_catalogues(target / "resources" / "locale")


def _build_catalogues(locale: Path) -> None:
    """The command line's Welsh: a .mo beside each .po (smartdesk/catalogues/po_files.py,
    loaded by its path: the package is not importable while it is being built)."""
    source = ROOT / "smartdesk" / "catalogues" / "po_files.py"
    spec = importlib.util.spec_from_file_location("po_files", source)
    assert spec is not None and spec.loader is not None
    po_files = importlib.util.module_from_spec(spec)
    sys.modules["po_files"] = po_files  # dataclasses looks its module up while it is loaded
    spec.loader.exec_module(po_files)
    po_files.compile_folder(locale)


setup(cmdclass={"build_py": BuildWithData})
