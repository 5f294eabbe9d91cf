"""A focus ring for widgets that draw none of their own (scrolling areas).

It lies over its host, takes no input, and shows while the host has the keyboard focus
that a keyboard gave it: a finger's tap, or the window handing focus to a view, shows none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kiosk.ui.palette import current as current_palette

KEYBOARD_REASONS = {
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
}


class FocusRing(QWidget):
    """The ring round ``host``'s edge while the keyboard has brought the focus there."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host:
            kind = event.type()
            if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                self.setGeometry(self._host.rect())
                self.setVisible(event.reason() in KEYBOARD_REASONS)
                self.raise_()
            elif kind == QEvent.Type.FocusOut:
                self.hide()
            elif kind == QEvent.Type.Resize:
                self.setGeometry(self._host.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.setPen(QPen(QColor(current_palette().focus), 3))
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
