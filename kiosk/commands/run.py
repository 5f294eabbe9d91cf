"""``kiosk run``: open the kiosk in a window, or full screen and locked down (``--kiosk``)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kiosk import app as kiosk_app
from kiosk.commands.load import load_or_report
from kiosk.core.languages import Language
from kiosk.session.screen import choose_screen

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
    *,
    watch: bool = False,
    config: Path | None = None,
) -> int:
    kiosk = open_window(content, language, view, kiosk_mode, screen, watch=watch, config=config)
    if kiosk is None:
        return EXIT_PROBLEMS
    try:
        return kiosk.app.exec()
    finally:
        kiosk_app.finish(kiosk)  # the visit on screen and the queued log lines reach the disk


def open_window(
    content: Path | None,
    language: Language | None,
    view: str,
    kiosk_mode: bool,
    screen: int | None,
    *,
    watch: bool = False,
    config: Path | None = None,
) -> kiosk_app.Kiosk | None:
    """Load the pack and show the window as ``kiosk run`` does (None if the pack is bad)."""
    kiosk_app.name_application()  # before any per-machine folder is looked up
    if kiosk_mode or watch or config is not None:
        # Imported here: a plain desktop window starts without loading kiosk mode.
        from kiosk.commands.kiosk_mode import open_managed

        return open_managed(content, language, view, kiosk_mode, screen, watch, config)
    pack = load_or_report(content)
    if pack is None:
        return None
    kiosk = kiosk_app.build(pack, language)
    kiosk.window.show_view(view)
    show_desktop_window(kiosk.window, screen)
    return kiosk


def show_desktop_window(window: QWidget, screen: int | None) -> None:
    """A normal window on screen ``screen``, with the usual desktop keys."""
    _place_on_screen(window, screen)
    window.show()
    _add_desktop_shortcuts(window)


def _add_desktop_shortcuts(window: QWidget) -> None:
    """The usual desktop keys for a window; kiosk mode has none of them."""
    for keys, action in (
        ("Ctrl+Q", window.close),
        ("Ctrl+W", window.close),
        ("F11", lambda: _toggle_full_screen(window)),
    ):
        shortcut = QShortcut(QKeySequence(keys), window)
        shortcut.activated.connect(action)


def _toggle_full_screen(window: QWidget) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()


def _place_on_screen(window: QWidget, number: int | None) -> None:
    screen = choose_screen(number)
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
