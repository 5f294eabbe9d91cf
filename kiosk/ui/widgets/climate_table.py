"""The climate chart's numbers as a table, for visitors and screen readers who want figures.

Months run down the rows, so the chart's right-to-left decision does not apply to them; the
columns follow the layout direction like the chart's cities do (first city nearest the month
names), which Qt's item views do by themselves under Urdu.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScroller,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.content.model import ClimateSeries
from kiosk.core.chart_scale import MONTHS, TemperatureUnit, convert
from kiosk.core.languages import FALLBACK, Language
from kiosk.ui import palette
from kiosk.ui.widgets.climate_chart_layout import isolate_units
from kiosk.ui.widgets.climate_chart_painter import series_colours

_COLUMNS_PER_SERIES = 3  # mean max, mean min, precipitation
# Rows share the height so all twelve months show at once where they can, but never drop
# under a finger's 48 px: a tap picks the month, and below that the table scrolls instead.
_MIN_ROW, _MAX_ROW = 48, 64


class ClimateTable(QTableWidget):
    """Monthly figures, a row per month and high/low/rain columns per city; a tap picks one.

    The chosen month is tinted like the chart's selected column; ``monthSelected`` reports a
    visitor's choice, and ``set_selected_month`` sets one without echoing it back.
    """

    monthSelected = Signal(int)

    def __init__(self, series: Sequence[ClimateSeries], parent: QWidget | None = None) -> None:
        super().__init__(MONTHS, len(series) * _COLUMNS_PER_SERIES, parent)
        self._series = tuple(series)
        self._language = FALLBACK
        self._unit = TemperatureUnit.CELSIUS
        self._selected: int | None = None
        self._palette = palette.PaletteWatch()
        self.setObjectName("ClimateTable")  # styled in kiosk.qss
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(_MIN_ROW)  # Nastaliq's metrics ask more
        # Where the rows do not all fit (Urdu's tall headers, a small window), a finger drags.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._make_items()
        self.cellClicked.connect(lambda row, _column: self._choose(row))
        self.verticalHeader().sectionClicked.connect(self._choose)
        self._fill()

    # -- public API -------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self._language = language
        self._fill()

    def set_unit_fahrenheit(self, on: bool) -> None:
        self._unit = TemperatureUnit.FAHRENHEIT if on else TemperatureUnit.CELSIUS
        self._fill()

    def selected_month(self) -> int | None:
        return self._selected

    def set_selected_month(self, index: int | None) -> None:
        """Tint ``index``'s row and bring it into view, without emitting ``monthSelected``."""
        if index is not None and not 0 <= index < MONTHS:
            raise IndexError(index)
        self._selected = index
        self._paint_selection()
        if index is not None:
            self.scrollTo(self.model().index(index, 0))

    def column_for(self, series_index: int, measure: int) -> int:
        """The column of a series' measure: 0 = mean max, 1 = mean min, 2 = precipitation."""
        return series_index * _COLUMNS_PER_SERIES + measure

    # -- events -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        elif event.type() == QEvent.Type.FontChange:
            self._paint_selection()  # the chosen month's bold follows the new font
        elif event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self._colour_headers()  # the high-contrast theme's darker city colours
            self._paint_selection()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().viewportEvent(event)

    def _fit_rows(self) -> None:
        room = self.viewport().height() / MONTHS
        size, header = int(min(max(room, _MIN_ROW), _MAX_ROW)), self.verticalHeader()
        for month in range(MONTHS):
            if header.sectionSize(month) != size:  # unchanged: no relayout, no loop
                header.resizeSection(month, size)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and down walk the months, as the arrow keys walk the chart's columns."""
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._choose(0 if key == Qt.Key.Key_Home else MONTHS - 1)
        elif key in steps:
            start = -1 if self._selected is None and steps[key] > 0 else (self._selected or 0)
            self._choose(min(max(start + steps[key], 0), MONTHS - 1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- filling ----------------------------------------------------------------------------

    def _choose(self, month: int) -> None:
        changed = month != self._selected
        self.set_selected_month(month)
        # The current cell follows, so a screen reader announces the month just chosen.
        self.setCurrentCell(month, max(self.currentColumn(), 0))
        if changed:
            self.monthSelected.emit(month)

    def _make_items(self) -> None:
        for month in range(MONTHS):
            self.setVerticalHeaderItem(month, QTableWidgetItem())
            for column in range(self.columnCount()):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never editable
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(month, column, item)
        for column in range(self.columnCount()):
            self.setHorizontalHeaderItem(column, QTableWidgetItem())
        self._colour_headers()

    def _colour_headers(self) -> None:
        colours = series_colours(len(self._series))
        for column in range(self.columnCount()):
            header = self._item(self.horizontalHeaderItem(column))
            header.setForeground(QBrush(colours[column // _COLUMNS_PER_SERIES]))

    def _fill(self) -> None:
        self.setAccessibleName(self.tr("Monthly climate figures"))
        self.setAccessibleDescription(
            self.tr("Average daily high and low temperature and rain for each month.")
        )
        months, headings = self._fill_headers()
        for month in range(MONTHS):
            for index, series in enumerate(self._series):
                self._fill_series(month, index, series, months[month], headings)
        self._paint_selection()

    def _fill_headers(self) -> tuple[list[str], list[str]]:
        locale = self._locale()
        months = [locale.monthName(m + 1, QLocale.FormatType.LongFormat) for m in range(MONTHS)]
        for month, name in enumerate(months):
            self._item(self.verticalHeaderItem(month)).setText(name)
        symbol = self._unit.symbol
        labels: list[str] = []
        for series in self._series:
            name = series.label.get(self._language)
            labels += [
                self.tr("%1\nhigh (%2)").replace("%1", name).replace("%2", symbol),
                self.tr("%1\nlow (%2)").replace("%1", name).replace("%2", symbol),
                self.tr("%1\nrain (mm)").replace("%1", name),
            ]
        for column, label in enumerate(labels):
            shown = isolate_units(label) if self._language.right_to_left else label
            self._item(self.horizontalHeaderItem(column)).setText(shown)
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
            item = self._item(self.item(month, column))
            item.setText(text)
            spoken = f"{month_name}, {headings[column]}: {text} {unit}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _paint_selection(self) -> None:
        highlight = QColor(palette.current().selection)
        highlight.setAlphaF(0.2)
        bold = QFont(self.font())
        bold.setBold(True)
        for month in range(MONTHS):
            chosen = month == self._selected
            brush = QBrush(highlight) if chosen else QBrush()
            for column in range(self.columnCount()):
                self._item(self.item(month, column)).setBackground(brush)
            # Only the chosen month carries a font of its own; the others follow the table's.
            header = self._item(self.verticalHeaderItem(month))
            header.setData(Qt.ItemDataRole.FontRole, bold if chosen else None)

    def _locale(self) -> QLocale:
        return QLocale(self._language.locale_name)

    @staticmethod
    def _item(item: QTableWidgetItem | None) -> QTableWidgetItem:
        assert item is not None  # every cell and header is made in ``_make_items``
        return item
