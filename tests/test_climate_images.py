"""Image tests of the climate chart at 1280x600: three languages, both units, with a tolerance.

Each language runs with its interface translation, font and direction installed, as the
kiosk shows it. In °F July is selected, so the highlight and the callout are recorded too.
Re-record with ``KIOSK_RECORD_IMAGES=1`` after a deliberate change, and look at the result.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.widgets.climate_chart import ClimateChart
from tests.image_compare import assert_image_matches
from tests.test_climate_chart import JUL, SERIES


def fresh_font_caches() -> None:
    """Drop Qt's cached font engines, so an image does not depend on what ran before it.

    Nastaliq shaped after other languages' fonts have been in use lands a fraction of a
    pixel away from where a fresh process puts it (about 0.5 % of an Urdu chart's pixels).
    Adding and removing an application font makes Qt clear its font caches.
    """
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts/NotoSans-Regular.ttf")))
    assert font_id >= 0
    QFontDatabase.removeApplicationFont(font_id)


@pytest.fixture
def languages() -> Iterator[LanguageController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = LanguageController(app, register_fonts())
    fresh_font_caches()
    yield controller
    controller.set_language(Language.EN)  # the next test starts from the default again


@pytest.mark.parametrize("fahrenheit", [False, True], ids=["c", "f"])
@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
def test_chart_looks_as_recorded(
    qtbot: QtBot, languages: LanguageController, language: Language, fahrenheit: bool
) -> None:
    languages.set_language(language)
    chart = ClimateChart(SERIES)
    qtbot.addWidget(chart)
    chart.set_language(language)
    chart.set_unit_fahrenheit(fahrenheit)
    chart.set_selected_month(JUL if fahrenheit else None)
    chart.resize(1280, 600)
    chart.show()
    qtbot.waitExposed(chart)
    chart.clearFocus()  # the focus ring depends on window activation, not on the chart
    assert chart.isRightToLeft() == language.right_to_left
    unit = "f" if fahrenheit else "c"
    assert_image_matches(chart.grab().toImage(), f"climate-{language.code}-{unit}")
