"""A view page that scrolls vertically with kinetic touch scrolling when it overflows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.ui.widgets.focus_ring import FocusRing


class ScrollPage(QScrollArea):
    """The frame of every view: a padded column inside a touch-scrollable area.

    The page itself takes the keyboard focus where a view has nothing else for it, so the
    arrow and page keys scroll it; reached with Tab, a ring round the page shows where the
    keys go.

    The scroll bar shows exactly when the page is taller than the screen at full width.
    Qt's "as needed" depends on history: a page that fits at full width but not at the
    width left beside a scroll bar is stable either way, so the overview came out with or
    without a bar depending on the language a visitor came from.
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
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.installEventFilter(self)  # its layout's changes may change whether it fits
        self.focus_ring = FocusRing(self)
        # A finger drag scrolls with momentum; the mouse keeps normal clicking.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def column(self) -> QVBoxLayout:
        return self._column

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._choose_scroll_bar()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._choose_scroll_bar()
        return super().eventFilter(watched, event)

    def _choose_scroll_bar(self) -> None:
        body = self.widget()
        if body is None or self.width() <= 0:
            return
        width = self.width() - 2 * self.frameWidth()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        if needed < 0:
            needed = body.sizeHint().height()
        fits = max(needed, body.minimumSizeHint().height()) <= self.height() - 2 * self.frameWidth()
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        )
        if policy != self.verticalScrollBarPolicy():
            self.setVerticalScrollBarPolicy(policy)

    def reset_scroll(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
