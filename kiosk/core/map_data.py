"""The bundled offline map (``resources/map/region.json``) as frozen, validated dataclasses.

The file is written by ``tools/build_map.py`` from Natural Earth data. Every line and ring
is a flat tuple ``(lon0, lat0, lon1, lat1, ...)`` in degrees: it loads fast and converts
straight into a painter path. Rings are exteriors and holes alike and are meant to be filled
even-odd. Loading checks the whole shape and raises ``ValueError`` on anything unexpected,
so the UI can fall back to a plain map instead of painting garbage.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.geo import Bounds, LonLat

FORMAT = "sister-city-kiosk region map"
VERSION = 1
MAX_BYTES = 4 * 1024 * 1024  # the shipped file is ~0.3 MB; refuse anything wildly larger
_NUMBER_TYPES = frozenset({int, float})  # not bool

Coords = tuple[float, ...]  # flat lon, lat pairs


def points(coords: Coords) -> Iterator[LonLat]:
    """The points of a flat coordinate tuple."""
    for i in range(0, len(coords) - 1, 2):
        yield LonLat(coords[i], coords[i + 1])


@dataclass(frozen=True)
class Country:
    """A country's polygons; ``id`` is the ISO 3166-1 numeric code ("586"), None if it has none."""

    id: str | None
    name: str  # English, as Natural Earth spells it
    rings: tuple[Coords, ...]

    def contains(self, point: LonLat) -> bool:
        """Whether ``point`` lies inside (even-odd over all rings, so holes are outside)."""
        inside = False
        for ring in self.rings:
            if _ring_crossings(ring, point) % 2:
                inside = not inside
        return inside


@dataclass(frozen=True)
class Border:
    """A land border line shared by two countries (ids as in :class:`Country`)."""

    between: tuple[str | None, str | None]
    line: Coords


@dataclass(frozen=True)
class River:
    """A river's lines; ``names`` holds Natural Earth's own translations by language code."""

    name: str
    names: tuple[tuple[str, str], ...]
    lines: tuple[Coords, ...]

    def name_in(self, code: str) -> str:
        """The name in the language ``code``, English when Natural Earth has none."""
        return dict(self.names).get(code) or self.name


@dataclass(frozen=True)
class Sea:
    """A sea's English name and where its label belongs."""

    name: str
    anchor: LonLat


@dataclass(frozen=True)
class MapLayer:
    """One level of detail: ``focus`` is what to show, ``bounds`` how far the data reaches."""

    focus: Bounds
    bounds: Bounds
    land: tuple[Coords, ...]
    countries: tuple[Country, ...]
    borders: tuple[Border, ...]
    rivers: tuple[River, ...]

    def country(self, country_id: str) -> Country | None:
        return next((c for c in self.countries if c.id == country_id), None)

    def country_at(self, point: LonLat) -> Country | None:
        """The country whose polygons hold ``point``, if any (a city at sea has none)."""
        return next((c for c in self.countries if c.contains(point)), None)


@dataclass(frozen=True)
class MapData:
    """The whole map: the region both cities lie in and a close-up of the sister city."""

    source: str
    credit: str  # "Made with Natural Earth": show it wherever the map is shown
    region: MapLayer
    closeup: MapLayer
    seas: tuple[Sea, ...]


def _ring_crossings(ring: Coords, point: LonLat) -> int:
    count = 0
    n = len(ring) // 2
    for i in range(n):
        x1, y1 = ring[2 * i], ring[2 * i + 1]
        x2, y2 = ring[2 * ((i + 1) % n)], ring[2 * ((i + 1) % n) + 1]
        straddles = (y1 > point.lat) != (y2 > point.lat)
        if straddles and point.lon < x1 + (point.lat - y1) * (x2 - x1) / (y2 - y1):
            count += 1
    return count


# --- Loading and validation --------------------------------------------------------------


