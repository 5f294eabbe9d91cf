"""Renders the bundled SVG icons once per size and colour, with a neutral fallback."""

from __future__ import annotations

import logging
from functools import lru_cache
from xml.etree import ElementTree

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.core import paths

log = logging.getLogger(__name__)

INK = "#1E2328"  # the colour the icon set is drawn in; recolouring replaces it


@lru_cache(maxsize=64)
def _svg_source(name: str) -> bytes | None:
    """The icon's SVG text, or None (logged once) when missing or not well-formed XML."""
    try:
        source = paths.resource(f"icons/{name}.svg").read_bytes()
        # Checked here so a broken file gives one warning of ours, not Qt's parser noise.
        ElementTree.fromstring(source)
    except (OSError, ValueError, ElementTree.ParseError) as error:
        log.warning("icon %r unavailable (%s); showing a neutral placeholder", name, error)
        return None
    return source


def _renderer(name: str, color: str | None) -> QSvgRenderer | None:
    source = _svg_source(name)
    if source is None:
        return None
    if color:
        source = source.replace(INK.encode(), color.encode()).replace(
            INK.lower().encode(), color.encode()
        )
    renderer = QSvgRenderer(QByteArray(source))
    if not renderer.isValid():
        log.warning("icon %r is not a valid SVG; showing a neutral placeholder", name)
        return None
    return renderer


@lru_cache(maxsize=512)
def pixmap(name: str, size: int, color: str | None = None, ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` at ``size`` logical pixels; a placeholder if it cannot be drawn."""
    image = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(name, color) or _renderer("fallback", color)
    with QPainter(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if renderer is not None:
            renderer.render(painter, QRectF(0, 0, size, size))
        else:
            _paint_placeholder(painter, size, color or INK)
    return image


def clear_cache() -> None:
    """Forget rendered icons (after resources change, and between tests)."""
    _svg_source.cache_clear()
    pixmap.cache_clear()


def icon(name: str, size: int = 48, color: str | None = None) -> QIcon:
    return QIcon(pixmap(name, size, color))


def _paint_placeholder(painter: QPainter, size: int, color: str) -> None:
    pen_color = QColor(color)
    pen_color.setAlphaF(0.5)
    painter.setPen(pen_color)
    margin = size * 0.15
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), 6, 6)
