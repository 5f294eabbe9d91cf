"""Comparison facts drawn from two cities' monthly normals, for the climate view's story.

The results are numbers and month indices (0 = January), never sentences: the view words
them with ``tr()`` and formats them with ``QLocale`` in the visitor's language and unit.
Temperatures are in °C; convert with ``chart_scale.convert``/``convert_difference``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.chart_scale import MONTHS, approximately


class MonthlyNormals(Protocol):
    """Twelve months of mean daily max/min (°C) and precipitation (mm), January first."""

    @property
    def mean_max(self) -> Sequence[float]: ...

    @property
    def mean_min(self) -> Sequence[float]: ...

    @property
    def precipitation(self) -> Sequence[float]: ...


@dataclass(frozen=True)
class MonthDifference:
    """How much warmer the sister city is than home in one month (negative: colder)."""

    month: int
    difference_c: float  # of the monthly means, rounded to 0.1
    about_c: int  # the same, rounded for "about …" in a sentence

    @property
    def home_is_colder(self) -> bool:
        return self.difference_c > 0


@dataclass(frozen=True)
class WetSpell:
    """The consecutive months that bring a city the most rain (may wrap December→January)."""

    months: tuple[int, ...]
    total_mm: float  # rounded to 0.1
    share: float  # of the annual total, 0..1, rounded to 0.01

    @property
    def percent(self) -> int:
        return round(self.share * 100)

    @property
    def brings_most(self) -> bool:
        """Whether these months bring more than half the year's rain ("most of its rain")."""
        return self.share > 0.5


@dataclass(frozen=True)
class CityFacts:
    """One city's year in a few numbers."""

    warmest_month: int  # by mean daily maximum
    warmest_max_c: float
    coldest_month: int  # by mean daily minimum
    coldest_min_c: float
    annual_rain_mm: float
    wet_spell: WetSpell


@dataclass(frozen=True)
class ClimateStory:
    """What the view can say about the sister city (``city``) against ``home``."""

    city: CityFacts
    home: CityFacts
    largest_difference: MonthDifference
    smallest_difference: MonthDifference
    shared_wet_months: tuple[int, ...]  # empty unless both wettest spells are the same months
    rain_ratio: float  # home's annual rain over the city's, rounded to 0.1


def monthly_means(normals: MonthlyNormals) -> tuple[float, ...]:
    """Each month's mean temperature, estimated as the midpoint of mean max and mean min.

    The series carry max and min only; their midpoint is how normals define the daily mean
    in many national tables, and it is within a few tenths of the published means here.
    """
    _check(normals)
    return tuple((hi + lo) / 2.0 for hi, lo in zip(normals.mean_max, normals.mean_min, strict=True))


def differences(city: MonthlyNormals, home: MonthlyNormals) -> tuple[float, ...]:
    """City minus home mean temperature for each month, °C."""
    return tuple(a - b for a, b in zip(monthly_means(city), monthly_means(home), strict=True))


def largest_difference(city: MonthlyNormals, home: MonthlyNormals) -> MonthDifference:
    """The month in which the two cities' temperatures are furthest apart (first on a tie)."""
    diffs = differences(city, home)
    month = max(range(MONTHS), key=lambda m: abs(diffs[m]))
    return _month_difference(month, diffs[month])


def smallest_difference(city: MonthlyNormals, home: MonthlyNormals) -> MonthDifference:
    """The month in which the two cities feel most alike."""
    diffs = differences(city, home)
    month = min(range(MONTHS), key=lambda m: abs(diffs[m]))
    return _month_difference(month, diffs[month])


def _month_difference(month: int, difference: float) -> MonthDifference:
    rounded = round(difference, 1)
    return MonthDifference(month, rounded, approximately(rounded))


def annual_rain(normals: MonthlyNormals) -> float:
    """The year's precipitation, mm, as the sum of the months (rounded to 0.1)."""
    _check(normals)
    return round(float(sum(normals.precipitation)), 1)


def wettest_spell(normals: MonthlyNormals, length: int = 2) -> WetSpell:
    """The ``length`` consecutive months with the most rain, wrapping over the new year.

    Wrapping matters for a city whose wet season is winter; on a tie the earlier start wins.
    """
    _check(normals)
    if not 1 <= length <= MONTHS:
        raise ValueError("length must be 1..12")
    rain = normals.precipitation

    def window(start: int) -> tuple[int, ...]:
        return tuple((start + i) % MONTHS for i in range(length))

    best = max(range(MONTHS), key=lambda s: sum(rain[m] for m in window(s)))
    months = window(best)
    total = float(sum(rain[m] for m in months))
    year = float(sum(rain))
    share = total / year if year > 0 else 0.0
    return WetSpell(months, round(total, 1), round(share, 2))


def city_facts(normals: MonthlyNormals) -> CityFacts:
    """Warmest and coldest month, annual rain and wettest spell of one city."""
    _check(normals)
    warmest = max(range(MONTHS), key=lambda m: normals.mean_max[m])
    coldest = min(range(MONTHS), key=lambda m: normals.mean_min[m])
    return CityFacts(
        warmest_month=warmest,
        warmest_max_c=round(normals.mean_max[warmest], 1),
        coldest_month=coldest,
        coldest_min_c=round(normals.mean_min[coldest], 1),
        annual_rain_mm=annual_rain(normals),
        wet_spell=wettest_spell(normals),
    )


def build_story(city: MonthlyNormals, home: MonthlyNormals) -> ClimateStory:
    """Everything the climate view says when it compares ``city`` with ``home``."""
    city_side, home_side = city_facts(city), city_facts(home)
    same_spell = city_side.wet_spell.months == home_side.wet_spell.months
    city_rain = city_side.annual_rain_mm
    return ClimateStory(
        city=city_side,
        home=home_side,
        largest_difference=largest_difference(city, home),
        smallest_difference=smallest_difference(city, home),
        shared_wet_months=city_side.wet_spell.months if same_spell else (),
        rain_ratio=round(home_side.annual_rain_mm / city_rain, 1) if city_rain > 0 else 0.0,
    )


@dataclass(frozen=True)
class RainContrast:
    """Which city is wetter over a year, and by how many times, as a sentence says it."""

    home_is_wetter: bool
    times: float | None  # wetter over drier; None when too close to say, or a year is dry


# Below this, "1.1 times as much" is a difference of noise, not one a visitor would feel.
_SAYABLE_RATIO = 1.2


def spoken_ratio(ratio: float) -> float | None:
    """A ratio as said after "about": whole from 2.5 up (2.9 → 3), else one decimal.

    None when it is under 1.2 (no real difference) or not finite.
    """
    if not math.isfinite(ratio) or ratio < _SAYABLE_RATIO:
        return None
    # floor(x + 0.5), not round(): Python rounds 2.5 to even, and "about 2 times" undersells.
    return float(math.floor(ratio + 0.5)) if ratio >= 2.5 else round(ratio, 1)


def rain_contrast(story: ClimateStory) -> RainContrast:
    """How the two annual totals compare: the wetter city and how many times as much."""
    city, home = story.city.annual_rain_mm, story.home.annual_rain_mm
    wetter, drier = max(city, home), min(city, home)
    times = spoken_ratio(wetter / drier) if drier > 0 else None
    return RainContrast(home_is_wetter=home > city, times=times)


def _check(normals: MonthlyNormals) -> None:
    for name in ("mean_max", "mean_min", "precipitation"):
        if len(getattr(normals, name)) != MONTHS:
            raise ValueError(f"{name} must have {MONTHS} values")