def load_map_data(path: Path) -> MapData:
    """Read and validate the map file; ``ValueError`` names the file and what is wrong."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES} bytes")
        document = json.loads(path.read_text(encoding="utf-8"), parse_constant=_refuse_constant)
        return _map_data(document)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as error:
        raise ValueError(f"map data {path}: {error}") from error


def _map_data(document: Any) -> MapData:
    doc = _object(document, "document")
    if doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise ValueError(f"not a version-{VERSION} {FORMAT!r} file")
    seas = tuple(_sea(item, f"seas[{i}]") for i, item in enumerate(_array(doc.get("seas"), "seas")))
    return MapData(
        source=_string(doc.get("source"), "source"),
        credit=_string(doc.get("credit"), "credit"),
        region=_layer(doc.get("region"), "region"),
        closeup=_layer(doc.get("closeup"), "closeup"),
        seas=seas,
    )


def _layer(value: Any, where: str) -> MapLayer:
    obj = _object(value, where)

    def each(key: str) -> list[tuple[Any, str]]:
        return [
            (item, f"{where}.{key}[{i}]")
            for i, item in enumerate(_array(obj.get(key), f"{where}.{key}"))
        ]

    return MapLayer(
        focus=_bounds(obj.get("focus"), f"{where}.focus"),
        bounds=_bounds(obj.get("bounds"), f"{where}.bounds"),
        land=tuple(_coords(item, at, 3) for item, at in each("land")),
        countries=tuple(_country(item, at) for item, at in each("countries")),
        borders=tuple(_border(item, at) for item, at in each("borders")),
        rivers=tuple(_river(item, at) for item, at in each("rivers")),
    )


def _country(value: Any, where: str) -> Country:
    obj = _object(value, where)
    rings = _array(obj.get("rings"), f"{where}.rings")
    return Country(
        id=_optional_string(obj.get("id"), f"{where}.id"),
        name=_string(obj.get("name"), f"{where}.name"),
        rings=tuple(_coords(ring, f"{where}.rings[{i}]", 3) for i, ring in enumerate(rings)),
    )


def _border(value: Any, where: str) -> Border:
    obj = _object(value, where)
    between = _array(obj.get("between"), f"{where}.between")
    if len(between) != 2:
        raise ValueError(f"{where}.between: expected two country ids")
    first, second = (_optional_string(b, f"{where}.between") for b in between)
    return Border((first, second), _coords(obj.get("line"), f"{where}.line", 2))


def _river(value: Any, where: str) -> River:
    obj = _object(value, where)
    names = _object(obj.get("names"), f"{where}.names")
    lines = _array(obj.get("lines"), f"{where}.lines")
    return River(
        name=_string(obj.get("name"), f"{where}.name"),
        names=tuple(sorted((code, _string(n, f"{where}.names")) for code, n in names.items())),
        lines=tuple(_coords(line, f"{where}.lines[{i}]", 2) for i, line in enumerate(lines)),
    )


def _sea(value: Any, where: str) -> Sea:
    obj = _object(value, where)
    anchor = _coords(obj.get("anchor"), f"{where}.anchor", 1)
    return Sea(_string(obj.get("name"), f"{where}.name"), LonLat(anchor[0], anchor[1]))


def _bounds(value: Any, where: str) -> Bounds:
    numbers = _array(value, where)
    if len(numbers) != 4 or not all(_is_number(n) for n in numbers):
        raise ValueError(f"{where}: expected [west, south, east, north]")
    return Bounds(*(float(n) for n in numbers))


def _coords(value: Any, where: str, min_points: int) -> Coords:
    numbers = _array(value, where)
    if len(numbers) % 2 or len(numbers) < 2 * min_points:
        raise ValueError(f"{where}: expected at least {min_points} lon, lat pairs")
    # One C-level pass over the types: JSON numbers are int or float (NaN is refused when
    # parsing); this keeps loading the whole file well under the 50 ms budget.
    if not set(map(type, numbers)) <= _NUMBER_TYPES:
        raise ValueError(f"{where}: coordinates must be numbers")
    lons, lats = numbers[0::2], numbers[1::2]
    if min(lons) < -180 or max(lons) > 180 or min(lats) < -90 or max(lats) > 90:
        raise ValueError(f"{where}: coordinate out of range")
    return tuple(numbers)


def _is_number(value: Any) -> bool:
    return type(value) in _NUMBER_TYPES and math.isfinite(value)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a coordinate")


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object")
    return value


def _array(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list")
    return value


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string")
    return value


def _optional_string(value: Any, where: str) -> str | None:
    return None if value is None else _string(value, where)
