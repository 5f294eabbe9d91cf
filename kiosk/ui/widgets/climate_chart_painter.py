"""Paints the climate chart from its :class:`~kiosk.ui.widgets.climate_chart_layout.ChartLayout`.

Three pictures, each drawn once and then only copied: the whole chart with no month selected
(:func:`paint_base`), a selected month's highlighted column (:func:`paint_column`) and its
callout (:func:`paint_callout`). A repaint blits them, so it shapes no text, which matters
for Nastaliq, and blends no large area, whose time Qt's thread pool makes uneven.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.climate_chart_layout import (
    BAND_KEY,
    BAR_KEY,
    Callout,
    ChartLayout,
    ChartSpec,
    ChartText,
)

_BAND_ALPHA = 0.18


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` blended towards white by ``amount`` (0 = unchanged, 1 = white)."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor.fromRgbF(r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def series_colours(count: int) -> list[QColor]:
    """City colours by position: the sister city first, then home (Shenyang)."""
    now = current_palette()
    fixed = [now.city, now.home, now.rain, now.text_muted]
    return [QColor(fixed[i % len(fixed)]) for i in range(count)]


def highlight() -> QColor:
    """The selected column's colour: the selection amber at 20 % over white.

    It is multiplied into the picture: on the chart's white it is exactly that tint, and
    marks keep their colour like ink under a highlighter.
    """
    amber = QColor(current_palette().selection)
    r, g, b = (1 - 0.2 * (1 - c) for c in (amber.redF(), amber.greenF(), amber.blueF()))
    return QColor.fromRgbF(r, g, b)


def _picture(
    bounds: QRectF, ratio: float, draw: Callable[[QPainter], None], opaque: bool = False
) -> QPixmap:
    """A pixmap of ``bounds`` (chart coordinates) with ``draw`` painted into it.

    An opaque one starts white and has no alpha channel, so copying it is a plain blit.
    """
    image = QPixmap((bounds.size() * ratio).toSize())
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(current_palette().surface) if opaque else QColor(Qt.GlobalColor.transparent))
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-bounds.topLeft())
        draw(painter)
    return image


def paint_base(
    layout: ChartLayout, colours: Sequence[QColor], freezing: float, hint: str, ratio: float
) -> QPixmap:
    """The chart with no month selected: grid, bars, bands, labels, legend and ``hint``."""
    spec = layout.spec

    def draw(painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        _paint_grid(painter, layout, freezing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_bars(painter, layout, colours)
        _paint_bands(painter, layout, colours)
        for item in (*layout.texts, *layout.month_texts):
            paint_text(painter, item)
        _paint_legend(painter, layout, colours)
        painter.setFont(spec.font_at(0.95))
        painter.setPen(QColor(current_palette().text_muted))
        painter.drawText(layout.strip, int(Qt.AlignmentFlag.AlignCenter), hint)

    return _picture(QRectF(0, 0, spec.width, spec.height), ratio, draw, opaque=True)


def paint_column(layout: ChartLayout, base: QPixmap, month: int, ratio: float) -> QPixmap:
    """``month``'s column of the base picture, highlighted and with its name in bold."""
    column = layout.month_rect(month)
    bounds = QRectF(column.toAlignedRect())

    def draw(painter: QPainter) -> None:
        painter.drawPixmap(0, 0, base)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.fillRect(column, highlight())
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        # Under the plot the column is plain highlight, so painting it anew hides the
        # regular name that the bold one replaces.
        below = QRectF(column.left(), layout.plot.bottom() + 1, column.width(), 0)
        below.setBottom(column.bottom())
        painter.fillRect(below, highlight())
        name = layout.month_texts[month]
        bold = QFont(name.font)
        bold.setBold(True)
        paint_text(painter, name, bold)

    return _picture(bounds, ratio, draw, opaque=True)


def paint_callout(
    layout: ChartLayout, callout: Callout, colours: Sequence[QColor], ratio: float
) -> tuple[QPointF, QPixmap]:
    """The callout box with each city's marker and figures, and where it goes."""
    bounds = callout.box.united(callout.arrow.boundingRect()).adjusted(-2, -2, 2, 2)

    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor(current_palette().border), 1.5))
        painter.setBrush(QColor(current_palette().background))
        painter.drawRoundedRect(callout.box, layout.base * 0.4, layout.base * 0.4)
        painter.drawPolygon(callout.arrow)
        for point, index in callout.points:
            paint_point(painter, point, colours, index, layout.base * 0.3)
        for item in callout.texts:
            paint_text(painter, item)

    return bounds.topLeft(), _picture(bounds, ratio, draw)


