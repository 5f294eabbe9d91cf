"""Lays the map out for one widget size and language: frames, overlays, markers and labels.

The result, a ``Scene``, is everything ``MapWidget`` paints, already in pixels, so painting
does no geometry. What the size alone decides (frames, paths, markers, the close-up, where
area names are anchored) is a ``Ground``, laid out once per size and kept across language,
font and theme switches; a ``Scene`` adds the labels and the badge for one language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPainterPathStroker

from kiosk.core.geo import EARTH_RADIUS_KM
from kiosk.ui.widgets.map_labels import Label, LabelPlacer, Look, Penalty, around, spiral
from kiosk.ui.widgets.map_scene import Frame, LayerPaths, PlanarMap, planar_point, visual_centre
from kiosk.ui.widgets.map_style import MapStyle

SCALE_STEPS_KM = (5, 10, 20, 25, 50, 100, 200, 250, 500)


@dataclass(frozen=True)
class MapTexts:
    """Every visible string, already in the current language (the widget translates)."""

    city: str
    home: str
    countries: dict[str, str]  # ISO numeric id -> label
    seas: dict[str, str]  # English name -> label
    rivers: dict[str, str]  # English name -> label
    distance: str
    time: str
    km: str  # "%1 km" in the current language, for the close-up's scale bar
    locale: str  # QLocale name for numbers
    credit: str
    script: str  # "latin", "han" or "nastaliq": how area and water names are styled
    # Nastaliq draws smaller on the same em, so Urdu gets larger sizes; large text, larger.
    script_scale: float
    right_to_left: bool


@dataclass
class Badge:
    """The distance and time card: its rectangle and each line's text, font, ink, baseline."""

    rect: QRectF
    lines: list[tuple[str, QFont, QColor, QPointF]]


def marker_radius(unit: float) -> float:
    """A city marker's radius for a map whose label unit is ``unit`` pixels."""
    return max(6.0, round(unit * 0.36))


@dataclass(frozen=True)
class Inset:
    """The close-up of the sister city's setting, in its own frame."""

    rect: QRectF
    paths: LayerPaths
    marker: QPointF


@dataclass(frozen=True)
class Ground:
    """The map in pixels for one size, before any text: the same in every language."""

    size: QSize
    unit: float  # line widths, marker sizes, and label sizes before any script scale
    region: LayerPaths
    graticule: QPainterPath
    arc: QPainterPath
    arc_zone: QPainterPath  # where labels should not cover the route
    city: QPointF
    home: QPointF
    inset: Inset | None
    extent: QRectF | None  # the close-up's area, outlined on the map
    fades: list[tuple[QRectF, QPointF, QPointF]]
    # Where each emphasised country's name belongs, by ISO id: the centre of its largest
    # visible piece (None when none of it shows). Finding it costs most of a layout.
    country_anchors: dict[str, QPointF | None]
    river_zones: dict[str, QPainterPath]  # the close-up's rivers, to keep labels beside them

    @property
    def marker_radius(self) -> float:
        return marker_radius(self.unit)

    def marker_rect(self, point: QPointF) -> QRectF:
        r = self.marker_radius + 3  # the white ring and a hair of air
        return QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r)


@dataclass
class Scene:
    """The whole map in pixels for one size and language: the ground and its texts."""

    ground: Ground
    base: float  # label font size in pixels
    badge: Badge
    credit: Label | None = None
    scale_bar: QLineF | None = None  # the close-up's, when its length label has room
    labels: list[Label] = field(default_factory=list)
    reserved: dict[str, QRectF] = field(default_factory=dict)

    # The ground's parts, as painting and the tests ask for them.
    @property
    def size(self) -> QSize:
        return self.ground.size

    @property
    def unit(self) -> float:
        return self.ground.unit

    @property
    def region(self) -> LayerPaths:
        return self.ground.region

    @property
    def arc(self) -> QPainterPath:
        return self.ground.arc

    @property
    def city(self) -> QPointF:
        return self.ground.city

    @property
    def home(self) -> QPointF:
        return self.ground.home

    @property
    def inset(self) -> Inset | None:
        return self.ground.inset

    @property
    def extent(self) -> QRectF | None:
        return self.ground.extent

    @property
    def marker_radius(self) -> float:
        return self.ground.marker_radius

    def marker_rect(self, point: QPointF) -> QRectF:
        return self.ground.marker_rect(point)


