"""Lockdown: the ways out of a kiosk window a visitor could find, each tried and refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.app import Kiosk
from kiosk.core.languages import Language
from tests import session_harness
from tests.session_harness import (
    KioskRun,
    centre_of,
    click_window,
    press_key,
    settings_text,
)

kiosk_mode = session_harness.kiosk_mode  # the fixture, shared

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
ESCAPES = [
    (Qt.Key.Key_F4, ALT, "Alt+F4"),
    (Qt.Key.Key_Escape, ALT, "Alt+Esc"),
    (Qt.Key.Key_Q, CTRL, "Ctrl+Q"),
    (Qt.Key.Key_W, CTRL, "Ctrl+W"),
    (Qt.Key.Key_F11, NONE, "F11"),
]


@pytest.fixture
def desktop(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Kiosk]:
    """The same window as a desktop launch opens it: the control for every refusal."""
    from kiosk.commands.run import open_window

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    kiosk = open_window(None, Language.EN, "overview", False, None)
    assert kiosk is not None
    qtbot.addWidget(kiosk.window)
    kiosk.window.activateWindow()
    qtbot.waitActive(kiosk.window)
    yield kiosk
    kiosk.languages.set_language(Language.EN)


def test_close_requests_are_refused(kiosk_mode: KioskRun, qtbot) -> None:
    window = kiosk_mode.kiosk.window
    refused: list[str] = []
    kiosk_mode.parts.lockdown.blocked.connect(refused.append)
    assert window.close() is False
    window.windowHandle().close()  # what a window manager's close button leads to
    QApplication.processEvents()
    assert window.isVisible() and window.isFullScreen()
    assert refused.count("close") == 2


@pytest.mark.parametrize(("key", "modifiers", "name"), ESCAPES, ids=[e[2] for e in ESCAPES])
def test_escape_keys_do_nothing(kiosk_mode: KioskRun, key, modifiers, name: str) -> None:
    window = kiosk_mode.kiosk.window
    window.show_view("industries")
    view = window.view("industries")
    view.open_detail(next(iter(view.tiles())))
    refused: list[str] = []
    kiosk_mode.parts.lockdown.blocked.connect(refused.append)
    press_key(window, key, modifiers)
    QApplication.processEvents()
    assert window.isVisible() and window.isFullScreen()
    assert view.open_industry_id() is not None  # not even the detail closes
    assert refused == [name]


def test_a_bare_escape_closes_a_detail_but_never_the_kiosk(kiosk_mode: KioskRun) -> None:
    window = kiosk_mode.kiosk.window
    window.show_view("industries")
    view = window.view("industries")
    view.open_detail(next(iter(view.tiles())))
    refused: list[str] = []
    kiosk_mode.parts.lockdown.blocked.connect(refused.append)
    press_key(window, Qt.Key.Key_Escape)
    press_key(window, Qt.Key.Key_Escape)  # and again, with nothing left to close
    QApplication.processEvents()
    assert view.open_industry_id() is None  # keyboard visitors close what they opened
    assert window.isVisible() and window.isFullScreen()
    assert refused == []


def test_the_same_keys_work_on_a_desktop_window(desktop: Kiosk, qtbot) -> None:
    window = desktop.window
    window.show_view("industries")
    view = window.view("industries")
    view.open_detail(next(iter(view.tiles())))
    press_key(window, Qt.Key.Key_Escape)
    assert view.open_industry_id() is None  # Escape closes a detail when nothing refuses it
    press_key(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    press_key(window, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_leaving_full_screen_is_undone(kiosk_mode: KioskRun, qtbot) -> None:
    window = kiosk_mode.kiosk.window
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=2000)


def scroll_bar_point(kiosk: Kiosk) -> QPoint:
    bar = kiosk.window.view("overview").verticalScrollBar()
    assert bar.isVisible(), "the overview must overflow for this test to mean anything"
    return centre_of(bar)


def test_right_click_opens_no_menu(kiosk_mode: KioskRun) -> None:
    kiosk = kiosk_mode.kiosk
    asked = EventLog(QEvent.Type.ContextMenu, swallow=True)
    kiosk.window.view("overview").verticalScrollBar().installEventFilter(asked)
    click_window(kiosk.window, scroll_bar_point(kiosk), Qt.MouseButton.RightButton)
    QApplication.processEvents()
    assert asked.count == 0 and QApplication.activePopupWidget() is None


def test_right_click_on_a_desktop_window_asks_for_the_menu(desktop: Kiosk) -> None:
    # The control: without the lockdown the scroll bar is asked for its menu (the probe
    # keeps it from opening), so the kiosk test above can fail.
    asked = EventLog(QEvent.Type.ContextMenu, swallow=True)
    desktop.window.view("overview").verticalScrollBar().installEventFilter(asked)
    click_window(desktop.window, scroll_bar_point(desktop), Qt.MouseButton.RightButton)
    QApplication.processEvents()
    assert asked.count == 1


def test_hovering_pointer_reaches_no_widget(kiosk_mode: KioskRun) -> None:
    """A resting pointer is how tooltips wake; in kiosk mode no widget ever sees one."""
    window = kiosk_mode.kiosk.window
    button = window.nav.view_button("climate")
    seen = EventLog(QEvent.Type.MouseMove)
    button.setMouseTracking(True)  # so that it would see a resting pointer's moves
    button.installEventFilter(seen)
    centre = centre_of(button)
    for dx in range(-20, 20, 5):
        QTest.mouseMove(window.windowHandle(), centre + QPoint(dx, 0))
    QApplication.processEvents()
    button.removeEventFilter(seen)
    assert seen.count == 0


def test_views_built_later_are_hardened(kiosk_mode: KioskRun) -> None:
    window = kiosk_mode.kiosk.window
    for name in window.view_names:
        window.show_view(name)
    for widget in window.findChildren(QWidget):
        assert not widget.toolTip()
        assert not widget.acceptDrops()
        assert widget.contextMenuPolicy() == Qt.ContextMenuPolicy.PreventContextMenu
        if isinstance(widget, QLabel):
            flags = widget.textInteractionFlags()
            assert flags == Qt.TextInteractionFlag.NoTextInteraction, widget.objectName()


@pytest.mark.parametrize("url", ["https://example.com", "file:///etc/passwd", "mailto:a@b.c"])
def test_links_open_nothing(kiosk_mode: KioskRun, url: str) -> None:
    refused: list[str] = []
    kiosk_mode.parts.lockdown.blocked.connect(refused.append)
    assert QDesktopServices.openUrl(QUrl(url))  # answered by the kiosk itself...
    assert refused and refused[0].startswith("opening")  # ...with nothing


class EventLog(QObject):
    """Counts one kind of event reaching a widget (and can keep it from the widget)."""

    def __init__(self, kind: QEvent.Type, swallow: bool = False) -> None:
        super().__init__()
        self.kind = kind
        self.swallow = swallow
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.count += 1
            return self.swallow
        return False


SCREENS = {
    "screens": [
        {"name": "left", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "right", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    ]
}
PLACE_AND_REPORT = """
from PySide6.QtCore import Qt
from kiosk.commands.run import open_window
kiosk = open_window(None, None, "overview", True, None, config=__import__("pathlib").Path({cfg!r}))
window = kiosk.window
frameless = bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint)
print(window.screen().name(), window.geometry().getRect(), window.isFullScreen(), frameless)
kiosk.session.stop()
"""


def test_kiosk_fills_the_screen_named_in_the_settings_frameless(tmp_path: Path) -> None:
    """Two screens (Qt's offscreen platform can have several); the settings pick the second."""
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps(SCREENS), encoding="utf-8")
    settings = tmp_path / "kiosk.toml"
    settings.write_text(settings_text().replace("# screen = 0", "screen = 1"), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={layout}",
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", PLACE_AND_REPORT.format(cfg=str(settings))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "right (1280, 0, 1920, 1080) True True"
