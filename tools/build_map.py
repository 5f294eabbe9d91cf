"""Build the kiosk's offline map, ``resources/map/region.json``, from Natural Earth data.

Usage::

    python tools/build_map.py [GEO_DIR] [-o OUT_DIR]

``GEO_DIR`` (default ``../shared/geo`` next to the checkout) holds the world-atlas 2.0.2
TopoJSON files ``countries-50m.json`` and ``land-50m.json`` and the Natural Earth 1:50m
rivers ``ne_50m_rivers_lake_centerlines.geojson``. The script decodes the topology,
simplifies each shared arc once (so neighbouring countries keep a common border), clips to
the region that holds both cities and writes one compact JSON file. The kiosk reads only that
file; it never touches ``GEO_DIR`` at run time. Standard library only, deterministic output.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]  # (longitude, latitude) in degrees
Line = list[Point]
Box = tuple[float, float, float, float]  # west, south, east, north

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GEO = REPO.parent / "shared" / "geo"
DEFAULT_OUT = REPO / "resources" / "map"


@dataclass(frozen=True)
class LayerSpec:
    """What one layer of the map keeps, and how finely."""

    focus: Box  # what the kiosk means to show
    clip: Box  # what the file holds: a margin lets the widget fill odd aspect ratios
    tolerance: float  # Douglas-Peucker, degrees
    min_area: float  # smaller islands are left out, deg²
    digits: int  # decimals kept
    rivers: frozenset[str] | None  # None keeps every river in the clip box


# The overview shows 20°E-150°E, 0°-60°N; 4° more each side lets a portrait widget fill up
# without running out of land. A 1920-px map of the whole region has ~0.068° a pixel, so a
# 0.03° tolerance (~3 km) moves no coast by more than half a pixel (under one pixel even when
# the ~75° between the two cities fill 1920 px). Islands under 0.01 deg² (~120 km²) are a
# couple of pixels across and are left out. Three decimals (~100 m) are far below a pixel.
REGION = LayerSpec(
    focus=(20.0, 0.0, 150.0, 60.0),
    clip=(16.0, -4.0, 154.0, 64.0),
    tolerance=0.03,
    min_area=0.01,
    digits=3,
    rivers=frozenset({"Indus", "Liao"}),
)
# The close-up of Karachi's setting: the coast, the city and the Indus delta to the SE. It is
# ~300 px across 3°, so 0.002° keeps every vertex the 1:50m data has there.
CLOSEUP = LayerSpec(
    focus=(66.0, 23.5, 69.0, 26.0),
    clip=(65.25, 22.75, 69.75, 26.75),
    tolerance=0.002,
    min_area=0.0001,
    digits=4,
    rivers=None,
)

# Label points for seas (Natural Earth 1:50m has no marine labels in this data set).
SEAS = ({"name": "Arabian Sea", "anchor": [64.5, 16.0]},)

SOURCE = (
    "Natural Earth 1:50m vector data (public domain): countries and land from the world-atlas "
    "2.0.2 TopoJSON files countries-50m.json and land-50m.json (Natural Earth 4.1.0); rivers "
    "from ne_50m_rivers_lake_centerlines"
)
CREDIT = "Made with Natural Earth"


# --- TopoJSON decoding -------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[Line]:
    """Apply the quantization transform and delta-decode every arc."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[Line] = []
    for arc in topology["arcs"]:
        x = y = 0
        line: Line = []
        for dx, dy in arc:
            x += dx
            y += dy
            line.append((x * sx + tx, y * sy + ty))
        arcs.append(line)
    return arcs


