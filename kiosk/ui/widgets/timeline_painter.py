"""Paints the timeline strip from its :class:`~kiosk.ui.widgets.timeline_layout.Geometry`.

The parts that never change with the selection (background, era bands, lanes, axis, every
marker at rest) are drawn once into a pixmap by :func:`paint_static`; each repaint blits it
and :func:`paint_dynamic` fades in the selected label (drawn once by
:func:`paint_emphasised`), the rings and the autoplay clock on top, so selection and
animation frames cost about a millisecond and shape no text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen, QPixmap, QRegion

from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.timeline_layout import HALO, WRAP, Fonts, Geometry, Marker, lane_colour

_BLEED = 2.0  # room round a label pixmap for its antialiased border


@dataclass(frozen=True)
class PaintState:
    current: int
    previous: int
    t: float  # highlight transition: 0 on the previous marker, 1 arrived
    progress: float | None  # autoplay's share of the interval, None when not playing
    focused: bool
    rtl: bool


def paint_static(geometry: Geometry, fonts: Fonts, rtl: bool, width: int, ratio: float) -> QPixmap:
    """Everything that does not change with the selection, drawn once per layout.

    Background, era bands, lanes, axis and every marker in its resting state go into one
    pixmap; a repaint blits it and draws only the highlighted markers on top.
    """
    image = _canvas(round(width * ratio), round(geometry.height * ratio), ratio)
    image.fill(QColor(current_palette().background))
    with QPainter(image) as painter:
        lead = _prepare(painter, rtl)
        _paint_eras(painter, geometry, fonts, lead)
        _paint_lanes(painter, geometry, fonts, lead)
        _paint_axis(painter, geometry, fonts)
        for marker in geometry.markers:
            _paint_marker(painter, marker, 0.0, fonts, lead)
    return QPixmap.fromImage(image)


def paint_emphasised(marker: Marker, fonts: Fonts, rtl: bool, ratio: float) -> QPixmap:
    """A marker's label as it looks when selected, drawn once and faded in over the rest.

    Cached by the widget, it makes a selection frame a few blits: no text is shaped while
    the highlight moves, which matters for Nastaliq.
    """
    area = marker.label.adjusted(-_BLEED, -_BLEED, _BLEED, _BLEED)
    image = _canvas(ceil(area.width() * ratio), ceil(area.height() * ratio), ratio)
    image.fill(Qt.GlobalColor.transparent)
    with QPainter(image) as painter:
        lead = _prepare(painter, rtl)
        painter.translate(-area.topLeft())
        _paint_label(painter, marker, 1.0, fonts, lead)
    return QPixmap.fromImage(image)


def _canvas(width: int, height: int, ratio: float) -> QImage:
    # An image, turned into a pixmap when done: text drawn straight into a pixmap can come
    # out a shade different the first time a glyph is used, so pictures differed run to run.
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    return image


def paint_dynamic(
    painter: QPainter,
    geometry: Geometry,
    state: PaintState,
    fonts: Fonts,
    emphasised: Callable[[int], QPixmap],
) -> None:
    """The selection over the static layer: the highlighted labels, rings, autoplay clock."""
    if not geometry.markers:
        return
    _prepare(painter, state.rtl)
    _paint_current_span(painter, geometry, state)
    fading = [(state.current, state.t)]
    if state.previous != state.current and state.t < 1.0:
        fading.append((state.previous, 1.0 - state.t))
    for index, weight in fading:
        marker = geometry.markers[index]
        painter.setPen(QPen(QColor(current_palette().surface), 2))
        painter.setBrush(marker.colour)
        radius = fonts.dot * (1.0 + 0.45 * weight)
        painter.drawEllipse(marker.dot, radius, radius)
        painter.setOpacity(weight)
        corner = marker.label.topLeft() - QPointF(_BLEED, _BLEED)
        painter.drawPixmap(corner, emphasised(index))
        painter.setOpacity(1.0)
    if state.progress is not None:
        inset = 0.45 * fonts.base
        current = geometry.markers[state.current]
        _paint_progress(painter, current.label.adjusted(inset, 0, -inset, -3), state)
    _paint_highlight(painter, geometry, state, fonts)


def _prepare(painter: QPainter, rtl: bool) -> Qt.AlignmentFlag:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Leading alignment: with the painter's direction set, Qt mirrors it under right-to-left.
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    painter.setLayoutDirection(direction)
    return Qt.AlignmentFlag.AlignLeading


def _paint_eras(
    painter: QPainter, geometry: Geometry, fonts: Fonts, lead: Qt.AlignmentFlag
) -> None:
    painter.setFont(fonts.small)
    metrics = QFontMetricsF(fonts.small)
    pad = 0.5 * fonts.base
    for number, (title, band) in enumerate(geometry.eras):
        shade = QColor(current_palette().surface_alt)
        shade.setAlphaF(0.8 if number % 2 == 0 else 0.4)
        painter.fillRect(band, shade)
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, band.width() - 2 * pad)
        painter.setPen(QColor(current_palette().text_muted))
        header = QRectF(band.left() + pad, 0, band.width() - 2 * pad, geometry.header)
        painter.drawText(header, lead | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_lanes(
    painter: QPainter, geometry: Geometry, fonts: Fonts, lead: Qt.AlignmentFlag
) -> None:
    scale = geometry.scale
    painter.setFont(fonts.small)
    for title, colour, rect in geometry.lane_titles:
        painter.setPen(colour)
        painter.drawText(rect, lead | Qt.AlignmentFlag.AlignVCenter | WRAP, title)
    for index, row in enumerate(geometry.rows):
        track = lane_colour(index)
        track.setAlphaF(0.35)
        painter.setPen(QPen(track, 2))
        painter.drawLine(QPointF(scale.left, row.track), QPointF(scale.right, row.track))


def _paint_axis(painter: QPainter, geometry: Geometry, fonts: Fonts) -> None:
    scale, y, b = geometry.scale, geometry.axis_y, fonts.base
    grid = QColor(current_palette().border)
    grid.setAlphaF(0.45)
    muted = QColor(current_palette().text_muted)
    grid_pen, tick_pen = QPen(grid, 1, Qt.PenStyle.DashLine), QPen(muted, 1.5)
    for tick in scale.month_ticks():
        if tick.is_year:  # a faint rule up through the lanes helps read across rows
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(tick.x, geometry.header), QPointF(tick.x, y))
        painter.setPen(tick_pen)
        length = 0.6 * b if tick.is_year else 0.28 * b
        painter.drawLine(QPointF(tick.x, y), QPointF(tick.x, y + length))
    painter.drawLine(QPointF(scale.left, y), QPointF(scale.right, y))
    painter.setFont(fonts.small)
    painter.setPen(QColor(current_palette().text))
    for text, rect in geometry.year_labels:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _paint_current_span(painter: QPainter, geometry: Geometry, state: PaintState) -> None:
    """The current event's day, month or year on the axis: its precision made visible."""
    before, after = geometry.markers[state.previous], geometry.markers[state.current]
    low = _lerp(before.span[0], after.span[0], state.t)
    high = _lerp(before.span[1], after.span[1], state.t)
    centre, half = (low + high) / 2, max((high - low) / 2, 4.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(after.colour)
    painter.drawRoundedRect(QRectF(centre - half, geometry.axis_y - 3, 2 * half, 6), 3, 3)
    guide = QColor(after.colour)
    guide.setAlphaF(0.6 * state.t)
    painter.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
    line = QRectF(after.dot, QPointF(after.dot.x() + 1, geometry.axis_y)).toAlignedRect()
    clip = QRegion(line.adjusted(-2, 0, 2, 0))
    for marker in geometry.markers:  # the guide runs behind other events' labels
        if marker is not after:
            clip -= QRegion(marker.label.toAlignedRect())
    painter.save()
    painter.setClipRegion(clip, Qt.ClipOperation.IntersectClip)
    painter.drawLine(after.dot, QPointF(after.dot.x(), geometry.axis_y - 3))
    painter.restore()


def _paint_marker(
    painter: QPainter, marker: Marker, emphasis: float, fonts: Fonts, lead: Qt.AlignmentFlag
) -> None:
    if marker.stacked:
        painter.setPen(QPen(marker.colour, 2))
        painter.drawLine(marker.dot, QPointF(marker.dot.x(), marker.label.bottom()))
    painter.setPen(QPen(QColor(current_palette().surface), 2))
    painter.setBrush(marker.colour)
    radius = fonts.dot * (1.0 + 0.45 * emphasis)
    painter.drawEllipse(marker.dot, radius, radius)
    _paint_label(painter, marker, emphasis, fonts, lead)


def _paint_label(
    painter: QPainter, marker: Marker, emphasis: float, fonts: Fonts, lead: Qt.AlignmentFlag
) -> None:
    radius = 0.45 * fonts.base
    border = QColor(marker.colour)
    border.setAlphaF(0.55 + 0.45 * emphasis)
    painter.setPen(QPen(border, 1.5))
    painter.setBrush(_blend(QColor(current_palette().surface), marker.colour, emphasis))
    painter.drawRoundedRect(marker.label, radius, radius)
    inverted = emphasis >= 0.5  # white on the lane colour once the fill is mostly there
    pad = fonts.padding
    text = marker.label.adjusted(pad.width(), pad.height(), -pad.width(), -pad.height())
    painter.setFont(fonts.date)
    painter.setPen(QColor(current_palette().accent_text) if inverted else marker.colour)
    painter.drawText(text, lead | Qt.AlignmentFlag.AlignTop, marker.date)
    text.setTop(text.top() + QFontMetricsF(fonts.date).height())
    painter.setFont(fonts.title)
    now = current_palette()
    painter.setPen(QColor(now.accent_text if inverted else now.text))
    painter.drawText(text, lead | Qt.AlignmentFlag.AlignTop | WRAP, marker.title)


def _paint_progress(painter: QPainter, inside: QRectF, state: PaintState) -> None:
    """Autoplay's clock: a thin bar filling in reading direction along the label's foot."""
    track = QRectF(inside.left(), inside.bottom() - 4, inside.width(), 4)
    filled = QRectF(track)
    filled.setWidth(track.width() * (state.progress or 0.0))
    if state.rtl:
        filled.moveRight(track.right())
    dim = QColor(current_palette().accent_text)
    dim.setAlphaF(0.35)
    painter.fillRect(track, dim)
    painter.fillRect(filled, QColor(current_palette().accent_text))


def _paint_highlight(
    painter: QPainter, geometry: Geometry, state: PaintState, fonts: Fonts
) -> None:
    """Rings round the current marker: the old one shrinks away as the new one grows.

    Rings stay on their markers rather than travel, so nothing sweeps across other labels.
    """
    before, after = geometry.markers[state.previous], geometry.markers[state.current]
    radius = HALO * fonts.base
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rings = [(after, state.t, 0.5 + 0.5 * state.t)]
    if before is not after and state.t < 1.0:
        rings.append((before, 1.0 - state.t, 1.0))
    for marker, alpha, scale in rings:
        colour = QColor(marker.colour)
        colour.setAlphaF(alpha)
        painter.setPen(QPen(colour, 3))
        painter.drawEllipse(marker.dot, radius * scale, radius * scale)
    if state.focused:
        painter.setPen(QPen(QColor(current_palette().focus), 3))
        corner = 0.6 * fonts.base
        painter.drawRoundedRect(after.label.adjusted(-4, -4, 4, 4), corner, corner)


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        _lerp(a.redF(), b.redF(), t),
        _lerp(a.greenF(), b.greenF(), t),
        _lerp(a.blueF(), b.blueF(), t),
    )
