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


class LanguageController(QObject):
    """Owns the current language; installing a translator makes Qt send LanguageChange."""

    languageChanged = Signal(object)  # Language

    def __init__(self, app: QApplication, fonts: FontSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._fonts = fonts
        self._translator: QTranslator | None = None
        self._loaded: dict[Language, QTranslator | None] = {}
        self._language: Language | None = None

    @property
    def language(self) -> Language:
        return self._language or Language.EN

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
        scale = URDU_SCALE if language is Language.UR else 1.0
        self._app.setFont(self._fonts.font_for(language, BASE_POINT_SIZE * scale))
        self._install_translator(language)
        # Qt posts LanguageChange; delivering it now makes the switch complete (and
        # measurable) when this call returns, not at some later turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(language)

    def _install_translator(self, language: Language) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if language is Language.EN:
            # English is the source language of every tr() string; removing the
            # translator above already sent the LanguageChange event.
            return
        translator = self._translator_for(language)
        if translator is not None:
            self._app.installTranslator(translator)
            self._translator = translator

    def _translator_for(self, language: Language) -> QTranslator | None:
        """One translator per language, loaded once: switching back and forth all day
        must neither reread the file nor leave a new QTranslator behind each time."""
        if language not in self._loaded:
            translator = QTranslator(self)
            qm = paths.resource(f"translations/kiosk_{language.code}.qm")
            if translator.load(str(qm)):
                self._loaded[language] = translator
            else:
                log.warning("translation %s missing or corrupt; showing English interface", qm)
                translator.deleteLater()
                self._loaded[language] = None
        return self._loaded[language]
