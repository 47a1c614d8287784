"""The bundle's slimmed ICU data: English and Welsh kept, and Qt still sorts the Welsh way.

packaging/icu_slim.py cuts Qt's 32 MB ICU data library to the locales SmartDesk speaks.
Here the venv's own library is slimmed for real (ICU's tools, a few seconds) and loaded
in front of Qt's with LD_PRELOAD, in a child process: Welsh collation, number formats
and German sorting must come out exactly as with the whole library.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
from PySide6.QtCore import QCollator, QLocale
welsh = QCollator(QLocale("cy_GB"))
names = ["llan", "lori", "chwarae", "cath", "dyn", "ddraig", "Zebra", "ŵyr", "wy", "Łódź"]
print(sorted(names, key=welsh.sortKey))
german = QCollator(QLocale("de_DE"))
print(sorted(["z", "ä", "a"], key=german.sortKey))
print(QLocale("cy_GB").toString(1234567.5, "f", 2), QLocale("en_GB").toUpper("straße"))
"""


def _icu_slim() -> ModuleType:
    path = ROOT / "packaging" / "icu_slim.py"
    spec = importlib.util.spec_from_file_location("icu_slim", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_other_languages_locale_items_are_dropped() -> None:
    items = [
        "root.res",
        "res_index.res",
        "pool.res",
        "supplementalData.res",
        "likelySubtags.res",
        "en.res",
        "en_GB.res",
        "en_US_POSIX.res",
        "cy.res",
        "cy_GB.res",
        "de.res",
        "zh_Hant_TW.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/cy.res",
        "coll/de.res",
        "coll/de_.res",
        "coll/de__PHONEBOOK.res",
        "coll/res_index.res",
        "lang/pool.res",
        "lang/fr.res",
        "zone/tzdbNames.res",
        "brkitr/ja.res",
        "brkitr/cjdict.dict",
        "translit/el.res",
        "cnvalias.icu",
        "ibm-1047_P100-1995.cnv",
    ]
    dropped = _icu_slim().items_to_drop(items)
    assert dropped == [
        "de.res",
        "zh_Hant_TW.res",
        "coll/de.res",
        "coll/de_.res",
        "coll/de__PHONEBOOK.res",
        "lang/fr.res",
    ]


def test_a_library_that_is_not_icu_data_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "libQt6Core.so.6"
    other.write_bytes(b"\x7fELF")
    assert _icu_slim().slim_library(other, tmp_path / "work") is None


def _probe(preload: Path | None) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        environment["LD_PRELOAD"] = str(preload)
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the slimming is Linux-only")
def test_slimmed_library_sorts_and_formats_like_the_whole_one(tmp_path: Path) -> None:
    icu_slim = _icu_slim()
    if icu_slim.missing_tools():
        pytest.skip(f"needs {', '.join(icu_slim.missing_tools())} (scripts/setup.sh installs them)")
    import PySide6

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        pytest.skip("this PySide6 uses the system's ICU, not its own")
    whole = libraries[0]
    slim = icu_slim.slim_library(whole, tmp_path)
    assert slim is not None
    assert slim.stat().st_size < whole.stat().st_size * 0.6

    expected = _probe(None)
    assert "['cath', 'chwarae', 'dyn', 'ddraig', 'Łódź', 'lori', 'llan'" in expected
    assert _probe(slim) == expected
