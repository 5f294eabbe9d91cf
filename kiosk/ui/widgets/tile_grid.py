"""A grid that re-flows its tiles into as many columns as the width allows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class TileGrid(QWidget):
    """Tiles of at least ``min_tile_width`` px, in reading order (mirrored right to left).

    Grids joined with :meth:`share_heights` give every tile in all of them one height, the
    tallest any of their tiles needs at the current column width, so rows line up.
    """

    def __init__(
        self, tiles: Sequence[QWidget], min_tile_width: int = 300, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._tiles = list(tiles)
        self._min_width = min_tile_width
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._columns = 0
        self._peers: list[TileGrid] = []
        self._fillers: list[QWidget] = []
        for tile in self._tiles:
            tile.setParent(self)
        self._reflow(3)

    @staticmethod
    def share_heights(grids: Sequence[TileGrid]) -> None:
        """Give the tiles of all ``grids`` one height and one column width."""
        peers = list(grids)
        for grid in peers:
            grid._peers = peers
            grid._reflow(grid._columns, again=True)  # now with the short last row padded

    def columns(self) -> int:
        return self._columns

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def columns_for(self, width: int) -> int:
        spacing = self._grid.horizontalSpacing()
        return max(1, (width + spacing) // (self._min_width + spacing))

    def _reflow(self, columns: int, *, again: bool = False) -> None:
        columns = max(1, columns)
        if columns == self._columns and not again:
            return
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        if self._peers:
            self._pad_last_row(columns)
        for column in range(max(columns, self._columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

    def _pad_last_row(self, columns: int) -> None:
        """Fill a short last row with invisible cells: QGridLayout leaves out the spacing of
        empty columns, which would make a short row's tiles wider than the others'."""
        for filler in self._fillers:
            self._grid.removeWidget(filler)
            filler.deleteLater()
        self._fillers = []
        count = len(self._tiles)
        for index in range(count, -(-count // columns) * columns):
            filler = QWidget(self)
            policy = filler.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # hidden, yet it holds its column
            filler.setSizePolicy(policy)
            filler.hide()
            self._grid.addWidget(filler, index // columns, index % columns)
            self._fillers.append(filler)

    def _natural_height(self, column_width: int) -> int:
        """The tallest height one of this grid's own tiles needs at ``column_width``."""
        heights = [tile.heightForWidth(column_width) for tile in self._tiles]
        return max([h for h in heights if h > 0], default=0)

    def _equalize(self) -> None:
        if not self._peers or self.width() <= 0:
            return
        columns = self.columns_for(self.width())
        spacing = self._grid.horizontalSpacing()
        # The narrowest a column gets; QGridLayout hands any spare pixels to some columns.
        column_width = (self.width() - (columns - 1) * spacing) // columns
        height = max(grid._natural_height(column_width) for grid in self._peers)
        for grid in self._peers:
            for tile in grid._tiles:
                if tile.minimumHeight() != height:  # unchanged: no relayout, no loop
                    tile.setMinimumHeight(height)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._equalize()  # a tile's text changed (a language switch): heights too
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._reflow(self.columns_for(event.size().width()))
        self._equalize()
        super().resizeEvent(event)


def neighbour(rects: Mapping[str, QRect], current: str, key: Qt.Key) -> str | None:
    """The item whose rectangle lies next to ``current``'s the way an arrow key points.

    Left and Right stay within the row and take the nearest tile. Up and Down look first
    in the column's beam (tiles overlapping it horizontally), across group headings, and
    take the nearest; only when nothing lies in the beam, the nearest row's closest tile.
    The rectangles are as drawn on screen, so a mirrored (right-to-left) grid needs
    nothing special: Left always goes to the tile visibly on the left.
    """
    here = rects[current]
    dx, dy = _STEPS[key]
    best: tuple[tuple[bool, float, float], str] | None = None
    for item, rect in rects.items():
        offset = rect.center() - here.center()
        along = offset.x() * dx + offset.y() * dy
        across = abs(offset.y() if dx else offset.x())
        if dx:
            in_beam = rect.top() < here.bottom() and here.top() < rect.bottom()
        else:
            in_beam = rect.left() < here.right() and here.left() < rect.right()
        if item == current or along <= 0 or (dx and not in_beam):
            continue
        score = (not in_beam, along, across)
        if best is None or score < best[0]:
            best = (score, item)
    return best[1] if best else None


_STEPS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
