"""A tappable tile for one industry, handicraft or financial sector, and its measured text.

The tile paints itself: an icon on a tinted disc, the title and one line of text. Each text
is laid out once per width with a ``QTextLayout`` (plain text by construction, never
markup) and kept, so repainting a screen full of tiles costs no text shaping; Nastaliq
shaping is what made label-based tiles slow. Heights come from where the glyphs really
fall, measured, so no language is clipped. ``InkLabel`` brings the same measuring to the
labels of the detail card and the group headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QWidget

from kiosk.content.model import Industry
from kiosk.core.languages import Language
from kiosk.ui import icons, palette
from kiosk.ui.widgets.plain_label import PlainLabel

PADDING_X = 16
PADDING_Y = 16
DISC = 64  # the tinted circle behind the icon
ICON = 48  # the icon set is drawn on a 48 px grid, so it is crispest at this size
GAP = 14  # between the disc and the words
LINE_GAP = 4  # between the title and the line under it
RADIUS = 16
TITLE_SCALE = 15 / 13  # of the language's base font, as the card titles elsewhere
SUMMARY_SCALE = 12 / 13
# The default theme's disc tint, for importers; painting reads the palette that is on.
DISC_COLOR = palette.DEFAULT.disc
_RELAYOUT = {QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange}
_KEYBOARD_REASONS = {
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
}
AIR = 1  # px above and below measured glyphs, for their anti-aliased edges
INK_TRIES = 4  # narrowings to keep a label's swashes in; one or two always do
ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}


@dataclass(frozen=True)
class Laid:
    """A text laid out at one width, with where its glyphs really fall.

    Nastaliq letters climb and drop well outside the font's ascent and descent (up to
    half a line at this size), so heights come from the ink, not from the line boxes.
    """

    layout: QTextLayout
    lines_height: float  # the line boxes, top to bottom
    ink: QRectF  # the glyphs' bounds, relative to the top-left of the first line box
    widest: float  # the longest line's natural width

    @property
    def top(self) -> float:
        """How far above the first line box the block reaches (0 or less)."""
        return min(0.0, self.ink.top())

    @property
    def span(self) -> float:
        """The block's full height, ink and line boxes together."""
        return max(self.lines_height, self.ink.bottom()) - self.top


# Layouts by text, font, direction and width, shared by every block: a language switch
# lays each tile's texts out at several widths, and visitors come back to a language all
# day; measured, this kept a switch to Urdu from spending 30 ms shaping the same words.
# A layout holds about 7 KiB: 512 are every tile in three languages at a few widths.
_LAID: dict[tuple[str, str, bool, int], Laid] = {}
_LAID_MAX = 512


def clear_cache() -> None:
    """Forget the kept layouts (memory measurements call this; they are made again)."""
    _LAID.clear()


