"""Where the climate chart draws everything: axes, bands, bars, labels, legend and callouts.

:class:`~kiosk.ui.widgets.climate_chart.ClimateChart` describes itself in a
:class:`ChartSpec` (size, font, direction, values in the visitor's unit, words already
translated) and gets back a :class:`ChartLayout` it only has to draw. The layout is built
once per size, language and unit; a month's callout once, when it is first shown. Right to
left mirrors every position here, the month axis included (the chart's module says why).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPixmap, QPolygonF

from kiosk.content.model import ClimateMeasure
from kiosk.core.chart_scale import (
    MONTHS,
    BandScale,
    LinearScale,
    Ticks,
    aligned_ticks,
    grouped_bars,
    nice_ticks,
)
from kiosk.ui.palette import current as current_palette

_ALIGN = Qt.AlignmentFlag
# Text is placed physically (Qt must not flip it again under RTL) and may overhang its rect.
PLACED = int(_ALIGN.AlignAbsolute) | int(_ALIGN.AlignTop) | int(Qt.TextFlag.TextDontClip)
NBSP = "\u00a0"  # keeps a number and its unit on one line
BAND_KEY, BAR_KEY = -1, -2  # legend entries that explain the marks rather than name a city
_CALLOUT_COLUMNS = 5  # month, city, high, low, rain


def isolate_ltr(text: str) -> str:
    """``text`` as a left-to-right island, so "28.2 °C" does not read "°C 28.2" in Urdu.

    Inside right-to-left text the bidi algorithm would put the number on the right of its
    unit and turn "°C" into "C°"; an isolate keeps the quantity as written.
    """
    return "\u2066" + text + "\u2069"


def isolate_units(text: str) -> str:
    """Every °C and °F inside ``text`` isolated, for translated titles such as "… (°C)"."""
    for symbol in ("°C", "°F"):
        text = text.replace(symbol, isolate_ltr(symbol))
    return text


@dataclass(frozen=True)
class Ink:
    """How far a set of texts reaches above (negative) and below the baseline, in pixels.

    Rows are sized and centred on ink, not on font metrics: Nastaliq reports twice the
    line height of Latin type, and centring on metrics would sink Urdu labels.
    """

    font: QFont
    above: float
    below: float

    @classmethod
    def of(cls, font: QFont, texts: Sequence[str]) -> Ink:
        boxes = [QFontMetricsF(font).tightBoundingRect(text) for text in texts]
        return cls(font, min(b.top() for b in boxes), max(b.bottom() for b in boxes))

    @property
    def height(self) -> float:
        return self.below - self.above

    def rect(self, left: float, width: float, centre_y: float) -> QRectF:
        """A rect to draw into with ``PLACED`` so the ink is centred on ``centre_y``."""
        top = centre_y - QFontMetricsF(self.font).ascent() - (self.above + self.below) / 2
        return QRectF(left, top, width, self.height)


@dataclass
class ChartText:
    """One text the chart draws, where and how."""

    rect: QRectF
    text: str
    align: int
    font: QFont
    colour: QColor


@dataclass
class Callout:
    """A month's callout box, laid out once and then only drawn."""

    box: QRectF
    arrow: QPolygonF
    texts: list[ChartText]
    points: list[tuple[QPointF, int]]  # each city's marker, by series index
    image: QPixmap | None = None  # the callout drawn, once it has been shown
    origin: QPointF = field(default_factory=QPointF)  # where ``image`` goes


@dataclass
class ChartLayout:
    """Everything ``paintEvent`` needs, computed once per size, language and unit."""

    spec: ChartSpec  # what it was built from
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
    texts: list[ChartText] = field(default_factory=list)
    month_texts: list[ChartText] = field(default_factory=list)
    legend: list[tuple[QRectF, int]] = field(default_factory=list)  # glyph, series or key
    labels_bottom: float = 0.0  # where the month names' ink ends
    base_layer: QPixmap | None = None  # all but selection, focus, month names and callout
    callouts: dict[int, Callout] = field(default_factory=dict)
    columns: dict[int, tuple[QPoint, QPixmap]] = field(default_factory=dict)  # highlighted

    def month_rect(self, month: int) -> QRectF:
        """The column a tap on ``month`` hits: the plot's height and the label below it."""
        band, top = self.months.band(month), self.plot.top()
        bottom = self.labels_bottom + self.base * 0.2
        return QRectF(band.start, top, band.width, bottom - top)

    def point(self, series: int, month: int, which: ClimateMeasure) -> QPointF:
        """Where a mean max or min is drawn (for precipitation: the top of its bar)."""
        if which is ClimateMeasure.PRECIPITATION:
            bar = self.bars[series][month]
            return QPointF(bar.center().x(), bar.top())
        points = self.maxima if which is ClimateMeasure.MEAN_MAX else self.minima
        return QPointF(points[series][month])


