"""What the SmartDesk bundle leaves out, and how its files are slimmed (used by the spec).

A default PyInstaller build of SmartDesk is about 270 MB: PySide6's hook drags in Qt
libraries through plugins (QML/Quick, Wayland, 3D, ...) and every translation, and
``--exclude-module`` does not reach those. So the spec filters the collected binaries
and datas with the rules here. They live in a plain module, importable without
PyInstaller, so the test suite can check them.

TOC entries are PyInstaller's ``(dest, source, kind)`` tuples; ``dest`` is the path
inside the bundle, with ``/`` or ``\\`` depending on the platform.
"""

# mypy: ignore-errors
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

Entry = tuple[str, str, str]

# Python packages never used at run time (test and build tools, other GUI toolkits).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pydoc",
    "pytest",
    "hypothesis",
    "mypy",
    "ruff",
    "IPython",
    "PyInstaller",
    "setuptools",
    "pip",
    # numpy's random and FFT packages: nothing SmartDesk draws uses them (checked by
    # building the pack with both imports blocked); 3 MB of the 200 MB budget.
    "numpy.random",
    "numpy.fft",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_qt",
    "matplotlib.backends.backend_qt5agg",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_webagg",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuickTest",
    # Pillow (matplotlib needs it) image codecs that charts never use.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # No network at run time: without ssl and _hashlib the bundle needs no OpenSSL
    # (hashlib falls back to Python's own md5/sha modules, which is all we use).
    "ssl",
    "_ssl",
    "_hashlib",
    # Interactive-console helpers (pdb, code) pull in GNU readline and ncurses.
    "readline",
    "pdb",
    "doctest",
    # Modules the analysis finds behind optional imports that SmartDesk never reaches:
    # asyncio, multiprocessing, numpy's Fortran tooling.
    # Each executable embeds its own copy of the Python archive, so this counts twice.
    "asyncio",
    "multiprocessing",
    "concurrent.futures.process",
    "numpy.f2py",
]
# python-docx uses lxml.etree alone; objectify, html and the rest are 4 MB more.
EXCLUDED_MODULES += [
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.cssselect",
    "lxml.html5parser",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    "lxml.ElementInclude",
]

