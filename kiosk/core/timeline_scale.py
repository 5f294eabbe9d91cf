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


@dataclass(frozen=True)
class LabelRequest:
    """A marker's label to place: its marker's x, its lane row and its measured width.

    ``narrower`` lists the widths of the same label wrapped onto more lines, widest first:
    a label takes the widest that fits, so rows stay as low as the space allows.
    """

    index: int
    anchor: float
    row: int
    width: float
    narrower: tuple[float, ...] = ()

    @property
    def widths(self) -> tuple[float, ...]:
        return (self.width, *self.narrower)


@dataclass(frozen=True)
class LabelPlacement:
    """Where a label went: ``tier`` 0 sits on the lane's track, higher tiers stack above it."""

    index: int
    row: int
    tier: int
    left: float
    right: float
    choice: int = 0  # which of the request's widths: 0 the preferred, then narrower ones


@dataclass(frozen=True)
class LabelRules:
    """Spacing for :func:`place_labels`, in pixels."""

    low: float  # the plot's low edge
    high: float  # the plot's high edge
    rtl: bool = False
    clearance: float = 14.0  # marker centre to a tier-0 label, so the dot stays visible
    stem_inset: float = 12.0  # marker x to the leading edge of a stacked label
    gap: float = 12.0  # between two labels in one tier


def place_labels(requests: Sequence[LabelRequest], rules: LabelRules) -> list[LabelPlacement]:
    """Lay labels out along their rows so that none overlaps another or hides a marker.

    Each label first tries to run *forward* in time from its marker (to the right, or to
    the left under right-to-left), then backward, at each of its widths from the widest,
    preferring a place that leaves the next label in its row room on the track; only when
    all collide does it climb a tier, where it hangs on a stem above its marker. Close
    events (December 2018 and March 2019) thus share a row without covering each other.
    Requests are placed in the given order, which should be date order.
    """
    placed: list[LabelPlacement] = []
    for number, request in enumerate(requests):
        row = [r for r in requests if r.row == request.row]
        following = next((r for r in requests[number + 1 :] if r.row == request.row), None)
        placed.append(_place_one(request, row, following, placed, rules))
    return placed


def _place_one(
    request: LabelRequest,
    row: Sequence[LabelRequest],
    following: LabelRequest | None,
    placed: Sequence[LabelPlacement],
    rules: LabelRules,
) -> LabelPlacement:
    row_labels = [p for p in placed if p.row == request.row]
    anchors = [r.anchor for r in row if r is not request]
    for tier in range(len(row_labels) + 1):
        crowding: LabelPlacement | None = None  # fits, but pushes the next label up a tier
        for choice, width in enumerate(request.widths):
            for left, right in _candidates(request.anchor, width, tier, rules):
                if not _fits(left, right, tier, anchors, row_labels, rules):
                    continue
                placement = LabelPlacement(request.index, request.row, tier, left, right, choice)
                if tier > 0 or _room_for(following, row, [*row_labels, placement], rules):
                    return placement
                crowding = crowding or placement
        if crowding is not None:
            return crowding
    choice = len(request.widths) - 1
    width = request.widths[choice]
    left, right = _clamped(request.anchor - width / 2.0, width, rules)
    return LabelPlacement(request.index, request.row, len(row_labels) + 1, left, right, choice)


def _room_for(
    request: LabelRequest | None,
    row: Sequence[LabelRequest],
    row_labels: Sequence[LabelPlacement],
    rules: LabelRules,
) -> bool:
    """Whether ``request`` can still sit on the track at its narrowest."""
    if request is None:
        return True
    anchors = [r.anchor for r in row if r is not request]
    return any(
        _fits(left, right, 0, anchors, row_labels, rules)
        for left, right in _candidates(request.anchor, request.widths[-1], 0, rules)
    )


