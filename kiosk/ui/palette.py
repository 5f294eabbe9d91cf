"""The one palette every widget and stylesheet draws from.

Colours are chosen for WCAG AA: body text on ``SURFACE`` and ``BACKGROUND`` is above 4.5:1.
Karachi is drawn in the green of the Pakistani flag, Shenyang in a Chinese red, so a
visitor can tell the two cities apart in every chart and on the map.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    background: str = "#F4F1EA"  # warm paper
    surface: str = "#FFFFFF"
    surface_alt: str = "#E9E4D8"
    text: str = "#1E2328"
    text_muted: str = "#4A525A"
    accent: str = "#0B6E4F"  # Karachi green
    accent_text: str = "#FFFFFF"
    home: str = "#B3261E"  # Shenyang red
    city: str = "#0B6E4F"  # Karachi green
    rain: str = "#2F6DB5"
    sea: str = "#CFE3EE"
    land: str = "#EFE9DA"
    border: str = "#9A9384"
    focus: str = "#E0A100"
    tab_bar: str = "#14302A"
    tab_text: str = "#E8F1EC"
    tab_active: str = "#F4F1EA"


DEFAULT = Palette()
