"""The climate chart's maths: round ticks, value-to-pixel maps, month bands, units."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.chart_scale import (
    MONTHS,
    BandScale,
    LinearScale,
    Span,
    TemperatureUnit,
    Ticks,
    aligned_ticks,
    approximately,
    c_to_f,
    convert,
    convert_difference,
    decimals_for_step,
    f_to_c,
    grouped_bars,
    nice_step,
    nice_ticks,
)

ROUND_MANTISSAS = {1.0, 2.0, 2.5, 5.0}


def mantissa(step: float) -> float:
    return round(step / 10.0 ** math.floor(math.log10(step) + 1e-9), 6)


def is_multiple(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-6


# -- ticks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "intervals", "step"),
    [(53.4, 6, 10.0), (60.0, 6, 10.0), (75.0, 3, 25.0), (7.0, 7, 1.0), (0.8, 4, 0.2), (96, 5, 20)],
)
def test_nice_step_is_the_smallest_round_step_that_fits(
    span: float, intervals: int, step: float
) -> None:
    assert nice_step(span, intervals) == pytest.approx(step)


def test_both_cities_celsius_range_gets_ticks_every_ten_degrees() -> None:
    # Shenyang's January minimum to Karachi's May maximum.
    ticks = nice_ticks(-17.9, 35.5, 6)
    assert ticks.values == (-20.0, -10.0, 0.0, 10.0, 20.0, 30.0, 40.0)
    assert ticks.decimals == 0


def test_fahrenheit_range_re_ticks_to_round_numbers() -> None:
    ticks = nice_ticks(c_to_f(-17.9), c_to_f(35.5), 6)
    assert ticks.values == (-20.0, 0.0, 20.0, 40.0, 60.0, 80.0, 100.0)


def test_a_step_of_two_and_a_half_needs_one_decimal() -> None:
    assert decimals_for_step(2.5) == 1
    assert decimals_for_step(0.25) == 2
    assert decimals_for_step(50.0) == 0
    assert Ticks(0.0, 10.0, 2.5).values == (0.0, 2.5, 5.0, 7.5, 10.0)


def test_ticks_carry_no_binary_noise() -> None:
    # 0.1 + 2 * 0.1 is 0.30000000000000004 in binary; a label must read 0.3.
    assert nice_ticks(0.1, 0.7, 6).values == (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
    assert nice_ticks(0.1, 0.7, 3).values == (0.0, 0.25, 0.5, 0.75)


def test_an_empty_range_still_gets_an_axis() -> None:
    ticks = nice_ticks(12.0, 12.0, 4)
    assert ticks.start < 12.0 < ticks.stop


def test_fewer_than_two_intervals_are_refused() -> None:
    with pytest.raises(ValueError):
        nice_ticks(-1.0, 1.0, 1)


@given(
    low=st.floats(-1e5, 1e5, allow_nan=False),
    span=st.floats(1e-3, 1e5, allow_nan=False),
    intervals=st.integers(2, 10),
)
def test_ticks_are_round_cover_the_range_and_respect_the_count(
    low: float, span: float, intervals: int
) -> None:
    high = low + span
    ticks = nice_ticks(low, high, intervals)
    slack = ticks.step * 1e-6  # floating-point noise below a millionth of a step is ignored
    assert ticks.start <= low + slack and ticks.stop >= high - slack
    assert 1 <= ticks.intervals <= intervals
    assert mantissa(ticks.step) in ROUND_MANTISSAS
    assert all(is_multiple(value, ticks.step) for value in ticks.values)


def test_rain_ticks_share_the_temperature_gridlines() -> None:
    ticks = aligned_ticks(188.2, 6)  # Shenyang's July on a six-interval temperature axis
    assert ticks.values == (0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0)
    assert aligned_ticks(85.0, 6).values == (0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0)


@given(high=st.floats(0.0, 1e5), intervals=st.integers(1, 10))
def test_aligned_ticks_start_at_zero_and_cover_the_top(high: float, intervals: int) -> None:
    ticks = aligned_ticks(high, intervals)
    assert ticks.start == 0.0 and ticks.intervals == intervals and ticks.stop >= high
    assert mantissa(ticks.step) in ROUND_MANTISSAS


# -- linear scale -----------------------------------------------------------------------------


def test_a_vertical_axis_draws_larger_values_higher() -> None:
    scale = LinearScale(-20.0, 40.0, 600.0, 100.0)  # bottom pixel first: inverted
    assert scale.to_pixel(-20.0) == 600.0
    assert scale.to_pixel(40.0) == 100.0
    assert scale.to_pixel(28.2) == pytest.approx(600.0 - 48.2 / 60.0 * 500.0)
    assert scale.to_pixel(30.0) < scale.to_pixel(0.0)


def test_reversed_swaps_the_ends() -> None:
    scale = LinearScale(0.0, 10.0, 0.0, 100.0).reversed()
    assert scale.to_pixel(0.0) == 100.0 and scale.to_pixel(10.0) == 0.0


def test_an_empty_domain_is_refused() -> None:
    with pytest.raises(ValueError):
        LinearScale(3.0, 3.0, 0.0, 100.0)


@given(
    value=st.floats(-1e4, 1e4),
    start=st.floats(-1e3, 1e3),
    span=st.floats(1.0, 1e3),
    flip=st.booleans(),
)
def test_pixel_to_value_inverts_value_to_pixel(
    value: float, start: float, span: float, flip: bool
) -> None:
    scale = LinearScale(start, start + span, 50.0, 850.0)
    scale = scale.reversed() if flip else scale
    assert scale.to_value(scale.to_pixel(value)) == pytest.approx(value, abs=1e-6)


# -- bands and bars ---------------------------------------------------------------------------


def test_twelve_months_share_the_width_equally() -> None:
    months = BandScale(MONTHS, 100.0, 1300.0)
    assert months.band_width == 100.0
    assert months.band(0) == Span(100.0, 100.0)
    assert months.centre(6) == 750.0
    assert months.band(11).stop == 1300.0


def test_a_reversed_band_scale_puts_january_on_the_right() -> None:
    months = BandScale(MONTHS, 100.0, 1300.0, reverse=True)
    assert months.band(0) == Span(1200.0, 100.0)
    assert months.band(11) == Span(100.0, 100.0)


@pytest.mark.parametrize("reverse", [False, True])
def test_index_at_finds_the_band_under_a_pixel(reverse: bool) -> None:
    months = BandScale(MONTHS, 100.0, 1300.0, reverse=reverse)
    for month in range(MONTHS):
        band = months.band(month)
        assert months.index_at(band.centre) == month
        assert months.index_at(band.start) == month
        assert months.index_at(band.stop - 0.01) == month
    assert months.index_at(99.9) is None
    assert months.index_at(1300.0) is None


def test_a_missing_band_is_an_error() -> None:
    with pytest.raises(IndexError):
        BandScale(MONTHS, 0.0, 120.0).band(12)


def test_two_cities_bars_sit_side_by_side_centred_in_their_month() -> None:
    karachi, shenyang = grouped_bars(Span(200.0, 100.0), 2, fill=0.6, gap=4.0)
    assert karachi.start == pytest.approx(220.0)
    assert karachi.width == shenyang.width == pytest.approx(28.0)
    assert shenyang.start == pytest.approx(karachi.stop + 4.0)
    assert (karachi.start + shenyang.stop) / 2 == pytest.approx(250.0)


def test_reversed_bars_keep_the_first_city_first_in_reading_order() -> None:
    karachi, shenyang = grouped_bars(Span(200.0, 100.0), 2, fill=0.6, gap=4.0, reverse=True)
    assert karachi.start > shenyang.start  # reading right to left, Karachi comes first


# -- units and rounding -----------------------------------------------------------------------


@pytest.mark.parametrize(("c", "f"), [(0.0, 32.0), (100.0, 212.0), (-40.0, -40.0), (28.2, 82.76)])
def test_celsius_to_fahrenheit(c: float, f: float) -> None:
    assert c_to_f(c) == pytest.approx(f)
    assert convert(c, TemperatureUnit.FAHRENHEIT) == pytest.approx(f)
    assert convert(c, TemperatureUnit.CELSIUS) == c


@given(st.floats(-100.0, 100.0))
def test_fahrenheit_back_to_celsius(celsius: float) -> None:
    assert f_to_c(c_to_f(celsius)) == pytest.approx(celsius, abs=1e-9)


def test_a_difference_converts_without_the_offset() -> None:
    assert convert_difference(30.0, TemperatureUnit.FAHRENHEIT) == pytest.approx(54.0)
    assert convert_difference(30.0, TemperatureUnit.CELSIUS) == 30.0


def test_unit_symbols() -> None:
    assert TemperatureUnit.CELSIUS.symbol == "°C"
    assert TemperatureUnit.FAHRENHEIT.symbol == "°F"


@pytest.mark.parametrize(
    ("value", "about"),
    [
        (32.05, 30),
        (33.5, 35),
        (57.7, 60),
        (17.4, 15),
        (14.6, 15),
        (5.35, 5),
        (-32.0, -30),
        (0.4, 0),
    ],
)
def test_approximately_rounds_for_a_sentence(value: float, about: int) -> None:
    assert approximately(value) == about
