"""Issue 9: image tests of every view with large text and with high contrast, per language,
and of the accessibility panel over a window whose navigation is at the bottom.

Each language is drawn in a fresh process, as the timeline and industries images are, and
each picture from fresh font caches: Qt's glyph caches carry state from one picture to the
next, and Nastaliq words come out a pixel apart depending on what they hold. The pictures
are 1280x720, as the other view images. Re-record with ``KIOSK_RECORD_IMAGES=1`` after a
deliberate change, and look at them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.core.languages import Language
from tests.image_compare import assert_image_matches

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ["overview", "climate", "industries", "timeline"]
MODES = ["large", "contrast"]
DRAW = """
import sys
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from kiosk import app as kiosk_app
from kiosk.content.loader import load_pack
from kiosk.core import paths
from kiosk.core.languages import Language
from kiosk.ui.accessibility import AccessOptions

language, folder = Language[sys.argv[1].upper()], sys.argv[2]
kiosk = kiosk_app.build(load_pack(paths.default_pack()), language)
window = kiosk.window
window.resize(1280, 720)
window.show()


def settle():
    # Qt trims its glyph caches on a timer, so Nastaliq drawn late in a process could come
    # out a pixel apart: every picture starts from fresh caches (as the view images do).
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts/NotoSans-Regular.ttf")))
    QFontDatabase.removeApplicationFont(font_id)
    for _ in range(4):
        QApplication.processEvents()


for mode, options in (("large", AccessOptions(large_text=True)),
                      ("contrast", AccessOptions(high_contrast=True))):
    window.set_access_options(options)
    for view in ("overview", "climate", "industries", "timeline"):
        window.show_view(view)
        settle()
        assert window.grab().save(f"{folder}/{mode}-{view}.png")
window.reset(language)
window.set_navigation_edge("bottom")
window.open_access_panel()
settle()
assert window.grab().save(f"{folder}/panel-bottom.png")
"""


@pytest.fixture(scope="module", params=list(Language), ids=lambda lang: lang.code)
def drawn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Language, Path]:
    """Every picture of a language, drawn by one fresh process."""
    language: Language = request.param
    folder = tmp_path_factory.mktemp(f"accessibility-{language.code}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_NO_ANIMATIONS": "1"}
    subprocess.run(
        [sys.executable, "-c", DRAW, language.code, str(folder)],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    return language, folder


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("mode", MODES)
def test_view_looks_as_recorded(drawn: tuple[Language, Path], mode: str, view: str) -> None:
    language, folder = drawn
    image = QImage(str(folder / f"{mode}-{view}.png"))
    assert_image_matches(image, f"a11y-{mode}-{view}-{language.code}")


def test_panel_over_a_bottom_navigation_looks_as_recorded(drawn: tuple[Language, Path]) -> None:
    language, folder = drawn
    image = QImage(str(folder / "panel-bottom.png"))
    assert_image_matches(image, f"a11y-panel-bottom-{language.code}")
