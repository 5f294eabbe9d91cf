"""A widget's drawing kept as a picture while nothing it depends on changes.

Nastaliq is slow to draw: a paragraph of Urdu costs about 0.8 ms each time its glyphs are
drawn, against 0.08 ms for the same glyphs kept and 0.01 ms for a kept picture (measured
with ``QPainter.drawText``, ``QStaticText`` and ``drawPixmap`` on this project's fonts).
A view full of Urdu labels therefore missed the frame budget on every repaint, so labels
whose text is in the Arabic script draw it once per text, size and colour and then blit.
Latin and Han text draws fast enough and keeps no picture: no memory spent where no time
is saved. A label keeps its Urdu picture while it shows another language, since visitors
switch back and forth all day: about 7 MiB for every view at 1920x1080, measured.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable
from math import ceil

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

_ARGB = QImage.Format.Format_ARGB32_Premultiplied

# The Arabic script's blocks: Arabic, Arabic Supplement, Arabic Extended-A, and the
# presentation forms. Urdu is written in them, and the kiosk draws them in Nastaliq.
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def draws_slowly(text: str) -> bool:
    """Whether ``text`` holds Arabic-script letters, which Nastaliq is slow to draw."""
    return _ARABIC_SCRIPT.search(text) is not None


def reads_right_to_left(text: str) -> bool:
    """Whether the first strongly directional character of ``text`` is right to left, as
    Qt decides a plain-text label's direction (``QString::isRightToLeft``)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


_LEFT, _RIGHT = Qt.AlignmentFlag.AlignLeft.value, Qt.AlignmentFlag.AlignRight.value
_ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute.value
_HORIZONTAL = Qt.AlignmentFlag.AlignHorizontal_Mask.value


def visual_alignment(rtl: bool, alignment: int) -> int:
    """``alignment`` with leading and trailing made left or right, as ``QStyle.
    visualAlignment`` does (done here: QStyle's Python type costs 12 ms to load at start)."""
    if not alignment & _HORIZONTAL:
        alignment |= _LEFT
    if not alignment & _ABSOLUTE and alignment & (_LEFT | _RIGHT):
        if rtl:
            alignment ^= _LEFT | _RIGHT
        alignment |= _ABSOLUTE
    return alignment


class KeptDrawing:
    """One picture of a widget's drawing, remade when the widget's size, pixel ratio or the
    caller's key (what the drawing shows and how) changes."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._pixmap: QPixmap | None = None

    def pixmap(self, widget: QWidget, key: Hashable, draw: Callable[[QPainter], None]) -> QPixmap:
        """The kept picture for ``key`` at the widget's size, drawn by ``draw`` if not kept."""
        ratio = widget.devicePixelRatioF()
        full_key = (key, widget.width(), widget.height(), ratio)
        if self._pixmap is None or full_key != self._key:
            # Drawn into an image: text drawn into a pixmap can come out a shade different
            # the first time a glyph is used, which made screenshots differ run to run.
            image = QImage(
                max(ceil(widget.width() * ratio), 1), max(ceil(widget.height() * ratio), 1), _ARGB
            )
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            with QPainter(image) as painter:
                draw(painter)
            self._pixmap, self._key = QPixmap.fromImage(image), full_key
        return self._pixmap

    def release(self) -> None:
        """Forget the picture: the memory goes back at once."""
        self._key, self._pixmap = None, None
