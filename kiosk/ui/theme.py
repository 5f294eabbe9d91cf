"""Builds the application stylesheet from the palette."""

from __future__ import annotations

import logging
from dataclasses import fields

from kiosk.core import paths
from kiosk.ui.palette import DEFAULT, Palette

log = logging.getLogger(__name__)


def stylesheet(palette: Palette = DEFAULT) -> str:
    """The kiosk's stylesheet with the palette's colours filled in (empty if unreadable)."""
    try:
        text = paths.resource("styles/kiosk.qss").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        log.warning("stylesheet unreadable, using Qt's default look: %s", error)
        return ""
    for item in fields(palette):
        text = text.replace(f"@{item.name}@", getattr(palette, item.name))
    return text
