"""Measures and places everything on the timeline strip, once per width, language and font.

The pure maths (dates to pixels, label placement, hit testing) lives in
:mod:`kiosk.core.timeline_scale`; this module feeds it Qt's text measurements and keeps
the result as a :class:`Geometry` that painting and hit testing only read. Every length
scales with the widget font's pixel size (``Fonts.base``), so the theme sets the size.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF

from kiosk.content.model import PartialDate, Timeline
from kiosk.core.languages import Language
from kiosk.core.timeline_scale import (
    LabelPlacement,
    LabelRequest,
    LabelRules,
    MarkerTarget,
    Row,
    TimeScale,
    place_labels,
    stack_rows,
)
from kiosk.ui.date_format import format_partial_date
from kiosk.ui.palette import current as current_palette

WRAP = int(Qt.TextFlag.TextWordWrap)
HALO = 0.8  # the current marker's ring radius, in units of Fonts.base


def lane_colour(row: int) -> QColor:
    """Lanes are told apart by colour, in the pack's lane order (who travelled: the sister
    city's green first, the home city's red second, then blue for joint or online events),
    in the theme that is on."""
    now = current_palette()
    colours = (now.city, now.home, now.rain, now.text_muted)
    return QColor(colours[row % len(colours)])


@dataclass(frozen=True)
class Fonts:
    """The strip's fonts, derived from the widget font so the theme sets the scale."""

    base: float  # pixel size of the widget font
    title: QFont
    date: QFont
    small: QFont

    @classmethod
    def from_font(cls, font: QFont) -> Fonts:
        base = float(max(QFontInfo(font).pixelSize(), 10))
        title, date, small = QFont(font), QFont(font), QFont(font)
        title.setPixelSize(round(base * 1.15))  # titles are read from two metres away
        title.setWeight(QFont.Weight.DemiBold)
        date.setPixelSize(round(base * 0.85))
        date.setWeight(QFont.Weight.Bold)
        small.setPixelSize(round(base * 0.8))
        small.setWeight(QFont.Weight.Bold)
        return cls(base, title, date, small)

    @property
    def dot(self) -> float:
        return max(6.0, 0.35 * self.base)

    @property
    def padding(self) -> QSizeF:
        return QSizeF(0.6 * self.base, 0.35 * self.base)


@dataclass(frozen=True)
class Marker:
    dot: QPointF
    label: QRectF
    span: tuple[float, float]  # the days the date covers, on the axis
    stacked: bool  # hangs above its track on a stem
    date: str
    title: str
    colour: QColor


@dataclass(frozen=True)
class Geometry:
    """Everything painting and hit testing need, for one width."""

    height: int
    scale: TimeScale
    rows: list[Row]
    lane_titles: list[tuple[str, QColor, QRectF]]
    eras: list[tuple[str, QRectF]]
    year_labels: list[tuple[str, QRectF]]
    markers: list[Marker]
    targets: list[MarkerTarget]
    axis_y: float
    header: float  # height of the era title band


@dataclass(frozen=True)
class _Frame:
    """Where the plot sits across the width: lane titles in a gutter on the leading side."""

    width: int
    margin: float
    gutter: float
    rtl: bool

    @property
    def low(self) -> float:
        return self.margin + (0 if self.rtl else self.gutter)

    @property
    def high(self) -> float:
        return self.width - self.margin - (self.gutter if self.rtl else 0)


def build_geometry(
    timeline: Timeline, language: Language, fonts: Fonts, width: int, rtl: bool
) -> Geometry:
    """Measure labels, place them in lanes and stack the rows for a strip ``width`` wide."""
    b = fonts.base
    gutter = _gutter_width(timeline, language, width, fonts)
    frame = _Frame(max(width, round(gutter + 6 * b)), round(0.6 * b), gutter, rtl)
    dates = [e.date for e in timeline.events] or [PartialDate(2000)]
    scale = TimeScale.fit(dates, frame.low, frame.high, padding=2.2 * fonts.dot, rtl=rtl)
    small = QFontMetricsF(fonts.small)
    header = small.height() + 0.6 * b if timeline.eras else 0.4 * b
    requests, options = _label_requests(timeline, language, fonts, scale, frame)
    # Tier-0 labels keep clear of the current marker's ring.
    rules = LabelRules(frame.low, frame.high, rtl, HALO * b + 5, 1.6 * fonts.dot, 0.5 * b)
    placements = place_labels(requests, rules)
    heights = [options[p.index][p.choice].height() for p in placements]
    row_count = max(len(timeline.lanes), 1)
    rows = stack_rows(placements, heights, row_count, header, tier_gap=0.4 * b, padding=0.35 * b)
    markers, targets = _markers(timeline, language, fonts, scale, rows, placements, heights)
    axis_y = rows[-1].bottom + 0.3 * b
    return Geometry(
        round(axis_y + 0.6 * b + small.height() + frame.margin),
        scale,
        rows,
        _lane_titles(timeline, language, rows, fonts, frame),
        _era_bands(timeline, language, scale, axis_y),
        _year_labels(scale, language, fonts, axis_y + 0.6 * b),
        markers,
        targets,
        axis_y,
        header,
    )


