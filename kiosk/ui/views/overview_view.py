"""Overview: the hero, the key facts, the map of both cities and the geography."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.content.model import Overview, Place, Source
from kiosk.core.languages import Language
from kiosk.core.map_data import MapData
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.fact_tile import FactTile
from kiosk.ui.widgets.map_widget import MapWidget
from kiosk.ui.widgets.passage_card import PassageCard
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.responsive_box import ResponsiveBox

MAP_MIN_HEIGHT = 420
MAP_MAX_ASPECT = 0.8  # height to width: the region of both cities, with room for labels


class OverviewView(ScrollPage):
    """Where Karachi is and why it matters to Shenyang, at a glance."""

    def __init__(
        self,
        overview: Overview,
        city: Place,
        home: Place,
        sources: dict[str, Source],
        map_data: MapData | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._overview = overview
        self._hero = PlainLabel("Hero", self)
        self._tagline = PlainLabel("Tagline", self)
        self._intro = PassageCard(overview.intro, sources[overview.intro.source], self)
        self._tiles = [FactTile(f, sources[f.source], self) for f in overview.facts]
        self._map = MapWidget(map_data, city, home, self)
        self._map.setMinimumHeight(MAP_MIN_HEIGHT)
        # Beside a tall column (large text, Urdu) the map would grow into a strip of empty
        # sea above the cities: it grows no taller than its width makes sensible.
        self._map.set_tallest(MAP_MAX_ASPECT)
        self._geography = PassageCard(overview.geography, sources[overview.geography.source], self)
        self._lay_out()

    def _lay_out(self) -> None:
        row = ResponsiveBox(self)
        left = QWidget(row)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(16)
        left_column.addWidget(self._hero)
        left_column.addWidget(self._tagline)
        left_column.addWidget(self._intro)
        tiles = QGridLayout()
        tiles.setSpacing(14)
        for index, tile in enumerate(self._tiles):
            tiles.addWidget(tile, index // 2, index % 2)
        left_column.addLayout(tiles)
        left_column.addStretch(1)
        right = QWidget(row)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(16)
        right_column.addWidget(self._map, 1)
        right_column.addWidget(self._geography)
        right_column.addStretch(0)  # what the map, at its tallest, leaves over
        row.add(left, 5)
        row.add(right, 6)
        self.column().addWidget(row)

    def set_language(self, language: Language) -> None:
        self._hero.set_content(self._overview.title.get(language))
        self._tagline.set_content(self._overview.tagline.get(language))
        self._intro.set_language(language)
        for tile in self._tiles:
            tile.set_language(language)
        self._map.set_language(language)
        self._geography.set_language(language)

    def reset(self) -> None:
        for tile in self._tiles:
            tile.set_source_shown(False)
        self.reset_scroll()

    def select(self, item_id: str) -> bool:
        for tile in self._tiles:
            if tile.fact_id == item_id:
                tile.set_source_shown(True)
                return True
        return False

    def fact_tiles(self) -> list[FactTile]:
        return list(self._tiles)
