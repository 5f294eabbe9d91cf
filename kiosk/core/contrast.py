"""WCAG 2 contrast: relative luminance of sRGB colours and the ratio between two of them.

The formulas are those of WCAG 2.2 (success criteria 1.4.3 and 1.4.11): text needs 4.5:1
against its background, large text and non-text marks (chart lines, icons, focus rings)
3:1. Colours are ``#RRGGBB`` strings, as the palette writes them; a translucent mark is
first laid over its background with :func:`over`.
"""

from __future__ import annotations

TEXT = 4.5  # body text (WCAG 1.4.3, level AA)
LARGE_TEXT = 3.0  # 18 pt, or 14 pt bold, and larger
NON_TEXT = 3.0  # chart lines, icons, control edges and focus rings (WCAG 1.4.11)
ENHANCED_TEXT = 7.0  # level AAA (1.4.6): what the high-contrast theme holds its text to


def rgb(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as three 0-255 channels (``ValueError`` for anything else)."""
    text = colour.strip()
    if len(text) != 7 or not text.startswith("#"):
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    value = int(text[1:], 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def hex_colour(channels: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*channels)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """0 for black to 1 for white, as WCAG defines it."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (no contrast) to 21 (black on white); the order of the colours does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def over(colour: str, alpha: float, background: str) -> str:
    """``colour`` at ``alpha`` (0-1) painted on ``background``: what the eye sees."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError(f"alpha {alpha} outside 0..1")
    top, bottom = rgb(colour), rgb(background)
    mixed = tuple(round(t * alpha + b * (1 - alpha)) for t, b in zip(top, bottom, strict=True))
    return hex_colour((mixed[0], mixed[1], mixed[2]))


def mix(first: str, second: str, amount: float) -> str:
    """``first`` moved ``amount`` (0-1) of the way towards ``second``."""
    return over(second, amount, first)
