"""Registers the bundled Noto fonts and picks the font for each language."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.core import paths
from kiosk.core.languages import Language

log = logging.getLogger(__name__)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansSC-Regular.ttf",
    "NotoSansSC-Bold.ttf",
    "NotoNastaliqUrdu-Regular.ttf",
    "NotoNastaliqUrdu-Bold.ttf",
)

# Preferred family per script; the generic fallback keeps text readable if one is missing.
LATIN = "Noto Sans"
CHINESE = "Noto Sans SC"
URDU = "Noto Nastaliq Urdu"


@dataclass
class FontSet:
    """The font families that registered, in the order a language prefers them."""

    families: set[str] = field(default_factory=set)

    def families_for(self, language: Language) -> list[str]:
        order = {
            Language.EN: [LATIN, CHINESE, URDU],
            Language.ZH: [LATIN, CHINESE, URDU],
            Language.UR: [URDU, LATIN, CHINESE],
        }[language]
        chosen = [self._resolve(name) for name in order]
        return [name for name in chosen if name] + ["sans-serif"]

    def _resolve(self, wanted: str) -> str | None:
        # The bundled SC subset registers under a name such as "Noto Sans SC Thin".
        for family in sorted(self.families):
            if family == wanted or family.startswith(wanted + " "):
                return family
        return None

    def font_for(self, language: Language, point_size: float) -> QFont:
        font = QFont()
        font.setFamilies(self.families_for(language))
        font.setPointSizeF(point_size)
        font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
        return font


@cache
def register_fonts() -> FontSet:
    """Register the bundled fonts once; a missing or broken file logs one warning."""
    fonts = FontSet()
    for name in FONT_FILES:
        try:
            path = paths.resource(f"fonts/{name}")
        except (OSError, ValueError) as error:
            log.warning("font %s not found: %s", name, error)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded; using the system font instead", path)
            continue
        fonts.families.update(QFontDatabase.applicationFontFamilies(font_id))
    return fonts