def paint_text(painter: QPainter, item: ChartText, font: QFont | None = None) -> None:
    painter.setFont(font or item.font)
    painter.setPen(item.colour)
    painter.drawText(item.rect, item.align, item.text)


def paint_point(
    painter: QPainter, centre: QPointF, colours: Sequence[QColor], index: int, radius: float
) -> None:
    # Odd series get hollow points: a cue besides colour for red-green colour blindness.
    colour, surface = colours[index], QColor(current_palette().surface)
    painter.setPen(QPen(colour if index % 2 else surface, radius * 0.5))
    painter.setBrush(surface if index % 2 else colour)
    painter.drawEllipse(centre, radius, radius)


def _paint_grid(painter: QPainter, layout: ChartLayout, freezing: float) -> None:
    plot = layout.plot
    painter.setPen(QPen(QColor(current_palette().surface_alt), 1.0))
    for value in layout.temp_ticks.values:
        y = layout.temp.to_pixel(value)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    if freezing in layout.temp_ticks.values[1:-1]:
        # Freezing is what a visitor from Shenyang reads first; only where it is labelled
        # (0 °C), since an unlabelled line at 32 °F between gridlines would puzzle.
        y = layout.temp.to_pixel(freezing)
        painter.setPen(QPen(QColor(current_palette().border), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QPen(QColor(current_palette().border), 1.5))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())


def _bar_style(colours: Sequence[QColor], index: int) -> tuple[QPen, QColor]:
    # Light tints keep the bars behind the bands; the lighter home tint is a second cue.
    colour = colours[index] if index >= 0 else QColor(current_palette().text_muted)
    return QPen(colour, 1.2), tint(colour, 0.5 if index % 2 == 0 else 0.72)


def _paint_bars(painter: QPainter, layout: ChartLayout, colours: Sequence[QColor]) -> None:
    for index, rects in enumerate(layout.bars):
        pen, fill = _bar_style(colours, index)
        painter.setPen(pen)
        painter.setBrush(fill)
        for rect in rects:
            painter.drawRect(rect)


def _paint_bands(painter: QPainter, layout: ChartLayout, colours: Sequence[QColor]) -> None:
    # Measured at 1920x1080: antialiased translucent fills and joined polylines cost ~8 ms;
    # the fill's edges are covered by the lines anyway, and flat-capped single segments
    # meet under the round points, so this draws the same picture in ~1 ms.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for index, band in enumerate(layout.bands):
        fill = QColor(colours[index])
        fill.setAlphaF(_BAND_ALPHA)
        painter.setBrush(fill)
        painter.drawPolygon(band)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for index, colour in enumerate(colours):
        pen = QPen(colour, layout.base * 0.14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for points in (layout.maxima[index], layout.minima[index]):
            for start, end in itertools.pairwise(points):
                painter.drawLine(start, end)
    for index in range(len(colours)):
        for point in (*layout.maxima[index], *layout.minima[index]):
            paint_point(painter, point, colours, index, layout.base * 0.27)


def _paint_legend(painter: QPainter, layout: ChartLayout, colours: Sequence[QColor]) -> None:
    for glyph, kind in layout.legend:
        colour = colours[kind] if kind >= 0 else QColor(current_palette().text_muted)
        band, bar = _glyph_parts(layout.spec, glyph)
        if kind != BAR_KEY:
            fill = QColor(colour)
            fill.setAlphaF(_BAND_ALPHA)
            painter.fillRect(band, fill)
            painter.setPen(QPen(colour, layout.base * 0.12))
            painter.drawLine(band.topLeft(), band.topRight())
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            if kind >= 0:
                paint_point(painter, band.center(), colours, kind, layout.base * 0.22)
        if kind != BAND_KEY:
            pen, fill = _bar_style(colours, kind)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRect(bar)


def _glyph_parts(spec: ChartSpec, glyph: QRectF) -> tuple[QRectF, QRectF]:
    """A legend glyph's mini band and mini bar, the bar on the end side."""
    w, h = glyph.width(), glyph.height()
    band = QRectF(glyph.left(), glyph.top() + h * 0.2, w * 0.66, h * 0.6)
    bar = QRectF(glyph.left() + w * 0.76, glyph.top(), w * 0.24, h)
    return spec.mirrored(band, glyph), spec.mirrored(bar, glyph)
