"""A label for pack content: always plain text, wrapped, never selectable, never clipped."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QMargins, Qt, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.ui.widgets.kept_drawing import (
    KeptDrawing,
    draws_slowly,
    reads_right_to_left,
    visual_alignment,
)
from kiosk.ui.widgets.label_sizes import KeptSizes

# Less than this much ink past a line's box is anti-aliasing, not a glyph: Latin and Han
# text then keep the margins they always had.
_SLACK = 1.0


class PlainLabel(KeptSizes, QLabel):
    """Content is shown literally: Qt must never interpret it as rich text or a link.

    QLabel sizes its text by the font's advance and line height and clips to its rectangle,
    but Nastaliq letters reach past both: a swash beyond the first word's start, a stroke
    over the line. The label measures how far its words' glyphs reach and keeps that much
    margin, so every glyph is drawn, in any language and at any type size.

    Nastaliq text is drawn once and kept as a picture (see ``kept_drawing``): the views are
    mostly such labels, and redrawing their Urdu glyphs on every paint cost a whole frame.
    Its sizes are kept too (see ``label_sizes``).
    """

    fits_ink = True  # subclasses that lay out and paint their own text say False

    def __init__(
        self, object_name: str = "Body", parent: QWidget | None = None, *, wrap: bool = True
    ) -> None:
        super().__init__(parent)
        self._requested = QMargins()
        self._ink = QMargins()
        self._ink_text: str | None = None  # the text the margins were measured for
        self._kept = KeptDrawing()
        self.keep_sizes()
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setOpenExternalLinks(False)
        self.setWordWrap(wrap)
        if wrap:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_content(self, text: str) -> None:
        """Set the text and expose it to screen readers."""
        self.setText(text)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:
        super().setText(text)  # the kept sizes' setText forgets this text's sizes
        self._fit_ink()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not (draws_slowly(self.text()) and self._draws_like_qlabel()):
            super().paintEvent(event)
            return
        colour = self.palette().color(self.foregroundRole()).rgba()
        key = (self.text(), self.font().key(), colour, self.isEnabled(), int(self.alignment()))
        picture = self._kept.pixmap(self, key, self._draw_text)
        with QPainter(self) as painter:
            painter.drawPixmap(0, 0, picture)

    def release_render_cache(self) -> None:
        """Forget the kept picture (memory measurements call this; it is redrawn on use)."""
        self._kept.release()

    def _draws_like_qlabel(self) -> bool:
        """Whether ``_draw_text`` draws what ``QLabel.paintEvent`` would: plain text, no
        frame, margin or indent (which QLabel places by rules of its own)."""
        return self.frameWidth() == 0 and self.margin() == 0 and self.indent() <= 0

    def _draw_text(self, painter: QPainter) -> None:
        """Draw the text as ``QLabel`` does for plain text: aligned for the text's own
        direction inside the contents rectangle, by the style, in the foreground role."""
        rtl = reads_right_to_left(self.text())
        force = Qt.TextFlag.TextForceRightToLeft if rtl else Qt.TextFlag.TextForceLeftToRight
        flags = visual_alignment(rtl, self.alignment().value) | force.value
        if self.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap.value
        painter.setFont(self.font())
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            flags,
            self.palette(),
            self.isEnabled(),
            self.text(),
            self.foregroundRole(),
        )

    def setContentsMargins(self, *margins: int | QMargins) -> None:  # type: ignore[override]
        """Margins asked for by the owner; the label keeps what its glyphs need as well."""
        first = margins[0]
        self._requested = QMargins(first) if isinstance(first, QMargins) else QMargins(*margins)
        self._apply_margins()

    def ink_margins(self) -> QMargins:
        """How far the glyphs reach past the text's lines, on each side, in pixels."""
        return QMargins(self._ink)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # the kept sizes' changeEvent forgets them on font change
        if event.type() == QEvent.Type.FontChange:  # a stylesheet's type size comes so too
            self._ink_text = None
            self._fit_ink()

    def _fit_ink(self) -> None:
        text = self.text()
        if not self.fits_ink or text == self._ink_text:
            return  # measured for this text in this font already
        self._ink_text = text
        margins = ink_overhang(text, self.font())
        if margins != self._ink:
            self._ink = margins
            self._apply_margins()

    def _apply_margins(self) -> None:
        self.forget_sizes()
        asked, ink = self._requested, self._ink
        QLabel.setContentsMargins(
            self,
            max(asked.left(), ink.left()),
            max(asked.top(), ink.top()),
            max(asked.right(), ink.right()),
            max(asked.bottom(), ink.bottom()),
        )


def ink_overhang(text: str, font: QFont) -> QMargins:
    """How many pixels the glyphs of any word of ``text`` reach past its advance (left and
    right) and its line box (top and bottom). Any word may begin or end a line, so all
    are measured; a "word" is what lies between two places a line may break (a space, a
    dash, between two Han characters)."""
    key = font.key()
    found = _TEXTS.get((text, key))
    if found is None:
        if len(_TEXTS) >= _TEXTS_MAX:
            _TEXTS.clear()
        found = _TEXTS[(text, key)] = _text_overhang(text, key, font)
    return QMargins(found)


def _text_overhang(text: str, key: str, font: QFont) -> QMargins:
    left = top = right = bottom = 0
    for word in _breakable_parts(text):
        word_left, word_top, word_right, word_bottom = _word_overhang(word, key, font)
        left, top = max(left, word_left), max(top, word_top)
        right, bottom = max(right, word_right), max(bottom, word_bottom)
    return QMargins(left, top, right, bottom)


def _breakable_parts(text: str) -> set[str]:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    units = text.encode("utf-16-le")  # the finder counts UTF-16 code units, as QString does
    parts, start = set(), 0
    while (end := finder.toNextBoundary()) != -1:
        part = units[2 * start : 2 * end].decode("utf-16-le").strip()
        if part:
            parts.add(part)
        start = end
    return parts


# Kept, since visitors switch languages all day and shaping Nastaliq is what costs: each
# text and each word once per font.
_TEXTS: dict[tuple[str, str], QMargins] = {}
_TEXTS_MAX = 2048
_MEASURED: dict[tuple[str, str], tuple[int, int, int, int]] = {}
_MEASURED_MAX = 8192


def clear_cache() -> None:
    """Forget the measured overhangs (memory measurements call this)."""
    _TEXTS.clear()
    _MEASURED.clear()


def _word_overhang(word: str, font_key: str, font: QFont) -> tuple[int, int, int, int]:
    """One word's overhang in one font (``font_key``)."""
    found = _MEASURED.get((word, font_key))
    if found is None:
        if len(_MEASURED) >= _MEASURED_MAX:
            _MEASURED.clear()
        found = _MEASURED[(word, font_key)] = _measure(word, font)
    return found


def _measure(word: str, font: QFont) -> tuple[int, int, int, int]:
    metrics = QFontMetricsF(font)
    tight = metrics.tightBoundingRect(word)
    advance = metrics.horizontalAdvance(word)
    sides = (
        -tight.left(),
        -(tight.top() + metrics.ascent()),
        tight.right() - advance,
        tight.bottom() - metrics.descent(),
    )
    left, top, right, bottom = (ceil(side) if side > _SLACK else 0 for side in sides)
    return left, top, right, bottom
