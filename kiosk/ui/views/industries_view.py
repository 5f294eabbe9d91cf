"""Industries: the pillars of the city's economy as tiles that open a detail card."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.content.model import Industries, Industry, IndustryGroup, Source
from kiosk.core.languages import Language
from kiosk.ui import icons
from kiosk.ui.palette import DEFAULT
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.industry_detail import IndustryDetail
from kiosk.ui.widgets.industry_tile import (
    IndustryTile,
    InkLabel,
    ink_margins,
)
from kiosk.ui.widgets.passage_card import PassageCard
from kiosk.ui.widgets.tile_grid import TileGrid, neighbour

MIN_TILE_WIDTH = 293  # six columns at 1920 px, three at 1080 and 1280 px: groups fill their rows
HEADER_ICON = 64


class IndustriesView(ScrollPage):
    """Groups of industry tiles under the source's framing; a tap opens the detail."""

    detailOpened = Signal(str)  # an industry's detail opened, or the card stepped to it
    detailClosed = Signal()  # the card closed: the visitor is back at the tiles

    def __init__(
        self, industries: Industries, sources: dict[str, Source], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.column().setSpacing(32)
        self._industries = industries
        self._sources = sources
        self._language = Language.EN
        self._order: list[Industry] = [i for g in industries.groups for i in g.items]
        self._group_of = {i.id: g for g in industries.groups for i in g.items}
        self._intro = PassageCard(industries.intro, sources[industries.intro.source])
        self.column().addWidget(self._header(self._intro))
        self._group_titles: list[InkLabel] = []
        self._tiles: dict[str, IndustryTile] = {}
        grids = [self._add_group(group) for group in industries.groups]
        TileGrid.share_heights(grids)
        self.column().addStretch(1)
        self._detail = IndustryDetail(self)
        self._detail.closeRequested.connect(self.close_detail)
        self._detail.stepRequested.connect(self._step)
        self._open_id: str | None = None
        if self._order:
            # Focus entering the view lands on the first tile, so arrows work at once.
            self.setFocusProxy(self._tiles[self._order[0].id])

    def _header(self, intro: PassageCard) -> QFrame:
        header = QFrame(self)
        header.setObjectName("IndustriesHeader")  # styled in kiosk.qss, as each theme has it
        icon = QLabel(header)
        icon.setPixmap(icons.pixmap("industries", HEADER_ICON, DEFAULT.accent))
        icon.setFixedSize(HEADER_ICON, HEADER_ICON)
        intro.box().setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout(header)
        row.setContentsMargins(28, 24, 32, 24)
        row.setSpacing(24)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(intro, 1)
        return header

    def _add_group(self, group: IndustryGroup) -> TileGrid:
        """A heading with a rule running to the far edge, and the group's tiles under it."""
        section = QWidget(self)
        title = InkLabel("SectionTitle", section, wrap=False)
        rule = QFrame(section)
        rule.setFixedHeight(2)
        rule.setObjectName("GroupRule")
        heading = QHBoxLayout()
        heading.setSpacing(20)
        heading.addWidget(title)
        heading.addWidget(rule, 1, Qt.AlignmentFlag.AlignVCenter)
        tiles = [IndustryTile(item) for item in group.items]
        for tile in tiles:
            tile.activated.connect(self.open_detail)
            tile.arrowPressed.connect(lambda key, t=tile: self._move_focus(t, key))
            self._tiles[tile.industry_id] = tile
        grid = TileGrid(tiles, MIN_TILE_WIDTH, section)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)  # a heading sits closer to its tiles than to the group above
        column.addLayout(heading)
        column.addWidget(grid)
        self._group_titles.append(title)
        self.column().addWidget(section)
        return grid

    def set_language(self, language: Language) -> None:
        self._language = language
        self._intro.set_language(language)
        for label in self._intro.findChildren(QLabel):
            # A QLabel clips to its rectangle, and tall Nastaliq words reach past the font's
            # ascent: give each label of the header the room its glyphs were measured to need.
            above, below = ink_margins(label)
            label.setContentsMargins(0, above, 0, below)
        for title, group in zip(self._group_titles, self._industries.groups, strict=True):
            title.set_content(group.title.get(language))
        for tile in self._tiles.values():
            tile.set_language(language)
        if self._open_id is not None:
            self.open_detail(self._open_id)

    # -- the detail card -----------------------------------------------------------------

    def open_detail(self, industry_id: str) -> None:
        index = next(n for n, item in enumerate(self._order) if item.id == industry_id)
        industry = self._order[index]
        language = self._language
        # Re-shown in a new language is the same look, not a new opening.
        changed, self._open_id = industry_id != self._open_id, industry_id
        group = self._group_of[industry_id].title.get(language)
        self._detail.show_industry(industry, group, self._sources[industry.source], language)
        count = len(self._order)
        before, after = self._order[index - 1], self._order[(index + 1) % count]
        titles = (before.title.get(language), after.title.get(language))
        self._detail.set_position(index, count, titles, language)
        # Behind the scrim the page follows the card, so closing it lands where it was.
        self.ensureWidgetVisible(self._tiles[industry_id], 0, 48)
        if changed:
            self.detailOpened.emit(industry_id)

    def close_detail(self, from_keyboard: bool = False) -> None:
        if self._open_id is not None:
            tile = self._tiles[self._open_id]
            # Focus goes back to the tile it came from; a keyboard user sees the ring there.
            reason = (
                Qt.FocusReason.TabFocusReason if from_keyboard else Qt.FocusReason.OtherFocusReason
            )
            tile.setFocus(reason)
        was_open, self._open_id = self._open_id is not None, None
        self._detail.hide()
        if was_open:
            self.detailClosed.emit()

    def open_industry_id(self) -> str | None:
        return self._open_id

    def detail(self) -> IndustryDetail:
        return self._detail

    def tiles(self) -> dict[str, IndustryTile]:
        return dict(self._tiles)

    def _step(self, step: int) -> None:
        if self._open_id is None:
            return
        ids = [i.id for i in self._order]
        index = (ids.index(self._open_id) + step) % len(ids)
        self.open_detail(ids[index])

    # -- keyboard ------------------------------------------------------------------------

    def _move_focus(self, tile: IndustryTile, key: Qt.Key) -> None:
        """Arrow keys move to the tile visibly that way, across the groups."""
        body = self.widget()
        assert body is not None  # the page built in the constructor
        rects = {
            item_id: QRect(other.mapTo(body, QPoint(0, 0)), other.size())
            for item_id, other in self._tiles.items()
            if other.isVisibleTo(body)
        }
        target = neighbour(rects, tile.industry_id, key)
        if target is not None:
            self._tiles[target].setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(self._tiles[target], 0, 48)

    # -- the window's protocol -----------------------------------------------------------

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
