"""A card with a titled passage of pack text and the line naming its source."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.content.model import Passage, Source
from kiosk.core.languages import Language
from kiosk.ui.formatting import source_line
from kiosk.ui.widgets.card import Card
from kiosk.ui.widgets.plain_label import PlainLabel


class PassageCard(Card):
    """Shows one ``Passage`` in the current language."""

    def __init__(self, passage: Passage, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passage = passage
        self._source = source
        self._title = PlainLabel("CardTitle", self)
        self._text = PlainLabel("Body", self)
        self._source_label = PlainLabel("SourceLine", self)
        for label in (self._title, self._text, self._source_label):
            self.box().addWidget(label)

    def set_language(self, language: Language) -> None:
        self._title.set_content(self._passage.title.get(language))
        self._text.set_content(self._passage.text.get(language))
        self._source_label.set_content(source_line(self._source, language))
