"""The visitor's accessibility options, large text and high contrast, and how they apply.

Both are process-wide, as the application font and stylesheet they change are: applying
them sets the palette painted widgets read, scales the interface font and rebuilds the
stylesheet, and Qt then tells every widget (``FontChange``, ``StyleChange``) to redraw.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from kiosk.ui import palette
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.theme import LARGE_TEXT_SCALE, stylesheet


@dataclass(frozen=True)
class AccessOptions:
    """What a visitor switched on; a new visitor (after the idle reset) starts with none."""

    large_text: bool = False
    high_contrast: bool = False

    @property
    def palette(self) -> palette.Palette:
        return palette.HIGH_CONTRAST if self.high_contrast else palette.DEFAULT

    @property
    def text_scale(self) -> float:
        return LARGE_TEXT_SCALE if self.large_text else 1.0


def applied_options(languages: LanguageController) -> AccessOptions:
    """The options in force now, read back from the palette and the interface font."""
    return AccessOptions(
        large_text=languages.text_scale != 1.0,
        high_contrast=palette.current().high_contrast,
    )


def apply_options(options: AccessOptions, languages: LanguageController) -> None:
    """Make ``options`` the look of the whole application (nothing, if it already is)."""
    if options == applied_options(languages):
        return
    palette.use(options.palette)
    languages.set_text_scale(options.text_scale)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(stylesheet(options.palette, options.text_scale))
