"""Places map labels so that none overlaps another, a marker or an overlay.

A greedy candidate placer, the classic cartographic one: labels are placed in priority order
(cities first, then countries, then seas); each offers candidate rectangles in its order of
preference; the first free one wins, or, when a penalty is given (a country label that
spills over its border, a label across the route), the free one with the lowest score.
A label with no free candidate is left out rather than drawn over another.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPainterPathStroker

Penalty = Callable[[QRectF], float]


@dataclass(frozen=True)
class Look:
    """How one kind of label is set: its font, its ink and the halo that keeps it legible."""

    font: QFont
    color: QColor
    halo_color: QColor
    halo: float  # halo width in pixels


@dataclass
class Label:
    """A measured label: ``rect`` is its ink box plus halo; ``origin`` is the text baseline."""

    key: str
    text: str
    look: Look
    path: QPainterPath  # the text outline at (0, 0): its bounds are the exact ink
    rect: QRectF = field(default_factory=QRectF)
    origin: QPointF = field(default_factory=QPointF)
    halo_path: QPainterPath = field(default_factory=QPainterPath)

    @classmethod
    def measure(cls, key: str, text: str, look: Look) -> Label:
        path = QPainterPath()
        path.addText(0.0, 0.0, look.font, text)
        return cls(key, text, look, path)

    @property
    def size(self) -> QSizeF:
        ink, halo = self.path.boundingRect(), self.look.halo
        return QSizeF(ink.width() + 2 * halo, ink.height() + 2 * halo)

    def move_to(self, rect: QRectF) -> None:
        """Put the label in ``rect`` (one of its candidates) and outline its halo there."""
        ink, halo = self.path.boundingRect(), self.look.halo
        self.rect = QRectF(rect)
        self.origin = QPointF(rect.left() + halo - ink.left(), rect.top() + halo - ink.top())
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * halo)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.halo_path = stroker.createStroke(self.path.translated(self.origin))


class LabelPlacer:
    """Hands out free rectangles inside ``area``, keeping ``gap`` pixels between them."""

    def __init__(self, area: QRectF, obstacles: Iterable[QRectF], gap: float = 3.0) -> None:
        self._area = area
        self._taken = [QRectF(r) for r in obstacles]
        self._gap = gap

    def is_free(self, rect: QRectF) -> bool:
        if not self._area.contains(rect):
            return False
        grown = rect.adjusted(-self._gap, -self._gap, self._gap, self._gap)
        return not any(grown.intersects(taken) for taken in self._taken)

    def place(
        self, label: Label, candidates: Iterable[QRectF], penalty: Penalty | None = None
    ) -> bool:
        """Move ``label`` to its best free candidate; False (and left out) if none is free."""
        best: QRectF | None = None
        best_score = math.inf
        for index, rect in enumerate(candidates):
            order = index * 0.05  # candidates come nearest first: later ones cost a little more
            if order >= best_score:
                break  # no later candidate can win; stops the costly penalty checks early
            if not self.is_free(rect):
                continue
            score = order + (penalty(rect) if penalty else 0.0)
            if score < best_score:
                best, best_score = rect, score
        if best is None:
            return False
        self._taken.append(best)
        label.move_to(best)
        return True


def around(footprint: QRectF, size: QSizeF, gap: float = 4.0) -> list[QRectF]:
    """Candidates beside a point feature's footprint, in the cartographer's order.

    Right, upper right, lower right, left, upper left, lower left, above, below.
    """
    w, h = size.width(), size.height()
    c = footprint.center()
    right, left = footprint.right() + gap, footprint.left() - gap - w
    top, bottom = footprint.top() - gap - h, footprint.bottom() + gap
    middle = c.y() - h / 2
    upper, lower = c.y() - h + h * 0.15, c.y() - h * 0.15
    positions = (
        (right, middle),
        (right, upper),
        (right, lower),
        (left, middle),
        (left, upper),
        (left, lower),
        (c.x() - w / 2, top),
        (c.x() - w / 2, bottom),
    )
    return [QRectF(x, y, w, h) for x, y in positions]


def spiral(anchor: QPointF, size: QSizeF, step: float, rings: int) -> list[QRectF]:
    """Candidates centred on ``anchor`` and on a grid around it, nearest first."""
    offsets = [(i, j) for i in range(-rings, rings + 1) for j in range(-rings, rings + 1)]
    offsets.sort(key=lambda o: (math.hypot(o[0] * 1.6, o[1]), o))  # drift sideways first
    w, h = size.width(), size.height()
    return [
        QRectF(anchor.x() + i * step - w / 2, anchor.y() + j * step - h / 2, w, h)
        for i, j in offsets
    ]
