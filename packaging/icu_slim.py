"""Linux bundle: a smaller copy of Qt's ICU data library, keeping English and Welsh.

PySide6 ships ``libicudata.so.NN`` (32 MB, the largest file in the bundle): ICU's
locale data for about 800 locales. Qt reads it for collation (sorting names the Welsh
way: "ch" after "c", "ll" after "l") and a few locale services. SmartDesk speaks English
and Welsh only, so the locale-specific items of the other languages go:

- they are dropped from the trees of locale data (top level, ``coll``, ``curr``,
  ``lang``, ``region``, ``unit``, ``zone``, ``rbnf``);
- structural items stay: ``root``, ``res_index``, ``pool``, the supplemental data, the
  Unicode collation table, break rules, normalisation, converters and transliterators;
- a locale left out falls back to ICU's root data, as ICU does for any locale it lacks.
  A German name still sorts sensibly, by the root collation.

This cuts 32 MB to about 14 MB. It uses ICU's own tools from Debian's icu-devtools:
``icupkg`` removes the items and ``genccode`` turns the package back into assembly,
which gcc links into a library with the same soname and entry symbol. When a tool is
missing, or a step fails, the full library is kept and the reason is printed: the
bundle still works, only bigger.
"""

# mypy: ignore-errors
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEPT_LANGUAGES = ("en", "cy")
# Trees whose items are one file per locale (the top level is "").
_LOCALE_TREES = {"", "coll", "curr", "lang", "region", "unit", "zone", "rbnf"}
# A locale item: "de.res", "zh_Hant_TW.res", "de_.res" (a collation alias); not
# "res_index.res", which lists the locales and must stay.
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
_SONAME = re.compile(r"libicudata\.so\.(\d+)$")
TOOLS = ("objcopy", "icupkg", "genccode", "gcc")


def items_to_drop(items: list[str], kept: tuple[str, ...] = KEPT_LANGUAGES) -> list[str]:
    """The package items (``tree/name.res``) of locales whose language is not kept."""
    dropped = []
    for item in items:
        tree, _, name = item.rpartition("/")
        match = _LOCALE_ITEM.match(name)
        if tree not in _LOCALE_TREES or not match or name == "res_index.res":
            continue
        if match.group(1) not in kept:
            dropped.append(item)
    return dropped


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def slim_library(source: Path, work: Path) -> Path | None:
    """A slimmed copy of ``source`` (libicudata.so.NN) in ``work``, or None if not possible.

    None means "bundle the original": the reason has been printed.
    """
    version = _SONAME.search(source.name)
    if version is None:
        print(f"icu_slim: {source.name} is not libicudata.so.NN; kept whole")
        return None
    if missing := missing_tools():
        print(f"icu_slim: {', '.join(missing)} missing (apt install icu-devtools); ICU kept whole")
        return None
    # The package name is also the prefix of every item inside the data ("icudt73l/"),
    # and icupkg takes it from the output file's name, so the file must keep that name.
    package = f"icudt{version.group(1)}l"
    work.mkdir(parents=True, exist_ok=True)
    whole = work / "whole" / f"{package}.dat"
    slim = work / "slim" / f"{package}.dat"
    for folder in (whole.parent, slim.parent):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    try:
        # The data library's only contents are the package, as its read-only data.
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(source), str(whole))
        items = _run("icupkg", "-l", str(whole)).split()
        drop_list = work / "drop.txt"
        drop_list.write_text("\n".join(items_to_drop(items)) + "\n", encoding="utf-8")
        _run("icupkg", "-r", str(drop_list), str(whole), str(slim))
        _run("genccode", "-q", "-a", "gcc", "-e", package[:-1], "-d", str(slim.parent), str(slim))
        library = work / source.name
        assembly = slim.parent / f"{package}_dat.S"
        _run(
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{source.name}",
            "-o",
            str(library),
            str(assembly),
        )
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"icu_slim: {error}; ICU kept whole")
        return None
    return library


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout
