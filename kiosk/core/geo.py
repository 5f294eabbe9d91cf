"""Geographic maths for the map: distance, bearing, great circles, projection, time zones.

Points are ``LonLat(lon, lat)`` in degrees (GeoJSON order). The sphere is the mean Earth
radius (IUGG, 6371.0088 km), which is what "distance between the cities" means on a kiosk:
the ellipsoidal figure differs by well under 0.5 %.

The map projection is Miller cylindrical. For a region from the equator to 60°N it keeps
shapes near the tropics close to Mercator (Karachi, the Arabian Sea and South China look as
visitors know them from any atlas) while inflating the north much less than Mercator does
(at 60°N Mercator doubles lengths north-south, Miller stretches them by ~1.5), so Russia does
not swamp the top of the map. Plain equirectangular squashes China and Korea east-west at
40°N; a conic would bend the frame. Miller's parallels stay straight, so the clip box of the
data stays a rectangle on screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088
_MAX_LAT = 89.9  # Miller is finite at the poles, but a view never needs them


class LonLat(NamedTuple):
    """A point on the globe in degrees, longitude first."""

    lon: float
    lat: float


def _unit_vector(point: LonLat) -> tuple[float, float, float]:
    lon, lat = math.radians(point.lon), math.radians(point.lat)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


def _central_angle(a: LonLat, b: LonLat) -> float:
    """Angle between two points in radians (haversine: accurate for short distances too)."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    d_lat, d_lon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(d_lat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(d_lon / 2) ** 2
    return 2 * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: LonLat, b: LonLat) -> float:
    """Great-circle distance in kilometres on the mean-radius sphere."""
    return EARTH_RADIUS_KM * _central_angle(a, b)


def initial_bearing(a: LonLat, b: LonLat) -> float:
    """Compass bearing in degrees (0 north, 90 east) to set off from ``a`` towards ``b``."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    d_lon = math.radians(b.lon - a.lon)
    y = math.sin(d_lon) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(d_lon)
    return math.degrees(math.atan2(y, x)) % 360.0


def great_circle(a: LonLat, b: LonLat, count: int) -> list[LonLat]:
    """``count`` points evenly spaced along the shorter great circle, ``a`` and ``b`` included.

    Raises ``ValueError`` for fewer than two points or antipodal ends (no unique circle).
    """
    if count < 2:
        raise ValueError(f"a great circle needs at least 2 points, not {count}")
    omega = _central_angle(a, b)
    if math.isclose(omega, math.pi, abs_tol=1e-9):
        raise ValueError("antipodal points have no unique great circle")
    va, vb = _unit_vector(a), _unit_vector(b)
    points: list[LonLat] = []
    for i in range(count):
        t = i / (count - 1)
        if omega < 1e-12:
            wa, wb = 1.0 - t, t
        else:  # spherical linear interpolation
            wa, wb = (
                math.sin((1 - t) * omega) / math.sin(omega),
                math.sin(t * omega) / math.sin(omega),
            )
        x, y, z = (wa * p + wb * q for p, q in zip(va, vb, strict=True))
        points.append(
            LonLat(math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y))))
        )
    points[0], points[-1] = a, b  # exact ends, no rounding drift
    return points


def time_difference_minutes(from_utc_offset: int, to_utc_offset: int) -> int:
    """How many minutes the second place's clock is ahead of the first (negative: behind)."""
    return to_utc_offset - from_utc_offset


# --- Projection --------------------------------------------------------------------------


def miller_y(lat: float) -> float:
    """Miller cylindrical northing in radians for a latitude in degrees."""
    lat = max(-_MAX_LAT, min(_MAX_LAT, lat))
    return 1.25 * math.log(math.tan(math.pi / 4 + 0.4 * math.radians(lat)))


def miller_lat(y: float) -> float:
    """The latitude in degrees of a Miller northing (inverse of :func:`miller_y`)."""
    return math.degrees(2.5 * math.atan(math.exp(0.8 * y)) - 0.625 * math.pi)


@dataclass(frozen=True)
class Bounds:
    """A longitude/latitude box in degrees, west < east, south < north (no antimeridian)."""

    west: float
    south: float
    east: float
    north: float

    def __post_init__(self) -> None:
        if not (-180.0 <= self.west < self.east <= 180.0):
            raise ValueError(f"bad longitudes in {self}")
        if not (-90.0 <= self.south < self.north <= 90.0):
            raise ValueError(f"bad latitudes in {self}")

    @classmethod
    def around(cls, points: list[LonLat], pad_lon: float = 0.0, pad_lat: float = 0.0) -> Bounds:
        """The smallest box holding ``points``, padded by the given degrees on every side."""
        if not points:
            raise ValueError("no points to bound")
        return cls(
            max(-180.0, min(p.lon for p in points) - pad_lon),
            max(-90.0, min(p.lat for p in points) - pad_lat),
            min(180.0, max(p.lon for p in points) + pad_lon),
            min(90.0, max(p.lat for p in points) + pad_lat),
        )

    def contains(self, point: LonLat) -> bool:
        return self.west <= point.lon <= self.east and self.south <= point.lat <= self.north