class Looks:
    """The label looks of one scene: sizes follow the widget, styles follow the script."""

    def __init__(self, font: QFont, base: float, script: str, style: MapStyle) -> None:
        self._font, self._base, self._script, self._style = font, base, script, style
        self.palette = style.palette

    def font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self._font)
        font.setPixelSize(max(10, round(self._base * scale)))
        font.setBold(bold)
        return font

    def place(self, color: str, scale: float = 1.05) -> Look:
        return Look(self.font(scale, bold=True), QColor(color), self._style.halo, 3.0)

    def country(self) -> Look:
        """Country names as atlases set them: spaced capitals, spaced Han; Nastaliq must join."""
        font = self.font(0.95)
        if self._script == "latin":
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 118)
        elif self._script == "han":
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 125)
        return Look(font, self._style.country_ink, self._style.halo, 2.5)

    def water(self, scale: float, on_land: bool = False) -> Look:
        """Water names in italics, the convention, where the script has true italics."""
        font = self.font(scale)
        if self._script == "latin":  # a slanted Han or Nastaliq face is a fake: keep upright
            font.setItalic(True)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        halo = self._style.halo if on_land else self._style.sea_halo
        return Look(font, self._style.sea_ink, halo, 2.5)

    def note(self, scale: float, color: str) -> Look:
        return Look(self.font(scale), QColor(color), self._style.halo, 2.0)


def region_frame(planar: PlanarMap, size: QSize) -> Frame:
    """Where the region's map sits in a widget of ``size`` (cheap: no paths are mapped)."""
    area = QRectF(0, 0, size.width(), size.height())
    return Frame.fit(area, planar.cities_focus, planar.region.limit)


def lay_out_ground(planar: PlanarMap, size: QSize) -> Ground:
    """Frames, paths, markers, the close-up and the area names' anchors for ``size``."""
    w, h = float(size.width()), float(size.height())
    unit = max(12.0, min(22.0, round(min(w / 55, h / 36))))
    margin = round(unit * 0.75)
    area = QRectF(0, 0, w, h)
    frame = region_frame(planar, size)
    region = LayerPaths.map(planar.region, frame)
    inset = _inset(planar, area, margin)
    extent = None
    if inset is not None and planar.closeup is not None:
        extent = frame.box(planar.closeup.focus)
        extent = extent if extent.width() >= 24 else None  # too small to point at
    arc = frame.path(planar.arc)
    label_area = _label_area(size)
    anchors = {
        country_id: visual_centre(path, label_area)
        for country_id, path in (
            (planar.city_country, region.city_country),
            (planar.home_country, region.home_country),
        )
        if country_id
    }
    return Ground(
        size=QSize(size),
        unit=unit,
        region=region,
        graticule=frame.path(planar.graticule),
        arc=arc,
        arc_zone=_zone(arc, marker_radius(unit) * 2),
        city=frame.point(planar.city),
        home=frame.point(planar.home),
        inset=inset,
        extent=extent,
        fades=_fades(frame.data_rect, area, unit * 2),
        country_anchors=anchors,
        river_zones={} if inset is None else {n: _zone(p, 4.0) for n, p in inset.paths.rivers},
    )


def lay_out(
    planar: PlanarMap,
    texts: MapTexts,
    font: QFont,
    size: QSize,
    style: MapStyle,
    ground: Ground | None = None,
) -> Scene:
    """The scene for ``size``: the ground (``ground`` if it was laid out for this size), then
    the badge and the labels around it."""
    if ground is None or ground.size != size:
        ground = lay_out_ground(planar, size)
    unit = ground.unit
    h = float(size.height())
    looks = Looks(font, unit * texts.script_scale, texts.script, style)
    margin = round(unit * 0.75)
    scene = Scene(
        ground=ground,
        base=unit * texts.script_scale,
        badge=_badge(texts, looks, margin, style),
    )
    scene.reserved["badge"] = scene.badge.rect
    if ground.inset is not None:
        scene.reserved["inset"] = ground.inset.rect
        scene.reserved["marker:inset"] = ground.marker_rect(ground.inset.marker)
    if texts.credit:
        look = looks.note(0.58, style.palette.text_muted)
        scene.credit = Label.measure("credit", texts.credit, look)
        size_ = scene.credit.size
        scene.credit.move_to(
            QRectF(margin / 2, h - margin / 2 - size_.height(), size_.width(), size_.height())
        )
        scene.reserved["credit"] = scene.credit.rect
    scene.reserved["marker:city"] = ground.marker_rect(ground.city)
    scene.reserved["marker:home"] = ground.marker_rect(ground.home)
    _place_region_labels(scene, planar, texts, looks)
    if ground.inset is not None:
        _place_inset_labels(scene, ground.inset, planar, texts, looks)
    return scene


def _label_area(size: QSize) -> QRectF:
    """Where labels may go: the map less a hair at its edges."""
    return QRectF(0, 0, size.width(), size.height()).adjusted(4, 4, -4, -4)


