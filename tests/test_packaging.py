"""The packaging files: fast checks that build nothing, and one real bundle build (opt-in).

The build test runs PyInstaller and packaging/smoke.sh (about a minute): it is marked slow
and runs only with ``KIOSK_TEST_BUNDLE=1``.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import kiosk

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import build_dist  # noqa: E402
import bundle_rules as rules  # noqa: E402

DESKTOP = PACKAGING / "linux" / f"{build_dist.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{build_dist.APP_ID}.metainfo.xml"


def _imported_qt_modules() -> set[str]:
    text = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "kiosk").rglob("*.py"))
    return set(re.findall(r"\bPySide6\.(Qt\w+)", text))


# --- the spec and its rules ----------------------------------------------------------------


@pytest.mark.parametrize("spec", ["kiosk.spec", "first_paint.spec"])
def test_spec_parses_and_uses_the_shared_rules(spec: str) -> None:
    tree = ast.parse((PACKAGING / spec).read_text(encoding="utf-8"), filename=spec)
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "bundle_rules" in imported


def test_every_qt_module_the_kiosk_imports_is_bundled_and_none_excluded() -> None:
    modules = rules.qt_modules()
    excluded = set(rules.excludes(modules))
    for name in _imported_qt_modules():
        assert name in modules, f"kiosk imports PySide6.{name}; add it to bundle_rules"
        assert f"PySide6.{name}" not in excluded


def test_unused_qt_modules_are_excluded() -> None:
    excluded = set(rules.excludes(rules.qt_modules()))
    for name in ("QtQml", "QtQuick", "QtWebEngineWidgets", "QtNetwork", "QtOpenGL", "QtTest"):
        assert f"PySide6.{name}" in excluded
    assert {"tkinter", "numpy", "pytest"} <= excluded


def test_optional_qt_module_follows_the_source(tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert rules.qt_modules(tmp_path) == rules.QT_MODULES
    (tmp_path / "bus.py").write_text("from PySide6.QtDBus import QDBus\n", encoding="utf-8")
    assert rules.qt_modules(tmp_path) == (*rules.QT_MODULES, "QtDBus")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
        ("PySide6/QtCore.abi3.so", True),
        ("PySide6/QtQml.abi3.so", False),
        ("PySide6/libpyside6.abi3.so.6.12", True),
        # Windows wheel layout
        ("PySide6\\Qt6Core.dll", True),
        ("PySide6\\Qt6Quick.dll", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6\\QtWidgets.pyd", True),
        ("PySide6\\translations\\qtbase_de.qm", False),
        # not Qt: always kept
        ("resources/translations/kiosk_zh.qm", True),
        ("libpython3.12.so.1.0", True),
    ],
)
def test_keep(dest: str, kept: bool) -> None:
    assert rules.keep(dest, rules.QT_MODULES) is kept


def test_filter_hook_drops_plugins_and_translations() -> None:
    binaries = [
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms"),
    ]
    datas = [("/qt/translations/qtbase_de.qm", "PySide6/Qt/translations")]
    hidden, kept_binaries, kept_datas = rules.filter_hook(
        ["PySide6.QtGui", "PySide6.QtNetwork"], binaries, datas
    )
    assert hidden == ["PySide6.QtGui"]
    assert kept_binaries == binaries[:1]
    assert kept_datas == []


def test_untrimmed_switch_keeps_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    toc = [("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA")]
    assert rules.trim(toc, rules.QT_MODULES) == []
    monkeypatch.setenv(rules.UNTRIMMED_ENV, "1")
    assert rules.trim(toc, rules.QT_MODULES) == toc
    assert rules.analysis_options(ROOT / "kiosk" / "__main__.py")["excludes"] == []


def test_data_files_put_resources_and_packs_at_the_bundle_root() -> None:
    files = {Path(source).relative_to(ROOT).as_posix(): dest for source, dest in rules.data_files()}
    assert files["resources/styles/kiosk.qss"] == "resources/styles"
    assert files["resources/translations/kiosk_zh.qm"] == "resources/translations"
    assert files["data/karachi/pack.yaml"] == "data/karachi"
    assert not [name for name in files if name.endswith(".ts")]


def test_hooks_replace_every_bundled_qt_module() -> None:
    hooks = {path.name for path in rules.HOOKS.glob("hook-PySide6.*.py")}
    for name in rules.QT_MODULES + rules.OPTIONAL_QT_MODULES:
        assert f"hook-PySide6.{name}.py" in hooks


# --- Linux desktop integration -------------------------------------------------------------

DESKTOP_KEYS = {
    "Type",
    "Version",
    "Name",
    "GenericName",
    "Comment",
    "Icon",
    "Exec",
    "TryExec",
    "Terminal",
    "Categories",
    "Keywords",
    "StartupNotify",
    "StartupWMClass",
}


def test_desktop_entry_has_valid_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    entry = parser["Desktop Entry"]
    for key in entry:
        assert key.split("[", 1)[0] in DESKTOP_KEYS, f"unknown key {key}"
    assert entry["Type"] == "Application"
    assert entry["Icon"] == build_dist.APP_ID
    assert entry["Exec"].split()[0] == rules.EXECUTABLE
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_matches_the_desktop_entry_and_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == build_dist.APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == rules.EXECUTABLE
    assert component.find("releases/release").get("version") == kiosk.__version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_icon_follows_the_icon_style(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    svg = build_dist.ICON_SVG.read_text(encoding="utf-8")
    assert 'viewBox="0 0 48 48"' in svg and 'baseProfile="tiny"' in svg
    for forbidden in ("<text", "transform", "<style", "Gradient", "opacity", "<image", "filter"):
        assert forbidden not in svg
    assert QSvgRenderer(str(build_dist.ICON_SVG)).isValid()


def test_ico_holds_one_png_per_size(tmp_path: Path) -> None:
    pngs = {16: b"\x89PNG-a", 256: b"\x89PNG-bb"}
    build_dist.write_ico(pngs, tmp_path / "x.ico")
    data = (tmp_path / "x.ico").read_bytes()
    assert struct.unpack_from("<HHH", data) == (0, 1, 2)
    width, _, _, _, _, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16)
    assert (width, bits) == (0, 32)  # 0 means 256
    assert data[offset : offset + size] == pngs[256]


# --- Debian package and Windows installer ---------------------------------------------------


def test_debian_control_template() -> None:
    control = (PACKAGING / "debian" / "control").read_text(encoding="utf-8")
    for field in ("Package", "Version", "Architecture", "Maintainer", "Depends", "Description"):
        assert re.search(rf"^{field}: \S", control, re.MULTILINE), field
    for placeholder in ("@VERSION@", "@ARCH@", "@INSTALLED_SIZE@", "@DEPENDS@"):
        assert placeholder in control


def test_maintainer_scripts_are_valid_sh_and_there_is_no_postrm() -> None:
    # A postrm would keep the package in dpkg's database ("rc") after `apt-get remove`.
    assert not (PACKAGING / "debian" / "postrm").exists()
    for script in ("postinst", "prerm"):
        path = PACKAGING / "debian" / script
        assert path.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
        subprocess.run(["sh", "-n", str(path)], check=True)


def test_inno_script_matches_the_bundle_and_version() -> None:
    iss = (PACKAGING / "inno" / "kiosk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{kiosk.__version__}"' in iss
    assert f"dist\\{rules.BUNDLE_NAME}" in iss
    assert f"{rules.EXECUTABLE}w.exe" in iss
    assert "{app}" in iss and "PrivilegesRequired=admin" in iss


def test_make_targets_and_smoke_script_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^dist:", makefile, re.MULTILINE)
    assert re.search(r"^deb: dist", makefile, re.MULTILINE)
    smoke = PACKAGING / "smoke.sh"
    assert os.access(smoke, os.X_OK)
    subprocess.run(["bash", "-n", str(smoke)], check=True)


# --- the real build ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("KIOSK_TEST_BUNDLE") != "1", reason="KIOSK_TEST_BUNDLE=1 builds")
def test_bundle_builds_and_passes_the_smoke_test() -> None:
    subprocess.run(
        [sys.executable, str(PACKAGING / "build_dist.py"), "bundle"], check=True, cwd=ROOT
    )
    bundle = build_dist.DIST / rules.BUNDLE_NAME
    names = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*")}
    assert "_internal/resources/styles/kiosk.qss" in names
    assert "_internal/data/karachi/pack.yaml" in names
    assert not [name for name in names if "/translations/qtbase_" in name]
    assert not [name for name in names if re.search(r"libQt6(Qml|Quick|Network)", name)]
    subprocess.run([str(PACKAGING / "smoke.sh"), str(bundle)], check=True, cwd=ROOT)
