"""The climate story's facts, derived from Karachi's and Shenyang's real monthly normals."""

from __future__ import annotations

import dataclasses
import math

import pytest

from kiosk.content.model import ClimateSeries, Text
from kiosk.core.climate_story import (
    RainContrast,
    annual_rain,
    build_story,
    city_facts,
    differences,
    largest_difference,
    monthly_means,
    rain_contrast,
    smallest_difference,
    spoken_ratio,
    wettest_spell,
)

JAN, MAY, JUL, AUG, DEC = 0, 4, 6, 7, 11

# PMD long-term averages (FACTS.md): mean daily max/min °C, precipitation mm.
KARACHI = ClimateSeries(
    id="karachi",
    place="karachi",
    label=Text("Karachi", "卡拉奇", "کراچی"),
    period=Text("PMD long-term averages"),
    sources=("pmd",),
    mean_max=(28.2, 28.4, 32.2, 34.7, 35.5, 35.4, 33.3, 32.1, 33.2, 35.5, 32.5, 28.2),
    mean_min=(12.7, 14.0, 18.6, 23.0, 26.6, 28.3, 27.6, 26.3, 25.6, 21.9, 16.8, 12.7),
    precipitation=(13, 10, 8, 3, 3, 18, 85, 61, 13, 0, 3, 5),
)
# CMA 1991-2020 normals, Xinchengzi station (FACTS.md).
SHENYANG = ClimateSeries(
    id="shenyang",
    place="shenyang",
    label=Text("Shenyang", "沈阳", "شین یانگ"),
    period=Text("CMA 1991-2020"),
    sources=("cma",),
    mean_max=(-5.3, -0.2, 7.4, 16.9, 24.0, 27.6, 29.3, 28.5, 24.3, 16.1, 5.4, -3.1),
    mean_min=(-17.9, -12.8, -4.4, 3.9, 11.6, 17.1, 20.5, 19.2, 12.1, 3.9, -5.3, -14.4),
    precipitation=(4.6, 7.6, 14.1, 31.3, 58.9, 84.0, 188.2, 149.6, 44.9, 39.3, 19.4, 9.1),
)


def test_monthly_mean_is_the_midpoint_of_max_and_min() -> None:
    assert monthly_means(KARACHI)[JAN] == pytest.approx((28.2 + 12.7) / 2)
    assert monthly_means(SHENYANG)[JAN] == pytest.approx((-5.3 + -17.9) / 2)


def test_january_is_when_shenyang_is_about_30_degrees_colder() -> None:
    gap = largest_difference(KARACHI, SHENYANG)
    assert gap.month == JAN
    assert gap.difference_c == pytest.approx(32.05, abs=0.051)
    assert gap.about_c == 30
    assert gap.home_is_colder


def test_august_is_when_the_two_cities_are_closest() -> None:
    closest = smallest_difference(KARACHI, SHENYANG)
    assert closest.month == AUG
    assert closest.difference_c == pytest.approx(29.2 - 23.85, abs=0.051)
    assert closest.about_c == 5


def test_karachi_is_warmer_every_month() -> None:
    assert all(d > 0 for d in differences(KARACHI, SHENYANG))


def test_both_cities_get_most_rain_in_july_and_august() -> None:
    karachi, shenyang = wettest_spell(KARACHI), wettest_spell(SHENYANG)
    assert karachi.months == shenyang.months == (JUL, AUG)
    assert karachi.total_mm == pytest.approx(146.0)
    assert karachi.percent == 66
    assert shenyang.total_mm == pytest.approx(337.8)
    assert shenyang.percent == 52
    assert build_story(KARACHI, SHENYANG).shared_wet_months == (JUL, AUG)


def test_annual_totals_are_the_sum_of_the_months() -> None:
    assert annual_rain(KARACHI) == pytest.approx(222.0)
    assert annual_rain(SHENYANG) == pytest.approx(651.0)
    assert isinstance(annual_rain(KARACHI), float)


