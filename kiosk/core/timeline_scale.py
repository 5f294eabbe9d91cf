"""Timeline geometry without Qt: where a date sits, where its label goes, what a tap hits.

Positions are in logical pixels along one axis. Time is measured in *days* as floats on the
proleptic Gregorian ordinal (``datetime.date.toordinal``), so a day-precision date covers
``[ordinal, ordinal + 1)`` and its marker sits at noon, a month covers its days and its
marker sits mid-month, a year covers its days and its marker sits mid-year. A date is never
drawn more precisely than it is known: callers can paint :meth:`TimeScale.span` instead of a
point when they want to show the whole month or year.

Under right-to-left the axis is mirrored: the earliest date is at the right.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

# A tap anywhere in a square of this side around a marker hits it (WCAG 2.5.5 asks 44 px;
# Material and the kiosk's design ask 48 px).
MIN_TARGET_PX = 48.0


class DateLike(Protocol):
    """What the scale needs from a date: ``kiosk.content.model.PartialDate`` fits."""

    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int | None: ...
    @property
    def day(self) -> int | None: ...


def period(value: DateLike) -> tuple[float, float]:
    """The days a partial date covers, as ``[start, end)`` ordinals."""
    if value.month is None:
        return float(date(value.year, 1, 1).toordinal()), float(_year_end(value.year))
    if value.day is None:
        start = date(value.year, value.month, 1).toordinal()
        return float(start), float(_month_end(value.year, value.month))
    day = date(value.year, value.month, value.day).toordinal()
    return float(day), float(day + 1)


def midpoint(value: DateLike) -> float:
    """Where a marker for the date sits: the middle of the days it covers."""
    start, end = period(value)
    return (start + end) / 2.0


def _year_end(year: int) -> int:
    return date(year + 1, 1, 1).toordinal()


def _month_end(year: int, month: int) -> int:
    return date(year + month // 12, month % 12 + 1, 1).toordinal()


@dataclass(frozen=True)
class Tick:
    """A year or month boundary on the axis; ``month`` is 1 for a year tick."""

    x: float
    year: int
    month: int

    @property
    def is_year(self) -> bool:
        return self.month == 1


@dataclass(frozen=True)
class TimeScale:
    """A linear map from days to pixels over ``[left, right]``, mirrored when ``rtl``."""

    first_day: float
    last_day: float
    left: float
    right: float
    rtl: bool = False

    @classmethod
    def fit(
        cls,
        dates: Iterable[DateLike],
        left: float,
        right: float,
        padding: float = 0.0,
        rtl: bool = False,
    ) -> TimeScale:
        """Fit the span of ``dates`` (their whole periods) into ``[left, right]``.

        ``padding`` pixels are kept free on both sides so edge markers and their halos are
        not clipped; the scale's visible range still runs from ``left`` to ``right``.
        """
        periods = [period(d) for d in dates]
        if not periods:
            raise ValueError("a timeline scale needs at least one date")
        start = min(p[0] for p in periods)
        end = max(p[1] for p in periods)
        inner = max(right - left - 2.0 * padding, 1.0)
        days_per_px = (end - start) / inner
        return cls(start - padding * days_per_px, end + padding * days_per_px, left, right, rtl)

    @property
    def px_per_day(self) -> float:
        return (self.right - self.left) / (self.last_day - self.first_day)

    def x(self, day: float) -> float:
        """The pixel of a day ordinal (fractional days allowed)."""
        offset = (day - self.first_day) * self.px_per_day
        return self.right - offset if self.rtl else self.left + offset

    def day(self, x: float) -> float:
        """The day ordinal at a pixel; the inverse of :meth:`x`."""
        offset = self.right - x if self.rtl else x - self.left
        return self.first_day + offset / self.px_per_day

    def position(self, value: DateLike) -> float:
        """The pixel of a marker for ``value``: mid-year, mid-month or the day's noon."""
        return self.x(midpoint(value))

    def span(self, value: DateLike) -> tuple[float, float]:
        """The pixels a partial date covers, low to high whatever the direction."""
        a, b = (self.x(d) for d in period(value))
        return min(a, b), max(a, b)

    def month_ticks(self) -> list[Tick]:
        """Every first of a month inside the visible range, year boundaries included."""
        first = date.fromordinal(math.ceil(self.first_day))
        year, month = first.year, first.month
        if first.day != 1:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        ticks: list[Tick] = []
        while (ordinal := date(year, month, 1).toordinal()) <= self.last_day:
            ticks.append(Tick(self.x(ordinal), year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return ticks

    def year_ticks(self) -> list[Tick]:
        """Every first of January inside the visible range."""
        return [tick for tick in self.month_ticks() if tick.is_year]

    def year_spans(self) -> list[tuple[int, float, float]]:
        """Each year's visible part as ``(year, low_x, high_x)``, for centring its label."""
        first = date.fromordinal(math.floor(self.first_day)).year
        last = date.fromordinal(math.floor(self.last_day)).year
        spans = []
        for year in range(first, last + 1):
            start = max(float(date(year, 1, 1).toordinal()), self.first_day)
            end = min(float(_year_end(year)), self.last_day)
            a, b = self.x(start), self.x(end)
            spans.append((year, min(a, b), max(a, b)))
        return spans


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in pixels (``left <= right``, ``top <= bottom``)."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, cx: float, cy: float, side: float) -> Box:
        half = side / 2.0
        return cls(cx - half, cy - half, cx + half, cy + half)

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.top <= y <= self.bottom

    def distance(self, x: float, y: float) -> float:
        """How far a point is from the box; 0 inside."""
        dx = max(self.left - x, 0.0, x - self.right)
        dy = max(self.top - y, 0.0, y - self.bottom)
        return math.hypot(dx, dy)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return not (
            self.right + gap <= other.left
            or other.right + gap <= self.left
            or self.bottom + gap <= other.top
            or other.bottom + gap <= self.top
        )
