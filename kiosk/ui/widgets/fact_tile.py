"""A key-fact tile: icon, value and label; a tap reveals its source."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.content.model import Fact, Source
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.formatting import fact_value, source_line
from kiosk.ui.palette import PaletteWatch
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.item_proxy import ItemProxy
from kiosk.ui.widgets.plain_label import PlainLabel


class FactTile(Card):
    """One fact from the pack; tapping toggles the line that names its source."""

    toggled = Signal(bool)

    def __init__(self, fact: Fact, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent, padding=18)
        self._fact = fact
        self._source = source
        self._palette = PaletteWatch()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # The tile as a button for screen readers and the keyboard, with its focus ring; a
        # tap reaches the tile itself and leaves no ring behind.
        self._button = ItemProxy(self, ring=True)
        self._button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._button.clicked.connect(lambda: self.set_source_shown(not self.source_shown()))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFocusProxy(self._button)
        self._icon = QLabel(self)
        self._icon.setFixedSize(48, 48)
        self._show_icon()
        self._value = PlainLabel("FactValue", self)
        self._label = PlainLabel("FactLabel", self)
        self._source_label = PlainLabel("SourceLine", self)
        self._source_label.hide()
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(self._icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._value, 0, 1)
        grid.addWidget(self._label, 1, 1)
        grid.setColumnStretch(1, 1)
        self.box().addLayout(grid)
        self.box().addWidget(self._source_label)

    @property
    def fact_id(self) -> str:
        return self._fact.id

    def button(self) -> ItemProxy:
        """The tile's accessible, focusable stand-in."""
        return self._button

    def _show_icon(self) -> None:
        if self._fact.icon:
            self._icon.setPixmap(icons.pixmap(self._fact.icon, 44, current_palette().accent))
        else:
            self._icon.hide()

    def set_language(self, language: Language) -> None:
        value = fact_value(self._fact, language)
        label = self._fact.label.get(language)
        self._value.setText(value)
        self._label.setText(label)
        self._source_label.setText(source_line(self._source, language))
        self.setAccessibleName(f"{label}: {value}")
        self.setAccessibleDescription(self._source_label.text())
        self._button.setAccessibleName(self.accessibleName())
        self._describe_button()

    def source_shown(self) -> bool:
        return not self._source_label.isHidden()

    def set_source_shown(self, shown: bool) -> None:
        self._source_label.setVisible(shown)
        self._describe_button()
        self.toggled.emit(shown)

    def _describe_button(self) -> None:
        # The source is read out once it is shown; before, what a press does.
        hint = self.tr("Press to show the source")
        self._button.setAccessibleDescription(
            self._source_label.text() if self.source_shown() else hint
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.set_source_shown(not self.source_shown())
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.set_source_shown(not self.source_shown())
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._button.setGeometry(self.rect())
        self._button.raise_()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self._show_icon()  # the icon in the theme's accent
        super().changeEvent(event)
