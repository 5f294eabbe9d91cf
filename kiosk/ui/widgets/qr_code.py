"""A QR code of a source's web address, so a visitor can read the original on a phone.

The symbol comes from segno (pure Python, no imaging library) and is painted module by
module with QPainter into a QImage, kept per address, module size and pixel ratio: the
story card shows the same few addresses again and again. Always a full QR code, never a
Micro QR, which many phone cameras cannot read. The address is only ever drawn, never
opened: nothing on the kiosk launches a browser.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import segno
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.palette import DEFAULT
from kiosk.ui.palette import current as current_palette
from kiosk.ui.widgets.plain_label import PlainLabel

ERROR_LEVEL = "m"  # recovers from 15% damage: glare on a screen, a finger in the way
QUIET_ZONE = 4  # light modules round the symbol, as the QR standard asks
# Logical pixels a module: about 5 cm for a long address on a 24-inch 1080p screen, which
# a phone reads from an arm's length; high-DPI screens scale it by their pixel ratio.
MODULE_PX = 4
QR_VERSION_TYPICAL = 41  # modules a side of a version 6 code: a long web address at level M
_CACHE_SIZE = 16


def clear_cache() -> None:
    """Forget the kept symbols and images (memory measurements call this)."""
    _matrix.cache_clear()
    qr_image.cache_clear()


def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The symbol's modules without the quiet zone, row by row; True is dark."""
    return _matrix(url)


@lru_cache(maxsize=_CACHE_SIZE)
def _matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    code = segno.make_qr(url, error=ERROR_LEVEL)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


@lru_cache(maxsize=_CACHE_SIZE)
def qr_image(
    url: str,
    module_px: int,
    ratio: float = 1.0,
    dark: str = DEFAULT.text,
    light: str = DEFAULT.surface,
) -> QImage:
    """The code with its quiet zone, ``module_px`` logical pixels a module, dark on light."""
    matrix = _matrix(url)
    # Whole device pixels per module, no antialiasing: crisp, equal modules scan best.
    step = max(1, round(module_px * ratio))
    side = (len(matrix) + 2 * QUIET_ZONE) * step
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(light))
    with QPainter(image) as painter:
        ink = QColor(dark)
        for row, modules in enumerate(matrix):
            for column, module in enumerate(modules):
                if module:
                    x, y = (column + QUIET_ZONE) * step, (row + QUIET_ZONE) * step
                    painter.fillRect(x, y, step, step, ink)
    image.setDevicePixelRatio(ratio)
    return image


class QrCode(QWidget):
    """A source's address as a QR code over a short caption; hidden without an address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url: str | None = None
        self.symbol = _Symbol(self)
        self.caption = PlainLabel("SourceLine", self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        self.caption.installEventFilter(self)  # its type size (large text) sets its width
        self.hide()
        self._retranslate()

    def set_url(self, url: str | None) -> None:
        """Show ``url`` as a code (None or empty: nothing, and the widget hides)."""
        url = url or None
        if url == self._url:
            return
        self._url = url
        self.symbol.set_url(url)
        self.setAccessibleDescription(url or "")
        self._retranslate()
        self.setVisible(url is not None)

    def url(self) -> str | None:
        return self._url

    def matrix_size(self) -> int:
        """Modules along a side of the symbol (without the quiet zone); 0 without a code."""
        return len(_matrix(self._url)) if self._url else 0

    def pixmap(self) -> QPixmap:
        """The code as drawn now; a null pixmap when there is no address."""
        return self.symbol.pixmap()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.caption and event.type() == QEvent.Type.FontChange:
            self._fit_caption()
        return super().eventFilter(watched, event)

    def _fit_caption(self) -> None:
        """As wide as the code, or a typical code, or the caption's longest word (the
        address cannot wrap): the words wrap under the code, and none is cut off."""
        metrics = self.caption.fontMetrics()
        words = self.caption.text().split()
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        ink = self.caption.contentsMargins()
        typical = self.symbol.side_for(QR_VERSION_TYPICAL)
        needed = longest + ink.left() + ink.right() + 2
        self.caption.setFixedWidth(max(self.symbol.sizeHint().width(), typical, needed))

    def _retranslate(self) -> None:
        caption = self.tr("Scan to read the original")
        # Where the code leads, for a visitor who wants to know before scanning.
        host = (urlsplit(self._url).hostname or "") if self._url else ""
        self.caption.set_content(f"{caption}\n{host}" if host else caption)
        self._fit_caption()
        self.setAccessibleName(caption)
        self.symbol.setAccessibleName(caption)
        self.symbol.setAccessibleDescription(self._url or "")


class _Symbol(QWidget):
    """The painted code itself, at a whole number of pixels a module."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._url: str | None = None
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[str, int, float, str, str] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @staticmethod
    def side_for(modules: int) -> int:
        return (modules + 2 * QUIET_ZONE) * MODULE_PX

    def set_url(self, url: str | None) -> None:
        self._url = url
        self.updateGeometry()
        self.update()

    def pixmap(self) -> QPixmap:
        if self._url is None:
            return QPixmap()
        colours = current_palette()
        key = (self._url, MODULE_PX, self.devicePixelRatioF(), colours.text, colours.surface)
        if self._pixmap is None or key != self._pixmap_key:
            self._pixmap = QPixmap.fromImage(qr_image(*key))
            self._pixmap_key = key
        return self._pixmap

    def sizeHint(self) -> QSize:
        if self._url is None:
            return QSize(0, 0)
        side = self.side_for(len(_matrix(self._url)))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        with QPainter(self) as painter:
            pixmap = self.pixmap()
            if not pixmap.isNull():
                size = pixmap.deviceIndependentSize()
                left = (self.width() - size.width()) / 2
                top = (self.height() - size.height()) / 2
                painter.drawPixmap(round(left), round(top), pixmap)
