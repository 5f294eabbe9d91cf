"""Sizes a QLabel measured, kept per text, font and width, for labels of long text.

QLabel lays its text out again for every size a layout asks: heights at trial widths, and
three layouts for the minimum size (at its hint, on one line, at zero width), forgotten
whenever text, font or margins change. A language switch asks hundreds of times, and for
Urdu each answer shapes Nastaliq: it spent 65 ms shaping the same words. Kept, each size
is measured once per text, font and width, and visitors switching back find them all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel

# Keys of the size hint and the minimum size hint among a label's heights kept by width.
_HINT, _MINIMUM = -1, -2
_OWN_MAX = 16  # a resize passes through many widths: keep a label's last few
# What may change a label's size without its text changing.
_RESIZING = {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PolishRequest}


class KeptSizes:
    """A mixin for QLabel subclasses (listed before QLabel) that keeps their sizes.

    Call ``keep_sizes`` in ``__init__`` and ``forget_sizes`` after changing anything of
    the key (text, font, margins, wrapping, alignment, margin and indent are handled).
    """

    _sizes: dict[int, object]  # this label's, by width (or _HINT, _MINIMUM)
    _widest: int  # the maximum width its hints were measured under

    def keep_sizes(self: QLabel) -> None:  # type: ignore[misc]
        self._sizes = {}
        self._widest = self.maximumWidth()

    def forget_sizes(self) -> None:
        self._sizes.clear()

    def setText(self, text: str) -> None:
        self.forget_sizes()
        super().setText(text)  # type: ignore[misc]

    def setWordWrap(self, on: bool) -> None:
        self.forget_sizes()
        super().setWordWrap(on)  # type: ignore[misc]

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self.forget_sizes()
        super().setAlignment(alignment)  # type: ignore[misc]

    def setIndent(self, indent: int) -> None:
        self.forget_sizes()
        super().setIndent(indent)  # type: ignore[misc]

    def setMargin(self, margin: int) -> None:
        self.forget_sizes()
        super().setMargin(margin)  # type: ignore[misc]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RESIZING:
            self.forget_sizes()
        super().changeEvent(event)  # type: ignore[misc]

    def heightForWidth(self, width: int) -> int:
        if width < 0:  # no width: nothing to keep (and the keys below 0 are the hints')
            return super().heightForWidth(width)
        found = self._sizes.get(width)
        if found is None:
            key = (width, *self._size_key())
            found = _SIZES.get(key)
            if found is None:
                found = _keep_size(key, super().heightForWidth(width))
            self._keep_own(width, found)
        return found  # type: ignore[return-value]

    def sizeHint(self) -> QSize:
        return self._kept_size(_HINT, QLabel.sizeHint)

    def minimumSizeHint(self) -> QSize:
        # QLabel lays wrapped text out three times for it (at its hint, on one line, at
        # zero width), and forgets it whenever text, font or margins change.
        return self._kept_size(_MINIMUM, QLabel.minimumSizeHint)

    def _kept_size(self, which: int, measure: Callable[[QLabel], QSize]) -> QSize:
        # QLabel tries wrapped text at up to its maximum width for these.
        widest = self.maximumWidth()
        if widest != self._widest:
            self._widest = widest
            self._sizes.pop(_HINT, None)
            self._sizes.pop(_MINIMUM, None)
            # QLabel keeps its own hints past a new maximum width; setting the indent (to
            # what it is) is what makes it measure again.
            QLabel.setIndent(self, self.indent())
        found = self._sizes.get(which)
        if found is None:
            key = (which, widest, *self._size_key())
            found = _SIZES.get(key)
            if found is None:
                found = _keep_size(key, measure(self))
            self._keep_own(which, found)
        return QSize(found)  # type: ignore[call-overload]

    def _keep_own(self, width: int, size: object) -> None:
        if len(self._sizes) > _OWN_MAX:
            self._sizes.clear()
        self._sizes[width] = size

    def _size_key(self) -> tuple[object, ...]:
        """Everything QLabel's size of plain text depends on."""
        self.ensurePolished()  # the stylesheet's font, before it is part of the key
        m = self.contentsMargins()
        return (
            self.text(),
            self.font().key(),
            self.wordWrap(),
            self.margin(),
            self.indent(),
            self.frameWidth(),
            int(self.alignment()),
            (m.left(), m.top(), m.right(), m.bottom()),
        )


# Sizes by text, font and width, shared by every label: visitors switch back and forth all
# day between three languages, so the same few hundred sizes are asked for again and again.
_SIZES: dict[tuple[object, ...], object] = {}
_SIZES_MAX = 4096


def _keep_size[T](key: tuple[object, ...], size: T) -> T:
    if len(_SIZES) >= _SIZES_MAX:
        _SIZES.clear()
    _SIZES[key] = size
    return size


def clear_cache() -> None:
    """Forget the sizes every label shares (memory measurements call this)."""
    _SIZES.clear()