@dataclass(frozen=True)
class ChartSpec:
    """What a layout is built from: the widget's size, font and direction, and its words.

    Temperatures are already in the visitor's unit; texts are already translated.
    """

    width: float
    height: float
    font: QFont
    rtl: bool
    locale: QLocale
    highs: list[list[float]]
    lows: list[list[float]]
    rain: list[tuple[float, ...]]
    labels: list[str]  # each series' city name
    legend: list[tuple[int, str]]  # series index (or a key) and its text, in reading order
    titles: tuple[str, str]  # temperature axis, rain axis
    short_months: list[str]
    long_months: list[str]
    widest_temperature: str  # sizes the callout rows

    @property
    def base(self) -> float:
        # Readable from two metres at kiosk sizes; shrinks with small windows.
        return min(max(min(self.width / 52, self.height / 30), 12.0), 22.0)

    def font_at(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font)
        font.setPixelSize(max(round(self.base * scale), 9))
        font.setBold(bold)
        return font

    def mirrored(self, rect: QRectF, box: QRectF | None = None) -> QRectF:
        """``rect`` flipped across ``box`` (default: the whole chart) when right to left."""
        if not self.rtl:
            return rect
        box = box or QRectF(0, 0, self.width, self.height)
        left = box.left() + box.right() - rect.right()
        return QRectF(left, rect.top(), rect.width(), rect.height())

    def start_align(self) -> int:
        return PLACED | int(_ALIGN.AlignRight if self.rtl else _ALIGN.AlignLeft)


def build_layout(spec: ChartSpec) -> ChartLayout:
    """Stack legend, callout strip, axis titles, plot and month names top to bottom."""
    base, margin = spec.base, spec.base * 0.7
    legend, texts, legend_bottom = _flow_legend(spec, margin)
    row = _callout_ink(spec).height + base * 0.45
    strip = QRectF(margin, legend_bottom + base * 0.3, spec.width - 2 * margin, 0.0)
    strip.setHeight(len(spec.labels) * row + base * 0.7)
    tick_ink = Ink.of(spec.font_at(0.9), ["-0123456789"])
    titles, titles_bottom = _title_texts(spec, strip.bottom() + base)  # clears the arrow
    top = titles_bottom + tick_ink.height / 2 + base * 0.6
    month_ink = _month_ink(spec)
    bottom = spec.height - margin - month_ink.height - base * 0.4
    temp_ticks, rain_ticks = _ticks(spec, max(2, min(7, int((bottom - top) / (base * 2.2)))))
    start = _labels_width(spec, temp_ticks) + base * 0.6
    end = _labels_width(spec, rain_ticks) + base * 0.6
    left, right = (end, start) if spec.rtl else (start, end)
    plot = QRectF(margin + left, top, spec.width - 2 * margin - left - right, bottom - top)
    layout = _place_data(spec, plot, strip, row, (temp_ticks, rain_ticks))
    layout.legend, layout.texts = legend, [*texts, *titles]
    _add_tick_texts(spec, layout, tick_ink)
    _add_month_texts(spec, layout, month_ink)
    return layout


def _ticks(spec: ChartSpec, intervals: int) -> tuple[Ticks, Ticks]:
    low, high = min(min(v) for v in spec.lows), max(max(v) for v in spec.highs)
    temp = nice_ticks(low, high, intervals)
    # Rain ticks share the temperature gridlines, so the chart needs one set of lines.
    rain = aligned_ticks(max(max(r) for r in spec.rain), temp.intervals)
    return temp, rain


def _tick_text(spec: ChartSpec, ticks: Ticks, value: float) -> str:
    return spec.locale.toString(value, "f", ticks.decimals)


def _labels_width(spec: ChartSpec, ticks: Ticks) -> float:
    metrics = QFontMetricsF(spec.font_at(0.9))
    return max(metrics.horizontalAdvance(_tick_text(spec, ticks, v)) for v in ticks.values)


