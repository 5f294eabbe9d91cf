"""Scale maths for the climate chart: round ticks, value-to-pixel maps, month bands, units.

Everything here is plain arithmetic on floats so it can be tested without Qt; the widget turns
the results into ``QPointF``/``QRectF``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

MONTHS = 12

# Steps a person reads without effort; 2.5 lets 0-25-50-75 happen, which 1/2/5 cannot.
_NICE_MANTISSAS: tuple[float, ...] = (1.0, 2.0, 2.5, 5.0, 10.0)
# Floating-point slack when comparing computed tick positions with data bounds.
_EPSILON = 1e-9


class TemperatureUnit(Enum):
    """The unit a visitor reads temperatures in."""

    CELSIUS = "C"
    FAHRENHEIT = "F"

    @property
    def symbol(self) -> str:
        return "°" + self.value


def c_to_f(celsius: float) -> float:
    """A temperature in °F from °C."""
    return celsius * 9.0 / 5.0 + 32.0


def f_to_c(fahrenheit: float) -> float:
    """A temperature in °C from °F."""
    return (fahrenheit - 32.0) * 5.0 / 9.0


def convert(celsius: float, unit: TemperatureUnit) -> float:
    """A temperature in ``unit``; the data is always stored in °C."""
    return c_to_f(celsius) if unit is TemperatureUnit.FAHRENHEIT else celsius


def convert_difference(celsius: float, unit: TemperatureUnit) -> float:
    """A temperature *difference* in ``unit``: scales by 9/5 but has no 32° offset."""
    return celsius * 9.0 / 5.0 if unit is TemperatureUnit.FAHRENHEIT else celsius


def approximately(value: float) -> int:
    """A figure to say "about" in a sentence: the nearest 5 from 15 up, else the nearest 1.

    "About 30 °C colder" reads better than "32.1 °C colder"; small differences keep their
    integer so "about 5 °C" is not rounded to nothing.
    """
    magnitude = abs(value)
    step = 5 if magnitude >= 15 else 1
    rounded = int(math.floor(magnitude / step + 0.5) * step)
    return rounded if value >= 0 else -rounded


def nice_step(span: float, max_intervals: int) -> float:
    """The smallest round step (1, 2, 2.5 or 5 × 10ⁿ) that cuts ``span`` into ≤ max_intervals."""
    if max_intervals < 1:
        raise ValueError("max_intervals must be at least 1")
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max_intervals
    exponent = math.floor(math.log10(raw))
    base = 10.0**exponent
    for mantissa in _NICE_MANTISSAS:
        if mantissa * base >= raw * (1 - _EPSILON):
            return mantissa * base
    return 10.0 * base  # unreachable: 10 × base always covers raw


@dataclass(frozen=True)
class Ticks:
    """Evenly spaced round values from ``start`` to ``stop`` inclusive."""

    start: float
    stop: float
    step: float

    @property
    def values(self) -> tuple[float, ...]:
        count = round((self.stop - self.start) / self.step)
        return tuple(_clean(self.start + i * self.step) for i in range(count + 1))

    @property
    def intervals(self) -> int:
        return round((self.stop - self.start) / self.step)

    @property
    def decimals(self) -> int:
        """Decimals a label needs so that every tick prints exactly (2.5 needs one)."""
        return decimals_for_step(self.step)


def _clean(value: float) -> float:
    # 0.1 * 3 is 0.30000000000000004; ticks are printed, so round away the binary noise.
    cleaned = round(value, 10)
    return 0.0 if cleaned == 0 else cleaned


def decimals_for_step(step: float) -> int:
    """How many decimals print every multiple of ``step`` exactly (0 for 5, 1 for 2.5)."""
    for decimals in range(0, 10):
        scaled = step * 10**decimals
        if abs(scaled - round(scaled)) < 1e-6:
            return decimals
    return 10


def nice_ticks(low: float, high: float, max_intervals: int = 6) -> Ticks:
    """Round ticks whose first is ≤ ``low`` and last ≥ ``high``, in at most ``max_intervals``.

    The step is grown until the covering range fits, because widening to whole steps can add
    an interval that the first guess did not count. Two intervals are the least allowed: a
    range that straddles zero can never fit in one.
    """
    if max_intervals < 2:
        raise ValueError("max_intervals must be at least 2")
    if low > high:
        low, high = high, low
    if math.isclose(low, high):
        low, high = low - 1.0, high + 1.0
    step = nice_step(high - low, max_intervals)
    while True:
        start = math.floor(low / step + _EPSILON) * step
        stop = math.ceil(high / step - _EPSILON) * step
        if round((stop - start) / step) <= max_intervals:
            return Ticks(_clean(start), _clean(stop), step)
        step = _next_nice(step)


def _next_nice(step: float) -> float:
    """The round step just above ``step`` (2 after 1, 2.5 after 2, 10 after 5)."""
    exponent = math.floor(math.log10(step) + _EPSILON)
    base = 10.0**exponent
    for mantissa in _NICE_MANTISSAS:
        if mantissa * base > step * (1 + _EPSILON):
            return mantissa * base
    return 20.0 * base


def aligned_ticks(high: float, intervals: int) -> Ticks:
    """Ticks from 0 up to cover ``high`` in exactly ``intervals`` round steps.

    A second axis built this way puts its ticks on the first axis's gridlines, so the chart
    needs only one set of gridlines.
    """
    if intervals < 1:
        raise ValueError("intervals must be at least 1")
    step = nice_step(max(high, _EPSILON), intervals)
    return Ticks(0.0, _clean(step * intervals), step)


@dataclass(frozen=True)
class LinearScale:
    """Maps a value domain onto a pixel range; a range running backwards inverts the axis.

    A vertical axis passes ``(bottom, top)`` so larger values draw higher up.
    """

    domain_start: float
    domain_stop: float
    range_start: float
    range_stop: float

    def __post_init__(self) -> None:
        if math.isclose(self.domain_start, self.domain_stop):
            raise ValueError("a scale's domain must not be empty")

    def to_pixel(self, value: float) -> float:
        fraction = (value - self.domain_start) / (self.domain_stop - self.domain_start)
        return self.range_start + fraction * (self.range_stop - self.range_start)

    def to_value(self, pixel: float) -> float:
        span = self.range_stop - self.range_start
        if span == 0:
            return self.domain_start
        fraction = (pixel - self.range_start) / span
        return self.domain_start + fraction * (self.domain_stop - self.domain_start)

    def reversed(self) -> LinearScale:
        """The same domain drawn in the opposite direction."""
        return LinearScale(self.domain_start, self.domain_stop, self.range_stop, self.range_start)


@dataclass(frozen=True)
class Span:
    """A horizontal interval in pixels: where a band or a bar starts and how wide it is."""

    start: float
    width: float

    @property
    def stop(self) -> float:
        return self.start + self.width

    @property
    def centre(self) -> float:
        return self.start + self.width / 2.0


@dataclass(frozen=True)
class BandScale:
    """Equal bands for categories (months) across ``[start, stop]``, optionally right to left.

    ``reverse`` puts category 0 at the right-hand end, for a mirrored right-to-left chart.
    """

    count: int
    start: float
    stop: float
    reverse: bool = False

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("a band scale needs at least one band")

    @property
    def band_width(self) -> float:
        return (self.stop - self.start) / self.count

    def band(self, index: int) -> Span:
        if not 0 <= index < self.count:
            raise IndexError(index)
        slot = self.count - 1 - index if self.reverse else index
        return Span(self.start + slot * self.band_width, self.band_width)

    def centre(self, index: int) -> float:
        return self.band(index).centre

    def index_at(self, pixel: float) -> int | None:
        """The band under ``pixel``, or None outside the scale."""
        if not self.start <= pixel < self.stop:
            return None
        slot = min(int((pixel - self.start) / self.band_width), self.count - 1)
        return self.count - 1 - slot if self.reverse else slot


def grouped_bars(
    band: Span, groups: int, fill: float = 0.7, gap: float = 0.0, reverse: bool = False
) -> tuple[Span, ...]:
    """Side-by-side bars for ``groups`` series inside one band.

    The bars together take ``fill`` of the band, centred, with ``gap`` pixels between
    neighbours; ``reverse`` orders them right to left so series 0 stays first in reading order.
    """
    if groups < 1:
        raise ValueError("groups must be at least 1")
    total = band.width * fill
    width = max((total - gap * (groups - 1)) / groups, 0.0)
    left = band.centre - total / 2.0
    spans = [Span(left + i * (width + gap), width) for i in range(groups)]
    return tuple(reversed(spans)) if reverse else tuple(spans)
