"""Issue 9: contrast of every text/background pair of each theme, by the WCAG formula.

Pure tests: the formula itself, every pair the palette module lists, every pair the
stylesheet sets (a rule's ``color`` on its ``background``), and the map's derived tints.
"""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from kiosk.core import paths
from kiosk.core.contrast import (
    ENHANCED_TEXT,
    LARGE_TEXT,
    NON_TEXT,
    TEXT,
    contrast_ratio,
    mix,
    over,
    relative_luminance,
)
from kiosk.ui.palette import DEFAULT, HIGH_CONTRAST, PAIRS, Palette, colour_fields

THEMES = {"default": DEFAULT, "high-contrast": HIGH_CONTRAST}
# Colours that are never read against anything: grounds, tints and hairlines that carry no
# information of their own (a card's outline; the tile's words and icon say it is a tile).
DECORATIVE = {"sea", "land", "border", "edge", "card_edge", "pressed", "selection"}


def test_the_formula_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # The grey WCAG's own understanding document gives as just passing AA on white.
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < TEXT
    assert relative_luminance("#FF0000") == pytest.approx(0.2126)
    assert contrast_ratio("#0B6E4F", "#F4F1EA") == contrast_ratio("#F4F1EA", "#0B6E4F")


def test_blending_is_what_the_eye_sees() -> None:
    assert over("#000000", 0.5, "#FFFFFF") == "#808080"
    assert over("#123456", 1.0, "#FFFFFF") == "#123456"
    assert mix("#000000", "#FFFFFF", 0.25) == "#404040"
    with pytest.raises(ValueError):
        over("#000000", 1.5, "#FFFFFF")
    with pytest.raises(ValueError):
        contrast_ratio("black", "#FFFFFF")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: f"{pair.ink}-on-{pair.ground}")
def test_every_listed_pair_has_the_contrast_it_needs(theme: str, pair: object) -> None:
    palette = THEMES[theme]
    ink, ground = getattr(palette, pair.ink), getattr(palette, pair.ground)  # type: ignore[attr-defined]
    needed = pair.minimum  # type: ignore[attr-defined]
    if palette.high_contrast and pair.text:  # type: ignore[attr-defined]
        needed = ENHANCED_TEXT  # the high-contrast theme holds all its text to AAA
    ratio = contrast_ratio(ink, ground)
    assert ratio >= needed, f"{theme}: {pair.where}: {ratio:.2f}:1 < {needed}:1"  # type: ignore[attr-defined]


@pytest.mark.parametrize("theme", THEMES)
def test_every_colour_is_checked_against_what_it_is_drawn_on(theme: str) -> None:
    used = {pair.ink for pair in PAIRS} | {pair.ground for pair in PAIRS}
    unchecked = set(colour_fields(THEMES[theme])) - used - DECORATIVE
    assert not unchecked, f"colours drawn but in no pair: {sorted(unchecked)}"


def _stylesheet_pairs() -> list[tuple[str, str, str]]:
    """(selector, ink field, ground field) for each rule setting both, as written."""
    text = paths.resource("styles/kiosk.qss").read_text(encoding="utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        ink = re.search(r"(?<![-\w])color:\s*@(\w+)@", body)
        ground = re.search(r"background:\s*@(\w+)@", body)
        if ink and ground:
            pairs.append((" ".join(selector.split()), ink.group(1), ground.group(1)))
    return pairs


def test_the_stylesheet_sets_text_on_backgrounds() -> None:
    # Enough rules to mean something: the tabs, language buttons, actions, toggles, options.
    assert len(_stylesheet_pairs()) >= 8


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("rule", _stylesheet_pairs(), ids=lambda rule: rule[0])
def test_every_stylesheet_text_has_contrast(theme: str, rule: tuple[str, str, str]) -> None:
    selector, ink, ground = rule
    palette = THEMES[theme]
    ratio = contrast_ratio(getattr(palette, ink), getattr(palette, ground))
    needed = ENHANCED_TEXT if palette.high_contrast else TEXT
    assert ratio >= needed, f"{theme}: {selector}: {ink} on {ground} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", THEMES)
def test_map_labels_read_on_the_tinted_countries(theme: str) -> None:
    palette = THEMES[theme]
    needed = ENHANCED_TEXT if palette.high_contrast else TEXT
    # As map_style.MapStyle tints the two cities' countries; place names sit on a halo.
    halo = "#FFFFFF" if palette.high_contrast else "#FBF9F4"
    halo_alpha = 1.0 if palette.high_contrast else 225 / 255
    for tint in (mix(palette.land, palette.city, 0.16), mix(palette.land, palette.home, 0.11)):
        assert contrast_ratio(palette.country_ink, tint) >= needed
        under_name = over(halo, halo_alpha, tint)
        for place in (palette.city, palette.home):
            assert contrast_ratio(place, under_name) >= needed


@pytest.mark.parametrize("theme", THEMES)
def test_focus_ring_stands_out_everywhere_it_is_drawn(theme: str) -> None:
    palette = THEMES[theme]
    light = ("background", "surface", "surface_alt", "disc")
    worst = min(contrast_ratio(palette.focus, getattr(palette, ground)) for ground in light)
    assert worst >= NON_TEXT
    assert contrast_ratio(palette.tab_focus, palette.tab_bar) >= NON_TEXT


def test_high_contrast_is_higher_contrast() -> None:
    """Every listed pair is at least as strong in the high-contrast theme."""
    for pair in PAIRS:
        default = contrast_ratio(getattr(DEFAULT, pair.ink), getattr(DEFAULT, pair.ground))
        high = contrast_ratio(getattr(HIGH_CONTRAST, pair.ink), getattr(HIGH_CONTRAST, pair.ground))
        assert high >= min(default, LARGE_TEXT * 2), pair.where


def test_palettes_name_the_same_colours() -> None:
    assert [f.name for f in fields(Palette)] == list(vars(DEFAULT))
    assert set(colour_fields(DEFAULT)) == set(colour_fields(HIGH_CONTRAST))
