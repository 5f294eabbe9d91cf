"""The climate chart's numbers as a table, for visitors and screen readers who want figures.

Months run down the rows, so the chart's right-to-left decision does not apply to them; the
columns follow the layout direction like the chart's cities do (first city nearest the month
names), which Qt's item views do by themselves under Urdu.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.content.model import ClimateSeries
from kiosk.core.chart_scale import MONTHS, TemperatureUnit, convert
from kiosk.core.languages import FALLBACK, Language
from kiosk.ui.palette import DEFAULT as PALETTE

_COLUMNS_PER_SERIES = 3  # mean max, mean min, precipitation


class ClimateTable(QTableWidget):
    """Read-only monthly figures: a row per month, high/low/rain columns per city."""

    def __init__(self, series: Sequence[ClimateSeries], parent: QWidget | None = None) -> None:
        super().__init__(MONTHS, len(series) * _COLUMNS_PER_SERIES, parent)
        self._series = tuple(series)
        self._language = FALLBACK
        self._unit = TemperatureUnit.CELSIUS
        self._selected: int | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fill()

    def set_language(self, language: Language) -> None:
        self._language = language
        self._fill()

    def set_unit_fahrenheit(self, on: bool) -> None:
        self._unit = TemperatureUnit.FAHRENHEIT if on else TemperatureUnit.CELSIUS
        self._fill()

    def set_selected_month(self, index: int | None) -> None:
        """Tint the chart's selected month and scroll to it (the table itself never selects)."""
        self._selected = index
        self._fill()
        if index is not None:
            self.scrollTo(self.model().index(index, 0))

    def column_for(self, series_index: int, measure: int) -> int:
        """The column of a series' measure: 0 = mean max, 1 = mean min, 2 = precipitation."""
        return series_index * _COLUMNS_PER_SERIES + measure

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def _locale(self) -> QLocale:
        return QLocale(self._language.locale_name)

    def _fill(self) -> None:
        self.setAccessibleName(self.tr("Monthly climate figures"))
        self.setAccessibleDescription(
            self.tr("Average daily high and low temperature and rain for each month.")
        )
        months, headings = self._fill_headers()
        for month in range(MONTHS):
            for index, series in enumerate(self._series):
                self._fill_series(month, index, series, months[month], headings)

    def _fill_headers(self) -> tuple[list[str], list[str]]:
        locale = self._locale()
        months = [locale.monthName(m + 1, QLocale.FormatType.LongFormat) for m in range(MONTHS)]
        self.setVerticalHeaderLabels(months)
        symbol = self._unit.symbol
        labels: list[str] = []
        for series in self._series:
            name = series.label.get(self._language)
            labels += [
                self.tr("%1\nhigh (%2)").replace("%1", name).replace("%2", symbol),
                self.tr("%1\nlow (%2)").replace("%1", name).replace("%2", symbol),
                self.tr("%1\nrain (mm)").replace("%1", name),
            ]
        self.setHorizontalHeaderLabels(labels)
        return months, [label.replace("\n", " ") for label in labels]

    def _fill_series(
        self, month: int, index: int, series: ClimateSeries, month_name: str, headings: list[str]
    ) -> None:
        locale, symbol = self._locale(), self._unit.symbol
        rain = float(series.precipitation[month])
        values = (
            (locale.toString(convert(series.mean_max[month], self._unit), "f", 1), symbol),
            (locale.toString(convert(series.mean_min[month], self._unit), "f", 1), symbol),
            (locale.toString(rain, "f", 0 if rain.is_integer() else 1), self.tr("mm")),
        )
        for measure, (text, unit) in enumerate(values):
            column = self.column_for(index, measure)
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never editable or selectable
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            spoken = f"{month_name}, {headings[column]}: {text} {unit}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            if month == self._selected:
                highlight = QColor(PALETTE.focus)
                highlight.setAlphaF(0.2)
                item.setBackground(QBrush(highlight))
            self.setItem(month, column, item)
