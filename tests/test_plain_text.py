"""Content is plain text: HTML and Qt rich-text markup in a pack show literally."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.content.model import Pack, Text
from kiosk.core.languages import Language

MARKUP = "<b>bold</b> <img src='/etc/passwd'> <a href='https://example.org'>link</a>"
VIEWS = ["overview", "climate", "industries", "timeline"]


def with_markup(value: object) -> object:
    """A copy of ``value`` in which every localized string carries rich-text markup."""
    if isinstance(value, Text):
        return Text(
            *(None if v is None else f"{v} {MARKUP}" for v in (value.en, value.zh, value.ur))
        )
    if isinstance(value, tuple):
        return tuple(with_markup(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: with_markup(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
def test_markup_shows_literally_everywhere(karachi: Pack, qtbot, language: Language) -> None:
    from kiosk import app as kiosk_app

    pack = with_markup(karachi)
    assert isinstance(pack, Pack)
    kiosk = kiosk_app.build(pack, language)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1600, 900)
    kiosk.window.show()
    seen = 0
    for view in VIEWS:
        kiosk.window.show_view(view)
        if view == "industries":
            kiosk.window.select(pack.industries.groups[0].items[0].id)
        QApplication.processEvents()
        for label in kiosk.window.findChildren(QLabel):
            if MARKUP in label.text():
                seen += 1
                assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
                assert not label.openExternalLinks()
    assert seen >= 20  # the markup really reached the labels of every view
    kiosk.languages.set_language(Language.EN)
