"""The climate chart and table, driven as a visitor would: taps, arrow keys, unit toggle."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem
from pytestqt.qtbot import QtBot

from kiosk.content.model import ClimateMeasure, ClimateSeries, Text
from kiosk.core.chart_scale import MONTHS, TemperatureUnit, convert, nice_ticks
from kiosk.core.languages import Language
from kiosk.ui.fonts import register_fonts
from kiosk.ui.palette import DEFAULT as PALETTE
from kiosk.ui.widgets.climate_chart import ClimateChart
from kiosk.ui.widgets.climate_table import ClimateTable

JAN, JUL = 0, 6
HIGH, LOW, RAIN = ClimateMeasure.MEAN_MAX, ClimateMeasure.MEAN_MIN, ClimateMeasure.PRECIPITATION

KARACHI = ClimateSeries(
    id="karachi",
    place="karachi",
    label=Text("Karachi", "卡拉奇", "کراچی"),
    period=Text("PMD long-term averages"),
    sources=("pmd",),
    mean_max=(28.2, 28.4, 32.2, 34.7, 35.5, 35.4, 33.3, 32.1, 33.2, 35.5, 32.5, 28.2),
    mean_min=(12.7, 14.0, 18.6, 23.0, 26.6, 28.3, 27.6, 26.3, 25.6, 21.9, 16.8, 12.7),
    precipitation=(13, 10, 8, 3, 3, 18, 85, 61, 13, 0, 3, 5),
)
SHENYANG = ClimateSeries(
    id="shenyang",
    place="shenyang",
    label=Text("Shenyang", "沈阳", "شین یانگ"),
    period=Text("CMA 1991-2020"),
    sources=("cma",),
    mean_max=(-5.3, -0.2, 7.4, 16.9, 24.0, 27.6, 29.3, 28.5, 24.3, 16.1, 5.4, -3.1),
    mean_min=(-17.9, -12.8, -4.4, 3.9, 11.6, 17.1, 20.5, 19.2, 12.1, 3.9, -5.3, -14.4),
    precipitation=(4.6, 7.6, 14.1, 31.3, 58.9, 84.0, 188.2, 149.6, 44.9, 39.3, 19.4, 9.1),
)
SERIES = (KARACHI, SHENYANG)


def direction(language: Language) -> Qt.LayoutDirection:
    rtl = language.right_to_left
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def speak(widget: ClimateChart | ClimateTable, language: Language) -> None:
    """Switch ``widget`` to ``language`` with that language's font and direction, as the app does.

    Shaping Urdu before the bundled Nastaliq is registered would leave Qt's font caches
    holding a fallback, and later Urdu images would depend on which test ran first.
    """
    widget.setFont(register_fonts().font_for(language, 13.0))
    widget.setLayoutDirection(direction(language))
    widget.set_language(language)


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[ClimateChart]:
    widget = ClimateChart(SERIES)
    qtbot.addWidget(widget)
    widget.resize(1500, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def expected_y(chart: ClimateChart, value: float, start: float, stop: float) -> float:
    plot = chart.plot_rect()
    return plot.bottom() - (value - start) / (stop - start) * plot.height()


def expected_centre_x(chart: ClimateChart, month: int, rtl: bool = False) -> float:
    plot = chart.plot_rect()
    slot = MONTHS - 1 - month if rtl else month
    return plot.left() + (slot + 0.5) * plot.width() / MONTHS


# -- geometry ---------------------------------------------------------------------------------


def test_both_cities_share_one_round_temperature_axis(chart: ClimateChart) -> None:
    assert chart.temperature_ticks().values == (-20.0, -10.0, 0.0, 10.0, 20.0, 30.0, 40.0)
    assert chart.rain_ticks().values == (0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0)


def test_karachi_january_points_sit_at_their_values(chart: ClimateChart) -> None:
    high, low = chart.point_for(0, JAN, HIGH), chart.point_for(0, JAN, LOW)
    assert high.x() == pytest.approx(expected_centre_x(chart, JAN), abs=0.01)
    assert high.y() == pytest.approx(expected_y(chart, 28.2, -20, 40), abs=0.01)
    assert low.y() == pytest.approx(expected_y(chart, 12.7, -20, 40), abs=0.01)
    shenyang_low = chart.point_for(1, JAN, LOW)
    assert shenyang_low.y() == pytest.approx(expected_y(chart, -17.9, -20, 40), abs=0.01)


def test_shenyang_july_rain_bar_stands_on_the_axis_at_its_height(chart: ClimateChart) -> None:
    bar, plot = chart.bar_rect(1, JUL), chart.plot_rect()
    assert bar.bottom() == pytest.approx(plot.bottom(), abs=0.01)
    assert bar.top() == pytest.approx(expected_y(chart, 188.2, 0, 300), abs=0.01)
    karachi = chart.bar_rect(0, JUL)
    assert karachi.top() == pytest.approx(expected_y(chart, 85.0, 0, 300), abs=0.01)
    band = chart.month_rect(JUL)
    assert band.left() < karachi.left() < karachi.right() < bar.left() < bar.right() < band.right()
    assert chart.point_for(1, JUL, RAIN) == QPointF(bar.center().x(), bar.top())


def test_right_to_left_mirrors_the_month_axis(chart: ClimateChart) -> None:
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert chart.point_for(0, JAN, HIGH).x() == pytest.approx(
        expected_centre_x(chart, JAN, rtl=True), abs=0.01
    )
    assert chart.point_for(0, JAN, HIGH).x() > chart.point_for(0, 11, HIGH).x()
    # Karachi's bar still comes first in reading order: on the right.
    assert chart.bar_rect(0, JUL).left() > chart.bar_rect(1, JUL).right()


# -- selection --------------------------------------------------------------------------------


def test_arrow_keys_walk_the_months_and_stop_at_the_ends(chart: ClimateChart, qtbot: QtBot) -> None:
    chart.setFocus()
    with qtbot.waitSignal(chart.monthSelected) as first:
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert first.args == [JAN]
    for expected in (1, 2, 3):
        with qtbot.waitSignal(chart.monthSelected) as step:
            qtbot.keyClick(chart, Qt.Key.Key_Right)
        assert step.args == [expected]
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected_month() == 2
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.selected_month() == 11
    with qtbot.assertNotEmitted(chart.monthSelected):
        qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.selected_month() == 11
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.selected_month() == JAN


def test_arrow_keys_follow_the_screen_when_mirrored(chart: ClimateChart, qtbot: QtBot) -> None:
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    chart.set_selected_month(5)
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # leftwards is later in a right-to-left chart
    assert chart.selected_month() == 6
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.selected_month() == 5


def test_a_tap_selects_the_month_under_the_finger(chart: ClimateChart, qtbot: QtBot) -> None:
    target = chart.month_rect(JUL).center().toPoint()
    with qtbot.waitSignal(chart.monthSelected) as tapped:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=target)
    assert tapped.args == [JUL]
    assert chart.selected_month() == JUL
    legend = QPoint(target.x(), 5)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=legend)
    assert chart.selected_month() == JUL


def test_a_chart_needs_data() -> None:
    with pytest.raises(ValueError):
        ClimateChart([])


def test_setting_the_month_from_outside_does_not_echo(chart: ClimateChart, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(chart.monthSelected):
        chart.set_selected_month(3)
    assert chart.selected_month() == 3
    with pytest.raises(IndexError):
        chart.set_selected_month(12)


def test_the_selected_column_is_highlighted(chart: ClimateChart) -> None:
    plot = chart.plot_rect()
    probe = QPoint(round(chart.month_rect(3).left() + 4), round(plot.top() + 4))
    before = chart.grab().toImage().pixelColor(probe)
    chart.set_selected_month(3)
    after = chart.grab().toImage().pixelColor(probe)
    assert before == QColor(PALETTE.surface)
    assert after != before and after.red() > after.blue()  # warm, like the focus colour


def test_selection_updates_the_accessible_description(chart: ClimateChart) -> None:
    assert chart.accessibleName()
    chart.set_selected_month(JUL)
    description = chart.accessibleDescription()
    assert description == chart.month_accessible_text(JUL)
    assert description.startswith("July")
    assert "Karachi" in description and "33.3" in description and "188.2" in description


@pytest.mark.parametrize("language", list(Language))
def test_each_language_names_its_months(chart: ClimateChart, language: Language) -> None:
    speak(chart, language)
    chart.set_selected_month(JAN)
    january = QLocale(language.locale_name).monthName(1, QLocale.FormatType.LongFormat)
    assert chart.month_accessible_text(JAN).startswith(january)
    assert KARACHI.label.get(language) in chart.month_accessible_text(JAN)
    assert chart.isRightToLeft() == language.right_to_left
    assert not chart.grab().isNull()


# -- units ------------------------------------------------------------------------------------


def test_fahrenheit_re_ticks_to_round_numbers_and_moves_the_points(chart: ClimateChart) -> None:
    chart.set_unit_fahrenheit(True)
    ticks = chart.temperature_ticks()
    assert ticks.values == (-20.0, 0.0, 20.0, 40.0, 60.0, 80.0, 100.0)
    assert ticks == nice_ticks(convert(-17.9, TemperatureUnit.FAHRENHEIT), 95.9, ticks.intervals)
    high = chart.point_for(0, JAN, HIGH)
    assert high.y() == pytest.approx(expected_y(chart, 82.76, -20, 100), abs=0.01)
    assert chart.format_temperature(28.2) == "82.8\u00a0°F"
    chart.set_unit_fahrenheit(False)
    assert chart.format_temperature(28.2) == "28.2\u00a0°C"


# -- table ------------------------------------------------------------------------------------


def cell(table: ClimateTable, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def header(table: ClimateTable, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


@pytest.fixture
def table(qtbot: QtBot) -> ClimateTable:
    widget = ClimateTable(SERIES)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("fahrenheit", [False, True])
@pytest.mark.parametrize("language", list(Language))
def test_table_numbers_match_the_chart(
    chart: ClimateChart, table: ClimateTable, language: Language, fahrenheit: bool
) -> None:
    for widget in (chart, table):
        speak(widget, language)
        widget.set_unit_fahrenheit(fahrenheit)
    locale, ticks = QLocale(language.locale_name), chart.temperature_ticks()
    unit = TemperatureUnit.FAHRENHEIT if fahrenheit else TemperatureUnit.CELSIUS
    plot = chart.plot_rect()

    def drawn(y: float) -> float:  # what the chart's pixel says, read back off its axis
        return ticks.start + (plot.bottom() - y) / plot.height() * (ticks.stop - ticks.start)

    for month in range(MONTHS):
        for index, series in enumerate(SERIES):
            for measure, which in enumerate((HIGH, LOW)):
                text = cell(table, month, table.column_for(index, measure)).text()
                value, ok = locale.toDouble(text)
                assert ok, text
                data = (series.mean_max if which is HIGH else series.mean_min)[month]
                assert value == pytest.approx(round(convert(data, unit), 1))
                assert drawn(chart.point_for(index, month, which).y()) == pytest.approx(
                    value, abs=0.051
                )
            rain, ok = locale.toDouble(cell(table, month, table.column_for(index, 2)).text())
            assert ok and rain == pytest.approx(series.precipitation[month])


def test_table_is_read_only_and_announces_its_headers(table: ClimateTable) -> None:
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    item = cell(table, JAN, 0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert table.accessibleName()
    assert "Karachi" in header(table, 0) and "°C" in header(table, 0)
    month = table.verticalHeaderItem(JAN)
    assert month is not None and month.text() == "January"
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "January" in spoken and "Karachi" in spoken and "28.2" in spoken


def test_table_follows_the_unit_and_the_chart_selection(table: ClimateTable) -> None:
    table.set_unit_fahrenheit(True)
    assert "°F" in header(table, 0)
    assert cell(table, JAN, 0).text() == "82.8"
    table.set_selected_month(JUL)
    assert cell(table, JUL, 0).background().color().alpha() > 0
    assert cell(table, JAN, 0).background().style() == Qt.BrushStyle.NoBrush


def test_a_tap_on_a_row_or_its_month_chooses_that_month(table: ClimateTable, qtbot: QtBot) -> None:
    table.resize(900, 600)
    table.show()
    qtbot.waitExposed(table)
    with qtbot.waitSignal(table.monthSelected) as tapped:
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualItemRect(cell(table, JUL, 2)).center(),
        )
    assert tapped.args == [JUL] and table.selected_month() == JUL
    header = table.verticalHeader()
    month = QPoint(header.width() // 2, header.sectionViewportPosition(JAN) + 5)
    with qtbot.waitSignal(table.monthSelected) as named:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=month)
    assert named.args == [JAN]
    with qtbot.assertNotEmitted(table.monthSelected):
        table.set_selected_month(3)
    assert table.selected_month() == 3
    with pytest.raises(IndexError):
        table.set_selected_month(12)


def test_all_twelve_months_fit_without_scrolling(table: ClimateTable, qtbot: QtBot) -> None:
    table.resize(900, 720)
    table.show()
    qtbot.waitExposed(table)
    header = table.verticalHeader()
    assert header.sectionSize(JAN) >= 48  # a finger's height
    assert header.sectionViewportPosition(11) + header.sectionSize(11) <= table.viewport().height()
    assert table.verticalScrollBar().maximum() == 0


def test_rows_keep_a_finger_height_and_scroll_when_short(table: ClimateTable, qtbot: QtBot) -> None:
    table.resize(900, 480)
    table.show()
    qtbot.waitExposed(table)
    header = table.verticalHeader()
    assert min(header.sectionSize(month) for month in range(12)) >= 48
    assert table.verticalScrollBar().maximum() > 0  # the last months are a drag away