def _badge(texts: MapTexts, looks: Looks, margin: float, style: MapStyle) -> Badge:
    rows = [
        (texts.distance, looks.font(1.3, bold=True), QColor(style.palette.text)),
        (texts.time, looks.font(0.82), QColor(style.palette.text_muted)),
    ]
    metrics = [QFontMetricsF(font) for _, font, _ in rows]
    pad = round(looks.font(0.6).pixelSize())
    width = max(m.horizontalAdvance(text) for (text, _, _), m in zip(rows, metrics, strict=True))
    height = sum(m.ascent() + m.descent() for m in metrics)
    rect = QRectF(margin, margin, width + 2 * pad, height + 2 * pad)
    lines = []
    y = rect.top() + pad
    for (text, font, color), m in zip(rows, metrics, strict=True):
        # The card stays in the map's corner; only its text follows the reading direction.
        x = (
            rect.right() - pad - m.horizontalAdvance(text)
            if texts.right_to_left
            else rect.left() + pad
        )
        lines.append((text, font, color, QPointF(x, y + m.ascent())))
        y += m.ascent() + m.descent()
    return Badge(rect, lines)


def _inset(planar: PlanarMap, area: QRectF, margin: float) -> Inset | None:
    closeup = planar.closeup
    if closeup is None or area.width() < 440 or area.height() < 320:
        return None  # too small to say anything at the close-up's scale
    natural = Frame.fit(QRectF(0, 0, 1000, 1000), closeup.focus, closeup.limit).rect
    ratio = natural.width() / natural.height()
    width = min(max(area.width() * 0.3, 150.0), 380.0, area.height() * 0.45 * ratio)
    rect = QRectF(0, 0, width, width / ratio)
    rect.moveBottomRight(area.bottomRight() - QPointF(margin, margin))
    frame = Frame.fit(rect, closeup.focus, closeup.limit)
    return Inset(rect, LayerPaths.map(closeup, frame), frame.point(planar.city))


def _fades(data: QRectF, full: QRectF, band: float) -> list[tuple[QRectF, QPointF, QPointF]]:
    """Strips that soften the edge of the data where a very tall or wide widget shows past it.

    Each is ``(strip, clear, solid)``: a gradient from clear to sea colour along the strip.
    """
    fades = []
    if data.top() > full.top():
        strip = QRectF(full.left(), full.top(), full.width(), data.top() - full.top() + band)
        fades.append((strip, QPointF(0, data.top() + band), QPointF(0, data.top())))
    if data.bottom() < full.bottom():
        strip = QRectF(
            full.left(), data.bottom() - band, full.width(), full.bottom() - data.bottom() + band
        )
        fades.append((strip, QPointF(0, data.bottom() - band), QPointF(0, data.bottom())))
    if data.left() > full.left():
        strip = QRectF(full.left(), full.top(), data.left() - full.left() + band, full.height())
        fades.append((strip, QPointF(data.left() + band, 0), QPointF(data.left(), 0)))
    if data.right() < full.right():
        strip = QRectF(
            data.right() - band, full.top(), full.right() - data.right() + band, full.height()
        )
        fades.append((strip, QPointF(data.right() - band, 0), QPointF(data.right(), 0)))
    return fades


def _place_region_labels(scene: Scene, planar: PlanarMap, texts: MapTexts, looks: Looks) -> None:
    """Cities first (they must show), then the two countries, then the seas."""
    placer = LabelPlacer(_label_area(scene.size), scene.reserved.values())
    arc_zone = scene.ground.arc_zone
    _place_cities(scene, placer, texts, looks, arc_zone)
    for country_id, path in (
        (planar.city_country, scene.region.city_country),
        (planar.home_country, scene.region.home_country),
    ):
        name = texts.countries.get(country_id) if country_id else None
        anchor = scene.ground.country_anchors.get(country_id) if country_id else None
        if name and anchor is not None:
            label = Label.measure(f"country:{country_id}", name, looks.country())
            candidates = spiral(anchor, label.size, label.size.height() * 0.5, 6)
            if placer.place(label, candidates, _penalty(path, arc_zone)):
                scene.labels.append(label)
    for sea in planar.seas:
        if sea.name in texts.seas:
            label = Label.measure(f"sea:{sea.name}", texts.seas[sea.name], looks.water(0.95))
            anchor = scene.region.frame.point(planar_point(*sea.anchor))
            candidates = spiral(anchor, label.size, label.size.height() * 0.5, 6)
            if placer.place(label, candidates, _water_penalty(scene.region.land, arc_zone)):
                scene.labels.append(label)


def _place_cities(
    scene: Scene, placer: LabelPlacer, texts: MapTexts, looks: Looks, arc_zone: QPainterPath
) -> None:
    palette = looks.palette
    city_footprint = scene.marker_rect(scene.city)
    if scene.extent is not None:  # the label goes beside the outline, not inside it
        city_footprint = city_footprint.united(scene.extent)
    for key, text, look, footprint in (
        ("city", texts.city, looks.place(palette.city), city_footprint),
        ("home", texts.home, looks.place(palette.home), scene.marker_rect(scene.home)),
    ):
        label = Label.measure(key, text, look)
        if placer.place(label, around(footprint, label.size), _penalty(None, arc_zone)):
            scene.labels.append(label)


