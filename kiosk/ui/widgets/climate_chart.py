"""The monthly climate chart: each city's temperature band and rain bars on shared axes.

Right to left: under Urdu the whole chart mirrors, the month axis included, so January sits
at the right and time runs right to left. Urdu readers scan from the right; the tab bar, the
legend, the table's columns and the rest of the kiosk already follow the reading direction,
and a time axis that alone ran the other way would make the chart the one place where "first"
is on the left. Mirroring time for right-to-left scripts is also what Mozilla's RTL
guidelines ask ("anything that relates to time should be depicted as moving from right to
left") and what chart toolkits with RTL support do by default. The mirror lives in one place:
``BandScale(reverse=...)`` plus the side each axis sits on. Arrow keys follow the screen: →
moves to the column on the right, whichever month that is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.content.model import ClimateMeasure, ClimateSeries
from kiosk.core.chart_scale import (
    MONTHS,
    BandScale,
    LinearScale,
    TemperatureUnit,
    Ticks,
    aligned_ticks,
    convert,
    grouped_bars,
    nice_ticks,
)
from kiosk.core.languages import FALLBACK, Language
from kiosk.ui.palette import DEFAULT as PALETTE

_ALIGN = Qt.AlignmentFlag
_ABS = _ALIGN.AlignAbsolute  # we place text physically; Qt must not flip it again under RTL
_NBSP = "\u00a0"  # keeps a number and its unit on one line


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` blended towards white by ``amount`` (0 = unchanged, 1 = white)."""
    return QColor.fromRgbF(
        colour.redF() + (1 - colour.redF()) * amount,
        colour.greenF() + (1 - colour.greenF()) * amount,
        colour.blueF() + (1 - colour.blueF()) * amount,
    )


def series_colours(count: int) -> list[QColor]:
    """City colours by position: the sister city first, then home (Shenyang)."""
    fixed = [PALETTE.city, PALETTE.home, PALETTE.rain, PALETTE.text_muted]
    return [QColor(fixed[i % len(fixed)]) for i in range(count)]


@dataclass
class _Text:
    rect: QRectF
    text: str
    flags: Qt.AlignmentFlag
    font: QFont
    colour: QColor


@dataclass
class _Layout:
    """Everything ``paintEvent`` needs, computed once per size, language and unit."""

    base: float  # font pixel size everything else is proportional to
    plot: QRectF
    strip: QRectF  # above the plot: the callout, or a hint when no month is selected
    temp_ticks: Ticks
    rain_ticks: Ticks
    temp: LinearScale
    rain: LinearScale
    months: BandScale
    maxima: list[list[QPointF]]
    minima: list[list[QPointF]]
    bands: list[QPolygonF]
    bars: list[list[QRectF]]
    texts: list[_Text] = field(default_factory=list)
    month_texts: list[_Text] = field(default_factory=list)
    legend: list[tuple[QRectF, int | None]] = field(default_factory=list)  # glyph, series


