"""A tappable tile for one industry, handicraft or financial sector."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.model import Industry
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.plain_label import PlainLabel


class IndustryTile(Card):
    """Icon, title and one line; a tap or Enter asks to open the detail."""

    activated = Signal(str)  # industry id

    def __init__(self, industry: Industry, parent: QWidget | None = None) -> None:
        super().__init__(parent, padding=18)
        self._industry = industry
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(112)
        icon = QLabel(self)
        icon.setPixmap(icons.pixmap(industry.icon, 64))
        icon.setFixedSize(68, 68)
        self._title = PlainLabel("CardTitle", self)
        self._summary = PlainLabel("FactLabel", self)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self._title)
        text.addWidget(self._summary)
        text.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.box().addLayout(row)

    @property
    def industry_id(self) -> str:
        return self._industry.id

    def set_language(self, language: Language) -> None:
        title = self._industry.title.get(language)
        self._title.setText(title)
        self._summary.setText(self._industry.summary.get(language))
        self.setAccessibleName(title)
        self.setAccessibleDescription(self._summary.text())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.activated.emit(self._industry.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self._industry.id)
            return
        super().keyPressEvent(event)
