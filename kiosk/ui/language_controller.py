"""Switches the interface language live: translator, locale, font and direction."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.ui.fonts import FontSet

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 13.0
# Nastaliq draws its letters smaller on the same em, so Urdu gets a slightly larger size.
URDU_SCALE = 1.12


# Shared by every controller in the process (there is one in the app; tests make many).
_TRANSLATORS: dict[Language, QTranslator | None] = {}


class LanguageController(QObject):
    """Owns the current language; installing a translator makes Qt send LanguageChange."""

    languageChanged = Signal(object)  # Language

    def __init__(self, app: QApplication, fonts: FontSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._fonts = fonts
        self._language: Language | None = None
        self._text_scale = 1.0

    @property
    def language(self) -> Language:
        return self._language or Language.EN

    @property
    def text_scale(self) -> float:
        return self._text_scale

    def set_text_scale(self, scale: float) -> None:
        """Every language's interface font times ``scale`` (the large-text option)."""
        if scale == self._text_scale:
            return
        self._text_scale = scale
        if self._language is not None:
            self._apply_font(self._language)
            settle_layouts()

    def set_language(self, language: Language) -> None:
        if language is self._language:
            return
        self._language = language
        QLocale.setDefault(QLocale(language.locale_name))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)
        self._apply_font(language)
        self._install_translator(language)
        # Qt posts LanguageChange; delivering it now makes the switch complete (and
        # measurable) when this call returns, not at some later turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(language)
        settle_layouts()

    def _apply_font(self, language: Language) -> None:
        scale = (URDU_SCALE if language is Language.UR else 1.0) * self._text_scale
        self._app.setFont(self._fonts.font_for(language, BASE_POINT_SIZE * scale))

    def _install_translator(self, language: Language) -> None:
        # Remove every kiosk translator, not only this controller's: none may be left
        # translating behind the current language's back.
        for translator in _TRANSLATORS.values():
            if translator is not None:
                self._app.removeTranslator(translator)
        if language is Language.EN:
            # English is the source language of every tr() string.
            return
        translator = self._translator_for(language)
        if translator is not None:
            self._app.installTranslator(translator)

    def _translator_for(self, language: Language) -> QTranslator | None:
        """One translator per language, loaded once: switching back and forth all day
        must neither reread the file nor leave a new QTranslator behind each time."""
        if language not in _TRANSLATORS:
            translator = QTranslator(self._app)
            qm = paths.resource(f"translations/kiosk_{language.code}.qm")
            if translator.load(str(qm)):
                _TRANSLATORS[language] = translator
            else:
                log.warning("translation %s missing or corrupt; showing English interface", qm)
                translator.deleteLater()
                _TRANSLATORS[language] = None
        return _TRANSLATORS[language]


# Layout passes to run at once after a switch. A pass resizes widgets, and some answer by
# changing their own limits (the map its height cap, a view its chart's share of the
# first screen), which asks for another pass; three always settle, the fourth is spare.
SETTLE_PASSES = 4


def settle_layouts() -> None:
    """Lay out for new texts or type sizes now, before anything paints.

    Left to the event loop, the layouts took one to three turns to settle and each turn
    painted: a visitor saw the page jump, the map was drawn at sizes it then left, and the
    next switch started from a half-settled page. A pass with nothing to do costs nothing.
    """
    for _ in range(SETTLE_PASSES):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def clear_translation_cache() -> None:
    """Forget loaded translations (after the resources change, and between tests)."""
    app = QCoreApplication.instance()
    for translator in _TRANSLATORS.values():
        if translator is not None:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
    _TRANSLATORS.clear()
