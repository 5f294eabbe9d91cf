"""Image tests of the Industries view: the tile grid and an open detail card, per language.

Each picture is drawn in a fresh process. Qt's glyph caches carry state from one window to
the next, and Nastaliq words come out a pixel apart after other Urdu windows were drawn;
a fresh process draws them the same way every time, whatever ran before. Only the view is
grabbed, not the navigation bar above it. Re-record with ``KIOSK_RECORD_IMAGES=1``.
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

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = pytest.mark.parametrize("language", list(Language), ids=lambda lang: lang.code)
DRAW = """
import sys
from PySide6.QtWidgets import QApplication
from kiosk import app as kiosk_app
from kiosk.content.loader import load_pack
from kiosk.core import paths
from kiosk.core.languages import Language

code, selected, target = sys.argv[1:4]
kiosk = kiosk_app.build(load_pack(paths.default_pack()), Language.from_code(code))
kiosk.window.resize(1280, 800)
kiosk.window.show()
kiosk.window.show_view("industries")
view = kiosk.window.view("industries")
for _ in range(3):
    QApplication.processEvents()
if selected:
    assert view.select(selected)
    for _ in range(3):
        QApplication.processEvents()
assert view.grab().save(target)
"""


def _drawn(tmp_path: Path, language: Language, selected: str = "") -> QImage:
    target = tmp_path / "view.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", DRAW, language.code, selected, str(target)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no Qt warning either
    return QImage(str(target))


@LANGUAGES
def test_tile_grid_looks_as_recorded(tmp_path: Path, language: Language) -> None:
    image = _drawn(tmp_path, language)
    assert_image_matches(image, f"industries-grid-{language.code}")


@LANGUAGES
def test_detail_card_looks_as_recorded(tmp_path: Path, language: Language) -> None:
    image = _drawn(tmp_path, language, "machinery")  # the longest tile text
    assert_image_matches(image, f"industries-detail-{language.code}")
