"""The map's geometry: built once in the Miller plane, then laid out for each widget size.

``PlanarMap`` converts the map data to painter paths in Miller plane coordinates once per
widget; ``Frame`` is the one affine transform that puts a lon/lat box into a rectangle of
pixels, so a resize only maps paths (in C++) and never re-projects a coordinate in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform

from kiosk.content.model import Place
from kiosk.core.geo import (
    Bounds,
    LonLat,
    Projection,
    fit_view,
    great_circle,
    planar,
    planar_many,
)
from kiosk.core.map_data import Coords, MapData, MapLayer, River, Sea

ARC_POINTS = 96  # smooth at any kiosk size; the arc is a few hundred pixels long
GRATICULE_STEP = 10  # degrees
# Where the map has no data file: the region the overview is about (see tools/build_map.py).
PLAIN_REGION = Bounds(16.0, -4.0, 154.0, 64.0)


def planar_point(lon: float, lat: float) -> QPointF:
    """A lon/lat point in the Miller plane, as painter paths hold it."""
    return QPointF(*planar(lon, lat))


def _path(lines: Iterable[Coords], closed: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # rings hold holes (lakes, enclaves) too
    for coords in lines:
        xy = planar_many(coords)
        path.addPolygon(QPolygonF([QPointF(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)]))
        if closed:
            path.closeSubpath()
    return path


@dataclass(frozen=True)
class PlanarLayer:
    """One level of detail as Miller-plane paths."""

    focus: Bounds
    limit: Bounds  # how far the data reaches
    land: QPainterPath
    city_country: QPainterPath
    home_country: QPainterPath
    borders: QPainterPath
    strong_borders: QPainterPath  # borders of the two cities' countries
    rivers: tuple[tuple[str, QPainterPath], ...]  # English name, lines

    @classmethod
    def from_layer(cls, layer: MapLayer, city_id: str | None, home_id: str | None) -> PlanarLayer:
        emphasised = {city_id, home_id} - {None}
        strong = [b.line for b in layer.borders if emphasised & set(b.between)]
        plain = [b.line for b in layer.borders if not emphasised & set(b.between)]
        return cls(
            focus=layer.focus,
            limit=layer.bounds,
            land=_path(layer.land, closed=True),
            city_country=cls._country(layer, city_id),
            home_country=cls._country(layer, home_id),
            borders=_path(plain, closed=False),
            strong_borders=_path(strong, closed=False),
            rivers=tuple((r.name, _path(r.lines, closed=False)) for r in layer.rivers),
        )

    @staticmethod
    def _country(layer: MapLayer, country_id: str | None) -> QPainterPath:
        country = layer.country(country_id) if country_id else None
        return _path(country.rings if country else (), closed=True)

    @classmethod
    def plain(cls, focus: Bounds, limit: Bounds) -> PlanarLayer:
        empty = QPainterPath()
        return cls(focus, limit, empty, empty, empty, empty, empty, ())


@dataclass(frozen=True)
class PlanarMap:
    """Everything the widget paints, in the Miller plane, for one pair of cities."""

    region: PlanarLayer
    closeup: PlanarLayer | None
    cities_focus: Bounds  # both cities, the route between them and the labelled seas
    city: QPointF
    home: QPointF
    arc: QPainterPath
    graticule: QPainterPath
    city_country: str | None  # ISO numeric id of the country each city lies in
    home_country: str | None
    seas: tuple[Sea, ...]
    rivers: tuple[River, ...]  # every river drawn, for its names
    credit: str

    @classmethod
    def build(cls, data: MapData | None, city: Place, home: Place) -> PlanarMap:
        """Convert ``data`` (or, if None, nothing but the two cities) to the Miller plane."""
        a, b = LonLat(city.longitude, city.latitude), LonLat(home.longitude, home.latitude)
        route = great_circle(a, b, ARC_POINTS)
        arc = QPainterPath()
        arc.addPolygon(QPolygonF([planar_point(*p) for p in route]))
        city_id = _country_id(data.region, a) if data else None
        home_id = _country_id(data.region, b) if data else None
        if data is None:
            region, closeup = PlanarLayer.plain(PLAIN_REGION, PLAIN_REGION), None
            seas: tuple[Sea, ...] = ()
            rivers: tuple[River, ...] = ()
        else:
            region = PlanarLayer.from_layer(data.region, city_id, home_id)
            closeup = PlanarLayer.from_layer(data.closeup, city_id, None)
            if not closeup.focus.contains(a):
                closeup = None  # the close-up shows the sister city; another pack's has none
            seas = tuple(s for s in data.seas if region.limit.contains(s.anchor))
            rivers = tuple({r.name: r for r in data.region.rivers + data.closeup.rivers}.values())
        return cls(
            region=region,
            closeup=closeup,
            cities_focus=_cities_focus(route, [s.anchor for s in seas]),
            city=planar_point(*a),
            home=planar_point(*b),
            arc=arc,
            graticule=_graticule(region.limit),
            city_country=city_id,
            home_country=home_id,
            seas=seas,
            rivers=rivers,
            credit=data.credit if data else "",
        )


def _country_id(layer: MapLayer, point: LonLat) -> str | None:
    country = layer.country_at(point)
    return country.id if country else None


def _cities_focus(route: list[LonLat], extra: list[LonLat]) -> Bounds:
    points = route + extra
    span_lon = max(p.lon for p in points) - min(p.lon for p in points)
    span_lat = max(p.lat for p in points) - min(p.lat for p in points)
    # Room for the labels beside the markers, without zooming out to a world map.
    return Bounds.around(points, max(3.0, 0.15 * span_lon), max(3.0, 0.15 * span_lat))


def _graticule(limit: Bounds) -> QPainterPath:
    path = QPainterPath()
    step = GRATICULE_STEP
    for lon in range(int(limit.west // step + 1) * step, int(limit.east) + 1, step):
        path.moveTo(planar_point(lon, limit.south))
        path.lineTo(planar_point(lon, limit.north))
    for lat in range(int(limit.south // step + 1) * step, int(limit.north) + 1, step):
        path.moveTo(planar_point(limit.west, lat))
        path.lineTo(planar_point(limit.east, lat))
    return path


@dataclass(frozen=True)
class Frame:
    """A lon/lat box drawn into a pixel rectangle: one affine transform of the Miller plane."""

    rect: QRectF  # where the box lands (letterboxed inside the area asked for)
    transform: QTransform
    data_rect: QRectF  # where the data ends, in pixels

    @classmethod
    def fit(cls, area: QRectF, focus: Bounds, limit: Bounds) -> Frame:
        view = fit_view(focus, limit, area.width() / max(1.0, area.height()))
        projection = Projection(view)
        width = min(area.width(), area.height() * projection.aspect)
        height = width / projection.aspect
        rect = QRectF(0, 0, width, height)
        rect.moveCenter(area.center())
        ax, bx, ay, by = projection.affine()
        transform = QTransform(
            ax * width, 0.0, 0.0, ay * height, bx * width + rect.left(), by * height + rect.top()
        )
        data = transform.mapRect(
            QRectF(planar_point(limit.west, limit.south), planar_point(limit.east, limit.north))
        )
        return cls(rect, transform, data.normalized())

    def point(self, planar_point: QPointF) -> QPointF:
        return self.transform.map(planar_point)

    def path(self, planar_path: QPainterPath) -> QPainterPath:
        return self.transform.map(planar_path)

    def box(self, bounds: Bounds) -> QRectF:
        corners = QRectF(
            planar_point(bounds.west, bounds.south), planar_point(bounds.east, bounds.north)
        )
        return self.transform.mapRect(corners).normalized()


@dataclass(frozen=True)
class LayerPaths:
    """A planar layer mapped into one frame: what the painter fills and strokes."""

    frame: Frame
    land: QPainterPath
    city_country: QPainterPath
    home_country: QPainterPath
    borders: QPainterPath
    strong_borders: QPainterPath
    rivers: tuple[tuple[str, QPainterPath], ...]

    @classmethod
    def map(cls, layer: PlanarLayer, frame: Frame) -> LayerPaths:
        return cls(
            frame=frame,
            land=frame.path(layer.land),
            city_country=frame.path(layer.city_country),
            home_country=frame.path(layer.home_country),
            borders=frame.path(layer.borders),
            strong_borders=frame.path(layer.strong_borders),
            rivers=tuple((name, frame.path(path)) for name, path in layer.rivers),
        )


def visual_centre(path: QPainterPath, within: QRectF) -> QPointF | None:
    """Where an area's label belongs: the centroid of its largest visible polygon."""
    clip = QPainterPath()
    clip.addRect(within)
    polygons = path.intersected(clip).toFillPolygons()
    best: tuple[float, QPointF] | None = None
    for polygon in polygons:
        area, cx, cy = 0.0, 0.0, 0.0
        for i in range(polygon.count()):
            p, q = polygon.at(i), polygon.at((i + 1) % polygon.count())
            cross = p.x() * q.y() - q.x() * p.y()
            area += cross
            cx += (p.x() + q.x()) * cross
            cy += (p.y() + q.y()) * cross
        if abs(area) > 1e-6 and (best is None or abs(area) > best[0]):
            best = (abs(area), QPointF(cx / (3 * area), cy / (3 * area)))
    return best[1] if best else None
