"""The climate view as a visitor uses it: the story, °C/°F, chart and table, reset."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt, QVariantAnimation
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.content.model import Climate, ClimateSeries, Fact, Passage, Source, Text
from kiosk.core.languages import Language
from kiosk.ui.views.climate_view import TRANSITION_MS, ClimateView
from kiosk.ui.widgets.climate_story_card import fill
from tests.test_climate_chart import JAN, JUL, KARACHI, SHENYANG, direction

NBSP = "\u00a0"
AUG = 7
SOURCES = {
    key: Source(key, Text(f"{key} title"), Text(f"{key} publisher"))
    for key in ("seed", "pmd", "cma", "wiki")
}


def climate(*series: ClimateSeries) -> Climate:
    """A small climate section around ``series``, built here rather than read from a pack."""
    return Climate(
        summary=Passage(Text("Climate"), Text("Hot and dry."), "seed"),
        headlines=(
            Fact("winter", Text("Winter mean minimum"), Text("{number} °C"), "seed", 13),
            Fact("rain", Text("Rain a year"), Text("about {number} mm"), "seed", 200),
        ),
        series=series or (KARACHI, SHENYANG),
        notes=(
            Passage(Text("Desert or semi-arid?"), Text("BSh, formerly BWh."), "wiki"),
            Passage(Text("How much rain?"), Text("About 200 mm."), "pmd"),
        ),
    )


MakeView = Callable[..., ClimateView]


@pytest.fixture
def make_view(qtbot: QtBot) -> MakeView:
    def make(*series: ClimateSeries, language: Language = Language.EN) -> ClimateView:
        view = ClimateView(climate(*series), {}, SOURCES)
        qtbot.addWidget(view)
        view.setLayoutDirection(direction(language))
        view.set_language(language)
        view.resize(1600, 900)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def view(make_view: MakeView) -> ClimateView:
    return make_view()


def sentences(view: ClimateView) -> list[str]:
    story = view.story()
    assert story is not None
    return story.sentences()


def click(qtbot: QtBot, view: ClimateView, name: str) -> None:
    qtbot.mouseClick(view.buttons()[name], Qt.MouseButton.LeftButton)


def running(view: ClimateView) -> list[QVariantAnimation]:
    animations = view.findChildren(QVariantAnimation)
    return [a for a in animations if a.state() is QVariantAnimation.State.Running]


# -- the story ---------------------------------------------------------------------------------


def test_the_story_compares_the_cities_from_their_figures(view: ClimateView) -> None:
    assert sentences(view) == [
        f"In January Shenyang is about 30{NBSP}°C colder than Karachi.",
        f"The two cities are closest in August, when Shenyang is about 5{NBSP}°C colder.",
        "Both cities get most of their rain in July and August.",
        f"In a year Karachi gets 222{NBSP}mm of rain and Shenyang gets 651{NBSP}mm,"
        " about 3 times as much.",
    ]


def test_a_different_january_tells_a_different_story(make_view: MakeView) -> None:
    highs, lows = list(SHENYANG.mean_max), list(SHENYANG.mean_min)
    highs[JAN], lows[JAN] = -15.3, -27.9  # a far harder winter: 10 °C colder on average
    harder = dataclasses.replace(SHENYANG, mean_max=tuple(highs), mean_min=tuple(lows))
    first = sentences(make_view(KARACHI, harder))[0]
    assert first == f"In January Shenyang is about 40{NBSP}°C colder than Karachi."


def test_the_coldest_gap_moves_with_the_data(make_view: MakeView) -> None:
    highs, lows = list(SHENYANG.mean_max), list(SHENYANG.mean_min)
    highs[JUL], lows[JUL] = -30.0, -40.0  # an impossible July, to move the gap
    odd = dataclasses.replace(SHENYANG, mean_max=tuple(highs), mean_min=tuple(lows))
    assert sentences(make_view(KARACHI, odd))[0].startswith("In July Shenyang is about 65")


def test_a_wetter_sister_city_is_named_second(make_view: MakeView) -> None:
    wet = dataclasses.replace(KARACHI, precipitation=tuple(v * 10 for v in KARACHI.precipitation))
    annual = sentences(make_view(wet, SHENYANG))[-1]
    assert annual == (
        f"In a year Shenyang gets 651{NBSP}mm of rain and Karachi gets 2,220{NBSP}mm,"
        " about 3 times as much."
    )


def test_different_wet_seasons_are_named_for_each_city(make_view: MakeView) -> None:
    winter = dataclasses.replace(KARACHI, precipitation=(90, 60, 5, 0, 0, 0, 0, 0, 0, 5, 20, 10))
    wet = sentences(make_view(winter, SHENYANG))[2]
    assert wet == "Karachi gets the most rain in January and February, Shenyang in July and August."


def test_one_city_alone_has_no_story(make_view: MakeView) -> None:
    view = make_view(KARACHI)
    assert view.story() is None
    assert view.chart().isVisible()


@pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
def test_the_story_names_months_and_cities_in_each_language(
    make_view: MakeView, language: Language
) -> None:
    view = make_view(language=language)
    locale = QLocale(language.locale_name)
    first, _, wet, _ = sentences(view)
    assert locale.monthName(1, QLocale.FormatType.LongFormat) in first
    assert SHENYANG.label.get(language) in first and KARACHI.label.get(language) in first
    assert locale.monthName(8, QLocale.FormatType.LongFormat) in wet
    # Urdu reads right to left: "30 °C" is an isolated left-to-right island in the sentence.
    assert ("\u206630" in first) == language.right_to_left
    assert view.chart().isRightToLeft() == language.right_to_left


def test_placeholders_are_filled_in_one_pass() -> None:
    assert fill("%1 and %2", "%2", "Shenyang") == "%2 and Shenyang"
    assert fill("%2 before %1", "a", "b") == "b before a"


# -- °C and °F ---------------------------------------------------------------------------------


def test_the_unit_buttons_switch_chart_table_and_story(qtbot: QtBot, view: ClimateView) -> None:
    buttons = view.buttons()
    assert buttons["celsius"].isChecked() and not view.is_fahrenheit()
    click(qtbot, view, "fahrenheit")
    assert view.is_fahrenheit() and buttons["fahrenheit"].isChecked()
    assert view.chart().format_temperature(28.2) == f"82.8{NBSP}°F"
    header = view.table().horizontalHeaderItem(0)
    assert header is not None and "°F" in header.text()
    # A difference converts without the 32° offset: 32.1 °C apart is 57.8 °F, "about 60".
    assert sentences(view)[0] == f"In January Shenyang is about 60{NBSP}°F colder than Karachi."
    click(qtbot, view, "celsius")
    assert not view.is_fahrenheit()
    assert "30\u00a0°C" in sentences(view)[0]


def test_every_switch_has_an_accessible_name(view: ClimateView) -> None:
    names = [button.accessibleName() for button in view.buttons().values()]
    assert all(names) and len(set(names)) == 4
    assert [b.text() for b in view.buttons().values()] == [
        "Chart",
        "Table",
        "\u2066°C\u2069",
        "\u2066°F\u2069",
    ]


# -- chart and table ---------------------------------------------------------------------------


def test_chart_and_table_share_the_selected_month(qtbot: QtBot, view: ClimateView) -> None:
    chart, table = view.chart(), view.table()
    chart_emits, table_emits = [], []
    chart.monthSelected.connect(chart_emits.append)
    table.monthSelected.connect(table_emits.append)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.month_rect(JUL).center().toPoint())
    assert table.selected_month() == JUL
    click(qtbot, view, "table")
    assert view.table_shown() and table.isVisible() and not chart.isVisible()
    assert view.buttons()["table"].isChecked()
    row = table.visualItemRect(table.item(AUG, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert chart.selected_month() == AUG == table.selected_month()
    click(qtbot, view, "chart")
    assert chart.isVisible() and chart.selected_month() == AUG
    # One emission per visitor's choice: neither side echoed the other's.
    assert chart_emits == [JUL] and table_emits == [AUG]


def test_the_table_is_walked_with_the_arrow_keys(qtbot: QtBot, view: ClimateView) -> None:
    click(qtbot, view, "table")
    table = view.table()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.selected_month() == JAN == view.chart().selected_month()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert view.chart().selected_month() == 2
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert view.chart().selected_month() == 1
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert view.chart().selected_month() == 11
    assert table.currentRow() == 11  # a screen reader follows the chosen month


# -- reset and transitions ---------------------------------------------------------------------


def test_reset_brings_back_celsius_the_chart_no_month_and_the_top(
    qtbot: QtBot, view: ClimateView
) -> None:
    click(qtbot, view, "fahrenheit")
    view.chart().set_selected_month(JUL)
    view.table().set_selected_month(JUL)
    click(qtbot, view, "table")
    view.resize(1600, 500)
    QApplication.processEvents()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.verticalScrollBar().value() > 0
    view.reset()
    assert not view.is_fahrenheit() and view.buttons()["celsius"].isChecked()
    assert not view.table_shown() and view.buttons()["chart"].isChecked()
    assert view.chart().selected_month() is None and view.table().selected_month() is None
    assert view.verticalScrollBar().value() == 0
    assert "°C" in sentences(view)[0]


def test_no_transition_plays_in_tests_or_screenshots(qtbot: QtBot, view: ClimateView) -> None:
    assert not view.crossfade().enabled  # offscreen: nobody is watching
    click(qtbot, view, "fahrenheit")
    click(qtbot, view, "table")
    assert running(view) == []
    assert not view.crossfade().isVisible()


def test_a_visitors_switch_cross_fades_briefly_then_nothing_ticks(
    qtbot: QtBot, view: ClimateView
) -> None:
    fade = view.crossfade()
    fade.enabled = True
    click(qtbot, view, "fahrenheit")
    assert [a.duration() for a in running(view)] == [TRANSITION_MS]
    assert fade.isVisible() and view.is_fahrenheit()  # the change is made at once
    qtbot.waitUntil(lambda: not running(view), timeout=2000)
    assert not fade.isVisible()
    click(qtbot, view, "fahrenheit")  # already °F: nothing to fade
    assert running(view) == []


def test_programmatic_changes_and_hiding_never_animate(qtbot: QtBot, view: ClimateView) -> None:
    view.crossfade().enabled = True
    view.set_fahrenheit(True)
    view.show_table(True)
    view.reset()
    assert running(view) == []
    click(qtbot, view, "table")
    assert running(view)
    view.hide()
    assert running(view) == [] and not view.crossfade().isVisible()