def _place_data(
    spec: ChartSpec, plot: QRectF, strip: QRectF, row: float, ticks: tuple[Ticks, Ticks]
) -> ChartLayout:
    temp_t, rain_t = ticks
    temp = LinearScale(temp_t.start, temp_t.stop, plot.bottom(), plot.top())
    rain = LinearScale(rain_t.start, rain_t.stop, plot.bottom(), plot.top())
    months = BandScale(MONTHS, plot.left(), plot.right(), reverse=spec.rtl)

    def points(values: list[float]) -> list[QPointF]:
        return [QPointF(months.centre(m), temp.to_pixel(v)) for m, v in enumerate(values)]

    maxima, minima = [points(v) for v in spec.highs], [points(v) for v in spec.lows]
    bands = [QPolygonF([*hi, *reversed(lo)]) for hi, lo in zip(maxima, minima, strict=True)]
    bars = _bar_rects(spec, months, rain)
    return ChartLayout(
        spec,
        spec.base,
        plot,
        strip,
        row,
        temp_t,
        rain_t,
        temp,
        rain,
        months,
        maxima,
        minima,
        bands,
        bars,
    )


def _bar_rects(spec: ChartSpec, months: BandScale, rain: LinearScale) -> list[list[QRectF]]:
    rects: list[list[QRectF]] = [[] for _ in spec.rain]
    for month in range(MONTHS):
        band = months.band(month)
        spans = grouped_bars(band, len(spec.rain), fill=0.62, gap=2.0, reverse=spec.rtl)
        for index, span in enumerate(spans):
            top = rain.to_pixel(spec.rain[index][month])
            rects[index].append(QRectF(span.start, top, span.width, rain.range_start - top))
    return rects


def _add_tick_texts(spec: ChartSpec, layout: ChartLayout, ink: Ink) -> None:
    plot, gap, muted = layout.plot, layout.base * 0.5, QColor(current_palette().text_muted)
    for ticks, scale, at_start in (
        (layout.temp_ticks, layout.temp, True),
        (layout.rain_ticks, layout.rain, False),
    ):
        on_left = at_start != spec.rtl
        width = layout.base * 6
        left = plot.left() - gap - width if on_left else plot.right() + gap
        align = PLACED | int(_ALIGN.AlignRight if on_left else _ALIGN.AlignLeft)
        for value in ticks.values:
            rect = ink.rect(left, width, scale.to_pixel(value))
            layout.texts.append(
                ChartText(rect, _tick_text(spec, ticks, value), align, ink.font, muted)
            )


def _title_texts(spec: ChartSpec, top: float) -> tuple[list[ChartText], float]:
    """Each axis's title above its own tick labels, and where their ink ends.

    Titles are not rotated along the axis: rotated Nastaliq is hard to read.
    """
    temp, rain = spec.titles
    ink = Ink.of(spec.font_at(0.9, bold=True), [temp, rain])
    margin = spec.base * 0.7
    rect = ink.rect(margin, spec.width - 2 * margin, top + ink.height / 2)
    start, end = int(_ALIGN.AlignLeft), int(_ALIGN.AlignRight)
    if spec.rtl:
        start, end = end, start
    muted = QColor(current_palette().text_muted)
    texts = [
        ChartText(rect, temp, PLACED | start, ink.font, muted),
        ChartText(rect, rain, PLACED | end, ink.font, muted),
    ]
    return texts, top + ink.height


def _month_ink(spec: ChartSpec) -> Ink:
    """Month names in a font that fits a column: Urdu spells each month in full."""
    font = spec.font_at(1.0, bold=True)  # measured bold: the selected month is drawn bold
    widest = max(QFontMetricsF(font).horizontalAdvance(n) for n in spec.short_months)
    room = (spec.width - spec.base * 8) / MONTHS * 0.9  # a safe guess at a band
    if widest > room:
        font.setPixelSize(max(int(font.pixelSize() * room / widest), 9))
    font.setBold(False)
    return Ink.of(font, spec.short_months)


def _add_month_texts(spec: ChartSpec, layout: ChartLayout, ink: Ink) -> None:
    centre = layout.plot.bottom() + layout.base * 0.3 + ink.height / 2
    layout.labels_bottom = centre + ink.height / 2
    colour, align = QColor(current_palette().text), PLACED | int(_ALIGN.AlignHCenter)
    for month, name in enumerate(spec.short_months):
        band = layout.months.band(month)
        rect = ink.rect(band.start, band.width, centre)
        layout.month_texts.append(ChartText(rect, name, align, ink.font, colour))


