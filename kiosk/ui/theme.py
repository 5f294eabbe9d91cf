"""Builds the application stylesheet from a palette and a text scale."""

from __future__ import annotations

import logging
import re

from kiosk.core import paths
from kiosk.ui.palette import DEFAULT, Palette, colour_fields

log = logging.getLogger(__name__)

LARGE_TEXT_SCALE = 1.4  # WCAG's "large text" begins at 18 pt; our 13 pt body becomes 18 pt
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def stylesheet(palette: Palette = DEFAULT, text_scale: float = 1.0) -> str:
    """The kiosk's stylesheet in ``palette`` with every type size times ``text_scale``.

    Empty if the file is unreadable: Qt's default look is better than no kiosk.
    """
    try:
        text = paths.resource("styles/kiosk.qss").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        log.warning("stylesheet unreadable, using Qt's default look: %s", error)
        return ""
    for name, colour in colour_fields(palette).items():
        text = text.replace(f"@{name}@", colour)
    text = text.replace("@edge_width@", str(palette.edge_width))
    if text_scale != 1.0:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {_scaled(m.group(1), text_scale)}pt", text)
    return text


def _scaled(points: str, scale: float) -> str:
    return f"{float(points) * scale:.1f}"