def polygons_of(geometry: dict) -> list[list[list[int]]]:
    """A geometry's polygons as lists of rings of arc indices."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def ring_from_arcs(indices: Sequence[int], arcs: Sequence[Line]) -> Line:
    """Join arcs into a closed ring; a negative index ``~i`` means arc ``i`` reversed."""
    ring: Line = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(arc if not ring else arc[1:])
    return ring


# --- Simplification and clipping ---------------------------------------------------------


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def douglas_peucker(line: Line, tolerance: float) -> Line:
    """Simplify an open polyline, keeping its end points (iterative, no recursion limit)."""
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _segment_distance(line[i], line[first], line[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, k in zip(line, keep, strict=True) if k]


def simplify_arc(arc: Line, tolerance: float) -> Line:
    """Simplify an arc; a closed arc (an island) is split at its farthest point first."""
    if len(arc) > 3 and arc[0] == arc[-1]:
        start = arc[0]
        far = max(range(len(arc)), key=lambda i: math.dist(arc[i], start))
        head = douglas_peucker(arc[: far + 1], tolerance)
        return head + douglas_peucker(arc[far:], tolerance)[1:]
    return douglas_peucker(arc, tolerance)


def _clip_half(points: Line, axis: int, limit: float, keep_above: bool) -> Line:
    """One Sutherland-Hodgman pass: keep the side of ``p[axis] = limit`` named."""

    def inside(p: Point) -> bool:
        return p[axis] >= limit if keep_above else p[axis] <= limit

    def cross(a: Point, b: Point) -> Point:
        t = (limit - a[axis]) / (b[axis] - a[axis])
        return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))

    out: Line = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def clip_ring(ring: Line, box: Box) -> Line:
    """Sutherland-Hodgman: the part of a closed ring inside ``box`` (still a ring)."""
    west, south, east, north = box
    points = ring[:-1] if ring and ring[0] == ring[-1] else list(ring)
    for axis, limit, keep_above in (
        (0, west, True),
        (0, east, False),
        (1, south, True),
        (1, north, False),
    ):
        if not points:
            break
        points = _clip_half(points, axis, limit, keep_above)
    return points


def _inside(p: Point, box: Box) -> bool:
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def _clip_segment(a: Point, b: Point, box: Box) -> tuple[Point, Point] | None:
    """Liang-Barsky: the part of segment ``a``-``b`` inside ``box``, if any."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in (
        (-dx, a[0] - box[0]),
        (dx, box[2] - a[0]),
        (-dy, a[1] - box[1]),
        (dy, box[3] - a[1]),
    ):
        if p == 0.0:
            if q < 0.0:
                return None
            continue
        t = q / p
        if p < 0.0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return (a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy)


def clip_line(line: Line, box: Box) -> list[Line]:
    """The pieces of an open polyline inside ``box``."""
    pieces: list[Line] = []
    current: Line = []
    for a, b in itertools.pairwise(line):
        part = _clip_segment(a, b, box)
        if part is None:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = part
        if not current:
            current = [start]
        current.append(end)
        if not _inside(b, box) or end != b:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [piece for piece in pieces if len(piece) >= 2]


def ring_area(ring: Line) -> float:
    return 0.5 * abs(
        sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True))
    )


def bbox_overlaps(line: Line, box: Box) -> bool:
    xs = [p[0] for p in line]
    ys = [p[1] for p in line]
    return min(xs) <= box[2] and max(xs) >= box[0] and min(ys) <= box[3] and max(ys) >= box[1]


# --- Building one layer ------------------------------------------------------------------


def flat(line: Line, digits: int) -> list[float]:
    """``[lon0, lat0, lon1, lat1, ...]`` rounded, dropping points that round together."""
    out: list[float] = []
    for lon, lat in line:
        x, y = round(lon, digits), round(lat, digits)
        if len(out) >= 2 and out[-2] == x and out[-1] == y:
            continue
        out.extend((x, y))
    return out


def polygon_rings(
    polygons: Iterable[list[list[int]]], arcs: Sequence[Line], spec: LayerSpec
) -> list[list[float]]:
    """Rings (exteriors and holes alike; the kiosk fills them even-odd) clipped to ``box``."""
    rings: list[list[float]] = []
    for polygon in polygons:
        for indices in polygon:
            ring = ring_from_arcs(indices, arcs)
            if len(ring) < 4 or not bbox_overlaps(ring, spec.clip):
                continue
            clipped = clip_ring(ring, spec.clip)
            if len(clipped) < 3 or ring_area(clipped) < spec.min_area:
                continue
            coords = flat(clipped, spec.digits)
            if len(coords) >= 6:
                rings.append(coords)
    return rings


def shared_borders(geometries: Sequence[dict], arcs: Sequence[Line], spec: LayerSpec) -> list[dict]:
    """Arcs used by two different countries: land borders (coasts are used once)."""
    users: dict[int, list[str | None]] = {}
    for geometry in geometries:
        for polygon in polygons_of(geometry):
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, []).append(geometry.get("id"))
    borders: list[dict] = []
    for index in sorted(users):
        if len(users[index]) < 2:
            continue
        for piece in clip_line(arcs[index], spec.clip):
            coords = flat(piece, spec.digits)
            if len(coords) >= 4:
                borders.append({"between": users[index][:2], "line": coords})
    return borders