def test_each_citys_extremes() -> None:
    karachi, shenyang = city_facts(KARACHI), city_facts(SHENYANG)
    assert (karachi.warmest_month, karachi.warmest_max_c) == (MAY, 35.5)  # May ties Oct: first
    assert (karachi.coldest_month, karachi.coldest_min_c) == (JAN, 12.7)
    assert (shenyang.warmest_month, shenyang.warmest_max_c) == (JUL, 29.3)
    assert (shenyang.coldest_month, shenyang.coldest_min_c) == (JAN, -17.9)


def test_the_story_puts_it_together() -> None:
    story = build_story(KARACHI, SHENYANG)
    assert story.largest_difference.month == JAN
    assert story.smallest_difference.month == AUG
    assert story.city.annual_rain_mm == pytest.approx(222.0)
    assert story.home.annual_rain_mm == pytest.approx(651.0)
    assert story.rain_ratio == pytest.approx(2.9)


def test_facts_follow_the_data_not_a_script() -> None:
    # Move Shenyang's deep cold to July: the story must move with it.
    cold = list(SHENYANG.mean_max)
    cold[JUL] = -30.0
    shifted = dataclasses.replace(SHENYANG, mean_max=tuple(cold))
    assert largest_difference(KARACHI, shifted).month == JUL


def test_a_wet_season_may_span_the_new_year() -> None:
    rain = (90.0, 10.0, 5.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 5.0, 20.0, 80.0)
    winter = dataclasses.replace(KARACHI, precipitation=rain)
    spell = wettest_spell(winter)
    assert spell.months == (DEC, JAN)
    assert spell.total_mm == pytest.approx(170.0)
    assert build_story(winter, SHENYANG).shared_wet_months == ()


def test_a_dry_year_has_no_share_and_no_ratio() -> None:
    dry = dataclasses.replace(KARACHI, precipitation=(0.0,) * 12)
    assert wettest_spell(dry).share == 0.0
    assert build_story(dry, SHENYANG).rain_ratio == 0.0


def test_swapping_the_cities_flips_the_sign() -> None:
    assert largest_difference(SHENYANG, KARACHI).difference_c == pytest.approx(
        -largest_difference(KARACHI, SHENYANG).difference_c
    )
    assert not largest_difference(SHENYANG, KARACHI).home_is_colder


def test_a_series_without_twelve_months_is_refused() -> None:
    short = dataclasses.replace(KARACHI, mean_max=KARACHI.mean_max[:11])
    with pytest.raises(ValueError, match="mean_max"):
        build_story(short, SHENYANG)
    with pytest.raises(ValueError):
        wettest_spell(KARACHI, length=13)


@pytest.mark.parametrize(
    ("ratio", "said"),
    [(2.93, 3.0), (2.5, 3.0), (1.64, 1.6), (1.2, 1.2), (1.19, None), (0.5, None)],
)
def test_a_ratio_is_said_as_a_person_would(ratio: float, said: float | None) -> None:
    assert spoken_ratio(ratio) == said
    assert spoken_ratio(math.inf) is None and spoken_ratio(math.nan) is None


def test_shenyang_gets_about_three_times_karachis_rain() -> None:
    contrast = rain_contrast(build_story(KARACHI, SHENYANG))
    assert contrast.home_is_wetter and contrast.times == 3.0
    flipped = rain_contrast(build_story(SHENYANG, KARACHI))
    assert not flipped.home_is_wetter and flipped.times == 3.0


def test_rain_too_close_or_a_dry_year_gives_no_ratio() -> None:
    close = dataclasses.replace(
        KARACHI, precipitation=tuple(v * 2.7 for v in KARACHI.precipitation)
    )
    assert rain_contrast(build_story(close, SHENYANG)).times is None  # 599 mm against 651
    dry = dataclasses.replace(KARACHI, precipitation=(0.0,) * 12)
    assert rain_contrast(build_story(dry, SHENYANG)) == RainContrast(True, None)


def test_most_of_the_rain_means_more_than_half() -> None:
    assert wettest_spell(KARACHI).brings_most and wettest_spell(SHENYANG).brings_most
    even = dataclasses.replace(KARACHI, precipitation=(10.0,) * 12)
    assert not wettest_spell(even).brings_most
