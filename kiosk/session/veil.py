"""A layer over the whole kiosk window that takes every touch, click, key and wheel."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

_TOUCH_START = QEvent.Type.TouchBegin
_TOUCH_DONE = (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


class Veil(QWidget):
    """Covers its window; what lies beneath never sees the input that lands on it.

    The layer stays up until the finger lifts, so the release also lands here: hiding on
    the press would hand the release (and with it a click) to the widget underneath.
    """

    touched = Signal()  # a finger, button, key or wheel started touching the layer
    released = Signal()  # ...and let go

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._returns_focus_to: QWidget | None = None
        self.hide()
        window.installEventFilter(self)

    def cover(self) -> None:
        """Show over everything in the window and take the keyboard."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self and not self.isAncestorOf(focused):
            self._returns_focus_to = focused
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        # A keyboard user finds the focus where it was before the layer came.
        previous, self._returns_focus_to = self._returns_focus_to, None
        if previous is not None and shiboken6.isValid(previous) and previous.isVisible():
            previous.setFocus(Qt.FocusReason.OtherFocusReason)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QWidget)
            and watched is self.parentWidget()
            and event.type() == QEvent.Type.Resize
        ):
            self.setGeometry(watched.rect())
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == _TOUCH_START:
            self.touched.emit()
            event.accept()
            return True
        if event.type() in _TOUCH_DONE:
            self.released.emit()
            event.accept()
            return True
        if event.type() == QEvent.Type.TouchUpdate:
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.touched.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.released.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()
        if not event.isAutoRepeat():
            self.touched.emit()
            self.released.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()
        self.touched.emit()
        self.released.emit()