def _place_inset_labels(
    scene: Scene, inset: Inset, planar: PlanarMap, texts: MapTexts, looks: Looks
) -> None:
    """The scale bar, the city, its rivers and its sea, inside the close-up."""
    marker = scene.marker_rect(inset.marker)
    placer = LabelPlacer(inset.rect.adjusted(4, 4, -4, -4), [marker])
    bar, scale = _scale_bar(inset, planar, texts, looks.note(0.63, looks.palette.text))
    if placer.place(scale, [scale.rect]):
        scene.labels.append(scale)
        scene.scale_bar = bar
    label = Label.measure("inset:city", texts.city, looks.place(looks.palette.city, 0.9))
    if placer.place(label, around(marker, label.size)):
        scene.labels.append(label)
    for name, path in inset.paths.rivers:
        if name in texts.rivers:
            look = looks.water(0.85, on_land=True)
            label = Label.measure(f"inset:river:{name}", texts.rivers[name], look)
            on_river = _water_penalty(QPainterPath(), scene.ground.river_zones[name])
            if placer.place(label, _beside_line(path, inset.rect, label.size), on_river):
                scene.labels.append(label)
    for sea in planar.seas:
        if sea.name in texts.seas:
            label = Label.measure(f"inset:sea:{sea.name}", texts.seas[sea.name], looks.water(0.85))
            corner = inset.rect.bottomLeft() + QPointF(
                inset.rect.width() * 0.3, -label.size.height()
            )
            candidates = spiral(corner, label.size, label.size.height() * 0.4, 5)
            if placer.place(label, candidates, _water_penalty(inset.paths.land, QPainterPath())):
                scene.labels.append(label)


def _scale_bar(
    inset: Inset, planar: PlanarMap, texts: MapTexts, look: Look
) -> tuple[QLineF, Label]:
    """A round-length scale bar in the close-up's lower right corner, its length above it."""
    assert planar.closeup is not None
    focus, frame = planar.closeup.focus, inset.paths.frame
    lat = (focus.south + focus.north) / 2
    km_per_degree = math.radians(1) * EARTH_RADIUS_KM * math.cos(math.radians(lat))
    west, east = planar_point(focus.west, lat), planar_point(focus.west + 1, lat)
    px_per_km = (frame.point(east).x() - frame.point(west).x()) / km_per_degree
    wanted = inset.rect.width() * 0.22 / px_per_km
    km = max([step for step in SCALE_STEPS_KM if step <= wanted], default=SCALE_STEPS_KM[0])
    right, y = inset.rect.right() - 12, inset.rect.bottom() - 12
    bar = QLineF(right - km * px_per_km, y, right, y)
    label = Label.measure(
        "inset:scale", texts.km.replace("%1", QLocale(texts.locale).toString(km)), look
    )
    size = label.size
    label.rect = QRectF(
        bar.center().x() - size.width() / 2, y - 5 - size.height(), size.width(), size.height()
    )
    return bar, label


def _zone(path: QPainterPath, width: float) -> QPainterPath:
    """The area within ``width / 2`` of a line, to keep labels off it."""
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    return stroker.createStroke(path)


def _penalty(area: QPainterPath | None, avoid: QPainterPath) -> Penalty:
    """Prefer rectangles inside ``area`` (if given) and clear of ``avoid``."""

    def penalty(rect: QRectF) -> float:
        outside = area is not None and not area.contains(rect)
        return (3.0 if outside else 0.0) + (4.0 if avoid.intersects(rect) else 0.0)

    return penalty


def _water_penalty(land: QPainterPath, avoid: QPainterPath) -> Penalty:
    """Refuse rectangles that touch ``land`` (a sea name on land misleads); avoid ``avoid``."""

    def penalty(rect: QRectF) -> float:
        if land.intersects(rect):
            return math.inf
        return 4.0 if avoid.intersects(rect) else 0.0

    return penalty


def _beside_line(path: QPainterPath, within: QRectF, size: QSizeF) -> list[QRectF]:
    """Candidates just left and right of a line's vertices, nearest the frame's centre first."""
    centre = within.center()
    inner = within.adjusted(within.width() * 0.1, within.height() * 0.1, -within.width() * 0.1, 0)
    points = [
        polygon.at(i)
        for polygon in path.toSubpathPolygons()
        for i in range(polygon.count())
        if inner.contains(polygon.at(i))
    ]
    points.sort(key=lambda p: (p.x() - centre.x()) ** 2 + (p.y() - centre.y()) ** 2)
    w, h = size.width(), size.height()
    return [QRectF(x, p.y() - h / 2, w, h) for p in points for x in (p.x() + 5, p.x() - 5 - w)]
