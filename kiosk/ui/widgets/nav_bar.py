"""The top bar: the four views as large tabs, and the three languages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.core.languages import Language
from kiosk.ui.icons import pixmap
from kiosk.ui.palette import DEFAULT
from kiosk.ui.widgets.plain_label import PlainLabel


class NavBar(QWidget):
    """Thumb-sized view tabs and language buttons; emits what the visitor asked for."""

    viewRequested = Signal(str)
    languageRequested = Signal(object)  # Language

    def __init__(self, view_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._brand = PlainLabel("Brand", self, wrap=False)
        self._views = QButtonGroup(self)
        self._languages = QButtonGroup(self)
        self._view_buttons = {name: self._make_view_button(name) for name in view_names}
        self._language_buttons = {lang: self._make_language_button(lang) for lang in Language}
        self._lay_out()
        self.retranslate()

    def _make_view_button(self, name: str) -> QPushButton:
        button = QPushButton(self, checkable=True)
        button.setProperty("role", "nav")
        button.setObjectName(f"nav-{name}")
        button.setIcon(_tab_icon(name))
        # Touch and mouse do not take focus, so no focus ring lingers after a tap;
        # the keyboard still reaches every tab.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setIconSize(QSize(28, 28))
        button.clicked.connect(lambda: self.viewRequested.emit(name))
        self._views.addButton(button)
        return button

    def _make_language_button(self, language: Language) -> QPushButton:
        # Each language names itself in its own script, so a visitor finds theirs.
        button = QPushButton(language.native_name, self, checkable=True)
        button.setProperty("role", "language")
        button.setObjectName(f"lang-{language.code}")
        button.setAccessibleName(language.native_name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: self.languageRequested.emit(language))
        self._languages.addButton(button)
        return button

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setSpacing(10)
        layout.addWidget(self._brand)
        layout.addStretch(1)
        for button in self._view_buttons.values():
            layout.addWidget(button)
        layout.addStretch(1)
        for button in self._language_buttons.values():
            layout.addWidget(button)

    def set_brand(self, text: str) -> None:
        """The pack's name in the current language (the engine hard-codes no city)."""
        self._brand.setText(text)

    def set_current_view(self, name: str) -> None:
        self._view_buttons[name].setChecked(True)

    def set_current_language(self, language: Language) -> None:
        self._language_buttons[language].setChecked(True)

    def view_button(self, name: str) -> QPushButton:
        return self._view_buttons[name]

    def language_button(self, language: Language) -> QPushButton:
        return self._language_buttons[language]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self.setAccessibleName(self.tr("Navigation"))


def _tab_icon(name: str) -> QIcon:
    """Light on the dark bar, dark on the light pill of the selected tab."""
    tab_icon = QIcon()
    tab_icon.addPixmap(pixmap(name, 28, DEFAULT.tab_text), QIcon.Mode.Normal, QIcon.State.Off)
    tab_icon.addPixmap(pixmap(name, 28, DEFAULT.tab_bar), QIcon.Mode.Normal, QIcon.State.On)
    return tab_icon