def _callout_ink(spec: ChartSpec) -> Ink:
    return Ink.of(spec.font_at(), [*spec.long_months, *spec.labels, spec.widest_temperature])


def _flow_legend(
    spec: ChartSpec, margin: float
) -> tuple[list[tuple[QRectF, int]], list[ChartText], float]:
    """Legend entries in reading order, wrapping onto another row when one is full."""
    ink = Ink.of(spec.font_at(), [text for _, text in spec.legend])
    base = spec.base
    row, glyph_w, gap = max(ink.height, base) + base * 0.3, base * 2.0, base * 0.5
    width, x, y = spec.width - 2 * margin, 0.0, margin
    glyphs: list[tuple[QRectF, int]] = []
    texts: list[ChartText] = []
    for kind, text in spec.legend:
        item = glyph_w + gap + QFontMetricsF(ink.font).horizontalAdvance(text)
        if x > 0 and x + item > width:
            x, y = 0.0, y + row
        glyph = QRectF(margin + x, y + (row - base) / 2, glyph_w, base)
        label = spec.mirrored(ink.rect(glyph.right() + gap, item - glyph_w - gap, y + row / 2))
        glyphs.append((spec.mirrored(glyph), kind))
        ink_colour = QColor(current_palette().text)
        texts.append(ChartText(label, text, spec.start_align(), ink.font, ink_colour))
        x += item + base * 1.5
    return glyphs, texts, y + row


def build_callout(layout: ChartLayout, month: int, rows: list[list[str]]) -> Callout:
    """The box over ``month``: its name, then a row of figures (``rows``) for each city."""
    spec, strip, base = layout.spec, layout.strip, layout.base
    font, widths = _callout_columns(spec, rows, strip.width())
    pad, gap = base * 0.6, base * 1.1
    width = sum(widths) + gap * (_CALLOUT_COLUMNS - 1) + pad * 2
    centre = layout.months.centre(month)
    left = min(max(centre - width / 2, strip.left()), strip.right() - width)
    box = QRectF(left, strip.top(), width, strip.height())
    bold = QFont(font)
    bold.setBold(True)
    ink = Ink.of(bold, [cell for row in rows for cell in row if cell])
    texts: list[ChartText] = []
    points: list[tuple[QPointF, int]] = []
    colour = QColor(current_palette().text)
    for index, row in enumerate(rows):
        x, y = box.left() + pad, box.top() + pad + (index + 0.5) * layout.row
        for column, text in enumerate(row):
            cell = ink.rect(x, widths[column], y)
            x += widths[column] + gap
            if column == 1:
                dot = QRectF(cell.left() + base * 0.3, y, 0, 0)
                points.append((spec.mirrored(dot, box).center(), index))
                cell.setLeft(cell.left() + base)
            cell_font = bold if column == 0 else font
            mirrored = spec.mirrored(cell, box)
            texts.append(ChartText(mirrored, text, spec.start_align(), cell_font, colour))
    return Callout(box, _callout_arrow(box, centre, base), texts, points)


def _callout_columns(
    spec: ChartSpec, rows: list[list[str]], room: float
) -> tuple[QFont, list[float]]:
    """The callout's font and column widths, the font shrunk until the box fits ``room``."""
    font, base = spec.font_at(bold=True), spec.base  # measured bold: the wider
    for _ in range(4):
        metrics = QFontMetricsF(font)
        widths = [
            max(metrics.horizontalAdvance(r[c]) for r in rows) for c in range(_CALLOUT_COLUMNS)
        ]
        widths[1] += base  # the city's point
        needed = sum(widths) + base * 1.1 * (_CALLOUT_COLUMNS - 1) + base * 1.2
        if needed <= room or font.pixelSize() <= 10:
            break
        font.setPixelSize(max(int(font.pixelSize() * room / needed), 10))
    font.setBold(False)
    return font, widths


def _callout_arrow(box: QRectF, centre: float, base: float) -> QPolygonF:
    tip = min(max(centre, box.left() + base), box.right() - base)
    return QPolygonF(
        [
            QPointF(tip - base * 0.45, box.bottom()),
            QPointF(tip, box.bottom() + base * 0.45),
            QPointF(tip + base * 0.45, box.bottom()),
        ]
    )
