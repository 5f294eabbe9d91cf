"""The visitor report as a picture: sessions per day over sessions per hour, as bar charts.

Painted with ``QPainter`` onto a ``QImage`` rather than shown in a widget, because its only
reader is ``kiosk report --png`` run by staff, often with no display. The axes use the
project's chart maths (round ticks, value and band scales) and the kiosk's palette, so the
picture looks like the climate chart visitors see. Labels are in English: staff read it, not
visitors.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from kiosk.analytics.report import Report
from kiosk.analytics.report_table import duration
from kiosk.core.chart_scale import BandScale, LinearScale, Ticks, grouped_bars, nice_ticks
from kiosk.core.languages import Language
from kiosk.ui.fonts import register_fonts
from kiosk.ui.palette import DEFAULT as PALETTE

SIZE = QSize(1600, 1000)
_ALIGN = Qt.AlignmentFlag
_DAY_SHARE = 0.55  # of the height below the title: days matter more than hours
_LABEL_GAP = 1.6  # a label's room, in label widths, before every n-th one is skipped


@dataclass(frozen=True)
class _Fonts:
    title: QFont
    heading: QFont
    label: QFont


@dataclass(frozen=True)
class _Series:
    """One panel's bars: a title, a label and a count per band, and the bar colour."""

    title: str
    labels: Sequence[str]
    counts: Sequence[int]
    colour: QColor