def planar(lon: float, lat: float) -> tuple[float, float]:
    """Miller plane coordinates in radians: x eastward, y northward, independent of any view.

    Map geometry is converted once; a view then only needs the affine ``Projection.affine``.
    """
    return math.radians(lon), miller_y(lat)


def planar_many(coords: Sequence[float]) -> list[float]:
    """:func:`planar` over a flat ``lon, lat, lon, lat, ...`` sequence, returned flat.

    One tight loop: converting the whole map this way is several times faster than per point.
    """
    radians, log, tan = math.radians, math.log, math.tan
    quarter, limit = math.pi / 4, _MAX_LAT
    out: list[float] = []
    for i in range(0, len(coords) - 1, 2):
        lat = max(-limit, min(limit, coords[i + 1]))
        out.append(radians(coords[i]))
        out.append(1.25 * log(tan(quarter + 0.4 * radians(lat))))
    return out


@dataclass(frozen=True)
class Projection:
    """Miller cylindrical projection of ``bounds`` onto the unit square.

    ``project`` returns ``(x, y)`` with x from 0 (west) to 1 (east) and y from 0 (north) to 1
    (south), screen-style; points outside the bounds fall outside [0, 1]. ``aspect`` is the
    box's true width/height, so drawing it into a rectangle of that aspect keeps shapes.
    """

    bounds: Bounds
    _left: float = field(init=False, repr=False)
    _top: float = field(init=False, repr=False)
    _width: float = field(init=False, repr=False)
    _height: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        left, top = planar(self.bounds.west, self.bounds.north)
        right, bottom = planar(self.bounds.east, self.bounds.south)
        object.__setattr__(self, "_left", left)
        object.__setattr__(self, "_top", top)
        object.__setattr__(self, "_width", right - left)
        object.__setattr__(self, "_height", top - bottom)

    @property
    def aspect(self) -> float:
        return self._width / self._height

    def affine(self) -> tuple[float, float, float, float]:
        """``(ax, bx, ay, by)`` with unit ``x = ax * px + bx`` and ``y = ay * py + by``.

        ``px, py`` are :func:`planar` coordinates; a painter turns this into one transform.
        """
        return (
            1 / self._width,
            -self._left / self._width,
            -1 / self._height,
            self._top / self._height,
        )

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        px, py = planar(lon, lat)
        return (px - self._left) / self._width, (self._top - py) / self._height

    def unproject(self, x: float, y: float) -> LonLat:
        lon = math.degrees(self._left + x * self._width)
        return LonLat(lon, miller_lat(self._top - y * self._height))


def _fit_axis(
    low: float, high: float, size: float, limit: tuple[float, float]
) -> tuple[float, float]:
    """A window of ``size`` centred on low..high, slid inside ``limit`` when it fits there."""
    start = (low + high - size) / 2
    if size <= limit[1] - limit[0]:
        start = max(limit[0], min(start, limit[1] - size))
    return start, start + size


def fit_view(focus: Bounds, limit: Bounds, aspect: float) -> Bounds:
    """The box of projected ``aspect`` (width/height) that shows all of ``focus``.

    It is as small as possible, centred on ``focus`` and slid to stay inside ``limit`` (where
    the map has data) whenever it is small enough to.
    """
    if aspect <= 0 or not math.isfinite(aspect):
        raise ValueError(f"bad aspect ratio {aspect}")
    x0, x1 = math.radians(focus.west), math.radians(focus.east)
    y0, y1 = miller_y(focus.south), miller_y(focus.north)
    width, height = x1 - x0, y1 - y0
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    y_max = miller_y(_MAX_LAT)
    height = min(height, 2 * y_max)
    left, right = _fit_axis(
        x0, x1, min(width, 2 * math.pi), (math.radians(limit.west), math.radians(limit.east))
    )
    bottom, top = _fit_axis(y0, y1, height, (miller_y(limit.south), miller_y(limit.north)))
    bottom, top = max(bottom, -y_max), min(top, y_max)
    left, right = max(left, -math.pi), min(right, math.pi)
    return Bounds(math.degrees(left), miller_lat(bottom), math.degrees(right), miller_lat(top))
