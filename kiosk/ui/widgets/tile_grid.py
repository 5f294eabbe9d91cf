"""A grid that re-flows its tiles into as many columns as the width allows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class TileGrid(QWidget):
    """Tiles of at least ``min_tile_width`` px, in reading order (mirrored right to left)."""

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
        for tile in self._tiles:
            tile.setParent(self)
        self._reflow(3)

    def columns(self) -> int:
        return self._columns

    def _reflow(self, columns: int) -> None:
        columns = max(1, columns)
        if columns == self._columns:
            return
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(max(columns, self._columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        spacing = self._grid.horizontalSpacing()
        self._reflow((event.size().width() + spacing) // (self._min_width + spacing))
        super().resizeEvent(event)
