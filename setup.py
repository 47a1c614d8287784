"""Build hook: carry ``ui/`` and ``resources/`` inside the wheel as ``smartdesk/_data``.

In a source checkout they sit beside the package; ``smartdesk.paths`` looks in both
places, so a checkout, a wheel and a PyInstaller bundle find them the same way.
Everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import shutil
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


setup(cmdclass={"build_py": BuildWithData})
