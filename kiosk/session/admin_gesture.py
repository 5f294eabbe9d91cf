"""The hidden staff door: five quick taps in the top-left corner open the PIN pad.

The corner is a small square at the very edge of the screen, the same physical corner in
every language; taps there are kept from the widgets beneath (at most a sliver of a
button), so counting them never also switches a language or a view.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QInputDevice, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.staff_access import TapSequence

CORNER_PX = 64
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin)
_FOLLOW_UPS = (
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)
_ENDS = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


class AdminGesture(QObject):
    """Watches the window's corner; emits ``triggered`` when the tap sequence completes."""

    triggered = Signal()

    def __init__(self, window: QWidget, corner_px: int = CORNER_PX) -> None:
        super().__init__(window)
        self._window = window
        self._corner = corner_px
        self._taps = TapSequence()
        self._clock = QElapsedTimer()
        self._clock.start()
        self._holding = False  # a press in the corner: its moves and release are ours too

    def install(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def remove(self) -> None:
        handle = self._window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESSES:
            return self._press(event)  # type: ignore[arg-type]
        if self._holding and kind in _FOLLOW_UPS:
            self._holding = kind not in _ENDS
            return True
        return False

    def _press(self, event: QMouseEvent | QTouchEvent) -> bool:
        position = _position(event)
        if position is None or not self._in_corner(position):
            return False
        self._holding = True
        if _counts(event) and self._taps.tap(self._clock.elapsed() / 1000):
            self.triggered.emit()
        return True

    def _in_corner(self, position: QPointF) -> bool:
        return 0 <= position.x() < self._corner and 0 <= position.y() < self._corner


def _position(event: QMouseEvent | QTouchEvent) -> QPointF | None:
    if isinstance(event, QTouchEvent):
        points = event.points()
        return points[0].position() if points else None
    return event.position()


def _counts(event: QMouseEvent | QTouchEvent) -> bool:
    """One tap is one count: a touch also arrives as a mouse press made from it."""
    if isinstance(event, QTouchEvent):
        return True
    if event.type() == QEvent.Type.MouseButtonDblClick:
        return False  # the second press of a double click already came as a press
    return event.deviceType() != QInputDevice.DeviceType.TouchScreen