def river_lines(rivers: dict, spec: LayerSpec) -> list[dict]:
    """The layer's rivers inside its clip box, merged by name, with Natural Earth's names."""
    merged: dict[str, dict] = {}
    for feature in rivers["features"]:
        props, geometry = feature["properties"], feature["geometry"]
        name = props.get("name") or ""
        if geometry is None or (spec.rivers is not None and name not in spec.rivers):
            continue
        parts = (
            [geometry["coordinates"]]
            if geometry["type"] == "LineString"
            else geometry["coordinates"]
        )
        lines = [
            flat(piece, spec.digits)
            for part in parts
            for piece in clip_line(
                douglas_peucker([(p[0], p[1]) for p in part], spec.tolerance), spec.clip
            )
        ]
        if lines:
            names = {"zh": props.get("name_zh") or "", "ur": props.get("name_ur") or ""}
            entry = merged.setdefault(name, {"name": name, "names": names, "lines": []})
            entry["lines"].extend(lines)
    return [merged[name] for name in sorted(merged)]


# The kiosk is shown in China: Taiwan is drawn and tinted as part of China, as on the
# Chinese standard map, rather than as the separate polygon Natural Earth's de facto
# dataset carries (id 158).
MERGED_INTO = {"158": "156"}


def _merge_countries(countries: list[dict]) -> list[dict]:
    by_id = {c["id"]: c for c in countries}
    for part, whole in MERGED_INTO.items():
        if part in by_id and whole in by_id:
            by_id[whole]["rings"].extend(by_id.pop(part)["rings"])
    return list(by_id.values())


def build_layer(countries: dict, land: dict, rivers: dict, spec: LayerSpec) -> dict:
    """One layer: land, countries, borders and rivers, simplified and clipped."""
    country_arcs = [simplify_arc(a, spec.tolerance) for a in decode_arcs(countries)]
    land_arcs = [simplify_arc(a, spec.tolerance) for a in decode_arcs(land)]
    geometries = countries["objects"]["countries"]["geometries"]
    land_polygons = [p for g in land["objects"]["land"]["geometries"] for p in polygons_of(g)]
    layer_countries = []
    for geometry in geometries:
        rings = polygon_rings(polygons_of(geometry), country_arcs, spec)
        if rings:
            name = geometry.get("properties", {}).get("name", "")
            layer_countries.append({"id": geometry.get("id"), "name": name, "rings": rings})
    layer_countries = _merge_countries(layer_countries)
    layer_countries.sort(key=lambda c: (c["id"] is None, c["id"] or "", c["name"]))
    return {
        "focus": list(spec.focus),
        "bounds": list(spec.clip),
        "land": polygon_rings(land_polygons, land_arcs, spec),
        "countries": layer_countries,
        "borders": shared_borders(geometries, country_arcs, spec),
        "rivers": river_lines(rivers, spec),
    }


def build(geo: Path) -> dict:
    """The whole map document from the files in ``geo``."""
    countries = json.loads((geo / "countries-50m.json").read_text(encoding="utf-8"))
    land = json.loads((geo / "land-50m.json").read_text(encoding="utf-8"))
    rivers_path = geo / "ne_50m_rivers_lake_centerlines.geojson"
    rivers = json.loads(rivers_path.read_text(encoding="utf-8"))
    return {
        "format": "sister-city-kiosk region map",
        "version": 1,
        "source": SOURCE,
        "credit": CREDIT,
        "region": build_layer(countries, land, rivers, REGION),
        "closeup": build_layer(countries, land, rivers, CLOSEUP),
        "seas": list(SEAS),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geo", nargs="?", type=Path, default=DEFAULT_GEO, help="source folder")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    try:
        document = build(args.geo)
    except (OSError, ValueError, KeyError) as error:
        print(f"build_map: cannot read {args.geo}: {error}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "region.json"
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    target.write_text(text + "\n", encoding="utf-8")
    licence = args.geo / "LICENSE-world-atlas.txt"
    if licence.is_file():
        (args.out / "LICENSE-world-atlas.txt").write_bytes(licence.read_bytes())
    region, closeup = document["region"], document["closeup"]
    print(
        f"wrote {target} ({len(text.encode()) / 1024:.0f} KiB): "
        f"{len(region['land'])} land rings, {len(region['countries'])} countries, "
        f"{len(region['borders'])} borders, {len(region['rivers'])} rivers; close-up "
        f"{len(closeup['land'])} land rings, {len(closeup['rivers'])} rivers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
