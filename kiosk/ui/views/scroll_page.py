"""A view page that scrolls vertically with kinetic touch scrolling when it overflows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.ui.widgets.focus_ring import FocusRing


class ScrollPage(QScrollArea):
    """The frame of every view: a padded column inside a touch-scrollable area.

    The page itself takes the keyboard focus where a view has nothing else for it, so the
    arrow and page keys scroll it; reached with Tab, a ring round the page shows where the
    keys go.
    """

    def __init__(self, parent: QWidget | None = None, *, margin: int = 32) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("ViewPage")
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(20)
        self.setWidget(body)
        self.focus_ring = FocusRing(self)
        # A finger drag scrolls with momentum; the mouse keeps normal clicking.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def column(self) -> QVBoxLayout:
        return self._column

    def reset_scroll(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
