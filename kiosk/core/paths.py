"""The one locator for bundled resources and content packs.

It finds ``resources/`` and ``data/`` in a source checkout, in a PyInstaller bundle
(``sys._MEIPASS``) and in an installed wheel (``<prefix>/share/sister-city-kiosk``), and
refuses any relative path that could leave those folders.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

SHARE_NAME = "sister-city-kiosk"


class UnsafePathError(ValueError):
    """A relative resource path that is absolute or climbs out with ``..``."""


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(Path(__file__).resolve().parents[2])  # checkout: kiosk/core/paths.py
    roots.append(Path(sys.prefix) / "share" / SHARE_NAME)
    return roots


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``data/``."""
    for root in _candidate_roots():
        if (root / "resources").is_dir():
            return root
    searched = ", ".join(str(r) for r in _candidate_roots())
    raise FileNotFoundError(f"no resources/ folder found (searched {searched})")


def safe_join(base: Path, relative: str) -> Path:
    """Join ``relative`` under ``base``, refusing absolute paths and ``..`` segments."""
    posix = PurePosixPath(relative.replace("\\", "/"))
    if not relative or posix.is_absolute() or ".." in posix.parts or ":" in relative:
        raise UnsafePathError(f"unsafe relative path: {relative!r}")
    return base.joinpath(*posix.parts)


def resource(relative: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("fonts/NotoSans-Regular.ttf")``."""
    return safe_join(install_root() / "resources", relative)


def data_root() -> Path:
    """The folder of bundled content packs."""
    return install_root() / "data"


def default_pack() -> Path:
    """The bundled Karachi content pack."""
    return data_root() / "karachi"
