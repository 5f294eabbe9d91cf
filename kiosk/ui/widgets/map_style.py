"""The map's colours, derived from the palette that is on (the kiosk's or high contrast)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from kiosk.ui.palette import DEFAULT, Palette


def mix(a: str, b: str, t: float, alpha: int = 255) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``: the map's tints stay in the palette's family."""
    ca, cb = QColor(a), QColor(b)

    def channel(x: int, y: int) -> int:
        return round(x + (y - x) * t)

    return QColor(
        channel(ca.red(), cb.red()),
        channel(ca.green(), cb.green()),
        channel(ca.blue(), cb.blue()),
        alpha,
    )


@dataclass(frozen=True)
class MapStyle:
    """The map's colours, all derived from a palette (text contrast ≥ 4.5:1)."""

    palette: Palette
    sea: QColor
    land: QColor
    city_tint: QColor
    home_tint: QColor
    border: QColor
    strong_border: QColor
    coast: QColor
    graticule: QColor
    river: QColor
    sea_ink: QColor
    country_ink: QColor
    halo: QColor
    sea_halo: QColor
    card: QColor

    @classmethod
    def of(cls, palette: Palette = DEFAULT) -> MapStyle:
        sea = QColor(palette.sea)
        sea_halo = QColor(sea)
        sea_halo.setAlpha(215)
        return cls(
            palette=palette,
            sea=sea,
            land=QColor(palette.land),
            city_tint=mix(palette.land, palette.city, 0.16),
            home_tint=mix(palette.land, palette.home, 0.11),
            border=mix(palette.border, palette.land, 0.15),
            strong_border=mix(palette.border, palette.text, 0.3),
            coast=mix(palette.sea, "#2F5D7A", 0.42),
            graticule=mix(palette.sea, "#FFFFFF", 0.5),
            river=mix(palette.sea, palette.rain, 0.6),
            sea_ink=QColor(palette.sea_ink),
            country_ink=QColor(palette.country_ink),
            # Near-white halos keep labels legible over lines and tints.
            halo=QColor(251, 249, 244, 225) if not palette.high_contrast else QColor(255, 255, 255),
            sea_halo=sea_halo,
            card=QColor(255, 255, 255, 238),
        )