class ClimateChart(QWidget):
    """Monthly normals of one or more cities: a tap or the arrow keys pick a month."""

    monthSelected = Signal(int)

    def __init__(self, series: Sequence[ClimateSeries], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series = tuple(series)
        self._colours = series_colours(len(self._series))
        self._language = FALLBACK
        self._unit = TemperatureUnit.CELSIUS
        self._selected: int | None = None
        self._layout: _Layout | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel
        self._retranslate()

    # -- public API -------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self._language = language
        self._invalidate()

    def set_unit_fahrenheit(self, on: bool) -> None:
        self._unit = TemperatureUnit.FAHRENHEIT if on else TemperatureUnit.CELSIUS
        self._invalidate()

    def selected_month(self) -> int | None:
        return self._selected

    def set_selected_month(self, index: int | None) -> None:
        """Select a month (0 = January) without emitting ``monthSelected``: for bindings."""
        if index is not None and not 0 <= index < MONTHS:
            raise IndexError(index)
        if index != self._selected:
            self._selected = index
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
        return value + _NBSP + self._unit.symbol

    def format_rain(self, mm: float) -> str:
        """Rain in mm at the precision the source gives (13 mm, 4.6 mm)."""
        decimals = 0 if float(mm).is_integer() else 1
        return self._locale().toString(float(mm), "f", decimals) + _NBSP + self.tr("mm")

    def temperature_ticks(self) -> Ticks:
        return self._ensure_layout().temp_ticks

    def rain_ticks(self) -> Ticks:
        return self._ensure_layout().rain_ticks

    def plot_rect(self) -> QRectF:
        return QRectF(self._ensure_layout().plot)

    def month_rect(self, month: int) -> QRectF:
        """The column a tap on ``month`` hits: the plot's height plus its label below."""
        layout = self._ensure_layout()
        band = layout.months.band(month)
        bottom = layout.month_texts[month].rect.bottom()
        return QRectF(band.start, layout.plot.top(), band.width, bottom - layout.plot.top())

    def point_for(self, series_index: int, month: int, which: ClimateMeasure) -> QPointF:
        layout = self._ensure_layout()
        if which is ClimateMeasure.PRECIPITATION:
            return self.bar_rect(series_index, month).center()
        points = layout.maxima if which is ClimateMeasure.MEAN_MAX else layout.minima
        return QPointF(points[series_index][month])

    def bar_rect(self, series_index: int, month: int) -> QRectF:
        return QRectF(self._ensure_layout().bars[series_index][month])

    def sizeHint(self) -> QSize:
        return QSize(1200, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 320)

    # -- events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        kinds = (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in (*kinds, QEvent.Type.FontChange):
            self._invalidate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        month = self._month_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and month is not None:
            self._choose(month)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self._key_target(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        self._choose(target)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self._ensure_layout()
        with QPainter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor(PALETTE.surface))
            self._paint_selection(painter, layout)
            self._paint_grid(painter, layout)
            self._paint_bars(painter, layout)
            self._paint_bands(painter, layout)
            self._paint_texts(painter, layout)
            self._paint_legend(painter, layout)
            self._paint_strip(painter, layout)

    # -- selection --------------------------------------------------------------------------

    def _month_at(self, position: QPointF) -> int | None:
        layout = self._ensure_layout()
        if not layout.plot.top() <= position.y() <= layout.month_texts[0].rect.bottom():
            return None
        return layout.months.index_at(position.x())

    def _key_target(self, key: Qt.Key) -> int | None:
        last = MONTHS - 1
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return last
        if key not in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return None
        if self._selected is None:
            return 0
        # On screen, → is the next month left to right but the previous one when mirrored.
        forward = (key == Qt.Key.Key_Right) != self.isRightToLeft()
        return min(max(self._selected + (1 if forward else -1), 0), last)

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
        self.setAccessibleName(self.tr("Monthly climate chart"))
        if self._selected is None:
            self.setAccessibleDescription(self.tr("Use the arrow keys to hear each month."))
        else:
            self.setAccessibleDescription(self.month_accessible_text(self._selected))

    def _invalidate(self) -> None:
        self._layout = None
        self._retranslate()
        self.update()

    def _ensure_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._build_layout()
        return self._layout

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(round(self._base_px() * scale), 9))
        font.setBold(bold)
        return font

    def _base_px(self) -> float:
        # Big enough to read from two metres at kiosk sizes, shrinking with small windows.
        return min(max(min(self.width() / 64, self.height() / 30), 12.0), 24.0)

    def _temperatures(self) -> tuple[list[list[float]], list[list[float]]]:
        highs = [[convert(v, self._unit) for v in s.mean_max] for s in self._series]
        lows = [[convert(v, self._unit) for v in s.mean_min] for s in self._series]
        return highs, lows

    def _build_layout(self) -> _Layout:
        base = self._base_px()
        small, label = self._font(0.9), self._font(1.0)
        line = QFontMetricsF(label).height()
        margin = base * 0.8
        legend_bottom = self._legend_height(margin, label)
        strip_height = (len(self._series) + 1) * line + base * 0.9
        strip = QRectF(margin, legend_bottom, self.width() - 2 * margin, strip_height)
        top = strip.bottom() + line * 1.2  # leaves a row for the axis titles
        bottom = self.height() - margin - line * 1.1
        highs, lows = self._temperatures()
        temp_ticks = nice_ticks(
            min(min(v) for v in lows), max(max(v) for v in highs), self._max_intervals(top, bottom)
        )
        rain_top = max(max(s.precipitation) for s in self._series)
        rain_ticks = aligned_ticks(rain_top, temp_ticks.intervals)
        start_w = self._labels_width(temp_ticks, small) + base * 0.6
        end_w = self._labels_width(rain_ticks, small) + base * 0.6
        left, right = (end_w, start_w) if self.isRightToLeft() else (start_w, end_w)
        plot = QRectF(margin + left, top, self.width() - 2 * margin - left - right, bottom - top)
        return self._fill_layout(base, plot, strip, temp_ticks, rain_ticks, highs, lows)

    def _max_intervals(self, top: float, bottom: float) -> int:
        line = QFontMetricsF(self._font(0.9)).height()
        return max(2, min(7, int((bottom - top) / (line * 2.2))))

    def _labels_width(self, ticks: Ticks, font: QFont) -> float:
        metrics = QFontMetricsF(font)
        locale = self._locale()
        return max(metrics.horizontalAdvance(locale.toString(v, "f", ticks.decimals)) for v in ticks.values)

    def _fill_layout(
        self,
        base: float,
        plot: QRectF,
        strip: QRectF,
        temp_ticks: Ticks,
        rain_ticks: Ticks,
        highs: list[list[float]],
        lows: list[list[float]],
    ) -> _Layout:
        temp = LinearScale(temp_ticks.start, temp_ticks.stop, plot.bottom(), plot.top())
        rain = LinearScale(rain_ticks.start, rain_ticks.stop, plot.bottom(), plot.top())
        months = BandScale(MONTHS, plot.left(), plot.right(), reverse=self.isRightToLeft())
        maxima = [[QPointF(months.centre(m), temp.to_pixel(v)) for m, v in enumerate(s)] for s in highs]
        minima = [[QPointF(months.centre(m), temp.to_pixel(v)) for m, v in enumerate(s)] for s in lows]
        bands = [QPolygonF(hi + list(reversed(lo))) for hi, lo in zip(maxima, minima, strict=True)]
        layout = _Layout(
            base, plot, strip, temp_ticks, rain_ticks, temp, rain, months, maxima, minima, bands,
            self._bar_rects(months, rain),
        )
        self._add_axis_texts(layout)
        self._add_month_texts(layout)
        self._add_legend(layout)
        return layout

    def _bar_rects(self, months: BandScale, rain: LinearScale) -> list[list[QRectF]]:
        count, rtl = len(self._series), self.isRightToLeft()
        rects: list[list[QRectF]] = [[] for _ in self._series]
        for month in range(MONTHS):
            spans = grouped_bars(months.band(month), count, fill=0.62, gap=2.0, reverse=rtl)
            for index, span in enumerate(spans):
                top = rain.to_pixel(self._series[index].precipitation[month])
                rects[index].append(QRectF(span.start, top, span.width, rain.range_start - top))
        return rects

    def _add_axis_texts(self, layout: _Layout) -> None:
        small, title = self._font(0.9), self._font(0.9, bold=True)
        muted, plot, gap = QColor(PALETTE.text_muted), layout.plot, layout.base * 0.5
        rtl = self.isRightToLeft()
        height = QFontMetricsF(small).height()
        for ticks, scale, at_start in (
            (layout.temp_ticks, layout.temp, True),
            (layout.rain_ticks, layout.rain, False),
        ):
            on_left = at_start != rtl
            x = plot.left() - gap - 400 if on_left else plot.right() + gap
            flags = (_ALIGN.AlignRight if on_left else _ALIGN.AlignLeft) | _ALIGN.AlignVCenter
            for value in ticks.values:
                text = self._locale().toString(value, "f", ticks.decimals)
                rect = QRectF(x, scale.to_pixel(value) - height / 2, 400, height)
                layout.texts.append(_Text(rect, text, flags | _ABS, small, muted))
        temp_title = self.tr("Temperature (°F)") if self._unit is TemperatureUnit.FAHRENHEIT else self.tr("Temperature (°C)")
        rain_title = self.tr("Rain (mm)")
        row = QRectF(layout.strip.left(), plot.top() - height * 1.5, layout.strip.width(), height)
        for text, at_start in ((temp_title, True), (rain_title, False)):
            flags = _ALIGN.AlignLeft if at_start != rtl else _ALIGN.AlignRight
            layout.texts.append(_Text(row, text, flags | _ALIGN.AlignVCenter | _ABS, title, muted))
