"""Image tests of every view in every language, as the window shows them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Pack
from kiosk.core.languages import Language
from tests.image_compare import assert_image_matches

VIEWS = ["overview", "climate", "industries", "timeline"]


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
@pytest.mark.parametrize("view", VIEWS)
def test_view_looks_as_recorded(karachi: Pack, qtbot, view: str, language: Language) -> None:
    from kiosk import app as kiosk_app

    kiosk = kiosk_app.build(karachi, language)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1280, 720)
    kiosk.window.show()
    kiosk.window.show_view(view)
    for _ in range(3):
        QApplication.processEvents()
    assert_image_matches(kiosk.window.grab().toImage(), f"view-{view}-{language.code}")
    kiosk.languages.set_language(Language.EN)
