"""The packaging files point at files that exist, agree with each other, and filter sanely.

Fast and offline: no bundle is built here (packaging/build-linux.sh does that, outside the
test suite). What is checked is what silently rots: a renamed script the workflow still
calls, an icon the installer names but nobody committed, a file type declared two ways.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WORKFLOW = ROOT / ".github" / "workflows" / "package.yml"
SPEC = PACKAGING / "smartdesk.spec"
ISS = PACKAGING / "windows" / "smartdesk.iss"
ICONS = ROOT / "resources" / "icons"

# Files whose references to packaging/ scripts must resolve.
REFERRING_FILES = [
    WORKFLOW,
    SPEC,
    PACKAGING / "build-linux.sh",
    PACKAGING / "build-windows.ps1",
    PACKAGING / "macos" / "build-macos.sh",
]


def _bundle_rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_rules", PACKAGING / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("referrer", REFERRING_FILES, ids=lambda path: path.name)
def test_referenced_packaging_files_exist(referrer: Path) -> None:
    text = referrer.read_text(encoding="utf-8")
    referenced = set(re.findall(r"packaging[/\\][\w./\\-]+\.(?:sh|ps1|py|spec|iss)", text))
    assert referenced or referrer == SPEC, f"{referrer.name} names no packaging file"
    for reference in referenced:
        assert (ROOT / reference.replace("\\", "/")).is_file(), f"{referrer.name}: {reference}"


def test_workflow_builds_every_platform_with_its_script() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner, script in [
        ("ubuntu-latest", "packaging/build-linux.sh"),
        ("windows-latest", "packaging/build-windows.ps1"),
        ("macos-latest", "packaging/macos/build-macos.sh"),
    ]:
        assert f"runs-on: {runner}" in text
        assert script in text
    assert text.count("actions/upload-artifact") == 3
    assert 'python-version: "3.11"' in text


def test_spec_names_existing_entry_script_and_icons() -> None:
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")  # at least valid Python
    assert '"entry.py"' in text and (PACKAGING / "entry.py").is_file()
    for icon in re.findall(r'"(smartdesk\.(?:ico|icns))"', text):
        assert (ICONS / icon).is_file(), icon
    assert 'name="SmartDesk"' in text and 'name="smartdesk-cli"' in text
    assert "console=False" in text and "console=True" in text


def test_inno_setup_script_references_existing_files() -> None:
    text = ISS.read_text(encoding="utf-8")
    for relative in re.findall(r"(?:SetupIconFile|Source)=\"?([^\"\r\n;]+)", text):
        relative = relative.strip().replace("\\", "/")
        if "/dist/" in relative:  # the build's output, not a checked-in file
            continue
        assert (ISS.parent / relative).resolve().is_file(), relative
    assert "PrivilegesRequired=lowest" in text
    assert "HKCU" in text and "HKLM" not in text  # per-user association only
    assert "uninsdeletekey" in text
    assert "{#AppVersion}" in text


def test_icon_set_is_complete() -> None:
    from PIL import Image

    install = (PACKAGING / "linux" / "install-user.sh").read_text(encoding="utf-8")
    sizes = re.search(r'^sizes="([\d ]+)"', install, re.M)
    assert sizes is not None
    for size in sizes.group(1).split():
        with Image.open(ICONS / f"smartdesk-{size}.png") as png:
            assert png.size == (int(size), int(size))
    with Image.open(ICONS / "smartdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "smartdesk.icns") as icns:
        assert icns.size == (1024, 1024)


def test_file_type_is_declared_the_same_way_everywhere() -> None:
    desktop = (PACKAGING / "linux" / "smartdesk.desktop").read_text(encoding="utf-8")
    mime = (PACKAGING / "linux" / "smartdesk-mime.xml").read_text(encoding="utf-8")
    spec = SPEC.read_text(encoding="utf-8")
    iss = ISS.read_text(encoding="utf-8")
    assert "MimeType=application/x-smartdesk;" in desktop
    assert "Icon=smartdesk" in desktop
    assert '<mime-type type="application/x-smartdesk">' in mime
    assert '<glob pattern="*.smartdesk"' in mime
    assert '"public.filename-extension": ["smartdesk"]' in spec
    assert '"application/x-smartdesk"' in spec
    assert 'Subkey: "Software\\Classes\\.smartdesk"' in iss
    uti = re.search(r'"UTTypeIdentifier": "([\w.]+)"', spec)
    assert uti is not None
    assert f'"LSItemContentTypes": ["{uti.group(1)}"]' in spec
    assert uti.group(1) in (PACKAGING / "macos" / "build-macos.sh").read_text(encoding="utf-8")


def test_installer_names_carry_the_pyproject_version() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert version["version"]
    assert "SmartDesk-$version-linux-" in (PACKAGING / "build-linux.sh").read_text("utf-8")
    assert "SmartDesk-{#AppVersion}-windows-x64-setup" in ISS.read_text(encoding="utf-8")
    assert "SmartDesk-$version-macos-" in (PACKAGING / "macos" / "build-macos.sh").read_text(
        "utf-8"
    )


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6PdfQuick.so.6",
        "PySide6/QtQuick.abi3.so",
        "PySide6\\Qt6Quick.dll",
        "PySide6\\Qt6WebEngineCore.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qt_fr.qm",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "matplotlib/mpl-data/sample_data/goog.npz",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSerif-Bold.ttf",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono-Bold.ttf",
        "matplotlib/mpl-data/images/zoom_to_rect.png",
        "matplotlib/mpl-data/fonts/afm/pagd8a.afm",
        "reportlab/fonts/DarkGarden.sfd",
        "pyphen/dictionaries/hyph_de_DE.dic",
        "pyphen/dictionaries/hyph_en_US.dic",
        "pyphen/dictionaries/README_hyph_fr.txt",
        "icuuc.dll",  # the Wine check's ICU stand-in, collected by a build made there
    ],
)
def test_unused_files_are_dropped(dest: str) -> None:
    assert _bundle_rules().unused(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/QtPdf.abi3.so",
        "PySide6/QtPdfWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Network.so.6",  # libQt6Pdf links to it
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/QtWidgets.abi3.so",
        "PySide6\\Qt6Widgets.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/Qt/translations/qtbase_cy.qm",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
        "matplotlib/mpl-data/matplotlibrc",
        "reportlab/fonts/Vera.ttf",
        "pyphen/dictionaries/hyph_en_GB.dic",
        "pyphen/dictionaries/README_hyph_en_GB.txt",
        "uharfbuzz/_harfbuzz.abi3.so",
        "smartdesk/_data/resources/fonts/DejaVuSans.ttf",
        "libpython3.11.so.1.0",
    ],
)
def test_needed_files_are_kept(dest: str) -> None:
    assert not _bundle_rules().unused(dest)


def test_lxml_is_bundled_only_when_docx_is_used(tmp_path: Path) -> None:
    rules = _bundle_rules()
    package = tmp_path / "smartdesk"
    package.mkdir()
    (package / "report.py").write_text("import json\n", encoding="utf-8")
    assert "lxml" in rules.excluded_modules(tmp_path)
    (package / "word.py").write_text("def f():\n    from docx import Document\n", "utf-8")
    assert "lxml" not in rules.excluded_modules(tmp_path)
    assert "lxml.etree" not in rules.excluded_modules(tmp_path)
