"""The map's geographic maths against known values (pure: no Qt)."""

from __future__ import annotations

import itertools
import math

import pytest

from kiosk.core.geo import (
    EARTH_RADIUS_KM,
    Bounds,
    LonLat,
    Projection,
    distance_km,
    fit_view,
    great_circle,
    initial_bearing,
    miller_lat,
    miller_y,
    planar,
    planar_many,
    time_difference_minutes,
)

KARACHI = LonLat(67.0104, 24.8608)
SHENYANG = LonLat(123.4339, 41.8047)
REGION = Bounds(20.0, 0.0, 150.0, 60.0)


def test_karachi_shenyang_distance_is_5463_km() -> None:
    assert distance_km(KARACHI, SHENYANG) == pytest.approx(5463, abs=5)
    assert distance_km(SHENYANG, KARACHI) == pytest.approx(distance_km(KARACHI, SHENYANG))


def test_distance_known_values() -> None:
    assert distance_km(KARACHI, KARACHI) == 0.0
    quarter = math.pi / 2 * EARTH_RADIUS_KM
    assert distance_km(LonLat(0, 0), LonLat(90, 0)) == pytest.approx(quarter)
    assert distance_km(LonLat(10, 0), LonLat(10, 90)) == pytest.approx(quarter)
    # One degree of latitude on the mean sphere: 111.195 km.
    assert distance_km(LonLat(0, 45), LonLat(0, 46)) == pytest.approx(111.195, abs=0.001)


def test_bearing_from_karachi_is_north_east() -> None:
    assert initial_bearing(KARACHI, SHENYANG) == pytest.approx(55, abs=1.5)


@pytest.mark.parametrize(
    ("target", "expected"),
    [(LonLat(0, 10), 0.0), (LonLat(10, 0), 90.0), (LonLat(0, -10), 180.0), (LonLat(-10, 0), 270.0)],
)
def test_bearing_compass_points(target: LonLat, expected: float) -> None:
    assert initial_bearing(LonLat(0, 0), target) == pytest.approx(expected)


def test_great_circle_ends_are_exact() -> None:
    route = great_circle(KARACHI, SHENYANG, 64)
    assert len(route) == 64
    assert route[0] == KARACHI
    assert route[-1] == SHENYANG


def test_great_circle_points_are_evenly_spaced_on_the_route() -> None:
    route = great_circle(KARACHI, SHENYANG, 11)
    total = distance_km(KARACHI, SHENYANG)
    middle = route[5]
    assert distance_km(KARACHI, middle) == pytest.approx(total / 2, abs=1e-6)
    assert distance_km(middle, SHENYANG) == pytest.approx(total / 2, abs=1e-6)
    for before, after in itertools.pairwise(route):
        assert distance_km(before, after) == pytest.approx(total / 10, abs=1e-6)


def test_great_circle_midpoint_known_value() -> None:
    # Along the equator the midpoint is plain; from the equator to a pole it is 45° up.
    assert great_circle(LonLat(0, 0), LonLat(90, 0), 3)[1] == pytest.approx((45.0, 0.0))
    assert great_circle(LonLat(0, 0), LonLat(0, 90), 3)[1] == pytest.approx((0.0, 45.0))


def test_great_circle_bulges_towards_the_pole() -> None:
    # The shortest route runs well north of the straight line between the two latitudes.
    route = great_circle(KARACHI, SHENYANG, 97)
    assert route[48].lat > (KARACHI.lat + SHENYANG.lat) / 2 + 1.0


def test_great_circle_refuses_what_has_no_answer() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        great_circle(KARACHI, SHENYANG, 1)
    with pytest.raises(ValueError, match="antipodal"):
        great_circle(LonLat(0, 0), LonLat(180, 0), 5)


def test_time_difference() -> None:
    assert time_difference_minutes(5 * 60, 8 * 60) == 180
    assert time_difference_minutes(8 * 60, 5 * 60) == -180
    assert time_difference_minutes(330, 480) == 150


