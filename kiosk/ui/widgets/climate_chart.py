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

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
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
# Text is placed physically (Qt must not flip it again under RTL) and may overhang its rect.
_PLACED = int(_ALIGN.AlignAbsolute) | int(_ALIGN.AlignTop) | int(Qt.TextFlag.TextDontClip)
_NBSP = "\u00a0"  # keeps a number and its unit on one line
_BAND_KEY, _BAR_KEY = -1, -2  # legend entries that explain the marks rather than name a city
_BAND_ALPHA = 0.18


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` blended towards white by ``amount`` (0 = unchanged, 1 = white)."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor.fromRgbF(r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def series_colours(count: int) -> list[QColor]:
    """City colours by position: the sister city first, then home (Shenyang)."""
    fixed = [PALETTE.city, PALETTE.home, PALETTE.rain, PALETTE.text_muted]
    return [QColor(fixed[i % len(fixed)]) for i in range(count)]


@dataclass(frozen=True)
class _Ink:
    """How far a set of texts reaches above (negative) and below the baseline, in pixels.

    Rows are sized and centred on ink, not on font metrics: Nastaliq reports twice the
    line height of Latin type, and centring on metrics would sink Urdu labels.
    """

    font: QFont
    above: float
    below: float

    @classmethod
    def of(cls, font: QFont, texts: Sequence[str]) -> _Ink:
        boxes = [QFontMetricsF(font).tightBoundingRect(text) for text in texts]
        return cls(font, min(b.top() for b in boxes), max(b.bottom() for b in boxes))

    @property
    def height(self) -> float:
        return self.below - self.above

    def rect(self, left: float, width: float, centre_y: float) -> QRectF:
        """A rect to draw into with ``_PLACED`` so the ink is centred on ``centre_y``."""
        top = centre_y - QFontMetricsF(self.font).ascent() - (self.above + self.below) / 2
        return QRectF(left, top, width, self.height)


@dataclass
class _Text:
    rect: QRectF
    text: str
    align: int
    font: QFont
    colour: QColor


@dataclass
class _Layout:
    """Everything ``paintEvent`` needs, computed once per size, language and unit."""

    base: float  # font pixel size everything else is proportional to
    plot: QRectF
    strip: QRectF  # above the plot: the callout, or a hint when no month is selected
    row: float  # height of one callout row
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
    legend: list[tuple[QRectF, int]] = field(default_factory=list)  # glyph, series or key
    labels_bottom: float = 0.0  # where the month names' ink ends
    data: QPixmap | None = None  # bars, bands, texts and legend: independent of selection
    callouts: dict[int, _Callout] = field(default_factory=dict)


@dataclass
class _Callout:
    """A month's callout box, laid out once and then only drawn."""

    box: QRectF
    arrow: QPolygonF
    texts: list[_Text]
    points: list[tuple[QPointF, int]]  # each city's marker, by series index


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
        """Select a month without emitting ``monthSelected``, so bindings cannot loop."""
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
        """Rain at the precision the source gives it (13 mm, 4.6 mm)."""
        decimals = 0 if float(mm).is_integer() else 1
        return self._locale().toString(float(mm), "f", decimals) + _NBSP + self.tr("mm")

    def temperature_ticks(self) -> Ticks:
        return self._ensure_layout().temp_ticks

    def rain_ticks(self) -> Ticks:
        return self._ensure_layout().rain_ticks

    def plot_rect(self) -> QRectF:
        return QRectF(self._ensure_layout().plot)

    def month_rect(self, month: int) -> QRectF:
        """The column a tap on ``month`` hits: the plot's height and the label below it."""
        layout = self._ensure_layout()
        band, top = layout.months.band(month), layout.plot.top()
        bottom = layout.labels_bottom + layout.base * 0.2
        return QRectF(band.start, top, band.width, bottom - top)

    def point_for(self, series_index: int, month: int, which: ClimateMeasure) -> QPointF:
        """Where a mean max or min is drawn (for precipitation: the top of its bar)."""
        layout = self._ensure_layout()
        if which is ClimateMeasure.PRECIPITATION:
            bar = layout.bars[series_index][month]
            return QPointF(bar.center().x(), bar.top())
        points = layout.maxima if which is ClimateMeasure.MEAN_MAX else layout.minima
        return QPointF(points[series_index][month])

    def bar_rect(self, series_index: int, month: int) -> QRectF:
        return QRectF(self._ensure_layout().bars[series_index][month])

    def sizeHint(self) -> QSize:
        return QSize(1200, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 360)

    # -- events -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        kinds = (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange)
        if event.type() in (*kinds, QEvent.Type.FontChange, QEvent.Type.DevicePixelRatioChange):
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
        # The data (~10 ms to draw at 1920x1080) is painted once per layout into a pixmap; a
        # repaint draws the grid and the selection under it and the callout over it (~3 ms).
        layout = self._ensure_layout()
        with QPainter(self) as painter:
            painter.fillRect(self.rect(), QColor(PALETTE.surface))
            self._paint_grid(painter, layout)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_selection(painter, layout)
            painter.drawPixmap(0, 0, self._data_layer(layout))
            self._paint_focus(painter, layout)
            self._paint_month_names(painter, layout)
            self._paint_strip(painter, layout)

    def _data_layer(self, layout: _Layout) -> QPixmap:
        if layout.data is None:
            ratio = self.devicePixelRatioF()
            layout.data = QPixmap((QSizeF(self.size()) * ratio).toSize())
            layout.data.setDevicePixelRatio(ratio)
            layout.data.fill(Qt.GlobalColor.transparent)
            with QPainter(layout.data) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._paint_bars(painter, layout)
                self._paint_bands(painter, layout)
                for item in layout.texts:
                    self._paint_text(painter, item)
                self._paint_legend(painter, layout)
        return layout.data

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

    # -- text -------------------------------------------------------------------------------

    def _locale(self) -> QLocale:
        return QLocale(self._language.locale_name)

    def _month_name(self, month: int, form: QLocale.FormatType) -> str:
        return self._locale().monthName(month + 1, form)

    def _series_label(self, index: int) -> str:
        return self._series[index].label.get(self._language)

    def _retranslate(self) -> None:
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

    def _font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(round(self._base_px() * scale), 9))
        font.setBold(bold)
        return font

    def _base_px(self) -> float:
        # Readable from two metres at kiosk sizes; shrinks with small windows.
        return min(max(min(self.width() / 52, self.height() / 30), 12.0), 22.0)

    # -- layout -----------------------------------------------------------------------------

    def _ensure_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._build_layout()
        return self._layout

    def _temperatures(self) -> tuple[list[list[float]], list[list[float]]]:
        highs = [[convert(v, self._unit) for v in s.mean_max] for s in self._series]
        lows = [[convert(v, self._unit) for v in s.mean_min] for s in self._series]
        return highs, lows

    def _build_layout(self) -> _Layout:
        """Stack legend, callout strip, axis titles, plot and month names top to bottom."""
        base, margin = self._base_px(), self._base_px() * 0.7
        legend, texts, legend_bottom = self._flow_legend(margin)
        row = self._callout_ink().height + base * 0.45
        strip = QRectF(margin, legend_bottom + base * 0.3, self.width() - 2 * margin, 0.0)
        strip.setHeight(len(self._series) * row + base * 0.7)
        tick_ink = _Ink.of(self._font(0.9), ["-0123456789"])
        titles, titles_bottom = self._title_texts(strip.bottom() + base)  # clears the arrow
        top = titles_bottom + tick_ink.height / 2 + base * 0.6
        month_ink = self._month_ink()
        bottom = self.height() - margin - month_ink.height - base * 0.4
        temp_ticks, rain_ticks = self._ticks(max(2, min(7, int((bottom - top) / (base * 2.2)))))
        start = self._labels_width(temp_ticks) + base * 0.6
        end = self._labels_width(rain_ticks) + base * 0.6
        left, right = (end, start) if self.isRightToLeft() else (start, end)
        plot = QRectF(margin + left, top, self.width() - 2 * margin - left - right, bottom - top)
        layout = self._place_data(base, plot, strip, row, temp_ticks, rain_ticks)
        layout.legend, layout.texts = legend, [*texts, *titles]
        self._add_tick_texts(layout, tick_ink)
        self._add_month_texts(layout, month_ink)
        return layout

    def _ticks(self, intervals: int) -> tuple[Ticks, Ticks]:
        highs, lows = self._temperatures()
        temp = nice_ticks(min(min(v) for v in lows), max(max(v) for v in highs), intervals)
        # Rain ticks share the temperature gridlines, so the chart needs one set of lines.
        rain = aligned_ticks(max(max(s.precipitation) for s in self._series), temp.intervals)
        return temp, rain

    def _labels_width(self, ticks: Ticks) -> float:
        metrics, locale = QFontMetricsF(self._font(0.9)), self._locale()
        texts = (locale.toString(value, "f", ticks.decimals) for value in ticks.values)
        return max(metrics.horizontalAdvance(text) for text in texts)

    def _place_data(
        self, base: float, plot: QRectF, strip: QRectF, row: float, temp_t: Ticks, rain_t: Ticks
    ) -> _Layout:
        temp = LinearScale(temp_t.start, temp_t.stop, plot.bottom(), plot.top())
        rain = LinearScale(rain_t.start, rain_t.stop, plot.bottom(), plot.top())
        months = BandScale(MONTHS, plot.left(), plot.right(), reverse=self.isRightToLeft())
        highs, lows = self._temperatures()

        def points(values: list[float]) -> list[QPointF]:
            return [QPointF(months.centre(m), temp.to_pixel(v)) for m, v in enumerate(values)]

        maxima, minima = [points(v) for v in highs], [points(v) for v in lows]
        bands = [QPolygonF([*hi, *reversed(lo)]) for hi, lo in zip(maxima, minima, strict=True)]
        bars = self._bar_rects(months, rain)
        return _Layout(
            base, plot, strip, row, temp_t, rain_t, temp, rain, months, maxima, minima, bands, bars
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

    def _add_tick_texts(self, layout: _Layout, ink: _Ink) -> None:
        plot, gap, muted = layout.plot, layout.base * 0.5, QColor(PALETTE.text_muted)
        for ticks, scale, at_start in (
            (layout.temp_ticks, layout.temp, True),
            (layout.rain_ticks, layout.rain, False),
        ):
            on_left = at_start != self.isRightToLeft()
            width = layout.base * 6
            left = plot.left() - gap - width if on_left else plot.right() + gap
            align = _PLACED | int(_ALIGN.AlignRight if on_left else _ALIGN.AlignLeft)
            for value in ticks.values:
                text = self._locale().toString(value, "f", ticks.decimals)
                rect = ink.rect(left, width, scale.to_pixel(value))
                layout.texts.append(_Text(rect, text, align, ink.font, muted))

    def _title_texts(self, top: float) -> tuple[list[_Text], float]:
        """Each axis's title above its own tick labels, and where their ink ends.

        Titles are not rotated along the axis: rotated Nastaliq is hard to read.
        """
        fahrenheit = self._unit is TemperatureUnit.FAHRENHEIT
        temp = self.tr("Temperature (°F)") if fahrenheit else self.tr("Temperature (°C)")
        rain = self.tr("Rain (mm)")
        ink = _Ink.of(self._font(0.9, bold=True), [temp, rain])
        margin = self._base_px() * 0.7
        rect = ink.rect(margin, self.width() - 2 * margin, top + ink.height / 2)
        start, end = int(_ALIGN.AlignLeft), int(_ALIGN.AlignRight)
        if self.isRightToLeft():
            start, end = end, start
        muted = QColor(PALETTE.text_muted)
        texts = [
            _Text(rect, temp, _PLACED | start, ink.font, muted),
            _Text(rect, rain, _PLACED | end, ink.font, muted),
        ]
        return texts, top + ink.height

    def _month_ink(self) -> _Ink:
        """Month names in a font that fits a column: Urdu spells each month in full."""
        names = [self._month_name(m, QLocale.FormatType.ShortFormat) for m in range(MONTHS)]
        font = self._font(1.0, bold=True)  # measured bold: the selected month is drawn bold
        widest = max(QFontMetricsF(font).horizontalAdvance(n) for n in names)
        room = (self.width() - self._base_px() * 8) / MONTHS * 0.9  # a safe guess at a band
        if widest > room:
            font.setPixelSize(max(int(font.pixelSize() * room / widest), 9))
        font.setBold(False)
        return _Ink.of(font, names)

    def _add_month_texts(self, layout: _Layout, ink: _Ink) -> None:
        centre = layout.plot.bottom() + layout.base * 0.3 + ink.height / 2
        layout.labels_bottom = centre + ink.height / 2
        colour = QColor(PALETTE.text)
        for month in range(MONTHS):
            band = layout.months.band(month)
            name = self._month_name(month, QLocale.FormatType.ShortFormat)
            rect = ink.rect(band.start, band.width, centre)
            align = _PLACED | int(_ALIGN.AlignHCenter)
            layout.month_texts.append(_Text(rect, name, align, ink.font, colour))

    def _callout_ink(self) -> _Ink:
        names = [self._month_name(m, QLocale.FormatType.LongFormat) for m in range(MONTHS)]
        labels = [self._series_label(i) for i in range(len(self._series))]
        return _Ink.of(self._font(), [*names, *labels, self.format_temperature(-18.8)])

    def _flow_legend(self, margin: float) -> tuple[list[tuple[QRectF, int]], list[_Text], float]:
        """Legend entries in reading order, wrapping onto another row when one is full."""
        entries = self._legend_entries()
        ink = _Ink.of(self._font(), [text for _, text in entries])
        base = self._base_px()
        row, glyph_w, gap = max(ink.height, base) + base * 0.3, base * 2.0, base * 0.5
        width, x, y = self.width() - 2 * margin, 0.0, margin
        glyphs: list[tuple[QRectF, int]] = []
        texts: list[_Text] = []
        align = _PLACED | int(_ALIGN.AlignRight if self.isRightToLeft() else _ALIGN.AlignLeft)
        for kind, text in entries:
            item = glyph_w + gap + QFontMetricsF(ink.font).horizontalAdvance(text)
            if x > 0 and x + item > width:
                x, y = 0.0, y + row
            glyph = QRectF(margin + x, y + (row - base) / 2, glyph_w, base)
            label = ink.rect(glyph.right() + gap, item - glyph_w - gap, y + row / 2)
            glyphs.append((self._mirrored(glyph), kind))
            texts.append(_Text(self._mirrored(label), text, align, ink.font, QColor(PALETTE.text)))
            x += item + base * 1.5
        return glyphs, texts, y + row

    def _legend_entries(self) -> list[tuple[int, str]]:
        entries = [(i, self._series_label(i)) for i in range(len(self._series))]
        entries.append((_BAND_KEY, self.tr("Band: average daily high and low")))
        entries.append((_BAR_KEY, self.tr("Bars: rain in the month")))
        return entries

    def _mirrored(self, rect: QRectF, box: QRectF | None = None) -> QRectF:
        """``rect`` flipped across ``box`` (default: the widget) when right to left."""
        if not self.isRightToLeft():
            return rect
        box = box or QRectF(self.rect())
        left = box.left() + box.right() - rect.right()
        return QRectF(left, rect.top(), rect.width(), rect.height())

    # -- painting ---------------------------------------------------------------------------

    def _paint_selection(self, painter: QPainter, layout: _Layout) -> None:
        if self._selected is not None:
            fill = QColor(PALETTE.focus)
            fill.setAlphaF(0.2)
            painter.fillRect(self.month_rect(self._selected), fill)

    def _paint_focus(self, painter: QPainter, layout: _Layout) -> None:
        if not self.hasFocus():
            return
        painter.setPen(QPen(QColor(PALETTE.focus), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._selected is None:
            painter.drawRect(layout.plot)
        else:
            painter.drawRect(self.month_rect(self._selected).adjusted(1.5, 1.5, -1.5, -1.5))

    def _paint_grid(self, painter: QPainter, layout: _Layout) -> None:
        plot = layout.plot
        painter.setPen(QPen(QColor(PALETTE.surface_alt), 1.0))
        for value in layout.temp_ticks.values:
            y = layout.temp.to_pixel(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        freezing = convert(0.0, self._unit)
        if freezing in layout.temp_ticks.values[1:-1]:
            # Freezing is what a visitor from Shenyang reads first; only where it is labelled
            # (0 °C), since an unlabelled line at 32 °F between gridlines would puzzle.
            y = layout.temp.to_pixel(freezing)
            painter.setPen(QPen(QColor(PALETTE.border), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor(PALETTE.border), 1.5))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _bar_style(self, index: int) -> tuple[QPen, QColor]:
        # Light tints keep the bars behind the bands; the lighter home tint is a second cue.
        colour = self._colours[index] if index >= 0 else QColor(PALETTE.text_muted)
        return QPen(colour, 1.2), tint(colour, 0.5 if index % 2 == 0 else 0.72)

    def _paint_bars(self, painter: QPainter, layout: _Layout) -> None:
        for index, rects in enumerate(layout.bars):
            pen, fill = self._bar_style(index)
            painter.setPen(pen)
            painter.setBrush(fill)
            for rect in rects:
                painter.drawRect(rect)

    def _paint_bands(self, painter: QPainter, layout: _Layout) -> None:
        # Measured at 1920x1080: antialiased translucent fills and joined polylines cost ~8 ms;
        # the fill's edges are covered by the lines anyway, and flat-capped single segments
        # meet under the round points, so this draws the same picture in ~1 ms.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for index, band in enumerate(layout.bands):
            fill = QColor(self._colours[index])
            fill.setAlphaF(_BAND_ALPHA)
            painter.setBrush(fill)
            painter.drawPolygon(band)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for index, colour in enumerate(self._colours):
            pen = QPen(colour, layout.base * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            for points in (layout.maxima[index], layout.minima[index]):
                for start, end in itertools.pairwise(points):
                    painter.drawLine(start, end)
        for index in range(len(self._series)):
            for point in (*layout.maxima[index], *layout.minima[index]):
                self._paint_point(painter, point, index, layout.base * 0.27)

    def _paint_point(self, painter: QPainter, centre: QPointF, index: int, radius: float) -> None:
        # Odd series get hollow points: a cue besides colour for red-green colour blindness.
        colour, surface = self._colours[index], QColor(PALETTE.surface)
        painter.setPen(QPen(colour if index % 2 else surface, radius * 0.5))
        painter.setBrush(surface if index % 2 else colour)
        painter.drawEllipse(centre, radius, radius)

    def _paint_month_names(self, painter: QPainter, layout: _Layout) -> None:
        for month, item in enumerate(layout.month_texts):
            font = item.font
            if month == self._selected:
                font = QFont(font)
                font.setBold(True)
            self._paint_text(painter, item, font)

    @staticmethod
    def _paint_text(painter: QPainter, item: _Text, font: QFont | None = None) -> None:
        painter.setFont(font or item.font)
        painter.setPen(item.colour)
        painter.drawText(item.rect, item.align, item.text)

    def _paint_legend(self, painter: QPainter, layout: _Layout) -> None:
        for glyph, kind in layout.legend:
            colour = self._colours[kind] if kind >= 0 else QColor(PALETTE.text_muted)
            band, bar = self._glyph_parts(glyph)
            if kind != _BAR_KEY:
                fill = QColor(colour)
                fill.setAlphaF(_BAND_ALPHA)
                painter.fillRect(band, fill)
                painter.setPen(QPen(colour, layout.base * 0.12))
                painter.drawLine(band.topLeft(), band.topRight())
                painter.drawLine(band.bottomLeft(), band.bottomRight())
                if kind >= 0:
                    self._paint_point(painter, band.center(), kind, layout.base * 0.22)
            if kind != _BAND_KEY:
                pen, fill = self._bar_style(kind)
                painter.setPen(pen)
                painter.setBrush(fill)
                painter.drawRect(bar)

    def _glyph_parts(self, glyph: QRectF) -> tuple[QRectF, QRectF]:
        """A legend glyph's mini band and mini bar, the bar on the end side."""
        w, h = glyph.width(), glyph.height()
        band = QRectF(glyph.left(), glyph.top() + h * 0.2, w * 0.66, h * 0.6)
        bar = QRectF(glyph.left() + w * 0.76, glyph.top(), w * 0.24, h)
        return self._mirrored(band, glyph), self._mirrored(bar, glyph)

    def _paint_strip(self, painter: QPainter, layout: _Layout) -> None:
        if self._selected is None:
            painter.setFont(self._font(0.95))
            painter.setPen(QColor(PALETTE.text_muted))
            hint = self.tr("Tap a month to see its figures")
            painter.drawText(layout.strip, int(_ALIGN.AlignCenter), hint)
        else:
            self._paint_callout(painter, layout, self._selected)

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

    def _callout_columns(self, rows: list[list[str]], room: float) -> tuple[QFont, list[float]]:
        """The callout's font and column widths, the font shrunk until the box fits ``room``."""
        font, base = self._font(bold=True), self._base_px()  # measured bold: the wider
        for _ in range(4):
            metrics = QFontMetricsF(font)
            widths = [max(metrics.horizontalAdvance(r[c]) for r in rows) for c in range(5)]
            widths[1] += base  # the city's point
            needed = sum(widths) + base * 1.1 * 4 + base * 1.2
            if needed <= room or font.pixelSize() <= 10:
                break
            font.setPixelSize(max(int(font.pixelSize() * room / needed), 10))
        font.setBold(False)
        return font, widths

    def _callout(self, layout: _Layout, month: int) -> _Callout:
        if month not in layout.callouts:
            layout.callouts[month] = self._build_callout(layout, month)
        return layout.callouts[month]

    def _build_callout(self, layout: _Layout, month: int) -> _Callout:
        """The box over ``month``: its name, then a row of figures for each city."""
        rows, strip, base = self._callout_cells(month), layout.strip, layout.base
        font, widths = self._callout_columns(rows, strip.width())
        pad, gap = base * 0.6, base * 1.1
        width = sum(widths) + gap * 4 + pad * 2
        centre = layout.months.centre(month)
        left = min(max(centre - width / 2, strip.left()), strip.right() - width)
        box = QRectF(left, strip.top(), width, strip.height())
        bold = QFont(font)
        bold.setBold(True)
        ink = _Ink.of(bold, [cell for row in rows for cell in row if cell])
        align = _PLACED | int(_ALIGN.AlignRight if self.isRightToLeft() else _ALIGN.AlignLeft)
        texts: list[_Text] = []
        points: list[tuple[QPointF, int]] = []
        for index, row in enumerate(rows):
            x, y = box.left() + pad, box.top() + pad + (index + 0.5) * layout.row
            for column, text in enumerate(row):
                cell = ink.rect(x, widths[column], y)
                x += widths[column] + gap
                if column == 1:
                    dot = QRectF(cell.left() + base * 0.3, y, 0, 0)
                    points.append((self._mirrored(dot, box).center(), index))
                    cell.setLeft(cell.left() + base)
                cell_font = bold if column == 0 else font
                colour = QColor(PALETTE.text)
                texts.append(_Text(self._mirrored(cell, box), text, align, cell_font, colour))
        return _Callout(box, self._callout_arrow(box, centre, base), texts, points)

    @staticmethod
    def _callout_arrow(box: QRectF, centre: float, base: float) -> QPolygonF:
        tip = min(max(centre, box.left() + base), box.right() - base)
        return QPolygonF(
            [
                QPointF(tip - base * 0.45, box.bottom()),
                QPointF(tip, box.bottom() + base * 0.45),
                QPointF(tip + base * 0.45, box.bottom()),
            ]
        )

    def _paint_callout(self, painter: QPainter, layout: _Layout, month: int) -> None:
        callout = self._callout(layout, month)
        painter.setPen(QPen(QColor(PALETTE.border), 1.5))
        painter.setBrush(QColor(PALETTE.background))
        painter.drawRoundedRect(callout.box, layout.base * 0.4, layout.base * 0.4)
        painter.drawPolygon(callout.arrow)
        for point, index in callout.points:
            self._paint_point(painter, point, index, layout.base * 0.3)
        for item in callout.texts:
            self._paint_text(painter, item)
