"""Image tests of every view in every language, as the window shows them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Pack
from kiosk.core import paths
from kiosk.core.languages import Language
from tests.image_compare import assert_image_matches

VIEWS = ["overview", "climate", "industries", "timeline"]


def fresh_font_caches() -> None:
    """Drop Qt's cached font engines, so an image does not depend on what ran before it:
    Nastaliq shaped after other windows lands a pixel apart. Adding and removing an
    application font makes Qt clear its font caches."""
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts/NotoSans-Regular.ttf")))
    assert font_id >= 0
    QFontDatabase.removeApplicationFont(font_id)


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
@pytest.mark.parametrize("view", VIEWS)
def test_view_looks_as_recorded(karachi: Pack, qtbot, view: str, language: Language) -> None:
    from kiosk import app as kiosk_app

    fresh_font_caches()
    kiosk = kiosk_app.build(karachi, language)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1280, 720)
    kiosk.window.show()
    kiosk.window.show_view(view)
    for _ in range(3):
        QApplication.processEvents()
    assert_image_matches(kiosk.window.grab().toImage(), f"view-{view}-{language.code}")
    kiosk.languages.set_language(Language.EN)
