"""The navigation bar: the four views as large tabs, the three languages, accessibility.

On one row where the width allows; where it does not (a portrait screen, Urdu's longer
words, large text), the tabs take a row of their own under the brand and the languages, so
nothing is clipped or drawn over its neighbour. The keyboard walks the bar in the order it
reads, row by row, in either direction.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import Language
from kiosk.ui.icons import pixmap
from kiosk.ui.palette import Palette, PaletteWatch
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.plain_label import PlainLabel

ICON = 28
ACCESS_ICON = 36
MARGIN_X, MARGIN_Y, SPACING = 24, 10, 10
GROUP_GAP = 16  # round the tabs, when they share a row with the brand and the languages


class NavBar(QWidget):
    """Thumb-sized view tabs, language and accessibility buttons; emits what was asked."""

    viewRequested = Signal(str)
    languageRequested = Signal(object)  # Language
    accessRequested = Signal()  # the accessibility button: open or close its panel

    def __init__(self, view_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._brand = PlainLabel("Brand", self, wrap=False)
        self._current_view = ""
        self._current_language: Language | None = None
        self._view_buttons = {name: self._make_view_button(name) for name in view_names}
        self._language_buttons = {lang: self._make_language_button(lang) for lang in Language}
        self._access = self._make_access_button()
        self._palette = PaletteWatch()
        self._two_rows: bool | None = None
        self._top = QHBoxLayout()
        self._bottom = QHBoxLayout()
        rows = QVBoxLayout(self)
        rows.setContentsMargins(MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y)
        rows.setSpacing(SPACING)
        for row in (self._top, self._bottom):
            row.setSpacing(SPACING)
            rows.addLayout(row)
        self.retranslate()
        self._arrange(two_rows=False)

    def _make_view_button(self, name: str) -> QPushButton:
        # Checked is the view on screen. Not an exclusive group: Qt would make the group one
        # Tab stop with arrow keys inside, and a visitor with a switch or a keypad that has
        # only Tab and Space could not reach the other tabs.
        button = QPushButton(self, checkable=True)
        button.setProperty("role", "nav")
        button.setObjectName(f"nav-{name}")
        button.setIcon(_tab_icon(name, current_palette()))
        # Touch and mouse do not take focus, so no focus ring lingers after a tap;
        # the keyboard still reaches every tab.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setIconSize(QSize(ICON, ICON))
        button.clicked.connect(lambda: self._request_view(name))
        return button

    def _make_language_button(self, language: Language) -> QPushButton:
        # Each language names itself in its own script, so a visitor finds theirs.
        button = QPushButton(language.native_name, self, checkable=True)  # as the tabs
        button.setProperty("role", "language")
        button.setObjectName(f"lang-{language.code}")
        button.setAccessibleName(language.native_name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self._request_language(language))
        return button

    def _make_access_button(self) -> QPushButton:
        button = QPushButton(self, checkable=True)  # checked while its panel is open
        button.setProperty("role", "access")
        button.setObjectName("access")
        button.setIcon(_tab_icon("accessibility", current_palette(), ACCESS_ICON))
        button.setIconSize(QSize(ACCESS_ICON, ACCESS_ICON))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The panel opens and closes through the window, which also knows when it closed.
        button.clicked.connect(lambda: self.accessRequested.emit())
        return button

    # -- public API -------------------------------------------------------------------------

    def set_brand(self, text: str) -> None:
        """The pack's name in the current language (the engine hard-codes no city)."""
        self._brand.setText(text)
        self._brand.setAccessibleName(text)

    def set_current_view(self, name: str) -> None:
        self._current_view = name
        for key, button in self._view_buttons.items():
            button.setChecked(key == name)

    def set_current_language(self, language: Language) -> None:
        self._current_language = language
        for key, button in self._language_buttons.items():
            button.setChecked(key is language)

    def _request_view(self, name: str) -> None:
        self.viewRequested.emit(name)
        # The click toggled the button; checked is what is on screen, whatever was asked.
        self.set_current_view(self._current_view)

    def _request_language(self, language: Language) -> None:
        self.languageRequested.emit(language)
        if self._current_language is not None:
            self.set_current_language(self._current_language)

    def set_access_open(self, shown: bool) -> None:
        self._access.setChecked(shown)

    def view_button(self, name: str) -> QPushButton:
        return self._view_buttons[name]

    def language_button(self, language: Language) -> QPushButton:
        return self._language_buttons[language]

    def access_button(self) -> QPushButton:
        return self._access

    def is_two_rows(self) -> bool:
        return bool(self._two_rows)

    def reading_order(self) -> list[QPushButton]:
        """The bar's buttons in the order a visitor reads them (and Tab visits them)."""
        tabs = list(self._view_buttons.values())
        others = [*self._language_buttons.values(), self._access]
        return [*others, *tabs] if self._two_rows else [*tabs, *others]

    # -- layout -----------------------------------------------------------------------------

    def one_row_width(self) -> int:
        """The width every part needs side by side, at its size hint, with the gaps."""
        parts = [self._brand, *self._view_buttons.values(), *self._language_buttons.values()]
        parts.append(self._access)
        widths = sum(part.sizeHint().width() for part in parts)
        return widths + SPACING * (len(parts) - 1) + 2 * GROUP_GAP + 2 * MARGIN_X

    def _rearrange(self) -> None:
        if self.width() > 0:
            self._arrange(self.width() < self.one_row_width())

    def _arrange(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in (self._top, self._bottom):
            while row.count():
                row.takeAt(0)  # the widgets stay; only the layout items go
        tabs = self._bottom if two_rows else self._top
        # Centred in the row, not stretched: a button's fixed height would otherwise cap the
        # row's, and a taller neighbour (Nastaliq, large text) would be squeezed.
        middle = Qt.AlignmentFlag.AlignVCenter
        self._top.addWidget(self._brand, 0, middle)
        self._top.addStretch(1)
        if not two_rows:
            self._top.addSpacing(GROUP_GAP)
            for button in self._view_buttons.values():
                tabs.addWidget(button, 0, middle)
            self._top.addSpacing(GROUP_GAP)
            self._top.addStretch(1)
        for button in (*self._language_buttons.values(), self._access):
            self._top.addWidget(button, 0, middle)
        if two_rows:
            for button in self._view_buttons.values():
                tabs.addWidget(button, 1, middle)  # a row of their own: they share it evenly
        order = self.reading_order()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rearrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A part's size changed (new words, a font, large text): one row may no longer
            # fit, or fit again.
            self._rearrange()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self._recolour(current_palette())
        super().changeEvent(event)

    def _recolour(self, colours: Palette) -> None:
        for name, button in self._view_buttons.items():
            button.setIcon(_tab_icon(name, colours))
        self._access.setIcon(_tab_icon("accessibility", colours, ACCESS_ICON))

    def retranslate(self) -> None:
        titles = {
            "overview": self.tr("Overview"),
            "climate": self.tr("Climate"),
            "industries": self.tr("Industries"),
            "timeline": self.tr("Timeline"),
        }
        for name, button in self._view_buttons.items():
            button.setText(titles.get(name, name))
            button.setAccessibleName(titles.get(name, name))
        self._access.setAccessibleName(self.tr("Accessibility"))
        self._access.setAccessibleDescription(self.tr("Large text and high contrast"))
        self.setAccessibleName(self.tr("Navigation"))


def _tab_icon(name: str, colours: Palette, size: int = ICON) -> QIcon:
    """Light on the dark bar, dark on the light pill of the selected tab."""
    tab_icon = QIcon()
    tab_icon.addPixmap(pixmap(name, size, colours.tab_text), QIcon.Mode.Normal, QIcon.State.Off)
    tab_icon.addPixmap(pixmap(name, size, colours.tab_bar), QIcon.Mode.Normal, QIcon.State.On)
    return tab_icon
