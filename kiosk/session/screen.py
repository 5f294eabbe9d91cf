"""The kiosk's screen: which one it fills, the hidden pointer, and no screen saver.

Screen blanking is inhibited while the kiosk is open. On Linux that is a request to the
desktop's ``org.freedesktop.ScreenSaver`` service over D-Bus (GNOME, KDE and most desktops
offer it); a bare compositor such as cage has no such service and does not blank on its
own, which docs/kiosk-setup.md explains. On Windows it is ``SetThreadExecutionState``.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

APP_NAME = "Sister-City Kiosk"
_SERVICE = "org.freedesktop.ScreenSaver"
_PATH = "/org/freedesktop/ScreenSaver"
_DBUS_TIMEOUT_MS = 2000
# Windows: keep the display on for as long as this thread says so.
_ES_CONTINUOUS, _ES_SYSTEM_REQUIRED, _ES_DISPLAY_REQUIRED = 0x80000000, 0x1, 0x2


def choose_screen(number: int | None) -> QScreen | None:
    """Screen ``number`` (counting from 0), or the primary one when it does not exist."""
    screens = QGuiApplication.screens()
    if number is not None and not 0 <= number < len(screens):
        log.warning(
            "screen %d does not exist (%d screens); using the primary", number, len(screens)
        )
        number = None
    return screens[number] if number is not None else QGuiApplication.primaryScreen()


def show_full_screen(window: QWidget, number: int | None) -> None:
    """Frameless and full screen on screen ``number``."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    screen = choose_screen(number)
    if screen is not None:
        # Qt picks the full-screen screen from where the window is; put it there first.
        window.setGeometry(screen.geometry())
        window.create()
        handle = window.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
    window.showFullScreen()
    window.activateWindow()


class PointerHider(QObject):
    """Hides the mouse pointer over the whole application (touch screens show none)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden = False

    def hide_pointer(self) -> None:
        if not self._hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._hidden = True

    def restore(self) -> None:
        if self._hidden:
            QApplication.restoreOverrideCursor()
            self._hidden = False


class BlankingInhibitor(QObject):
    """Asks the system not to blank or lock the screen while the kiosk is open."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cookie: int | None = None
        self._windows_on = False

    @property
    def active(self) -> bool:
        return self._cookie is not None or self._windows_on

    def inhibit(self) -> bool:
        """True when some part of the system agreed; logs once what it could not do."""
        if self.active:
            return True
        if sys.platform == "win32":
            return self._windows(True)
        return self._dbus_inhibit()

    def release(self) -> None:
        """Let the system blank the screen again (the staff exit).

        On D-Bus nothing needs saying: the service drops an inhibition when the process
        that asked for it leaves the bus, which it does as it exits.
        """
        if sys.platform == "win32" and self._windows_on:
            self._windows(False)

    def _dbus_inhibit(self) -> bool:
        reply = self._dbus_call("Inhibit", APP_NAME, "Exhibition kiosk on display")
        if not isinstance(reply, int):
            return False
        self._cookie = reply
        log.info("screen blanking inhibited through %s", _SERVICE)
        return True

    def _dbus_call(self, method: str, *args: object) -> object | None:
        try:
            from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
        except ImportError:  # a Qt build without D-Bus
            log.info("no Qt D-Bus module: screen blanking is left to the system")
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no D-Bus session: screen blanking is left to the compositor (see docs)")
            return None
        message = QDBusMessage.createMethodCall(_SERVICE, _PATH, _SERVICE, method)
        message.setArguments(list(args))
        reply = bus.call(message, QDBus.CallMode.Block, _DBUS_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.info("%s.%s unavailable (%s)", _SERVICE, method, reply.errorMessage())
            return None
        values = reply.arguments()
        return values[0] if values else True

    def _windows(self, on: bool) -> bool:
        flags = _ES_CONTINUOUS | ((_ES_SYSTEM_REQUIRED | _ES_DISPLAY_REQUIRED) if on else 0)
        kernel32 = getattr(ctypes, "windll", None)
        if kernel32 is None or not kernel32.kernel32.SetThreadExecutionState(flags):
            log.info("SetThreadExecutionState refused; screen blanking is left to Windows")
            return False
        self._windows_on = on
        return True