class TextBlock:
    """One plain-text paragraph, wrapped at word boundaries and laid out once per width."""

    def __init__(self, scale: float = 1.0, bold: bool | None = None, ink: str = "text") -> None:
        self.text = ""
        self._ink_name = ink  # a palette colour's name: the theme may change under it
        self._scale = scale
        self._bold = bold
        self._font = QFont()
        self._rtl = False
        self._laid: dict[int, Laid] = {}

    @property
    def color(self) -> QColor:
        return QColor(getattr(palette.current(), self._ink_name))

    def configure(self, base: QFont, rtl: bool, *, named: bool = True) -> None:
        """Follow the widget's font (the language's) and direction.

        ``named=False`` measures ``base`` exactly as a QLabel would draw it.
        """
        font = QFont(base)
        if self._scale != 1.0:
            font.setPointSizeF(base.pointSizeF() * self._scale)
        if self._bold is not None:
            font.setBold(self._bold)
        self._font, self._rtl = (named_face(font) if named else font), rtl
        self._laid.clear()

    def set_text(self, text: str) -> None:
        self.text = text
        self._laid.clear()

    def at(self, width: int) -> Laid:
        found = self._laid.get(width)
        if found is None:
            if len(self._laid) > 8:  # a few widths: landscape, portrait, a resize
                self._laid.clear()
            key = (self.text, self._font.key(), self._rtl, width)
            found = _LAID.get(key)
            if found is None:
                if len(_LAID) >= _LAID_MAX:
                    _LAID.clear()
                found = _LAID[key] = self._lay_out(width)
            self._laid[width] = found
        return found

    def unwrapped(self) -> Laid:
        """The text on as few lines as its own line breaks allow, just as wide as it is."""
        return self.at(ceil(self.at(1 << 20).widest) + 1)

    def _lay_out(self, width: int) -> Laid:
        # U+2028 is how QTextLayout spells a line break inside one paragraph.
        layout = QTextLayout(self.text.replace("\n", "\u2028"), self._font)
        align = Qt.AlignmentFlag.AlignRight if self._rtl else Qt.AlignmentFlag.AlignLeft
        option = QTextOption(align)
        # Word boundaries only: a word too long for the tile overflows, and the tests see it.
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        direction = Qt.LayoutDirection.RightToLeft if self._rtl else Qt.LayoutDirection.LeftToRight
        option.setTextDirection(direction)
        layout.setTextOption(option)
        height, widest = 0.0, 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(max(width, 1))
            line.setPosition(QPointF(0, height))
            height += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return Laid(layout, height, self._ink(layout), widest)

    def _ink(self, layout: QTextLayout) -> QRectF:
        metrics = QFontMetricsF(self._font)
        text = layout.text()
        ink = QRectF()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            part = text[line.textStart() : line.textStart() + line.textLength()]
            tight = metrics.tightBoundingRect(part)  # measured from the glyphs themselves
            if tight.isEmpty():
                continue
            left = line.naturalTextRect().left() + tight.left()
            top = line.y() + line.ascent() + tight.top()
            ink = ink.united(QRectF(left, top, tight.width(), tight.height()))
        return ink


