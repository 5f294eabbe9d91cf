"""Finds text that does not fit where it is drawn: the no-clipping check of issue 9.

A widget's text is clipped when the widget is smaller than its text needs (a label or a
button squeezed by its layout), when a parent cuts the widget off (a bar too narrow for
its buttons), or when the glyphs themselves reach past the widget (Nastaliq letters climb
above the line boxes QLabel sizes itself by). Each finding names the widget and the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QStyle, QWidget

from kiosk.ui.widgets.industry_tile import AIR, IndustryTile, InkLabel

TOLERANCE = 1  # px: anti-aliased edges


@dataclass(frozen=True)
class Clipped:
    widget: QWidget
    text: str
    why: str

    def __str__(self) -> str:
        kind = type(self.widget).__name__
        name = self.widget.objectName()
        return f"{kind}#{name} {self.text[:40]!r}: {self.why}"


def clipped_texts(window: QWidget) -> list[Clipped]:
    """Every visible text in ``window`` that is cut off, for whatever reason."""
    found: list[Clipped] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            found += _label(widget)
        elif isinstance(widget, IndustryTile):
            found += _tile(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            found += _button(widget)
        else:
            continue
        found += _cut_by_parent(widget, window)
    return found


def _text_of(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""


def _label(label: QLabel) -> list[Clipped]:
    text = label.text()
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        needed_width = 0
    else:
        hint = label.sizeHint()
        needed_height, needed_width = hint.height(), hint.width()
    problems = []
    if label.width() + TOLERANCE < needed_width:
        problems.append(Clipped(label, text, f"{label.width()} px wide, needs {needed_width}"))
    if label.height() + TOLERANCE < needed_height:
        problems.append(Clipped(label, text, f"{label.height()} px high, needs {needed_height}"))
    if not problems:
        problems += _ink(label)
    return problems


def _ink(label: QLabel) -> list[Clipped]:
    """Glyphs past the label's edges, with its text laid out as the label lays it out."""
    ink = label_ink(label)
    if ink is None:
        return []
    bounds = QRectF(label.rect())
    if bounds.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(ink):
        return []
    outside = [
        f"{name} {amount:.0f} px"
        for name, amount in (
            ("left", bounds.left() - ink.left()),
            ("top", bounds.top() - ink.top()),
            ("right", ink.right() - bounds.right()),
            ("bottom", ink.bottom() - bounds.bottom()),
        )
        if amount > TOLERANCE
    ]
    return [Clipped(label, label.text(), "glyphs past the " + ", ".join(outside))]


def label_ink(label: QLabel) -> QRectF | None:
    """Where ``label``'s glyphs fall, in its own coordinates (None without text)."""
    if isinstance(label, InkLabel):  # it lays out and paints its text itself
        laid, inset = label._laid(label.width())
        return laid.ink.translated(inset, AIR - laid.top)
    contents = QRectF(label.contentsRect())
    inset = getattr(label, "text_inset", None)  # a label that keeps its own room
    if inset is not None:
        contents = QRectF(label.rect().marginsRemoved(inset()))
    font = label.font()
    align = QStyle.visualAlignment(label.layoutDirection(), label.alignment())
    layout = QTextLayout(label.text().replace("\n", "\u2028"), font)
    option = QTextOption(align & Qt.AlignmentFlag.AlignHorizontal_Mask)
    option.setWrapMode(
        QTextOption.WrapMode.WordWrap if label.wordWrap() else QTextOption.WrapMode.NoWrap
    )
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(contents.width())
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    if align & Qt.AlignmentFlag.AlignTop:
        top = contents.top()
    elif align & Qt.AlignmentFlag.AlignBottom:
        top = contents.bottom() - height
    else:
        top = contents.top() + (contents.height() - height) / 2
    # The glyphs' own boxes, where the layout put them: what a painter draws.
    ink = QRectF()
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
            box = raw.boundingRect(glyph)
            if not box.isEmpty():
                ink = ink.united(box.translated(at))
    ink.translate(contents.left(), top)
    return None if ink.isEmpty() else ink


def _button(button: QAbstractButton) -> list[Clipped]:
    hint = button.sizeHint()
    if button.width() + TOLERANCE < hint.width() or button.height() + TOLERANCE < hint.height():
        size = f"{button.width()}x{button.height()}"
        return [Clipped(button, button.text(), f"{size}, needs {hint.width()}x{hint.height()}")]
    return []


def _tile(tile: IndustryTile) -> list[Clipped]:
    bounds = tile.rect()
    for _box, ink, _widest in tile.text_boxes():
        inside = bounds.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not inside.contains(ink.toAlignedRect()):
            return [Clipped(tile, tile.text(), f"ink {ink} outside {bounds}")]
    return []


def _cut_by_parent(widget: QWidget, window: QWidget) -> list[Clipped]:
    """The widget reaches out of an ancestor that is not a scrolling viewport."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window.parentWidget():
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            break  # scrolled out of sight is not clipped: a visitor scrolls to it
        area = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        if not area.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect):
            return [Clipped(widget, _text_of(widget), f"cut off by {type(parent).__name__}")]
        parent = grand
    return []
