"""Feeds one widget's touches and left-button drags to the Qt-free swipe rules.

The timeline strip, the story card and the industry detail card all swipe the same way:
only the first finger counts (or the mouse, as pointer -1), a drag is judged against the
widget's width, and under right to left the directions swap. ``SwipeTracker`` holds those
rules; this turns Qt's events into its calls, so each widget only says what a swipe does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QEventPoint, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.core.swipe import Gesture, SwipeTracker

_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd}
# What a widget hands on: Qt sends a widget other events while it is still being built,
# before its SwipeInput exists, so the widget checks the type first.
TOUCH_EVENTS = frozenset({*_TOUCH, QEvent.Type.TouchCancel})
MOUSE = -1  # the pointer id the tracker knows the mouse by


class SwipeInput:
    """The swipe input of ``widget``: it forwards its events, ``on_gesture`` gets the result.

    ``on_touch`` runs when a touch begins (a visitor has taken over); with
    ``buttons_click`` a touch that begins on a child button is left to Qt, which turns it
    into that button's click.
    """

    def __init__(
        self,
        widget: QWidget,
        on_gesture: Callable[[Gesture | None], None],
        *,
        on_touch: Callable[[], None] | None = None,
        buttons_click: bool = False,
    ) -> None:
        widget.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._widget = widget
        self._on_gesture = on_gesture
        self._on_touch = on_touch
        self._buttons_click = buttons_click
        self._tracker = SwipeTracker()

    def event(self, event: QEvent) -> bool | None:
        """What the widget's ``event()`` returns for a touch event; None for any other."""
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._tracker.cancel()
            return True
        if kind not in _TOUCH or not isinstance(event, QTouchEvent):
            return None
        if kind == QEvent.Type.TouchBegin:
            if self._buttons_click and self._on_button(event):
                event.ignore()
                return False
            if self._on_touch is not None:
                self._on_touch()
        for point in event.points():
            pos, t = point.position(), float(point.timestamp() or event.timestamp())
            state = point.state()
            if state is QEventPoint.State.Pressed:
                self._tracker.press(point.id(), pos.x(), pos.y(), t)
            elif state is QEventPoint.State.Released:
                self._release(point.id(), pos.x(), pos.y(), t)
            elif state is QEventPoint.State.Updated:  # stationary points add nothing
                self._tracker.move(point.id(), pos.x(), pos.y(), t)
        return True

    def mouse_press(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            pos = event.position()
            self._tracker.press(MOUSE, pos.x(), pos.y(), float(event.timestamp()))

    def mouse_move(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._tracker.move(MOUSE, pos.x(), pos.y(), float(event.timestamp()))

    def mouse_release(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            pos = event.position()
            self._release(MOUSE, pos.x(), pos.y(), float(event.timestamp()))

    def _release(self, pointer: int, x: float, y: float, t: float) -> None:
        widget = self._widget
        gesture = self._tracker.release(pointer, x, y, t, widget.width(), widget.isRightToLeft())
        self._on_gesture(gesture)

    def _on_button(self, event: QTouchEvent) -> bool:
        points = event.points()
        child = self._widget.childAt(points[0].position().toPoint()) if points else None
        return isinstance(child, QAbstractButton)
