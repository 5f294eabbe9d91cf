"""What goes into the PyInstaller bundle: the Qt parts the kiosk uses, and nothing else.

Shared by ``kiosk.spec`` (the shipped bundle) and ``first_paint.spec`` (the start-up
benchmark), and read by the tests, so it imports neither PyInstaller nor Qt.

PyInstaller's Qt hooks collect every plugin type and translation a Qt module *might* use
(all platform plugins, every image format, GTK themes, ``qtbase_*.qm`` in 40 languages) and
follow link-time dependencies into Qt libraries nobody calls. ``keep()`` filters the
analysed file lists down to the whitelist below; ``KIOSK_BUNDLE_UNTRIMMED=1`` turns the
filter off so the saving can be measured.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
HOOKS = Path(__file__).resolve().parent / "hooks"
BUNDLE_NAME = "sister-city-kiosk"
EXECUTABLE = "kiosk"
UNTRIMMED_ENV = "KIOSK_BUNDLE_UNTRIMMED"

# The PySide6 Python modules the kiosk imports. QtDBus joins when kiosk/ imports it.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg")
OPTIONAL_QT_MODULES = ("QtDBus",)

# Qt shared libraries kept: the modules above, plus what their plugins link against.
# libQt6Gui links libQt6DBus on Linux, so DBus is kept as a library either way.
QT_LIBRARIES = frozenset({"Core", "Gui", "Widgets", "Svg", "DBus", "XcbQpa", "WaylandClient"})

# Qt plugins kept, by plugin folder and normalised name (no "lib" prefix, no extension).
# PNG is built into QtGui; the others are plugins.
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"}),
    "imageformats": frozenset({"qsvg", "qjpeg"}),
    "iconengines": frozenset({"qsvgicon"}),
    # Wayland: a window needs the xdg-shell integration; bradient draws the title bar
    # of a desktop (non-kiosk) window where the compositor asks for client decorations.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient"}),
    # Windows: the native widget style (Qt falls back to Fusion without it).
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}

# Every PySide6 module the kiosk does not import; excluding them stops PyInstaller's hooks
# from collecting their libraries, plugins, QML files and translations.
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

# Python packages that are in the venv for development only, or that stdlib modules
# import optionally; none is needed at run time.
UNUSED_PYTHON = (
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "numpy",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "importlinter",
    "grimp",
    "setuptools",
    "pkg_resources",
)


def qt_modules(source: Path = ROOT / "kiosk") -> tuple[str, ...]:
    """The PySide6 modules to bundle: ``QT_MODULES`` plus any optional one ``source`` imports."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(source.rglob("*.py")))
    optional = tuple(name for name in OPTIONAL_QT_MODULES if re.search(rf"\b{name}\b", text))
    return QT_MODULES + optional


def excludes(modules: tuple[str, ...]) -> list[str]:
    """Module names for PyInstaller's ``excludes``: unused Qt modules and dev-only packages."""
    unused = [name for name in UNUSED_QT_MODULES + OPTIONAL_QT_MODULES if name not in modules]
    return [f"PySide6.{name}" for name in unused] + list(UNUSED_PYTHON)


def untrimmed() -> bool:
    """True for the measuring build: PyInstaller's defaults, no excludes, no filter."""
    return os.environ.get(UNTRIMMED_ENV, "") not in ("", "0")


def strip() -> bool:
    """Strip debug symbols from the bundled binaries (Linux; not in the measuring build).

    The venv's Python may carry them: a pyenv build ships a 30 MB libpython that strips to
    7 MB. Qt's libraries come stripped already.
    """
    return sys.platform.startswith("linux") and not untrimmed()


_QT_LIBRARY = re.compile(
    r"^(?:lib)?Qt6(?P<name>[A-Za-z0-9]+)(?:\.so(?:\.\d+)*|\.dll|\.dylib|\.framework)?$"
)
_EXTENSION = re.compile(r"^(?P<name>Qt[A-Za-z0-9]+)\.(?:abi3\.so|pyd|pyi)$")
# Windows-only extras PyInstaller adds for Qt: software OpenGL and ANGLE, unused by widgets.
_WINDOWS_GL = re.compile(r"^(?:opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$", re.I)


def _plugin_name(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem.removeprefix("lib")


def keep(dest: str, modules: tuple[str, ...] = QT_MODULES) -> bool:
    """Whether the bundled file at ``dest`` (its path inside the bundle) belongs in it."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return True  # not Qt: Python, the kiosk, its resources and packs
    name = parts[-1]
    if "translations" in parts:
        return False  # Qt's own qtbase_*.qm: the kiosk has no Qt dialogs to translate
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return False
        return _plugin_name(name) in QT_PLUGINS.get(parts[index + 1], frozenset())
    if "qml" in parts or _WINDOWS_GL.match(name):
        return False
    for part in parts[1:]:
        library = _QT_LIBRARY.match(part)
        if library:
            return library["name"] in QT_LIBRARIES
    extension = _EXTENSION.match(name)
    if extension:
        return extension["name"] in modules
    return True


def _dest(source: str, dest_dir: str) -> str:
    return str(PurePosixPath(dest_dir.replace("\\", "/")) / Path(source).name)


def filter_hook(
    hiddenimports: list[str],
    binaries: list[tuple[str, str]],
    datas: list[tuple[str, str]],
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """A Qt hook's (hiddenimports, binaries, datas) cut down to what ``keep`` allows."""
    modules = qt_modules()
    unused = set(excludes(modules))
    return (
        [name for name in hiddenimports if name not in unused],
        [(src, dest) for src, dest in binaries if keep(_dest(src, dest), modules)],
        [(src, dest) for src, dest in datas if keep(_dest(src, dest), modules)],
    )


def trim(toc: list[tuple[str, str, str]], modules: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """``toc`` without the files ``keep`` rejects (all of it when untrimmed)."""
    if untrimmed():
        return list(toc)
    return [entry for entry in toc if keep(entry[0], modules)]


def analysis_options(script: Path) -> dict[str, object]:
    """Keyword arguments for the spec's ``Analysis`` of ``script`` (kiosk or benchmark)."""
    modules = qt_modules()
    return {
        "scripts": [str(script)],
        "pathex": [str(ROOT)],
        "datas": data_files(),
        "hiddenimports": [f"PySide6.{name}" for name in modules],
        "excludes": [] if untrimmed() else excludes(modules),
        "hookspath": [] if untrimmed() else [str(HOOKS)],
    }


def data_files() -> list[tuple[str, str]]:
    """``resources/`` and ``data/`` at the bundle root, without translation sources."""
    files: list[tuple[str, str]] = []
    for top in ("resources", "data"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts:
                files.append((str(path), str(path.parent.relative_to(ROOT))))
    return files