def _fits(
    left: float,
    right: float,
    tier: int,
    other_anchors: Sequence[float],
    row_labels: Sequence[LabelPlacement],
    rules: LabelRules,
) -> bool:
    if left < rules.low - 0.5 or right > rules.high + 0.5:
        return False
    if tier == 0 and any(left - rules.gap < a < right + rules.gap for a in other_anchors):
        return False  # a label on the track must not cover another event's marker
    return not any(
        p.tier == tier and left < p.right + rules.gap and p.left < right + rules.gap
        for p in row_labels
    )


def _candidates(
    anchor: float, width: float, tier: int, rules: LabelRules
) -> list[tuple[float, float]]:
    inset = rules.clearance if tier == 0 else -rules.stem_inset
    high_side = (anchor + inset, anchor + inset + width)
    low_side = (anchor - inset - width, anchor - inset)
    forward, backward = (low_side, high_side) if rules.rtl else (high_side, low_side)
    options = [forward, backward]
    if tier > 0:  # a stacked label may slide to stay on screen: its stem still finds it
        options.append(_clamped(forward[0], width, rules))
    return options


def _clamped(left: float, width: float, rules: LabelRules) -> tuple[float, float]:
    left = max(rules.low, min(left, rules.high - width))
    return left, left + width


@dataclass(frozen=True)
class MarkerTarget:
    """A marker as hit testing sees it: its centre, its drawn radius and its label box."""

    index: int
    x: float
    y: float
    radius: float
    label: Box | None = None

    def areas(self, min_target: float = MIN_TARGET_PX) -> list[Box]:
        """The boxes a tap may land in: a finger-sized square and the whole label."""
        square = Box.around(self.x, self.y, max(min_target, 2.0 * self.radius))
        return [square] if self.label is None else [square, self.label]


def hit_test(
    targets: Iterable[MarkerTarget], x: float, y: float, min_target: float = MIN_TARGET_PX
) -> int | None:
    """The index of the marker a tap at ``(x, y)`` means, or ``None`` for empty space.

    Hit areas may overlap (finger-sized squares are larger than the dots, and close events
    have close squares), so among the markers whose areas contain the point the one whose
    *drawn* shape (dot or label) is nearest wins, then the one whose centre is nearest.
    """
    best: tuple[float, float, int] | None = None
    for target in targets:
        if not any(area.contains(x, y) for area in target.areas(min_target)):
            continue
        centre = math.hypot(x - target.x, y - target.y)
        shape = max(centre - target.radius, 0.0)
        if target.label is not None:
            shape = min(shape, target.label.distance(x, y))
        key = (shape, centre, target.index)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


@dataclass(frozen=True)
class Row:
    """A lane's band: its vertical extent, the y of its track and the height of one tier."""

    top: float
    bottom: float
    track: float
    tier_height: float
    tier_gap: float

    def label_box(self, placement: LabelPlacement, height: float) -> Box:
        """Where a placed label of ``height`` is drawn: centred on its tier."""
        centre = self.track - placement.tier * (self.tier_height + self.tier_gap)
        return Box(placement.left, centre - height / 2.0, placement.right, centre + height / 2.0)


def stack_rows(
    placements: Sequence[LabelPlacement],
    heights: Sequence[float],
    row_count: int,
    top: float,
    min_height: float = MIN_TARGET_PX,
    tier_gap: float = 8.0,
    padding: float = 8.0,
) -> list[Row]:
    """Stack lane rows from ``top``, each tall enough for its labels' tallest tier.

    ``heights[i]`` is the height of ``placements[i]``'s label. A row with no labels still
    gets ``min_height`` so an empty lane keeps its title and track.
    """
    rows: list[Row] = []
    for row in range(row_count):
        mine = [(p, h) for p, h in zip(placements, heights, strict=True) if p.row == row]
        tier_height = max([min_height, *(h for _, h in mine)])
        tiers = max([0, *(p.tier for p, _ in mine)])
        stacked = tiers * (tier_height + tier_gap)
        track = top + padding + stacked + tier_height / 2.0
        bottom = top + 2.0 * padding + stacked + tier_height
        rows.append(Row(top, bottom, track, tier_height, tier_gap))
        top = bottom
    return rows
