"""Kiosk mode as ``kiosk run --kiosk`` builds it, offscreen, with its own settings and data."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Kiosk
from kiosk.core.kiosk_config import TEMPLATE, set_pin_hash
from kiosk.core.languages import Language
from kiosk.core.pin_hash import hash_pin
from kiosk.session.kiosk_session import KioskSession, SessionParts

PIN = "2468"


@dataclass
class KioskRun:
    """A running kiosk mode and what a test needs to reach into it."""

    kiosk: Kiosk
    config: Path
    data: Path

    @property
    def session(self) -> KioskSession:
        assert self.kiosk.session is not None
        return self.kiosk.session

    @property
    def parts(self) -> SessionParts:
        return self.session.parts


def settings_text(pin: str | None = PIN, extra: str = "") -> str:
    """The documented template, English after a reset, with ``extra`` lines appended."""
    text = TEMPLATE.replace('# default_language = "zh"', 'default_language = "en"') + extra
    return set_pin_hash(text, hash_pin(pin)) if pin else text


def open_kiosk_mode(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: str,
    content: Path | None = None,
    watch: bool = False,
    keep_crash_guard: bool = False,
) -> KioskRun:
    """``kiosk run --kiosk --config FILE`` with per-test settings, log and data folders."""
    from kiosk.commands.run import open_window

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    config = tmp_path / "kiosk.toml"
    config.write_text(settings, encoding="utf-8")
    # No --lang: the language comes from the settings, as on an exhibition machine.
    kiosk = open_window(content, None, "overview", True, None, watch=watch, config=config)
    assert kiosk is not None and kiosk.session is not None
    guard = kiosk.session.parts.crash_guard
    if guard is not None and not keep_crash_guard:
        guard.uninstall()  # or an error in a test would be logged, not reported
    return KioskRun(kiosk, config, tmp_path / "data")


def close_kiosk_mode(run: KioskRun) -> None:
    """Undo kiosk mode, so the next test starts from a plain application."""
    run.session.stop()
    run.kiosk.app.setQuitOnLastWindowClosed(True)
    run.kiosk.languages.set_language(Language.EN)
    root = logging.getLogger("kiosk")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.NOTSET)


@pytest.fixture
def kiosk_mode(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KioskRun]:  # type: ignore[no-untyped-def]
    """Kiosk mode on the shipped pack, English, staff PIN 2468."""
    run = open_kiosk_mode(tmp_path, monkeypatch, settings_text())
    qtbot.addWidget(run.kiosk.window)
    qtbot.waitExposed(run.kiosk.window)
    yield run
    close_kiosk_mode(run)


def centre_of(widget: QWidget) -> QPoint:
    """Where ``widget``'s middle is in its top-level window."""
    return widget.mapTo(widget.window(), widget.rect().center())


def tap(window: QWidget, point: QPoint, device: QPointingDevice) -> None:
    """A finger down and up at ``point`` of ``window``, through the platform as a screen would."""
    QTest.touchEvent(window, device).press(0, point, window).commit()
    QTest.touchEvent(window, device).release(0, point, window).commit()
    QApplication.processEvents()


def click_window(
    window: QWidget, point: QPoint, button: Qt.MouseButton = Qt.MouseButton.LeftButton
) -> None:
    """A mouse click delivered to the native window, as the platform delivers one."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, button, Qt.KeyboardModifier.NoModifier, point)


def press_key(
    window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press and release through the native window (shortcuts included)."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key, modifiers)


def as_point(point: QPointF) -> QPoint:
    return point.toPoint()


_DEVICE: list[QPointingDevice] = []


def touch_screen() -> QPointingDevice:
    """One touch screen for the whole run (Qt keeps every device it is told about)."""
    if not _DEVICE:
        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]
