"""The palettes every widget and stylesheet draws from: the kiosk's own and high contrast.

Karachi is drawn in the green of the Pakistani flag, Shenyang in a Chinese red, so a
visitor can tell the two cities apart in every chart and on the map. ``PAIRS`` lists every
text/background and mark/background pair the kiosk draws; the tests hold each palette to
WCAG contrast over all of them (AA for the default, AAA text for high contrast).

Which palette is on is process-wide, like Qt's application font and stylesheet:
:func:`current` is what painted widgets read when they paint, and :func:`use` is called
by the window when a visitor switches the high-contrast theme.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from kiosk.core.contrast import LARGE_TEXT, NON_TEXT, TEXT


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
    sea_ink: str = "#34607A"  # water names on the sea
    country_ink: str = "#5E574B"  # country names on land
    border: str = "#9A9384"
    edge: str = "#E2DCCD"  # the hairline round tiles
    card_edge: str = "#E9E4D8"  # and round cards
    disc: str = "#E3EFE9"  # the accent green, faint: behind icons and the industries header
    pressed: str = "#EEF5F1"  # a tile under a finger
    # The keyboard focus ring: a deep amber that stands 3:1 off every light surface; the
    # bright amber of the dark navigation bar would vanish on the paper.
    focus: str = "#B06800"
    selection: str = "#E0A100"  # the chosen month's tint (at 20 %), not a ring
    tab_bar: str = "#14302A"
    tab_text: str = "#E8F1EC"
    tab_active: str = "#F4F1EA"
    tab_focus: str = "#E0A100"  # the focus ring on the dark bar
    edge_width: int = 1  # px of the card and tile outlines
    high_contrast: bool = False


DEFAULT = Palette()

# White paper, black ink and the city colours darkened until every text reaches 7:1 (WCAG
# AAA); outlines turn black so each card and control stands out from the page.
HIGH_CONTRAST = Palette(
    background="#FFFFFF",
    surface="#FFFFFF",
    surface_alt="#EDEDED",
    text="#000000",
    text_muted="#333333",
    accent="#00563B",
    accent_text="#FFFFFF",
    home="#8C1A12",
    city="#00563B",
    rain="#0A4B94",
    sea="#D6EAF5",
    land="#FFFFFF",
    sea_ink="#0A3D5C",
    country_ink="#333333",
    border="#000000",
    edge="#000000",
    card_edge="#000000",
    disc="#E6F2EC",
    pressed="#E6F2EC",
    focus="#B06800",
    selection="#E0A100",
    tab_bar="#000000",
    tab_text="#FFFFFF",
    tab_active="#FFFFFF",
    tab_focus="#FFD400",
    edge_width=2,
    high_contrast=True,
)


def colour_fields(palette: Palette) -> dict[str, str]:
    """The palette's colours by name (the stylesheet's ``@name@`` placeholders)."""
    return {f.name: getattr(palette, f.name) for f in fields(palette) if f.type == "str"}


@dataclass(frozen=True)
class Pair:
    """A colour drawn on another somewhere in the kiosk, and the contrast it needs."""

    ink: str  # palette field names
    ground: str
    minimum: float
    where: str
    text: bool = True  # False for lines, icons and rings (held to 3:1 in every theme)


# Every pair the kiosk draws; a colour used on a new background belongs here too.
PAIRS: tuple[Pair, ...] = (
    Pair("text", "background", TEXT, "page text, view titles, chart axis labels"),
    Pair("text", "surface", TEXT, "card text, tiles, table cells, callouts"),
    Pair("text", "surface_alt", TEXT, "table headers"),
    Pair("text", "disc", TEXT, "the industries header"),
    Pair("text_muted", "background", TEXT, "timeline era titles, source lines on the page"),
    Pair("text_muted", "surface", TEXT, "source lines, tile summaries, chart hint"),
    Pair("text_muted", "surface_alt", TEXT, "disabled buttons' words"),
    Pair("text_muted", "land", TEXT, "the map's credit line"),
    Pair("accent", "background", TEXT, "the overview's hero"),
    Pair("accent", "surface", TEXT, "fact values, story dates, °C/°F toggles"),
    Pair("accent", "disc", LARGE_TEXT, "the industries header title (24 pt)"),
    Pair("accent_text", "accent", TEXT, "action buttons and chosen toggles"),
    Pair("accent_text", "city", TEXT, "the selected timeline label, Karachi lane"),
    Pair("accent_text", "home", TEXT, "the selected timeline label, Shenyang lane"),
    Pair("accent_text", "rain", TEXT, "the selected timeline label, joint lane"),
    Pair("home", "background", TEXT, "the overview's tagline, lane titles"),
    Pair("home", "surface", TEXT, "timeline dates, Shenyang in the chart legend"),
    Pair("city", "background", TEXT, "lane titles"),
    Pair("city", "surface", TEXT, "timeline dates, Karachi in the chart legend"),
    Pair("rain", "background", TEXT, "the joint lane's title"),
    Pair("rain", "surface", TEXT, "timeline dates on the joint lane"),
    Pair("sea_ink", "sea", TEXT, "water names on the map"),
    Pair("country_ink", "land", TEXT, "country names on the map"),
    Pair("tab_text", "tab_bar", TEXT, "navigation tabs, brand, language buttons"),
    Pair("tab_bar", "tab_active", TEXT, "the chosen tab"),
    Pair("tab_bar", "tab_text", TEXT, "the chosen language"),
    Pair("city", "surface", NON_TEXT, "Karachi's chart line and points", text=False),
    Pair("home", "surface", NON_TEXT, "Shenyang's chart line and points", text=False),
    Pair("rain", "surface", NON_TEXT, "rain bars' outlines", text=False),
    Pair("accent", "surface", NON_TEXT, "fact icons, toggle outlines", text=False),
    Pair("text", "disc", NON_TEXT, "industry icons on their discs", text=False),
    Pair("tab_text", "tab_bar", NON_TEXT, "navigation icons", text=False),
    Pair("accent_text", "accent", NON_TEXT, "arrow and close icons", text=False),
    Pair("focus", "background", NON_TEXT, "focus ring on the page", text=False),
    Pair("focus", "surface", NON_TEXT, "focus ring on cards and tiles", text=False),
    Pair("focus", "surface_alt", NON_TEXT, "focus ring by a disabled button", text=False),
    Pair("focus", "disc", NON_TEXT, "focus ring in the industries header", text=False),
    Pair("tab_focus", "tab_bar", NON_TEXT, "focus ring in the navigation", text=False),
)


_current: list[Palette] = [DEFAULT]


def current() -> Palette:
    """The palette on now: what painted widgets use when they next paint."""
    return _current[0]


class PaletteWatch:
    """Tells a widget whether the palette changed since it last asked: a widget that paints
    into a cache checks on ``StyleChange``, which Qt sends every widget on a restyle."""

    def __init__(self) -> None:
        self._seen = current()

    def changed(self) -> bool:
        now = current()
        changed, self._seen = now is not self._seen, now
        return changed


def use(palette: Palette) -> bool:
    """Switch palettes; True when that changed anything (the caller then restyles)."""
    changed = palette != _current[0]
    _current[0] = palette
    return changed
