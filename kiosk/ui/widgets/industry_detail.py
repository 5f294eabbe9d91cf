"""The detail card over the industry tiles: large icon, text, source, close and arrows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.content.model import Industry, Source
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.formatting import source_line
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.plain_label import PlainLabel


class IndustryDetail(QWidget):
    """A dimmed scrim with one card; a tap outside the card or Escape closes it."""

    closeRequested = Signal()
    stepRequested = Signal(int)  # -1 previous, +1 next, in reading order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._card = Card(self, padding=32)
        self._card.setMaximumWidth(900)
        self._icon = QLabel(self._card)
        self._group = PlainLabel("FactLabel", self._card)
        self._title = PlainLabel("ViewTitle", self._card)
        self._text = PlainLabel("Body", self._card)
        self._source = PlainLabel("SourceLine", self._card)
        self._previous = self._button("previous", lambda: self.stepRequested.emit(-1))
        self._next = self._button("next", lambda: self.stepRequested.emit(1))
        self._close = self._button("close", self.closeRequested.emit)
        self._lay_out()
        self.retranslate()
        self.hide()

    def _button(self, icon_name: str, slot: object) -> QPushButton:
        button = QPushButton(self._card)
        button.setProperty("role", "action")
        button.setIcon(icons.icon(icon_name, 32, "#FFFFFF"))
        button.setIconSize(QSize(32, 32))
        button.setMinimumSize(64, 64)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._icon)
        top.addStretch(1)
        top.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        arrows = QHBoxLayout()
        arrows.addWidget(self._previous)
        arrows.addStretch(1)
        arrows.addWidget(self._next)
        box = self._card.box()
        box.setSpacing(14)
        box.addLayout(top)
        for label in (self._group, self._title, self._text, self._source):
            box.addWidget(label)
        box.addLayout(arrows)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addWidget(self._card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)

    def show_industry(
        self, industry: Industry, group_title: str, source: Source, language: Language
    ) -> None:
        self._icon.setPixmap(icons.pixmap(industry.icon, 128, "#0B6E4F"))
        self._group.set_content(group_title)
        self._title.set_content(industry.title.get(language))
        self._text.set_content(industry.detail.get(language))
        self._source.set_content(source_line(source, language))
        self.setAccessibleName(industry.title.get(language))
        self._flip_arrows()
        if self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.setFocus()

    def _flip_arrows(self) -> None:
        # Arrow icons point the way the story moves, so they swap under right to left.
        rtl = self.isRightToLeft()
        self._previous.setIcon(icons.icon("next" if rtl else "previous", 32, "#FFFFFF"))
        self._next.setIcon(icons.icon("previous" if rtl else "next", 32, "#FFFFFF"))

    def retranslate(self) -> None:
        self._previous.setAccessibleName(self.tr("Previous"))
        self._next.setAccessibleName(self.tr("Next"))
        self._close.setAccessibleName(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), QColor(20, 30, 28, 150))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._card.geometry().contains(event.position().toPoint()):
            self.closeRequested.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        backward = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        if key == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        elif key == forward:
            self.stepRequested.emit(1)
        elif key == backward:
            self.stepRequested.emit(-1)
        else:
            super().keyPressEvent(event)