# Qt libraries (any platform's spelling: libQt6Quick.so.6, Qt6Quick.dll,
# QtQuick.framework) that SmartDesk's widgets never load. QtPdf and QtPdfWidgets stay
# (the Briefing pack's preview), and with them QtNetwork, which libQt6Pdf links to.
UNUSED_QT = (
    "Qml|QmlModels|QmlMeta|QmlWorkerScript|QmlCompiler|Quick\\w*|LabsStyleKit\\w*"
    "|ShaderTools|3D\\w*|Multimedia\\w*|WebEngine\\w*|WebChannel\\w*|WebSockets|WebView"
    "|PdfQuick|VirtualKeyboard\\w*|Designer\\w*|Help|Sql|Test|UiTools|OpenGLWidgets"
    "|Charts\\w*|DataVisualization\\w*|Graphs\\w*|Positioning\\w*|Location|Sensors\\w*"
    "|SerialPort|Bluetooth|Nfc|RemoteObjects|Scxml|StateMachine\\w*|TextToSpeech"
    "|SpatialAudio|HttpServer|Concurrent|Xml|SvgWidgets|WaylandClient|WlShellIntegration"
)
_UNUSED_QT_LIB = re.compile(
    rf"(^|[/\\])(lib)?Qt6?({UNUSED_QT}|EglFS\w*|EglFsKms\w*)(\.|\.framework|$)"
)
# The Python bindings of the same modules (PySide6/QtQuick.abi3.so, QtQuick.pyd).
_UNUSED_BINDING = re.compile(rf"(^|[/\\])Qt({UNUSED_QT})\.(abi3\.so|pyd|so)$", re.I)
# Plugin folders whose plugins only serve modules we leave out, or that we do not need.
_UNUSED_PLUGIN_DIRS = re.compile(
    r"[/\\]plugins[/\\](qmltooling|qmllint|qmlls|scenegraph|sqldrivers|networkinformation"
    r"|tls|position|geoservices|sensors|multimedia|webview|designer|renderers"
    r"|sceneparsers|assetimporters|canbus|virtualkeyboard|texttospeech|generic"
    r"|egldeviceintegrations|vectorimageformats|wayland-[\w-]+)[/\\]",
    re.I,
)
# Platform plugins a desktop never uses (keep xcb, offscreen, windows, cocoa), and the
# GTK theme, which would load the system's GTK beside our bundled GLib/cairo.
# Wayland is left out too (2.5 MB, and the size budget is 200 MB): on a Wayland desktop
# Qt falls back to xcb through XWayland, which every mainstream desktop runs.
_UNUSED_PLATFORMS = re.compile(
    r"[/\\]platforms[/\\](lib)?q(minimal|vnc|linuxfb|eglfs|minimalegl|direct2d|vkkhrdisplay"
    r"|wayland)"
    r"\w*\.|[/\\]platformthemes[/\\]libqgtk3",
    re.I,
)
# Image formats SmartDesk never reads (PNG is built into QtGui; keep jpeg, gif, ico, svg).
_UNUSED_IMAGE_FORMATS = re.compile(r"[/\\]imageformats[/\\](lib)?q(tiff|webp|tga|wbmp|icns)\w*\.")
# matplotlib data only other backends or font sets read: sample data, AFM metrics for
# the PS/PDF backends, the interactive toolbar's icons, and the serif, monospace and
# Computer Modern fonts (charts use DejaVu Sans); and ReportLab's sample fonts.
_UNUSED_FONT_DATA = re.compile(
    r"^matplotlib/mpl-data/(sample_data/|fonts/afm/|fonts/pdfcorefonts/|images/"
    r"|fonts/ttf/(DejaVuSerif|DejaVuSansMono|cm)[\w-]*\.ttf$)"
    # ReportLab's demo fonts; its Vera and standard Type 1 fonts stay.
    r"|^reportlab/fonts/(DarkGarden|callig15|hb-test)"
    # Pyphen's hyphenation patterns: the pack hyphenates British English only (6 MB).
    r"|^pyphen/dictionaries/(?!(hyph|README_hyph)_en_GB\.)"
)
# Translations other than English (Qt's own strings are English) and Welsh.
_TRANSLATION = re.compile(r"[/\\]translations[/\\]\w+?_(\w+)\.qm$", re.I)
_KEPT_LANGUAGES = {"en", "cy", "en_gb"}


def uses_docx(root: Path) -> bool:
    """Whether SmartDesk's code imports python-docx (which needs lxml and its templates).

    openpyxl reads .xlsx with the standard library when lxml is absent, so lxml (10 MB)
    is bundled only once our code imports docx.
    """
    return any(
        re.search(r"^\s*(import|from) docx\b", path.read_text(encoding="utf-8"), re.M)
        for path in (root / "smartdesk").rglob("*.py")
    )


def excluded_modules(root: Path) -> list[str]:
    """Modules to pass to Analysis(excludes=...)."""
    return EXCLUDED_MODULES + ([] if uses_docx(root) else ["lxml"])


def unused(dest: str) -> bool:
    """True when a collected file is one SmartDesk never loads."""
    name = dest.replace("\\", "/")
    # Windows' own ICU is in System32, where Qt6Core finds it. A copy beside the exe would
    # win over it: a build made under Wine collects the check's stand-in (packaging/wine),
    # which has no converters, and must never ship it.
    if name.lower() == "icuuc.dll":
        return True
    # PyInstaller also links some Qt libraries into the top folder; match them anywhere.
    if _UNUSED_QT_LIB.search(name) or _UNUSED_BINDING.search(name):
        return True
    if _UNUSED_FONT_DATA.search(name):
        return True
    if not name.startswith(("PySide6/", "shiboken6/")):
        return False
    if "/qml/" in name or name.endswith("/qml"):
        return True
    if _UNUSED_PLUGIN_DIRS.search(name) or _UNUSED_PLATFORMS.search(name):
        return True
    if _UNUSED_IMAGE_FORMATS.search(name):
        return True
    translation = _TRANSLATION.search(name)
    return bool(translation and translation.group(1).lower() not in _KEPT_LANGUAGES)


def keep(entries: list[Entry]) -> list[Entry]:
    """The TOC without the entries SmartDesk never loads (PyInstaller TOC tuples)."""
    return [entry for entry in entries if not unused(entry[0])]


