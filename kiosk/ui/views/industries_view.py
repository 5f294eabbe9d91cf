"""Industries: the pillars of the city's economy as tiles that open a detail card."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Industries, Industry, Source
from kiosk.core.languages import Language
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.industry_detail import IndustryDetail
from kiosk.ui.widgets.industry_tile import IndustryTile
from kiosk.ui.widgets.passage_card import PassageCard
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.tile_grid import TileGrid


class IndustriesView(ScrollPage):
    """Groups of industry tiles under the source's framing; a tap opens the detail."""

    def __init__(
        self, industries: Industries, sources: dict[str, Source], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._industries = industries
        self._sources = sources
        self._language = Language.EN
        self._order: list[Industry] = [i for g in industries.groups for i in g.items]
        self._group_of = {i.id: g for g in industries.groups for i in g.items}
        self._intro = PassageCard(industries.intro, sources[industries.intro.source], self)
        self.column().addWidget(self._intro)
        self._group_titles: list[PlainLabel] = []
        self._tiles: dict[str, IndustryTile] = {}
        for group in industries.groups:
            self._add_group(group.items)
        self.column().addStretch(1)
        self._detail = IndustryDetail(self)
        self._detail.closeRequested.connect(self.close_detail)
        self._detail.stepRequested.connect(self._step)
        self._open_id: str | None = None

    def _add_group(self, items: tuple[Industry, ...]) -> None:
        title = PlainLabel("SectionTitle", self)
        self._group_titles.append(title)
        tiles = [IndustryTile(item) for item in items]
        for tile in tiles:
            tile.activated.connect(self.open_detail)
            self._tiles[tile.industry_id] = tile
        self.column().addWidget(title)
        self.column().addWidget(TileGrid(tiles, 300, self))

    def set_language(self, language: Language) -> None:
        self._language = language
        self._intro.set_language(language)
        for title, group in zip(self._group_titles, self._industries.groups, strict=True):
            title.set_content(group.title.get(language))
        for tile in self._tiles.values():
            tile.set_language(language)
        if self._open_id is not None:
            self.open_detail(self._open_id)

    def open_detail(self, industry_id: str) -> None:
        industry = next(i for i in self._order if i.id == industry_id)
        group = self._group_of[industry_id]
        source = self._sources[industry.source]
        self._open_id = industry_id
        self._detail.show_industry(
            industry, group.title.get(self._language), source, self._language
        )

    def close_detail(self) -> None:
        if self._open_id is not None:
            self._tiles[self._open_id].setFocus()
        self._open_id = None
        self._detail.hide()

    def open_industry_id(self) -> str | None:
        return self._open_id

    def tiles(self) -> dict[str, IndustryTile]:
        return dict(self._tiles)

    def _step(self, step: int) -> None:
        if self._open_id is None:
            return
        ids = [i.id for i in self._order]
        index = (ids.index(self._open_id) + step) % len(ids)
        self.open_detail(ids[index])

    def reset(self) -> None:
        self.close_detail()
        self.reset_scroll()

    def select(self, item_id: str) -> bool:
        if item_id not in self._tiles:
            return False
        self.open_detail(item_id)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._detail.setGeometry(self.rect())
