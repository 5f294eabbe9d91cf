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
_BAND_KEY, _BAR_KEY = -1, -2  # legend entries that explain the marks rather than name a city


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
        label, small = self._font(1.0), self._font(0.9)
        line, margin = QFontMetricsF(label).height(), base * 0.8
        legend, legend_texts, legend_bottom = self._flow_legend(margin, margin, label)
        strip_height = (len(self._series) + 1) * line + base
        strip = QRectF(margin, legend_bottom + base * 0.4, self.width() - 2 * margin, strip_height)
        top = strip.bottom() + QFontMetricsF(small).height() * 2.0  # room for axis titles
        bottom = self.height() - margin - line - base * 0.3
        highs, lows = self._temperatures()
        intervals = max(2, min(7, int((bottom - top) / (QFontMetricsF(small).height() * 2.2))))
        low, high = min(min(v) for v in lows), max(max(v) for v in highs)
        temp_ticks = nice_ticks(low, high, intervals)
        rain_high = max(max(s.precipitation) for s in self._series)
        rain_ticks = aligned_ticks(rain_high, temp_ticks.intervals)
        start = self._labels_width(temp_ticks, small) + base * 0.6
        end = self._labels_width(rain_ticks, small) + base * 0.6
        left, right = (end, start) if self.isRightToLeft() else (start, end)
        plot = QRectF(margin + left, top, self.width() - 2 * margin - left - right, bottom - top)
        layout = self._place_data(base, plot, strip, temp_ticks, rain_ticks)
        layout.legend, layout.texts = legend, legend_texts
        self._add_axis_texts(layout)
        self._add_month_texts(layout)
        return layout

    def _labels_width(self, ticks: Ticks, font: QFont) -> float:
        metrics, locale = QFontMetricsF(font), self._locale()
        texts = (locale.toString(value, "f", ticks.decimals) for value in ticks.values)
        return max(metrics.horizontalAdvance(text) for text in texts)

    def _place_data(
        self, base: float, plot: QRectF, strip: QRectF, temp_ticks: Ticks, rain_ticks: Ticks
    ) -> _Layout:
        temp = LinearScale(temp_ticks.start, temp_ticks.stop, plot.bottom(), plot.top())
        rain = LinearScale(rain_ticks.start, rain_ticks.stop, plot.bottom(), plot.top())
        months = BandScale(MONTHS, plot.left(), plot.right(), reverse=self.isRightToLeft())
        highs, lows = self._temperatures()

        def points(values: list[float]) -> list[QPointF]:
            return [QPointF(months.centre(m), temp.to_pixel(v)) for m, v in enumerate(values)]

        maxima, minima = [points(v) for v in highs], [points(v) for v in lows]
        bands = [QPolygonF([*hi, *reversed(lo)]) for hi, lo in zip(maxima, minima, strict=True)]
        bars = self._bar_rects(months, rain)
        return _Layout(
            base,
            plot,
            strip,
            temp_ticks,
            rain_ticks,
            temp,
            rain,
            months,
            maxima,
            minima,
            bands,
            bars,
        )

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
        temp_title = (
            self.tr("Temperature (°F)")
            if self._unit is TemperatureUnit.FAHRENHEIT
            else self.tr("Temperature (°C)")
        )
        rain_title = self.tr("Rain (mm)")
        row = QRectF(layout.strip.left(), plot.top() - height * 1.5, layout.strip.width(), height)
        for text, at_start in ((temp_title, True), (rain_title, False)):
            flags = _ALIGN.AlignLeft if at_start != rtl else _ALIGN.AlignRight
            layout.texts.append(_Text(row, text, flags | _ALIGN.AlignVCenter | _ABS, title, muted))

    def _add_month_texts(self, layout: _Layout) -> None:
        names = [self._month_name(m, QLocale.FormatType.ShortFormat) for m in range(MONTHS)]
        font = self._font(1.0)
        widest = max(QFontMetricsF(font).horizontalAdvance(n) for n in names)
        room = layout.months.band_width * 0.92
        if widest > room:  # long names (Urdu spells months in full): shrink, never overlap
            font.setPixelSize(max(round(font.pixelSize() * room / widest), 9))
        height = QFontMetricsF(font).height()
        colour, top = QColor(PALETTE.text), layout.plot.bottom() + layout.base * 0.3
        for month, name in enumerate(names):
            band = layout.months.band(month)
            rect = QRectF(band.start, top, band.width, height)
            flags = _ALIGN.AlignHCenter | _ALIGN.AlignTop | _ABS
            layout.month_texts.append(_Text(rect, name, flags, font, colour))

    def _flow_legend(
        self, margin: float, top: float, font: QFont
    ) -> tuple[list[tuple[QRectF, int]], list[_Text], float]:
        """Legend entries laid out in reading order, wrapping onto a new row when full."""
        metrics, base = QFontMetricsF(font), self._base_px()
        line, glyph_w, gap = metrics.height(), base * 2.0, base * 0.5
        width, x, y = self.width() - 2 * margin, 0.0, top
        glyphs: list[tuple[QRectF, int]] = []
        texts: list[_Text] = []
        colour = QColor(PALETTE.text)
        for kind, text in self._legend_entries():
            item = glyph_w + gap + metrics.horizontalAdvance(text)
            if x > 0 and x + item > width:
                x, y = 0.0, y + line
            glyph = self._mirrored(QRectF(margin + x, y + (line - base) / 2, glyph_w, base))
            label = self._mirrored(
                QRectF(margin + x + glyph_w + gap, y, item - glyph_w - gap, line)
            )
            flags = _ALIGN.AlignVCenter | _ABS | self._start_align()
            glyphs.append((glyph, kind))
            texts.append(_Text(label, text, flags, font, colour))
            x += item + base * 1.5
        return glyphs, texts, y + line

    def _legend_entries(self) -> list[tuple[int, str]]:
        entries = [(i, self._series_label(i)) for i in range(len(self._series))]
        entries.append((_BAND_KEY, self.tr("Band: average daily high and low")))
        entries.append((_BAR_KEY, self.tr("Bars: rain in the month")))
        return entries

    def _mirrored(self, rect: QRectF) -> QRectF:
        """``rect`` flipped across the widget when right to left: layouts are written LTR."""
        if not self.isRightToLeft():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def _start_align(self) -> Qt.AlignmentFlag:
        return _ALIGN.AlignRight if self.isRightToLeft() else _ALIGN.AlignLeft

    # -- painting ---------------------------------------------------------------------------

    def _paint_selection(self, painter: QPainter, layout: _Layout) -> None:
        focus = QColor(PALETTE.focus)
        if self._selected is not None:
            column = self.month_rect(self._selected)
            fill = QColor(focus)
            fill.setAlphaF(0.16)
            painter.fillRect(column, fill)
            if self.hasFocus():
                painter.setPen(QPen(focus, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(column.adjusted(1.5, 1.5, -1.5, -1.5))
        elif self.hasFocus():
            painter.setPen(QPen(focus, 3))
            painter.drawRect(layout.plot)

    def _paint_grid(self, painter: QPainter, layout: _Layout) -> None:
        plot = layout.plot
        painter.setPen(QPen(QColor(PALETTE.surface_alt), 1.0))
        for value in layout.temp_ticks.values:
            y = layout.temp.to_pixel(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        freezing = convert(0.0, self._unit)
        if layout.temp_ticks.start < freezing < layout.temp_ticks.stop:
            # Freezing matters to visitors from Shenyang: a firmer line, in either unit.
            y = layout.temp.to_pixel(freezing)
            painter.setPen(QPen(QColor(PALETTE.border), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor(PALETTE.border), 1.5))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_bars(self, painter: QPainter, layout: _Layout) -> None:
        for index, rects in enumerate(layout.bars):
            colour = self._colours[index]
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(tint(colour, 0.55 if index % 2 == 0 else 0.7))
            for rect in rects:
                painter.drawRect(rect)

    def _paint_bands(self, painter: QPainter, layout: _Layout) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for index, band in enumerate(layout.bands):
            fill = QColor(self._colours[index])
            fill.setAlphaF(0.18)
            painter.setBrush(fill)
            painter.drawPolygon(band)
        for index, colour in enumerate(self._colours):
            painter.setPen(QPen(colour, layout.base * 0.14))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(layout.maxima[index]))
            painter.drawPolyline(QPolygonF(layout.minima[index]))
        for index in range(len(self._series)):
            for point in (*layout.maxima[index], *layout.minima[index]):
                self._paint_point(painter, point, index, layout.base * 0.27)

    def _paint_point(self, painter: QPainter, centre: QPointF, index: int, radius: float) -> None:
        # Odd series get hollow points: a second cue besides colour for red/green blindness.
        colour = self._colours[index]
        painter.setPen(QPen(colour if index % 2 else QColor(PALETTE.surface), radius * 0.5))
        painter.setBrush(QColor(PALETTE.surface) if index % 2 else colour)
        painter.drawEllipse(centre, radius, radius)

    def _paint_texts(self, painter: QPainter, layout: _Layout) -> None:
        for item in layout.texts:
            self._paint_text(painter, item, item.font)
        for month, item in enumerate(layout.month_texts):
            font = item.font
            if month == self._selected:
                font = QFont(font)
                font.setBold(True)
            self._paint_text(painter, item, font)

    @staticmethod
    def _paint_text(painter: QPainter, item: _Text, font: QFont) -> None:
        painter.setFont(font)
        painter.setPen(item.colour)
        painter.drawText(item.rect, int(item.flags), item.text)

    def _paint_legend(self, painter: QPainter, layout: _Layout) -> None:
        for rect, kind in layout.legend:
            colour = QColor(PALETTE.text_muted) if kind < 0 else self._colours[kind]
            band, bar = self._glyph_parts(rect)
            if kind != _BAR_KEY:
                fill = QColor(colour)
                fill.setAlphaF(0.18)
                painter.fillRect(band, fill)
                painter.setPen(QPen(colour, layout.base * 0.12))
                painter.drawLine(band.topLeft(), band.topRight())
                painter.drawLine(band.bottomLeft(), band.bottomRight())
                if kind >= 0:
                    self._paint_point(painter, band.center(), kind, layout.base * 0.22)
            if kind != _BAND_KEY:
                painter.setPen(QPen(colour, 1.2))
                painter.setBrush(tint(colour, 0.55 if kind % 2 == 0 else 0.7))
                painter.drawRect(bar)

    def _glyph_parts(self, glyph: QRectF) -> tuple[QRectF, QRectF]:
        band = QRectF(
            glyph.left(),
            glyph.top() + glyph.height() * 0.2,
            glyph.width() * 0.68,
            glyph.height() * 0.6,
        )
        bar = QRectF(
            glyph.left() + glyph.width() * 0.76, glyph.top(), glyph.width() * 0.24, glyph.height()
        )
        if self.isRightToLeft():
            band.moveRight(glyph.right())
            bar.moveLeft(glyph.left())
        return band, bar

    def _paint_strip(self, painter: QPainter, layout: _Layout) -> None:
        if self._selected is None:
            painter.setFont(self._font(0.95))
            painter.setPen(QColor(PALETTE.text_muted))
            hint = self.tr("Tap a month to see its figures")
            painter.drawText(layout.strip, int(_ALIGN.AlignCenter), hint)
            return
        self._paint_callout(painter, layout, self._selected)

    def _callout_rows(self, month: int) -> list[list[str]]:
        return [
            [
                self._series_label(i),
                self.tr("High %1").replace("%1", self.format_temperature(s.mean_max[month])),
                self.tr("Low %1").replace("%1", self.format_temperature(s.mean_min[month])),
                self.tr("Rain %1").replace("%1", self.format_rain(s.precipitation[month])),
            ]
            for i, s in enumerate(self._series)
        ]

    def _callout_font(self, rows: list[list[str]], room: float) -> tuple[QFont, list[float]]:
        """The callout's font and column widths, shrunk until the box fits ``room``."""
        font, base = self._font(1.0), self._base_px()
        for _ in range(4):
            metrics = QFontMetricsF(font)
            widths = [max(metrics.horizontalAdvance(row[c]) for row in rows) for c in range(4)]
            widths[0] += base * 1.1  # the city's dot
            needed = sum(widths) + base * (1.2 * 3 + 1.2)
            if needed <= room or font.pixelSize() <= 10:
                break
            font.setPixelSize(max(int(font.pixelSize() * room / needed), 10))
        return font, widths

    def _paint_callout(self, painter: QPainter, layout: _Layout, month: int) -> None:
        rows, strip, base = self._callout_rows(month), layout.strip, layout.base
        font, widths = self._callout_font(rows, strip.width())
        line, pad, gap = QFontMetricsF(font).height(), base * 0.6, base * 1.2
        width = sum(widths) + gap * 3 + pad * 2
        centre = layout.months.centre(month)
        left = min(max(centre - width / 2, strip.left()), strip.right() - width)
        box = QRectF(left, strip.top(), width, strip.height())
        self._paint_callout_box(painter, box, centre, base)
        bold = QFont(font)
        bold.setBold(True)
        header = QRectF(box.left() + pad, box.top() + pad / 2, width - 2 * pad, line)
        flags = int(_ALIGN.AlignVCenter | _ABS | self._start_align())
        painter.setFont(bold)
        painter.setPen(QColor(PALETTE.text))
        painter.drawText(header, flags, self._month_name(month, QLocale.FormatType.LongFormat))
        painter.setFont(font)
        for index, row in enumerate(rows):
            x, y = box.left() + pad, header.bottom() + index * line
            for column, text in enumerate(row):
                cell = QRectF(x, y, widths[column], line)
                x += widths[column] + gap
                if column == 0:
                    dot = QPointF(cell.left() + base * 0.35, cell.center().y())
                    self._paint_point(painter, self._flip_in(dot, box), index, base * 0.3)
                    cell.setLeft(cell.left() + base * 1.1)
                painter.setPen(QColor(PALETTE.text))
                painter.drawText(self._flip_rect_in(cell, box), flags, text)

    def _paint_callout_box(
        self, painter: QPainter, box: QRectF, centre: float, base: float
    ) -> None:
        tip = min(max(centre, box.left() + base), box.right() - base)
        arrow = QPolygonF(
            [
                QPointF(tip - base * 0.5, box.bottom() - 1),
                QPointF(tip, box.bottom() + base * 0.5),
                QPointF(tip + base * 0.5, box.bottom() - 1),
            ]
        )
        painter.setPen(QPen(QColor(PALETTE.border), 1.5))
        painter.setBrush(QColor(PALETTE.background))
        painter.drawRoundedRect(box, base * 0.4, base * 0.4)
        painter.drawPolygon(arrow)

    def _flip_in(self, point: QPointF, box: QRectF) -> QPointF:
        if not self.isRightToLeft():
            return point
        return QPointF(box.left() + box.right() - point.x(), point.y())

    def _flip_rect_in(self, rect: QRectF, box: QRectF) -> QRectF:
        if not self.isRightToLeft():
            return rect
        return QRectF(
            box.left() + box.right() - rect.right(), rect.top(), rect.width(), rect.height()
        )