def test_miller_known_value_and_inverse() -> None:
    # Miller's northing is 1.25 * asinh(tan(0.8 * lat)), written differently from the code.
    for lat in (0.0, 24.8608, 41.8047, 60.0, -33.0):
        expected = 1.25 * math.asinh(math.tan(math.radians(0.8 * lat)))
        assert miller_y(lat) == pytest.approx(expected)
        assert miller_lat(miller_y(lat)) == pytest.approx(lat)
    assert miller_y(60.0) == pytest.approx(1.19683, abs=1e-5)  # Snyder (1987), table 9


def test_projection_maps_bounds_corners_to_the_unit_square() -> None:
    projection = Projection(REGION)
    assert projection.project(20.0, 60.0) == pytest.approx((0.0, 0.0))  # north-west: top left
    assert projection.project(150.0, 60.0) == pytest.approx((1.0, 0.0))
    assert projection.project(20.0, 0.0) == pytest.approx((0.0, 1.0))
    assert projection.project(150.0, 0.0) == pytest.approx((1.0, 1.0))
    x, y = projection.project(*KARACHI)
    assert 0 < x < 1 and 0 < y < 1
    assert projection.unproject(x, y) == pytest.approx(KARACHI)


def test_projection_aspect_and_affine_agree_with_project() -> None:
    projection = Projection(REGION)
    # 130° of longitude against Miller's 0..1.197 rad of northing.
    assert projection.aspect == pytest.approx(math.radians(130) / miller_y(60))
    ax, bx, ay, by = projection.affine()
    px, py = math.radians(SHENYANG.lon), miller_y(SHENYANG.lat)
    assert (ax * px + bx, ay * py + by) == pytest.approx(projection.project(*SHENYANG))


def test_projection_keeps_parallels_straight_and_north_up() -> None:
    projection = Projection(REGION)
    _, y_west = projection.project(30.0, 40.0)
    _, y_east = projection.project(140.0, 40.0)
    assert y_west == pytest.approx(y_east)
    assert projection.project(67.0, 40.0)[1] < projection.project(67.0, 20.0)[1]


@pytest.mark.parametrize("aspect", [1100 / 700, 900 / 1000, 600 / 400, 3.0])
def test_fit_view_shows_the_focus_at_the_asked_aspect(aspect: float) -> None:
    focus = Bounds.around([KARACHI, SHENYANG], 8.0, 4.0)
    view = fit_view(focus, REGION, aspect)
    assert Projection(view).aspect == pytest.approx(aspect)
    tolerance = 1e-9
    assert view.west <= focus.west + tolerance and view.east >= focus.east - tolerance
    assert view.south <= focus.south + tolerance and view.north >= focus.north - tolerance


def test_fit_view_slides_inside_the_data_when_it_fits() -> None:
    focus = Bounds(22.0, 2.0, 60.0, 20.0)  # a wide box near the region's southern edge
    view = fit_view(focus, REGION, 1.5)
    assert view.west == pytest.approx(22.0)  # as wide as the focus: no need to move sideways
    assert view.south == pytest.approx(0.0, abs=1e-9)  # taller: slid up to where data starts
    assert view.north > focus.north


def test_bounds_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        Bounds(150.0, 0.0, 20.0, 60.0)
    with pytest.raises(ValueError):
        Bounds(20.0, 60.0, 150.0, 0.0)
    with pytest.raises(ValueError):
        Bounds.around([])


def test_planar_many_agrees_with_planar() -> None:
    flat = [KARACHI.lon, KARACHI.lat, SHENYANG.lon, SHENYANG.lat, 150.0, 90.0]
    expected = [c for p in (KARACHI, SHENYANG, LonLat(150.0, 90.0)) for c in planar(*p)]
    assert planar_many(flat) == pytest.approx(expected)