def render_report_chart(report: Report, size: QSize = SIZE) -> QImage:
    """The chart of ``report`` at ``size`` pixels. Needs a QGuiApplication (offscreen will do)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(PALETTE.background))
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _paint(painter, report, QRectF(image.rect()))
    return image


def save_report_chart(report: Report, path: Path, size: QSize = SIZE) -> bool:
    """Write the chart as a PNG; False if the file could not be written."""
    # PySide6 takes the format as str at run time; its stubs say bytes, which it refuses.
    saved: bool = render_report_chart(report, size).save(str(path), "PNG")  # type: ignore[call-overload]
    return saved


def count_ticks(most: int) -> Ticks:
    """Whole-number ticks from 0 covering ``most``: a session count has no halves."""
    top = max(most, 2)
    for intervals in (5, 4, 6, 3, 2):
        ticks = nice_ticks(0.0, float(top), min(intervals, top))
        if ticks.decimals == 0 and ticks.start == 0:
            return ticks
    return Ticks(0.0, float(top), float(top))


def _paint(painter: QPainter, report: Report, area: QRectF) -> None:
    fonts = _fonts(area.height())
    margin = round(area.height() * 0.04)
    inner = area.adjusted(margin, margin, -margin, -margin)
    top = _paint_title(painter, report, inner, fonts)
    body = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
    gap = margin * 0.75
    day_height = (body.height() - gap) * _DAY_SHARE
    days = QRectF(body.left(), body.top(), body.width(), day_height)
    hours = QRectF(body.left(), days.bottom() + gap, body.width(), body.height() - day_height - gap)
    _paint_panel(painter, days, _day_series(report), fonts)
    _paint_panel(painter, hours, _hour_series(report), fonts)


def _fonts(height: float) -> _Fonts:
    base = register_fonts().font_for(Language.EN, 10.0)

    def sized(pixels: float, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPixelSize(max(round(pixels), 9))
        font.setBold(bold)
        return font

    unit = height / 50.0
    return _Fonts(sized(unit * 1.7, bold=True), sized(unit * 1.15, bold=True), sized(unit * 0.9))


def _paint_title(painter: QPainter, report: Report, area: QRectF, fonts: _Fonts) -> float:
    """Draw the title and the summary under it; returns where the panels may start."""
    if report.first_day is None or report.last_day is None:
        title = "Kiosk visits: no events recorded"
    elif report.first_day == report.last_day:
        title = f"Kiosk visits on {report.first_day:%a %d %b %Y}"
    else:
        title = f"Kiosk visits, {report.first_day:%d %b %Y} to {report.last_day:%d %b %Y}"
    summary = (
        f"{report.sessions} sessions  ·  median session {duration(report.median_session_s)}"
        f"  ·  {report.language_switches} language switches"
    )
    y = area.top()
    for text, font, colour in (
        (title, fonts.title, PALETTE.text),
        (summary, fonts.label, PALETTE.text_muted),
    ):
        height = QFontMetricsF(font).height()
        _text(painter, QRectF(area.left(), y, area.width(), height), text, font, colour)
        y += height * 1.25
    return y + QFontMetricsF(fonts.label).height() * 0.5


def _day_series(report: Report) -> _Series:
    days = report.sessions_per_day
    many = len(days) > 14  # a weekday name helps over a week or two, crowds over a month
    labels = [f"{d:%d %b}" if many else f"{d:%a %d %b}" for d, _ in days]
    return _Series("Sessions per day", labels, [n for _, n in days], QColor(PALETTE.accent))


def _hour_series(report: Report) -> _Series:
    labels = [f"{hour:02d}:00" for hour in range(len(report.sessions_per_hour))]
    title = "Sessions per hour of the day (when each session started)"
    return _Series(title, labels, report.sessions_per_hour, QColor(PALETTE.rain))


def _paint_panel(painter: QPainter, area: QRectF, series: _Series, fonts: _Fonts) -> None:
    painter.fillRect(area, QColor(PALETTE.surface))
    painter.setPen(QPen(QColor(PALETTE.border), 1))
    painter.drawRect(area)
    pad = QFontMetricsF(fonts.label).height()
    inner = area.adjusted(pad, pad * 0.6, -pad, -pad * 0.5)
    heading = QFontMetricsF(fonts.heading).height()
    title = QRectF(inner.left(), inner.top(), inner.width(), heading)
    _text(painter, title, series.title, fonts.heading, PALETTE.text)
    ticks = count_ticks(max(series.counts, default=0))
    label_width = QFontMetricsF(fonts.label).horizontalAdvance(f"{ticks.stop:.0f}")
    plot = inner.adjusted(label_width + pad * 0.6, heading * 1.8, 0, -pad * 1.6)
    scale = LinearScale(0.0, ticks.stop, plot.bottom(), plot.top())
    _paint_grid(painter, plot, ticks, scale, fonts.label)
    if not series.counts or not any(series.counts):
        _text(painter, plot, "No sessions", fonts.heading, PALETTE.text_muted, _ALIGN.AlignCenter)
        return
    bands = BandScale(len(series.counts), plot.left(), plot.right())
    _paint_bars(painter, bands, scale, series, fonts.label)
    _paint_band_labels(painter, bands, plot.bottom() + pad * 0.3, series.labels, fonts.label)


def _paint_grid(
    painter: QPainter, plot: QRectF, ticks: Ticks, scale: LinearScale, font: QFont
) -> None:
    metrics = QFontMetricsF(font)
    for value in ticks.values:
        y = scale.to_pixel(value)
        colour = PALETTE.text_muted if value == 0 else PALETTE.surface_alt
        painter.setPen(QPen(QColor(colour), 1))
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        right = plot.left() - metrics.height() * 0.4  # numbers end just short of the axis
        label = QRectF(right - 200, y - metrics.height() / 2, 200, metrics.height())
        _text(painter, label, f"{value:.0f}", font, PALETTE.text_muted, _ALIGN.AlignRight)


def _paint_bars(
    painter: QPainter, bands: BandScale, scale: LinearScale, series: _Series, font: QFont
) -> None:
    metrics = QFontMetricsF(font)
    painter.setPen(Qt.PenStyle.NoPen)
    show_counts = bands.band_width >= metrics.horizontalAdvance("000")
    for index, count in enumerate(series.counts):
        if count == 0:
            continue
        (bar,) = grouped_bars(bands.band(index), 1, fill=0.72)
        top = scale.to_pixel(count)
        painter.fillRect(QRectF(bar.start, top, bar.width, scale.to_pixel(0) - top), series.colour)
        if show_counts:
            height = metrics.height()
            above = QRectF(bar.start - 20, top - height * 1.1, bar.width + 40, height)
            _text(painter, above, str(count), font, PALETTE.text, _ALIGN.AlignHCenter)


def _paint_band_labels(
    painter: QPainter, bands: BandScale, top: float, labels: Sequence[str], font: QFont
) -> None:
    """Labels under the bands, every n-th one when they would otherwise collide."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0.0)
    stride = max(1, math.ceil(widest * _LABEL_GAP / bands.band_width))
    for index in range(0, len(labels), stride):
        centre = bands.centre(index)
        rect = QRectF(centre - widest, top, widest * 2, metrics.height())
        _text(painter, rect, labels[index], font, PALETTE.text_muted, _ALIGN.AlignHCenter)


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour: str,
    align: Qt.AlignmentFlag = _ALIGN.AlignLeft,
) -> None:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, int(align | _ALIGN.AlignVCenter) | int(Qt.TextFlag.TextDontClip), text)