def _label_requests(
    timeline: Timeline, language: Language, fonts: Fonts, scale: TimeScale, frame: _Frame
) -> tuple[list[LabelRequest], list[list[QSizeF]]]:
    requests, options = [], []
    for index, event in enumerate(timeline.events):
        date = format_partial_date(event.date, language, short=True)
        sizes = _label_sizes(date, event.title.get(language), fonts, frame.high - frame.low)
        anchor, lane = scale.position(event.date), _lane_of(timeline, event.lane)
        narrower = tuple(size.width() for size in sizes[1:])
        requests.append(LabelRequest(index, anchor, lane, sizes[0].width(), narrower))
        options.append(sizes)
    return requests, options


def _markers(
    timeline: Timeline,
    language: Language,
    fonts: Fonts,
    scale: TimeScale,
    rows: list[Row],
    placements: list[LabelPlacement],
    heights: list[float],
) -> tuple[list[Marker], list[MarkerTarget]]:
    markers, targets = [], []
    for event, placement, height in zip(timeline.events, placements, heights, strict=True):
        box = rows[placement.row].label_box(placement, height)
        dot = QPointF(scale.position(event.date), rows[placement.row].track)
        label = QRectF(QPointF(box.left, box.top), QPointF(box.right, box.bottom))
        colour = lane_colour(placement.row)
        date = format_partial_date(event.date, language, short=True)
        span = scale.span(event.date)
        title = event.title.get(language)
        markers.append(Marker(dot, label, span, placement.tier > 0, date, title, colour))
        targets.append(MarkerTarget(placement.index, dot.x(), dot.y(), fonts.dot, box))
    return markers, targets


def _lane_of(timeline: Timeline, lane_id: str | None) -> int:
    ids = [lane.id for lane in timeline.lanes]
    return ids.index(lane_id) if lane_id in ids else 0


def _label_sizes(date: str, title: str, fonts: Fonts, plot: float) -> list[QSizeF]:
    """The label's size wrapped at a few widths, widest (fewest lines) first.

    Wide labels keep rows low (Nastaliq lines are twice as tall as Latin ones); narrower
    ones let close events share a lane. :func:`place_labels` takes the widest that fits.
    """
    b = fonts.base
    limits = sorted({min(max(plot * f, 11 * b), 28 * b) for f in (0.45, 0.3, 0.2)}, reverse=True)
    sizes: list[QSizeF] = []
    for limit in limits:
        size = _label_size(date, title, fonts, limit)
        if not sizes or size.width() < sizes[-1].width():
            sizes.append(size)
    return sizes


def _label_size(date: str, title: str, fonts: Fonts, max_text: float) -> QSizeF:
    wrapped = QFontMetricsF(fonts.title).boundingRect(QRectF(0, 0, max_text, 1e5), WRAP, title)
    date_metrics = QFontMetricsF(fonts.date)
    text_width = max(date_metrics.horizontalAdvance(date), wrapped.width())
    pad = fonts.padding
    # Spare width so painting wraps where measuring did: a pixmap's glyph advances can
    # differ from the screen metrics by a fraction, and a wrapped-off last word is clipped.
    return QSizeF(
        ceil(text_width + 2 * pad.width() + 0.25 * fonts.base),
        round(date_metrics.height() + wrapped.height() + 2 * pad.height() + 2),
    )


def _gutter_width(timeline: Timeline, language: Language, width: int, fonts: Fonts) -> float:
    if not timeline.lanes:
        return 0.0
    metrics = QFontMetricsF(fonts.small)
    # The laid-out width, not the advance: Nastaliq's joined letters overhang the advance.
    widest = max(
        metrics.boundingRect(QRectF(0, 0, 1e5, 1e5), 0, lane.title.get(language)).width()
        for lane in timeline.lanes
    )
    return min(widest + 2, 0.16 * width, 10 * fonts.base) + fonts.base


def _lane_titles(
    timeline: Timeline, language: Language, rows: list[Row], fonts: Fonts, frame: _Frame
) -> list[tuple[str, QColor, QRectF]]:
    left = frame.high + fonts.base if frame.rtl else frame.margin
    titles = []
    for index, (lane, row) in enumerate(zip(timeline.lanes, rows, strict=False)):
        rect = QRectF(left, row.top, frame.gutter - fonts.base, row.bottom - row.top)
        colour = lane_colour(index)
        titles.append((lane.title.get(language), colour, rect))
    return titles


def _era_bands(
    timeline: Timeline, language: Language, scale: TimeScale, axis_y: float
) -> list[tuple[str, QRectF]]:
    bands = []
    for era in timeline.eras:
        (a0, a1), (b0, b1) = scale.span(era.start), scale.span(era.end)
        low, high = max(min(a0, b0), scale.left), min(max(a1, b1), scale.right)
        if high > low:
            bands.append((era.title.get(language), QRectF(low, 0, high - low, axis_y)))
    return bands


def _year_labels(
    scale: TimeScale, language: Language, fonts: Fonts, top: float
) -> list[tuple[str, QRectF]]:
    """Each year's label centred on its visible part, when it fits there."""
    metrics = QFontMetricsF(fonts.small)
    labels = []
    for year, low, high in scale.year_spans():
        text = format_partial_date(PartialDate(year), language)
        if metrics.horizontalAdvance(text) + fonts.base <= high - low:
            labels.append((text, QRectF(low, top, high - low, metrics.height())))
    return labels
