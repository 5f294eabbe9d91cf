"""``kiosk run``: open the kiosk in a window or full screen."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kiosk import app as kiosk_app
from kiosk.commands.load import load_or_report
from kiosk.core.languages import Language

log = logging.getLogger(__name__)
EXIT_PROBLEMS, EXIT_USAGE = 1, 2


def has_display() -> bool:
    """False on Linux with no X11 or Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def no_display_message() -> str:
    return (
        "kiosk: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it on a desktop, "
        "under a virtual one with `xvfb-run kiosk run`, or use `kiosk shot` to render offscreen"
    )


def run_kiosk(
    content: Path | None,
    language: Language | None,
    view: str,
    kiosk_mode: bool,
    screen: int | None,
) -> int:
    kiosk = open_window(content, language, view, kiosk_mode, screen)
    if kiosk is None:
        return EXIT_PROBLEMS
    return kiosk.app.exec()


def open_window(
    content: Path | None,
    language: Language | None,
    view: str,
    kiosk_mode: bool,
    screen: int | None,
) -> kiosk_app.Kiosk | None:
    """Load the pack and show the window as ``kiosk run`` does (None if the pack is bad)."""
    pack = load_or_report(content)
    if pack is None:
        return None
    kiosk = kiosk_app.build(pack, language)
    window = kiosk.window
    _place_on_screen(window, screen)
    window.show_view(view)
    if kiosk_mode:
        window.showFullScreen()
    else:
        window.show()
    return kiosk


def _place_on_screen(window: object, number: int | None) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    screens = QGuiApplication.screens()
    if number is not None and not 0 <= number < len(screens):
        log.warning(
            "screen %d does not exist (%d screens); using the primary", number, len(screens)
        )
        number = None
    screen = screens[number] if number is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = max(window.minimumWidth(), min(1600, int(area.width() * 0.9)))
    height = max(window.minimumHeight(), min(960, int(area.height() * 0.9)))
    window.setGeometry(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