def _needed(path: str) -> list[str]:
    """The shared libraries an ELF file names directly (its DT_NEEDED entries)."""
    dynamic = subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\).*\[(.+?)\]", dynamic)


def drop_orphan_libraries(binaries: list[Entry]) -> list[Entry]:
    """Linux: drop top-level system libraries that no kept binary needs.

    Filtering plugins (the GTK theme above all) leaves their dependencies behind: cairo,
    pango, gio, Kerberos... Starting from every binary in a package folder (Qt, its
    plugins, extension modules) and libpython, follow DT_NEEDED through the bundle and
    keep only what is reached.
    """
    if shutil.which("readelf") is None:
        return binaries
    by_name = {Path(dest).name: source for dest, source, _kind in binaries}
    todo = [
        source
        for dest, source, _kind in binaries
        if "/" in dest.replace("\\", "/") or dest.startswith("libpython")
    ]
    reached = set()
    while todo:
        source = todo.pop()
        for name in _needed(source):
            if name in by_name and name not in reached:
                reached.add(name)
                todo.append(by_name[name])
    return [
        entry
        for entry in binaries
        if "/" in entry[0].replace("\\", "/")
        or entry[0].startswith("libpython")
        or entry[0] in reached
    ]


def strip_symbols(binaries: list[Entry], work: Path) -> list[Entry]:
    """Linux: bundle symbol-stripped copies of the libraries that are safe to strip.

    Python's libpython and extension modules carry debug symbols (libpython: 23 MB, 6 MB
    stripped). Libraries that auditwheel patched (an RPATH/RUNPATH with $ORIGIN, or in a
    ``*.libs`` folder such as numpy's OpenBLAS) fail to load once stripped ("ELF load
    command address/offset not page-aligned"), which is why PyInstaller's all-or-nothing
    ``strip=True`` is not used.
    """
    import shutil

    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return binaries
    folder = work / "stripped"
    result = []
    for dest, source, kind in binaries:
        patched = ".libs/" in dest.replace("\\", "/") or re.search(
            r"\((RPATH|RUNPATH)\).*\$ORIGIN",
            subprocess.run(["readelf", "-d", source], capture_output=True, text=True).stdout,
        )
        if kind in ("BINARY", "EXTENSION") and not patched:
            copy = folder / dest
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
            if subprocess.run(["strip", "--strip-unneeded", str(copy)]).returncode == 0:
                source = str(copy)
        result.append((dest, source, kind))
    return result


def slim_icu_data(binaries: list[Entry], work: Path) -> list[Entry]:
    """Linux: Qt's ICU data library with English and Welsh locale data only (32 -> 14 MB).

    See packaging/icu_slim.py; any entry it cannot slim is kept as it is.
    """
    from icu_slim import slim_library

    result = []
    for dest, source, kind in binaries:
        if Path(dest).name.startswith("libicudata.so."):
            slim = slim_library(Path(source), work / "icu")
            source = str(slim) if slim is not None else source
        result.append((dest, source, kind))
    return result


def link_duplicate_fonts(datas: list[Entry]) -> list[Entry]:
    """Linux: matplotlib's DejaVu Sans files become links to our identical copies.

    resources/fonts ships the same DejaVu Sans files that matplotlib carries (2.7 MB);
    a relative symlink keeps both lookups working with one copy on disk. Only on Linux,
    where the size budget applies: Windows has no symlinks for ordinary users, and a
    macOS .app moves data files around.
    """
    if not sys.platform.startswith("linux"):
        return datas

    def digest(path: str) -> str:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()

    ours = {
        digest(source): dest
        for dest, source, _kind in datas
        if dest.replace("\\", "/").startswith("smartdesk/_data/resources/fonts/")
    }
    result = []
    for dest, source, kind in datas:
        name = dest.replace("\\", "/")
        if name.startswith("matplotlib/mpl-data/fonts/ttf/") and digest(source) in ours:
            target = Path(ours[digest(source)])
            relative = Path(*[".."] * (len(Path(name).parts) - 1), target)
            result.append((dest, str(relative), "SYMLINK"))
        else:
            result.append((dest, source, kind))
    return result
