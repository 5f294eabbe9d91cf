"""Broken or missing resources: one warning each, a neutral fallback, every view still works."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language_controller import clear_translation_cache

VIEWS = ["overview", "climate", "industries", "timeline"]
GARBAGE = b"\x00\x13garbage, not the file you are looking for\xff" * 7


def _mirror(source: Path, target: Path) -> None:
    """A tree of symlinks to ``source``, so one file can be replaced cheaply."""
    for path in source.rglob("*"):
        if path.is_file():
            link = target / path.relative_to(source)
            link.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path, link)


@pytest.fixture
def install_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of the install root whose resources a test may break."""
    real = paths.install_root()
    _mirror(real / "resources", tmp_path / "resources")
    os.symlink(real / "data", tmp_path / "data")
    monkeypatch.setattr(paths, "install_root", lambda: tmp_path)
    icons.clear_cache()
    register_fonts.cache_clear()
    clear_translation_cache()
    yield tmp_path
    icons.clear_cache()
    register_fonts.cache_clear()
    clear_translation_cache()


def _break(root: Path, relative: str, corrupt: bool) -> None:
    path = root / "resources" / relative
    path.unlink()
    if corrupt:
        path.write_bytes(GARBAGE)


def _walk_all_views(qtbot, pack: Pack, language: Language = Language.ZH) -> None:  # type: ignore[no-untyped-def]
    from kiosk import app as kiosk_app

    kiosk = kiosk_app.build(pack, language)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    for view in VIEWS:
        kiosk.window.show_view(view)
        QApplication.processEvents()
        kiosk.window.repaint()
    kiosk.window.view("industries").select(pack.industries.groups[0].items[0].id)
    kiosk.languages.set_language(Language.EN)


def _warnings(caplog: pytest.LogCaptureFixture, needle: str) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and needle in r.getMessage()
    ]


CASES: dict[str, tuple[str, str]] = {
    # name: (file under resources/, text the one warning must contain)
    "icon": ("icons/textiles.svg", "textiles"),
    "font": ("fonts/NotoSans-Regular.ttf", "NotoSans-Regular"),
    "translation": ("translations/kiosk_zh.qm", "kiosk_zh.qm"),
    "map": ("map/region.json", "region.json"),
    "stylesheet": ("styles/kiosk.qss", "stylesheet"),
}


@pytest.mark.parametrize("corrupt", [False, True], ids=["missing", "corrupt"])
@pytest.mark.parametrize("case", list(CASES))
def test_broken_resource_warns_once_and_app_works(
    case: str, corrupt: bool, install_root: Path, karachi: Pack, qtbot, caplog
) -> None:
    relative, needle = CASES[case]
    _break(install_root, relative, corrupt)
    with caplog.at_level(logging.WARNING):
        _walk_all_views(qtbot, karachi)
    found = _warnings(caplog, needle)
    assert len(found) == 1, found


def test_missing_or_corrupt_event_image_warns_once(
    tmp_path: Path, qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    pack_dir = tmp_path / "pack"
    shutil.copytree(Path(__file__).parent / "packs" / "minimal", pack_dir)
    pack = load_pack(pack_dir)
    image = next(e.image for e in pack.timeline.events if e.image)
    assert image is not None
    image.write_bytes(GARBAGE)
    with caplog.at_level(logging.WARNING):
        _walk_timeline_events(qtbot, pack)
    assert len(_warnings(caplog, image.name)) == 1


def _walk_timeline_events(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    from kiosk import app as kiosk_app

    kiosk = kiosk_app.build(pack, Language.EN)
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    kiosk.window.show_view("timeline")
    view = kiosk.window.view("timeline")
    for _ in range(2):  # twice: the warning must not repeat on every visit
        for event in pack.timeline.events:
            assert view.select(event.id)
            QApplication.processEvents()