class IndustryTile(QAbstractButton):
    """Icon, title and one line; a tap, Enter or Space asks to open the detail."""

    activated = Signal(str)  # industry id
    arrowPressed = Signal(object)  # Qt.Key: the view moves focus to the tile that way

    def __init__(self, industry: Industry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._industry = industry
        self._title = TextBlock(TITLE_SCALE, True, "text")
        self._summary = TextBlock(SUMMARY_SCALE, False, "text_muted")
        self._ring = False
        self._image: tuple[tuple[int, int, float, palette.Palette], QPixmap] | None = None
        self._palette = palette.PaletteWatch()
        # Taps do not take focus (no ring lingers after a touch); the keyboard still does.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._configure_text()
        self.clicked.connect(lambda: self.activated.emit(self._industry.id))

    @property
    def industry_id(self) -> str:
        return self._industry.id

    def set_language(self, language: Language) -> None:
        title = self._industry.title.get(language)
        self._title.set_text(title)
        self._summary.set_text(self._industry.summary.get(language))
        self.setText(title)  # what screen readers and tests read as the button's text
        self.setShortcut(QKeySequence())  # an "&" in a title must not become a mnemonic
        self.setAccessibleName(title)
        self.setAccessibleDescription(self._summary.text)
        self._relayout()

    def text_boxes(self) -> list[tuple[QRectF, QRectF, float]]:
        """For each text: its line boxes, where its glyphs fall, and its widest line."""
        boxes = []
        for _, laid, origin in self._placed(self.width(), self.height()):
            box = QRectF(origin, QSizeF(self._text_width(self.width()), laid.lines_height))
            boxes.append((box, laid.ink.translated(origin), laid.widest))
        return boxes

    # -- geometry ----------------------------------------------------------------------

    def _text_width(self, width: int) -> int:
        return max(1, width - 2 * PADDING_X - DISC - GAP)

    def _text_height(self, width: int) -> float:
        text_width = self._text_width(width)
        return self._title.at(text_width).span + LINE_GAP + self._summary.at(text_width).span

    def _placed(self, width: int, height: int) -> list[tuple[TextBlock, Laid, QPointF]]:
        """The title and the line under it, each with its origin, centred beside the disc."""
        text_width = self._text_width(width)
        title, summary = self._title.at(text_width), self._summary.at(text_width)
        top = (height - self._text_height(width)) / 2
        x = PADDING_X if self.isRightToLeft() else PADDING_X + DISC + GAP
        summary_top = top + title.span + LINE_GAP
        return [
            (self._title, title, QPointF(x, top - title.top)),
            (self._summary, summary, QPointF(x, summary_top - summary.top)),
        ]

    def _disc_rect(self) -> QRectF:
        x = self.width() - PADDING_X - DISC if self.isRightToLeft() else PADDING_X
        return QRectF(x, (self.height() - DISC) / 2, DISC, DISC)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return ceil(max(DISC, self._text_height(width)) + 2 * PADDING_Y)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # Narrow on purpose: the grid picks its columns from the width it gets, and wide
        # minimums would hold a page wider than the window while it re-flows.
        return QSize(2 * PADDING_X + DISC, DISC + 2 * PADDING_Y)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            if self.isDown() or (self._ring and self.hasFocus()):
                painter.fillRect(self.rect(), QColor(palette.current().background))
                self._paint_tile(painter)  # brief states: not worth keeping
                return
            painter.drawPixmap(0, 0, self._resting_image())

    def _resting_image(self) -> QPixmap:
        """The tile at rest, painted once per size: a repaint is then one copy."""
        ratio, colours = self.devicePixelRatioF(), palette.current()
        key = (self.width(), self.height(), ratio, colours)
        if self._image is None or self._image[0] != key:
            image = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            image.setDevicePixelRatio(ratio)
            # Tiles sit on the page's paper, so they paint their corners in it and are
            # opaque: Qt then neither paints the page under them nor blends them over it.
            image.fill(QColor(colours.background))
            with QPainter(image) as painter:
                self._paint_tile(painter)
            self._image = (key, image)
        return self._image[1]

    def _paint_tile(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_surface(painter)
        self._paint_icon(painter)
        for block, laid, origin in self._placed(self.width(), self.height()):
            painter.setPen(block.color)
            laid.layout.draw(painter, origin)

    def _paint_surface(self, painter: QPainter) -> None:
        colours, pressed = palette.current(), self.isDown()
        edge = colours.edge_width
        box = QRectF(self.rect()).adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
        painter.setPen(QPen(QColor(colours.accent if pressed else colours.edge), edge))
        painter.setBrush(QColor(colours.pressed if pressed else colours.surface))
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        if self._ring and self.hasFocus():
            box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(QColor(colours.focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(1.5, 1.5, -1.5, -1.5), RADIUS - 1, RADIUS - 1)

    def _paint_icon(self, painter: QPainter) -> None:
        disc = self._disc_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        colours = palette.current()
        painter.setBrush(QColor(colours.disc))
        painter.drawEllipse(disc)
        # Rendered once per size, colour and pixel ratio by the icon cache, then only copied.
        image = icons.pixmap(self._industry.icon, ICON, colours.text, self.devicePixelRatioF())
        corner = disc.center() - QPointF(ICON / 2, ICON / 2)
        painter.drawPixmap(corner, image)

    # -- events ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Space clicks as on any button
            if not event.isAutoRepeat():
                self.click()
            return
        if key in ARROWS:
            self.arrowPressed.emit(Qt.Key(key))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The ring is for keyboard users; focus given back after a tap shows none.
        self._ring = event.reason() in _KEYBOARD_REASONS
        super().focusInEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT:
            self._configure_text()
            self._relayout()
        elif event.type() == QEvent.Type.StyleChange and self._palette.changed():
            self.update()  # the resting picture is kept per palette: it paints afresh
        super().changeEvent(event)

    def _blocks(self) -> tuple[TextBlock, TextBlock]:
        return self._title, self._summary

    def _configure_text(self) -> None:
        for block in self._blocks():
            block.configure(self.font(), self.isRightToLeft())

    def _relayout(self) -> None:
        self._image = None
        self.updateGeometry()
        self.update()


def named_face(font: QFont) -> QFont:
    """``font``, asking for its face by style name: "Bold" or "Regular".

    The bundled Nastaliq bold file declares weight 400, like the regular one, so a request
    by weight alone may get either face (Qt's font cache keeps whichever came first), and
    the same words change shape from one run to the next. By name, each face is found.
    """
    font = QFont(font)
    font.setStyleName("Bold" if font.bold() else "Regular")
    return font


def ink_margins(label: QLabel) -> tuple[int, int]:
    """How far ``label``'s glyphs reach above and below its lines, measured, in pixels.

    Any word may start a line, so the whole text is measured on one line: the margins are
    what the tallest word needs, wherever the label wraps it.
    """
    label.ensurePolished()  # the stylesheet's font size, before the first show
    block = TextBlock()
    block.configure(label.font(), label.isRightToLeft(), named=False)
    block.set_text(label.text())
    laid = block.unwrapped()
    below = laid.ink.bottom() - laid.lines_height
    return ceil(max(0.0, -laid.ink.top())), ceil(max(0.0, below))


class InkLabel(PlainLabel):
    """A plain-text label as tall as its glyphs reach, painted from one kept layout.

    QLabel sizes text by the font's ascent and descent and clips to its rectangle, which
    cuts the tops off tall Nastaliq words; this label measures the ink and makes room.
    """

    fits_ink = False  # it measures its glyphs itself, line by line, and paints them inset

    def __init__(self, object_name: str, parent: QWidget | None = None, *, wrap: bool = True):
        super().__init__(object_name, parent, wrap=wrap)
        self._block = TextBlock()
        self._key: tuple[str, str, bool] | None = None
        if wrap:
            policy = self.sizePolicy()
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)

    def _laid(self, width: int) -> tuple[Laid, float]:
        """The text laid out for ``width``, and the inset that keeps its glyphs inside."""
        key = (self.text(), self.font().key(), self.isRightToLeft())
        if key != self._key:
            self._key = key
            self._block.configure(self.font(), key[2])
            self._block.set_text(key[0])
        if not self.wordWrap():
            return self._block.unwrapped(), max(0.0, -self._block.unwrapped().ink.left())
        # A swash may reach past the line's ends: wrap a little narrower to keep it in. The
        # narrower text wraps elsewhere, and another word may then start a line with a
        # longer swash (large text shows it): narrow again until every line keeps in.
        # Painted ``inset`` in, a line's glyphs may reach ``inset`` past either end.
        inset = 0
        laid = self._block.at(width)
        for _ in range(INK_TRIES):
            need = ceil(max(0.0, -laid.ink.left(), laid.ink.right() - (width - 2 * inset)))
            if need <= inset or width - 2 * need < 1:
                break
            inset = need
            laid = self._block.at(width - 2 * inset)
        return laid, float(inset)

    def hasHeightForWidth(self) -> bool:
        return self.wordWrap()

    def heightForWidth(self, width: int) -> int:
        return ceil(self._laid(max(width, 1))[0].span) + 2 * AIR

    def sizeHint(self) -> QSize:
        if not self.wordWrap():
            laid, inset = self._laid(0)
            width = max(laid.widest, laid.ink.right()) + inset
            return QSize(ceil(width), ceil(laid.span) + 2 * AIR)
        width = self.width() if self.width() > 1 else 40 * self.fontMetrics().averageCharWidth()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        if not self.wordWrap():
            return self.sizeHint()
        return QSize(8 * self.fontMetrics().averageCharWidth(), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        laid, inset = self._laid(self.width())
        with QPainter(self) as painter:
            painter.setPen(self.palette().color(self.foregroundRole()))
            laid.layout.draw(painter, QPointF(inset, AIR - laid.top))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT or event.type() == QEvent.Type.StyleChange:
            self.updateGeometry()
        super().changeEvent(event)
