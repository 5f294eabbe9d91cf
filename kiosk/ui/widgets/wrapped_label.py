"""A wrapped plain-text label for long stories that lays out and paints each text once.

The timeline's story card shows a new story at every step, often one it showed before:
this label keeps the laid-out text per width and the painted text per width and colour.
"""

from __future__ import annotations

from collections import OrderedDict
from math import ceil

from PySide6.QtCore import QEvent, QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPixmap, QTextLayout, QTextOption
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.plain_label import PlainLabel, ink_overhang

_LAYOUT_CACHE_SIZE = 64  # (text, width) pairs: every event at the widths a layout probes
_PIXMAP_CACHE_SIZE = 8  # painted texts: every event of a pack at the width shown
_ARGB = QImage.Format.Format_ARGB32_Premultiplied
_RELAYOUT = {
    QEvent.Type.FontChange,
    QEvent.Type.LayoutDirectionChange,
    QEvent.Type.StyleChange,
    QEvent.Type.PaletteChange,
}


class WrappedLabel(PlainLabel):
    """A wrapped plain-text label that lays out and paints each text once per width.

    QLabel sizes wrapped text by laying it out at several trial widths, at zero width for
    its minimum, and again on every paint; with Nastaliq that took a whole frame per
    selection. Here a ``QTextLayout`` per (text, width) serves size hints, and the text as
    painted at the label's width is kept as a pixmap, so coming back to an event (or
    autoplay passing it) is a blit. A ``QTextLayout`` never interprets markup.
    """

    # It keeps the room its glyphs need inside its own layout and painting (text_inset), so
    # a new story's text does not change its margins and make the card measure again.
    fits_ink = False

    def __init__(self, object_name: str, parent: QWidget) -> None:
        super().__init__(object_name, parent)
        self._layouts: OrderedDict[tuple[str, int], tuple[QTextLayout, float]] = OrderedDict()
        self._insets: dict[str, QMargins] = {}
        self._pixmaps: OrderedDict[tuple[str, int, float, int], QPixmap] = OrderedDict()

    def prepare(self, text: str) -> None:
        """Lay out and paint ``text`` at the current width without showing it."""
        if self.width() > 1:
            self._painted(text, self.width())

    def text_inset(self, text: str | None = None) -> QMargins:
        """Where the text is laid out inside the label: clear of its glyphs' overhang."""
        text = self.text() if text is None else text
        found = self._insets.get(text)
        if found is None:
            found = self._insets[text] = ink_overhang(text, self.font())
        return found

    def heightForWidth(self, width: int) -> int:
        ink = self.text_inset()
        inner = width - ink.left() - ink.right()
        return ceil(self._laid_out(self.text(), inner)[1]) + ink.top() + ink.bottom()

    def sizeHint(self) -> QSize:
        # The height at the width the label has, laid out already; a trial width would cost
        # another layout. The width asked for is small and fixed: layouts give the words all
        # the room there is anyway, and a hint that followed the current width would feed
        # back into them and make them try (and lay text out at) ever other widths.
        return QSize(self.minimumSizeHint().width(), self.heightForWidth(max(self.width(), 1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(8 * self.fontMetrics().averageCharWidth(), self.fontMetrics().lineSpacing())

    def release_render_cache(self) -> None:
        """Forget the kept layouts and pictures (memory measurements call this)."""
        super().release_render_cache()
        self._layouts.clear()
        self._pixmaps.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT:
            self._layouts.clear()
            self._pixmaps.clear()
            self._insets.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            painter.drawPixmap(0, 0, self._painted(self.text(), self.width()))

    def _painted(self, text: str, width: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        colour = self.palette().color(self.foregroundRole())
        key = (text, width, ratio, colour.rgba())
        found = self._pixmaps.get(key)
        if found is None:
            # Laid out inside the room its glyphs need round it: Nastaliq reaches past.
            ink = self.text_inset(text)
            layout, height = self._laid_out(text, width - ink.left() - ink.right())
            height += ink.top() + ink.bottom()
            # Drawn into an image: text drawn into a pixmap can come out a shade different
            # the first time a glyph is used, which made screenshots differ run to run.
            image = QImage(ceil(width * ratio), max(ceil(height * ratio), 1), _ARGB)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            with QPainter(image) as painter:
                painter.setPen(colour)
                layout.draw(painter, QPointF(ink.left(), ink.top()))
            found = self._pixmaps[key] = QPixmap.fromImage(image)
            while len(self._pixmaps) > _PIXMAP_CACHE_SIZE:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        return found

    def _laid_out(self, text: str, width: int) -> tuple[QTextLayout, float]:
        key = (text, width)
        found = self._layouts.get(key)
        if found is None:
            found = self._layouts[key] = self._lay_out_text(text, width)
            while len(self._layouts) > _LAYOUT_CACHE_SIZE:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return found

    def _lay_out_text(self, text: str, width: int) -> tuple[QTextLayout, float]:
        # U+2028 is how QTextLayout spells a line break inside one paragraph.
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font())
        rtl = self.layoutDirection() is Qt.LayoutDirection.RightToLeft
        option = QTextOption(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(self.layoutDirection())
        layout.setTextOption(option)
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height
