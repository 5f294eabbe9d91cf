"""The monthly climate chart: each city's temperature band and rain bars on shared axes.

Right to left: under Urdu the whole chart mirrors, the month axis included, so January sits
at the right and time runs right to left. Urdu readers scan from the right; the tab bar, the
legend, the table's columns and the rest of the kiosk already follow the reading direction,
and a time axis that alone ran the other way would make the chart the one place where "first"
is on the left. Mirroring time for right-to-left scripts is also what Mozilla's RTL
guidelines ask ("anything that relates to time should be depicted as moving from right to
left") and what chart toolkits with RTL support do by default. The mirror lives in one place:
``BandScale(reverse=...)`` plus the side each axis sits on, both in
:mod:`~kiosk.ui.widgets.climate_chart_layout`. Arrow keys follow the screen: → moves to the
column on the right, whichever month that is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.content.model import ClimateMeasure, ClimateSeries
from kiosk.core.chart_scale import MONTHS, TemperatureUnit, Ticks, convert
from kiosk.core.languages import FALLBACK, Language
from kiosk.ui.palette import PaletteWatch
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.climate_chart_layout import (
    BAND_KEY,
    BAR_KEY,
    NBSP,
    Callout,
    ChartLayout,
    ChartSpec,
    build_callout,
    build_layout,
    isolate_ltr,
    isolate_units,
)
from kiosk.ui.widgets.climate_chart_painter import (
    paint_base,
    paint_callout,
    paint_column,
    series_colours,
)
from kiosk.ui.widgets.item_proxy import ItemChoices, ItemProxy, finger_sized, snapped


class ClimateChart(QWidget):
    """Monthly normals of one or more cities: a tap or the arrow keys pick a month.

    Series are coloured by position: the first is the sister city (``palette.city``), the
    second home (``palette.home``). Month indices are 0-based (0 = January).
    """

    monthSelected = Signal(int)

    def __init__(self, series: Sequence[ClimateSeries], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not series:
            raise ValueError("a climate chart needs at least one series")
        self._series = tuple(series)
        self._colours = series_colours(len(self._series))
        self._palette = PaletteWatch()
        self._language = FALLBACK
        self._unit = TemperatureUnit.CELSIUS
        self._selected: int | None = None
        self._layout: ChartLayout | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel
        # Each month as a named, focusable item for the keyboard and screen readers.
        self._months = ItemChoices(self, MONTHS, self._choose)
        for item in self._months.items:
            item.repaint_owner_on_focus = True  # a ring round the plot, or a blit: both cheap
        # After a new language, font or unit the columns move: the items follow once the
        # layout is rebuilt, on the next turn of the event loop.
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.timeout.connect(self._place_months)
        self._retranslate()

    # -- public API -------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self._language = language
        self._invalidate()

    def set_unit_fahrenheit(self, on: bool) -> None:
        unit = TemperatureUnit.FAHRENHEIT if on else TemperatureUnit.CELSIUS
        if unit is not self._unit:
            self._unit = unit
            self._invalidate()

    def selected_month(self) -> int | None:
        return self._selected

    def set_selected_month(self, index: int | None) -> None:
        """Select a month without emitting ``monthSelected``, so bindings cannot loop."""
        if index is not None and not 0 <= index < MONTHS:
            raise IndexError(index)
        if index != self._selected:
            self._selected = index
            self._months.choose(index)
            self._retranslate()
            self.update()

    def month_accessible_text(self, month: int) -> str:
        """One month's name and every city's figures, for screen readers."""
        parts = [
            self.tr("%1: high %2, low %3, rain %4")
            .replace("%1", self._series_label(i))
            .replace("%2", self.format_temperature(s.mean_max[month]))
            .replace("%3", self.format_temperature(s.mean_min[month]))
            .replace("%4", self.format_rain(s.precipitation[month]))
            for i, s in enumerate(self._series)
        ]
        return self._month_name(month, QLocale.FormatType.LongFormat) + ": " + "; ".join(parts)

    def format_temperature(self, celsius: float) -> str:
        """A temperature in the current unit and language, one decimal: "28.2 °C"."""
        value = self._locale().toString(convert(celsius, self._unit), "f", 1)
        text = value + NBSP + self._unit.symbol
        return isolate_ltr(text) if self._language.right_to_left else text

    def format_rain(self, mm: float) -> str:
        """Rain at the precision the source gives it (13 mm, 4.6 mm)."""
        decimals = 0 if float(mm).is_integer() else 1
        return self._locale().toString(float(mm), "f", decimals) + NBSP + self.tr("mm")

    def temperature_ticks(self) -> Ticks:
        return self._ensure_layout().temp_ticks

    def rain_ticks(self) -> Ticks:
        return self._ensure_layout().rain_ticks

    def plot_rect(self) -> QRectF:
        return QRectF(self._ensure_layout().plot)

    def month_rect(self, month: int) -> QRectF:
        """The column a tap on ``month`` hits: the plot's height and the label below it."""
        return self._ensure_layout().month_rect(month)

    def point_for(self, series_index: int, month: int, which: ClimateMeasure) -> QPointF:
        """Where a mean max or min is drawn (for precipitation: the top of its bar)."""
        return self._ensure_layout().point(series_index, month, which)

    def bar_rect(self, series_index: int, month: int) -> QRectF:
        return QRectF(self._ensure_layout().bars[series_index][month])

    def sizeHint(self) -> QSize:
        # Modest, so the view's layout, not the hint, decides how tall the chart grows.
        return QSize(960, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 360)

    # -- events -----------------------------------------------------------------------------

    def month_item(self, month: int) -> ItemProxy:
        """Month ``month`` as an accessible, focusable item over its column."""
        return self._months.items[month]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)
        self._place_timer.start(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_timer.start(0)

    def _place_months(self) -> None:
        """Each month's item over its column (the plot's height and the name below)."""
        if self.isVisible() and self.width() > 0 and self.height() > 0:
            for month in range(MONTHS):
                self._months.place(month, finger_sized(snapped(self.month_rect(month))))

    def changeEvent(self, event: QEvent) -> None:
        kinds = (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in (*kinds, QEvent.Type.FontChange, QEvent.Type.DevicePixelRatioChange):
            self._invalidate()
        elif event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self._colours = series_colours(len(self._series))  # the theme's city colours
            self._invalidate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        month = self._month_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and month is not None:
            self._choose(month)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the press chose a month (or nothing); a parent has no use for it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self._key_target(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        self._choose(target)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The chart with no month selected (~10 ms to draw at 1920x1080) is drawn once per
        # layout; so are a selected month's column and callout. A repaint copies them (~1 ms).
        layout = self._ensure_layout()
        with QPainter(self) as painter:
            painter.drawPixmap(0, 0, self._base(layout))
            if self._selected is not None:
                self._paint_selection(painter, layout, self._selected)
            self._paint_focus(painter, layout)

    def _base(self, layout: ChartLayout) -> QPixmap:
        if layout.base_layer is None:
            hint = self.tr("Tap a month to see its figures")
            freezing = convert(0.0, self._unit)
            ratio = self.devicePixelRatioF()
            layout.base_layer = paint_base(layout, self._colours, freezing, hint, ratio)
        return layout.base_layer

    # -- selection --------------------------------------------------------------------------

    def _month_at(self, position: QPointF) -> int | None:
        month = self._ensure_layout().months.index_at(position.x())
        if month is None or not self.month_rect(month).contains(position):
            return None
        return month

    def _key_target(self, key: Qt.Key) -> int | None:
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return MONTHS - 1
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return None
        if self._selected is None:
            return 0
        # → is the next month left to right but the previous one when the chart is mirrored.
        forward = (key == Qt.Key.Key_Right) != self.isRightToLeft()
        return min(max(self._selected + (1 if forward else -1), 0), MONTHS - 1)

    def _choose(self, month: int) -> None:
        changed = month != self._selected
        self.set_selected_month(month)
        if changed:
            self.monthSelected.emit(month)

    # -- text and layout --------------------------------------------------------------------

    def _locale(self) -> QLocale:
        return QLocale(self._language.locale_name)

    def _month_name(self, month: int, form: QLocale.FormatType) -> str:
        return self._locale().monthName(month + 1, form)

    def _series_label(self, index: int) -> str:
        return self._series[index].label.get(self._language)

    def _retranslate(self) -> None:
        for month in range(MONTHS):
            self._months.describe(month, self.month_accessible_text(month))
        self.setAccessibleName(self.tr("Monthly climate chart"))
        if self._selected is None:
            description = self.tr("Use the arrow keys to hear each month's figures.")
        else:
            description = self.month_accessible_text(self._selected)
        self.setAccessibleDescription(description)

    def _invalidate(self) -> None:
        self._layout = None
        self._retranslate()
        self.update()
        self._place_timer.start(0)

    def _ensure_layout(self) -> ChartLayout:
        if self._layout is None:
            self._layout = build_layout(self._build_spec())
        return self._layout

    def _build_spec(self) -> ChartSpec:
        """The chart's size, font, direction, values and words, for the layout to place."""
        fahrenheit = self._unit is TemperatureUnit.FAHRENHEIT
        temp = self.tr("Temperature (°F)") if fahrenheit else self.tr("Temperature (°C)")
        rtl = self.isRightToLeft()
        return ChartSpec(
            width=self.width(),
            height=self.height(),
            font=QFont(self.font()),
            rtl=rtl,
            locale=self._locale(),
            highs=[[convert(v, self._unit) for v in s.mean_max] for s in self._series],
            lows=[[convert(v, self._unit) for v in s.mean_min] for s in self._series],
            rain=[tuple(float(v) for v in s.precipitation) for s in self._series],
            labels=[self._series_label(i) for i in range(len(self._series))],
            legend=self._legend_entries(),
            titles=(isolate_units(temp) if rtl else temp, self.tr("Rain (mm)")),
            short_months=[self._month_name(m, QLocale.FormatType.ShortFormat) for m in range(12)],
            long_months=[self._month_name(m, QLocale.FormatType.LongFormat) for m in range(12)],
            widest_temperature=self.format_temperature(-18.8),
        )

    def _legend_entries(self) -> list[tuple[int, str]]:
        entries = [(i, self._series_label(i)) for i in range(len(self._series))]
        entries.append((BAND_KEY, self.tr("Band: average daily high and low")))
        entries.append((BAR_KEY, self.tr("Bars: rain in the month")))
        return entries

    def _callout_cells(self, month: int) -> list[list[str]]:
        """Rows of the callout: the month name, then each city's figures."""
        return [
            [
                self._month_name(month, QLocale.FormatType.LongFormat) if i == 0 else "",
                self._series_label(i),
                self.tr("High %1").replace("%1", self.format_temperature(s.mean_max[month])),
                self.tr("Low %1").replace("%1", self.format_temperature(s.mean_min[month])),
                self.tr("Rain %1").replace("%1", self.format_rain(s.precipitation[month])),
            ]
            for i, s in enumerate(self._series)
        ]

    def _callout(self, layout: ChartLayout, month: int) -> Callout:
        if month not in layout.callouts:
            cells = self._callout_cells(month)
            layout.callouts[month] = build_callout(layout, month, cells)
        return layout.callouts[month]

    # -- painting ---------------------------------------------------------------------------

    def _paint_selection(self, painter: QPainter, layout: ChartLayout, month: int) -> None:
        """Over the unselected picture: the highlighted column and the month's callout."""
        painter.fillRect(layout.strip, QColor(current_palette().surface))  # the hint gives way
        ratio = self.devicePixelRatioF()
        if month not in layout.columns:
            column = paint_column(layout, self._base(layout), month, ratio)
            layout.columns[month] = (layout.month_rect(month).toAlignedRect().topLeft(), column)
        painter.drawPixmap(*layout.columns[month])
        callout = self._callout(layout, month)
        if callout.image is None:
            callout.origin, callout.image = paint_callout(layout, callout, self._colours, ratio)
        painter.drawPixmap(callout.origin, callout.image)

    def _paint_focus(self, painter: QPainter, layout: ChartLayout) -> None:
        if self.hasFocus():
            painter.setPen(QPen(QColor(current_palette().focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self._selected is None:
                painter.drawRect(layout.plot)
            else:
                painter.drawRect(layout.month_rect(self._selected).adjusted(1.5, 1.5, -1.5, -1.5))
