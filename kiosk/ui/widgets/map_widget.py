"""The overview's offline map: both cities, the great-circle route, distance and time.

Painted with QPainter from the bundled Natural Earth extract (``resources/map``). Geometry is
converted to the Miller plane once per widget (``map_scene``); on resize it is mapped to
pixels (a ``Ground``), and on resize, language or font change labelled (``map_layout``) and
rendered into one pixmap, so a repaint only copies that pixmap. A few finished maps are
kept (one per language a visitor switches to, at the sizes they were shown), so switching
back to a language copies its map instead of placing and drawing its labels again; the
ground under the labels is laid out once per size. The map never mirrors under
right-to-left: north is up and east is right in every language; only the text inside its
badge follows the language.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLineF, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.content.model import Place
from kiosk.core.geo import LonLat, distance_km, time_difference_minutes
from kiosk.core.languages import FALLBACK, Language
from kiosk.core.map_data import MapData
from kiosk.ui.language_controller import BASE_POINT_SIZE, URDU_SCALE
from kiosk.ui.palette import PaletteWatch
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.item_proxy import ItemLabel, finger_sized
from kiosk.ui.widgets.map_labels import Label
from kiosk.ui.widgets.map_layout import Ground, Inset, MapTexts, Scene, lay_out, region_frame
from kiosk.ui.widgets.map_scene import LayerPaths, PlanarMap
from kiosk.ui.widgets.map_style import MapStyle

_GROUNDS_KEPT = 4  # one per language (the map's height follows the text), and a resize
_FINISHED_KEPT = 3  # finished maps: one per language at the size it is shown

# Map labels are short and read from a step away: Urdu's Nastaliq gets a little more size than
# the app's general Urdu scale, so that it reads as large as the Latin and Han labels.
NASTALIQ_SCALE = 1.2
SCRIPTS = {Language.EN: "latin", Language.ZH: "han", Language.UR: "nastaliq"}


class MapWidget(QWidget):
    """A map of the sister city and the home city; ``map_data=None`` paints a plain map."""

    def __init__(
        self, map_data: MapData | None, city: Place, home: Place, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._city, self._home = city, home
        self._planar = PlanarMap.build(map_data, city, home)
        self._language = FALLBACK
        self._style = MapStyle.of(current_palette())
        self._palette = PaletteWatch()
        self._scene: Scene | None = None
        self._cache: QPixmap | None = None  # the whole map, rendered once per layout
        # Grounds by size: the map's height follows the text around it, so each language
        # has its own size; each is laid out once.
        self._grounds: OrderedDict[tuple[int, int], Ground] = OrderedDict()
        self._finished: list[_Finished] = []  # the most recently shown last
        self._shown: _Finished | None = None  # the one the scene and cache belong to
        self._tallest: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # the sea fills every pixel
        # Both cities as named items where their markers are, for screen readers.
        self._places = {place.id: ItemLabel(self) for place in (city, home)}
        self._update_accessibility()

    # --- Public API --------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        """Show names, labels, distance and time in ``language``."""
        self._language = language
        self._invalidate()

    def marker_position(self, place_id: str) -> QPointF:
        """Where a city's marker is drawn, in widget pixels (``KeyError`` if not shown)."""
        scene = self._ready_scene()
        positions = {self._city.id: scene.city, self._home.id: scene.home} if scene else {}
        return QPointF(positions[place_id])

    def label_rects(self) -> dict[str, QRectF]:
        """Each placed label's box by key: ``city``, ``home``, ``country:<id>``, ``sea:<name>``,
        and in the close-up ``inset:city``, ``inset:river:<name>``, ``inset:sea:<name>``,
        ``inset:scale``. A label with no room at this size is left out."""
        scene = self._ready_scene()
        return {label.key: QRectF(label.rect) for label in scene.labels} if scene else {}

    def reserved_rects(self) -> dict[str, QRectF]:
        """What labels keep clear of: ``marker:city``, ``marker:home``, ``marker:inset``,
        ``badge``, ``inset`` (which only the ``inset:`` labels enter) and ``credit``."""
        scene = self._ready_scene()
        return {key: QRectF(rect) for key, rect in scene.reserved.items()} if scene else {}

    def set_tallest(self, aspect: float | None) -> None:
        """Grow no taller than ``aspect`` times the width (None: as tall as given)."""
        self._tallest = aspect
        self._cap_height()

    def release_render_cache(self) -> None:
        """Forget the kept grounds and pictures (memory measurements call this)."""
        self._grounds.clear()
        self._finished.clear()
        self._scene = self._cache = self._shown = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 260)

    # --- Events ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cap_height()
        # Laid out at the next paint or query, not now: text around the map settles its
        # height over a few resizes, and only the last one is painted. (grab() on a hidden
        # widget resends the same size: the cache is kept.)
        if self._scene is not None and self._scene.size != self.size():
            self._scene = self._cache = None
        self._place_items()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._invalidate()  # new translations or a new script's font: new label sizes
        elif event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self._style = MapStyle.of(current_palette())  # the high-contrast map, or back
            self._invalidate()

    def paintEvent(self, event: QPaintEvent) -> None:
        cache = self._ready_cache()
        if cache is not None:
            with QPainter(self) as painter:
                painter.drawPixmap(0, 0, cache)

    # --- Layout ------------------------------------------------------------------------

    def _cap_height(self) -> None:
        if self._tallest is not None and self.width() > 0:
            tallest = max(self.minimumHeight(), round(self.width() * self._tallest))
            if tallest != self.maximumHeight():  # unchanged: no new layout, no loop
                self.setMaximumHeight(tallest)

    def _ready_scene(self) -> Scene | None:
        if self._scene is None or self._scene.size != self.size():
            self._lay_out()
        return self._scene

    def _ready_cache(self) -> QPixmap | None:
        scene = self._ready_scene()
        if scene is None:
            return None
        if self._cache is None or self._cache.devicePixelRatio() != self.devicePixelRatioF():
            self._cache = self._render(scene)
            if self._shown is not None:
                self._shown.pixmap = self._cache
        return self._cache

    def _invalidate(self) -> None:
        """Drop the layout; the next paint or query rebuilds it once.

        A language switch brings a set_language call, a LanguageChange and, for Urdu, a
        FontChange: laying out on each would render the map three times for one switch.
        """
        self._scene = None
        self._cache = None
        self._update_accessibility()
        self.update()

    def _lay_out(self) -> None:
        """The scene for this size, language, type size and theme: kept, or laid out on
        this size's ground."""
        self._scene = self._cache = self._shown = None
        size = self.size()
        if size.isEmpty():
            return
        wanted = (size.width(), size.height(), self._language, self.font().key())
        found = next(
            (f for f in self._finished if f.key == wanted and f.style is self._style), None
        )
        if found is None:
            ground = self._grounds.get(wanted[:2])
            scene = lay_out(self._planar, self._texts(), self.font(), size, self._style, ground)
            self._grounds[wanted[:2]] = scene.ground
            while len(self._grounds) > _GROUNDS_KEPT:
                self._grounds.popitem(last=False)
            found = _Finished(wanted, self._style, scene)
        else:
            self._finished.remove(found)
        self._finished.append(found)
        del self._finished[:-_FINISHED_KEPT]
        self._grounds.move_to_end(wanted[:2])
        self._shown, self._scene, self._cache = found, found.scene, found.pixmap

    def _place_items(self) -> None:
        """The cities' items over their markers, moved on resize (never while painting:
        painting may come while the widget is being taken down, its items gone first)."""
        if self.size().isEmpty():
            return
        frame = region_frame(self._planar, self.size())
        for place, at in ((self._city, self._planar.city), (self._home, self._planar.home)):
            spot = frame.point(at).toPoint()
            self._places[place.id].setGeometry(finger_sized(QRect(spot, QSize(0, 0))))

    def _texts(self) -> MapTexts:
        language = self._language
        return MapTexts(
            city=self._city.name.get(language),
            home=self._home.name.get(language),
            countries=self._country_names(),
            seas={"Arabian Sea": self.tr("Arabian Sea")},
            rivers={r.name: r.name_in(language.code) for r in self._planar.rivers},
            distance=self._distance_text(),
            time=self._time_text(),
            km=self.tr("%1 km"),
            locale=language.locale_name,
            credit=self._planar.credit,
            script=SCRIPTS[language],
            script_scale=(NASTALIQ_SCALE if language is Language.UR else 1.0) * self._text_scale(),
            right_to_left=language.right_to_left,
        )

    def _text_scale(self) -> float:
        """How much larger than usual the interface type is: the large-text option.

        Label sizes follow the map's size, not its font; this carries the option over.
        """
        usual = BASE_POINT_SIZE * (URDU_SCALE if self._language is Language.UR else 1.0)
        return max(1.0, self.font().pointSizeF() / usual)

    def _country_names(self) -> dict[str, str]:
        names = {"586": self.tr("Pakistan"), "156": self.tr("China")}
        for place, country_id in (
            (self._city, self._planar.city_country),
            (self._home, self._planar.home_country),
        ):
            if country_id and country_id not in names:  # another pack's country: its own name
                names[country_id] = place.country.get(self._language)
        return names

    def _distance_text(self) -> str:
        route = [LonLat(p.longitude, p.latitude) for p in (self._city, self._home)]
        number = QLocale(self._language.locale_name).toString(round(distance_km(*route)))
        return self.tr("%1 km").replace("%1", number)

    def _time_text(self) -> str:
        locale = QLocale(self._language.locale_name)
        minutes = time_difference_minutes(
            self._city.utc_offset_minutes, self._home.utc_offset_minutes
        )
        ahead = minutes > 0
        hours, rest = divmod(abs(minutes), 60)
        # One/other by hand rather than tr(..., n): the kiosk ships no English .qm to supply
        # English plural forms, and Urdu and Chinese need no more forms than these.
        if minutes == 0:
            text = self.tr("Same time as %1")
        elif rest:
            text = (
                self.tr("%1 is %2 h %3 min ahead") if ahead else self.tr("%1 is %2 h %3 min behind")
            )
        elif hours == 1:
            text = self.tr("%1 is 1 hour ahead") if ahead else self.tr("%1 is 1 hour behind")
        else:
            text = self.tr("%1 is %2 hours ahead") if ahead else self.tr("%1 is %2 hours behind")
        text = text.replace("%2", locale.toString(hours)).replace("%3", locale.toString(rest))
        return text.replace("%1", self._home.name.get(self._language))

    def place_item(self, place_id: str) -> ItemLabel:
        """A city's accessible item, over its marker."""
        return self._places[place_id]

    def _update_accessibility(self) -> None:
        for place in (self._city, self._home):
            name = f"{place.name.get(self._language)}, {place.country.get(self._language)}"
            self._places[place.id].setAccessibleName(name)
        city, home = (p.name.get(self._language) for p in (self._city, self._home))
        self.setAccessibleName(self.tr("Map of %1 and %2").replace("%1", city).replace("%2", home))
        self.setAccessibleDescription(f"{self._distance_text()}\n{self._time_text()}")

    # --- Painting (into the cache) -----------------------------------------------------

    def _render(self, scene: Scene) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(scene.size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        with QPainter(pixmap) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint_ground(painter, scene.ground)
            self._paint_texts(painter, scene)
        return pixmap

    def _paint_ground(self, painter: QPainter, ground: Ground) -> None:
        """Everything below the text: land and sea, the route, the markers, the close-up."""
        palette = self._style.palette
        self._paint_layer(painter, ground.region, QRectF(self.rect()), ground.graticule, 1.0)
        self._paint_fades(painter, ground)
        self._paint_arc(painter, ground)
        self._paint_extent(painter, ground)
        self._paint_marker(painter, ground.city, ground.marker_radius, palette.city)
        self._paint_marker(painter, ground.home, ground.marker_radius, palette.home)
        if ground.inset is not None:
            self._paint_inset(painter, ground, ground.inset)

    def _paint_texts(self, painter: QPainter, scene: Scene) -> None:
        """The language's part: the close-up's scale bar (kept only with its label), the
        labels, the distance and time badge and the credit."""
        if scene.scale_bar is not None:
            self._paint_scale_bar(painter, scene.scale_bar)
        self._paint_labels(painter, scene.labels)
        self._paint_badge(painter, scene)
        if scene.credit is not None:
            self._paint_labels(painter, [scene.credit])

    def _paint_layer(
        self,
        painter: QPainter,
        paths: LayerPaths,
        sea: QRectF,
        graticule: QPainterPath | None,
        scale: float,
    ) -> None:
        style = self._style
        painter.fillRect(sea, style.sea)
        if graticule is not None:
            painter.strokePath(graticule, QPen(style.graticule, 0.8))
        painter.fillPath(paths.land, style.land)
        painter.fillPath(paths.city_country, style.city_tint)
        painter.fillPath(paths.home_country, style.home_tint)
        # Lines of 1 px or less take the raster engine's fast path (wider ones cost ~20x more).
        river_pen = QPen(style.river, scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        for _name, river in paths.rivers:
            painter.strokePath(river, river_pen)
        painter.strokePath(paths.borders, QPen(style.border, 0.8 * scale))
        painter.strokePath(paths.strong_borders, QPen(style.strong_border, scale))
        painter.strokePath(paths.land, QPen(style.coast, 0.9 * scale))

    def _paint_fades(self, painter: QPainter, ground: Ground) -> None:
        clear = QColor(self._style.sea)
        clear.setAlpha(0)
        for strip, start, stop in ground.fades:
            gradient = QLinearGradient(start, stop)
            gradient.setColorAt(0, clear)
            gradient.setColorAt(1, self._style.sea)
            painter.fillRect(strip, QBrush(gradient))

    def _paint_arc(self, painter: QPainter, ground: Ground) -> None:
        palette = self._style.palette
        width = max(2.5, ground.unit * 0.16)
        round_cap = Qt.PenCapStyle.RoundCap
        casing = QPen(QColor(255, 255, 255, 210), width + 3.0, Qt.PenStyle.SolidLine, round_cap)
        painter.strokePath(ground.arc, casing)
        gradient = QLinearGradient(ground.city, ground.home)  # from one city's colour to the other
        gradient.setColorAt(0, QColor(palette.city))
        gradient.setColorAt(1, QColor(palette.home))
        painter.strokePath(
            ground.arc, QPen(QBrush(gradient), width, Qt.PenStyle.SolidLine, round_cap)
        )

    def _paint_extent(self, painter: QPainter, ground: Ground) -> None:
        if ground.extent is not None:
            painter.setPen(QPen(QColor(self._style.palette.text_muted), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(ground.extent)

    def _paint_marker(self, painter: QPainter, at: QPointF, radius: float, color: str) -> None:
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawEllipse(at, radius + 2.5, radius + 2.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(at, radius, radius)

    def _paint_inset(self, painter: QPainter, ground: Ground, inset: Inset) -> None:
        frame = QPainterPath()
        frame.addRoundedRect(inset.rect, 8, 8)
        painter.fillPath(frame.translated(0, 2), QColor(20, 35, 45, 40))  # a soft drop shadow
        painter.save()
        painter.setClipPath(frame)
        self._paint_layer(painter, inset.paths, inset.rect, None, 1.6)
        painter.restore()
        painter.strokePath(frame, QPen(QColor(255, 255, 255), 3.0))
        painter.strokePath(frame, QPen(QColor(self._style.palette.border), 1.0))
        self._paint_marker(painter, inset.marker, ground.marker_radius, self._style.palette.city)

    def _paint_scale_bar(self, painter: QPainter, bar: QLineF) -> None:
        tick = QPointF(0, 4)
        path = QPainterPath(bar.p1() - tick)
        path.lineTo(bar.p1())
        path.lineTo(bar.p2())
        path.lineTo(bar.p2() - tick)
        painter.strokePath(path, QPen(self._style.halo, 4.0))
        painter.strokePath(path, QPen(QColor(self._style.palette.text), 1.0))

    def _paint_labels(self, painter: QPainter, labels: list[Label]) -> None:
        for label in labels:  # all halos first, so no halo cuts into a neighbour's letters
            painter.fillPath(label.halo_path, label.look.halo_color)
        for label in labels:
            painter.setFont(label.look.font)
            painter.setPen(label.look.color)
            painter.drawText(label.origin, label.text)

    def _paint_badge(self, painter: QPainter, scene: Scene) -> None:
        card = QPainterPath()
        card.addRoundedRect(scene.badge.rect, 10, 10)
        painter.fillPath(card.translated(0, 2), QColor(20, 35, 45, 36))
        painter.fillPath(card, self._style.card)
        painter.strokePath(card, QPen(QColor(self._style.palette.border), 0.8))
        for text, font, color, origin in scene.badge.lines:
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(origin, text)


@dataclass
class _Finished:
    """A finished map: its scene, and its pixmap once painted."""

    key: tuple[int, int, Language, str]  # width, height, language, font
    style: MapStyle
    scene: Scene
    pixmap: QPixmap | None = None
