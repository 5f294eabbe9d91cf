"""A row that becomes a column when the window is taller than wide."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ResponsiveBox(QWidget):
    """Lays out its children side by side in landscape and stacked in portrait."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 24) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._layout.addWidget(widget, stretch)

    def is_row(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        window = self.window()
        landscape = window.width() >= window.height()
        wanted = QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != wanted:
            self._layout.setDirection(wanted)
        super().resizeEvent(event)
