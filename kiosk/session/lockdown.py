"""Locks the kiosk window down: no closing, no escape keys, menus, tooltips, drags or links.

The filter sits on the window and its native window only, never on the whole application:
an application-wide Python filter would run for every paint and layout event and cost a
tab switch milliseconds. Input reaches the native window first, so that is enough.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Schemes a link, a label or a future widget could hand to the desktop to open a browser,
# a file manager, a mail or phone app. The kiosk answers them all itself: with nothing.
REFUSED_SCHEMES = ("http", "https", "file", "ftp", "mailto", "tel", "sms", "news", "data")
_ESCAPE_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# A bare Escape is not among them: inside the kiosk it closes a detail card or the
# accessibility panel, which keyboard visitors need, and nothing in the window lets it
# leave full screen or close; with a modifier it is refused like any other combination.
_ESCAPE_KEYS = frozenset(
    {
        Qt.Key.Key_Menu,
        Qt.Key.Key_Close,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Print,
        Qt.Key.Key_Help,
        Qt.Key.Key_Launch0,
        Qt.Key.Key_LaunchMail,
        Qt.Key.Key_LaunchMedia,
        Qt.Key.Key_Explorer,
        Qt.Key.Key_WWW,
        *(Qt.Key(Qt.Key.Key_F1.value + n) for n in range(35)),
    }
)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
    }
)
_SWALLOWED = frozenset(
    {
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.WhatsThis,
        QEvent.Type.QueryWhatsThis,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
    }
)
_HARDENED = "kioskHardened"
_MOUSE = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
    }
)


class Lockdown(QObject):
    """Refuses every way out of the kiosk window that an application can refuse."""

    blocked = Signal(str)  # what was refused, e.g. "Alt+F4" or "close"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._engaged = False
        # Views are built on first show; each is hardened once, when it first appears.
        window.viewChanged.connect(self._harden_view)

    @property
    def engaged(self) -> bool:
        return self._engaged

    def engage(self) -> None:
        """Start refusing; the window must have been shown (it needs its native window)."""
        if self._engaged:
            return
        self._engaged = True
        self._window.installEventFilter(self)
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        for scheme in REFUSED_SCHEMES:
            # The stubs ask for bytes, but Qt for Python 6.12 only accepts the name as str.
            QDesktopServices.setUrlHandler(scheme, self, "refuse_url")  # type: ignore[arg-type]
        harden(self._window)

    def release(self) -> None:
        """Stop refusing (the staff exit, and tests)."""
        if not self._engaged:
            return
        self._engaged = False
        self._window.removeEventFilter(self)
        handle = self._window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
        for scheme in REFUSED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def refuse_url(self, url: QUrl) -> None:
        self._refuse(f"opening {url.scheme()}: link")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close:
            event.ignore()
            return self._refuse("close")
        if kind == QEvent.Type.WindowStateChange and watched is self._window:
            QTimer.singleShot(0, self._restore_full_screen)
            return False
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return self._filter_key(event)  # type: ignore[arg-type]
        if kind in _MOUSE:
            return self._filter_mouse(event)  # type: ignore[arg-type]
        return kind in _SWALLOWED

    def _filter_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False  # alone they do nothing; the combination they start is refused
        if key not in _ESCAPE_KEYS and not event.modifiers() & _ESCAPE_MODIFIERS:
            return False
        if event.type() == QEvent.Type.KeyPress:
            return self._refuse(_describe_key(event))
        return True

    def _filter_mouse(self, event: QMouseEvent) -> bool:
        right = Qt.MouseButton.RightButton
        if event.button() == right or event.buttons() & right:
            # A right click, or a long press the OS turns into one, would open a menu.
            return True
        # A pointer resting without a button pressed is how tooltips wake up; a touch
        # screen never does it, and a mouse kiosk loses nothing it needs.
        return event.type() == QEvent.Type.MouseMove and event.buttons() == Qt.MouseButton.NoButton

    def _harden_view(self, name: str) -> None:
        view = self._window.view(name)
        if self._engaged and not view.property(_HARDENED):
            harden(view)
            view.setProperty(_HARDENED, True)

    def _restore_full_screen(self) -> None:
        window = self._window
        # Minimised keeps the full-screen flag, so both are checked.
        if self._engaged and (window.isMinimized() or not window.isFullScreen()):
            self._refuse("leaving full screen")
            window.setWindowState(Qt.WindowState.WindowFullScreen)
            window.showFullScreen()
            window.activateWindow()

    def _refuse(self, what: str) -> bool:
        log.info("kiosk mode refused %s", what)
        self.blocked.emit(what)
        return True


def harden(root: QWidget) -> None:
    """No selectable text, no links, no tooltips, no drops anywhere under ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLabel):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            widget.setOpenExternalLinks(False)
        if widget.toolTip():
            widget.setToolTip("")
        widget.setAcceptDrops(False)
        # Prevent, not NoContextMenu: the latter hands the request on to the parent.
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)


def _describe_key(event: QKeyEvent) -> str:
    sequence = QKeySequence(event.keyCombination())
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)
