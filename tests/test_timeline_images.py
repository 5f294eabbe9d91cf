"""Image tests of the timeline strip and the story card in every language, with a tolerance.

Re-record with ``KIOSK_RECORD_IMAGES=1`` after a deliberate change, and look at the PNGs.

Each language is drawn in a fresh process. Within one process Qt draws a Nastaliq glyph a
pixel or two apart depending on what its glyph cache already holds, so the same Urdu card
came out 2% different depending on which tests ran before; a fresh process draws it the
same every time, as a visitor's kiosk does after start-up.
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
DRAW = """
import sys
from PySide6.QtWidgets import QApplication
from kiosk import app as kiosk_app
from kiosk.content.loader import load_pack
from kiosk.core import paths
from kiosk.core.languages import Language

language, folder = Language[sys.argv[1].upper()], sys.argv[2]
kiosk = kiosk_app.build(load_pack(paths.default_pack()), language)
kiosk.window.resize(1280, 720)  # as the view image tests
kiosk.window.show()
kiosk.window.show_view("timeline")
view = kiosk.window.view("timeline")
assert view.select("cooperation-forum")  # a day-precision date, on the joint lane
view.strip.clearFocus()  # the focus ring has its own tests; keep the picture calm
for _ in range(3):
    QApplication.processEvents()
assert view.strip.grab().save(f"{folder}/strip.png")
assert view.card.grab().save(f"{folder}/card.png")
"""


@pytest.fixture(scope="module", params=list(Language), ids=lambda lang: lang.code)
def drawn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Language, Path]:
    """The strip and the card of the timeline, drawn in a language by a fresh process."""
    language: Language = request.param
    folder = tmp_path_factory.mktemp(f"timeline-{language.code}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_NO_ANIMATIONS": "1"}
    subprocess.run(
        [sys.executable, "-c", DRAW, language.code, str(folder)],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    )
    return language, folder


def test_the_strip_looks_as_recorded(drawn: tuple[Language, Path]) -> None:
    language, folder = drawn
    assert_image_matches(QImage(str(folder / "strip.png")), f"timeline-strip-{language.code}")


def test_the_card_looks_as_recorded(drawn: tuple[Language, Path]) -> None:
    language, folder = drawn
    assert_image_matches(QImage(str(folder / "card.png")), f"timeline-card-{language.code}")
